"""The project's own Vietnamese espeak-ng data: it builds from the repo and the default voice reads with it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tutor.audio.engines import ESPEAK_VARIANT, VIETNAMESE_DATA, default_engine, vietnamese_data_path
from tutor.audio.espeak_vi import build as espeak_vi

ROOT = Path(__file__).resolve().parents[2]
COMPILED = ("phontab", "phonindex", "phondata", "vi_dict")


@pytest.mark.slow
def test_the_data_builds_from_the_repo_and_matches_what_is_shipped(tmp_path):
    out = espeak_vi.build(tmp_path / "espeak-ng-data")

    for name in COMPILED:
        built = (out / name).read_bytes()
        assert built, name
        # The committed folder is what the sources compile to: nobody edited a
        # source without rebuilding (make espeak-vi), and the build is reproducible.
        assert built == (VIETNAMESE_DATA / name).read_bytes(), f"{name}: run `make espeak-vi`"
    assert (out / "lang" / "aav" / "vi").is_file()
    assert (out / "voices" / "!v" / ESPEAK_VARIANT).is_file()
    assert not (out / "phondata-manifest").exists()


def test_make_target_runs_the_build():
    if shutil.which("make") is None:
        pytest.skip("make is not installed")
    dry_run = subprocess.run(["make", "-n", "-B", "espeak-vi", "PY=python", "STAMP="],
                             cwd=ROOT, capture_output=True, text=True, check=True).stdout

    assert "-m tutor.audio.espeak_vi.build" in dry_run


def test_the_default_engine_reads_with_the_projects_data():
    assert vietnamese_data_path() == str(VIETNAMESE_DATA)
    assert default_engine().espeak._paths[1] == str(VIETNAMESE_DATA)


def test_the_default_engine_falls_back_to_espeaks_own_data_when_ours_is_missing(monkeypatch, tmp_path):
    monkeypatch.setattr("tutor.audio.engines.VIETNAMESE_DATA", tmp_path / "not-built")

    assert vietnamese_data_path() is None
    assert default_engine().espeak._paths[1] is None  # espeakng-loader's data


SPEAK_IN_A_FRESH_PROCESS = """
import json, sys
from tutor.audio import espeak
from tutor.audio.engines import default_engine
from tutor.audio.voices import NORTHERN
from tutor.cancel import CancelToken
from tests.audio.signals import dbfs, sound_duration_s
clip = default_engine().synthesize(sys.argv[1], NORTHERN, 1.0, CancelToken())
print(json.dumps({"data": espeak._library.paths[1], "rate": clip.sample_rate,
                  "seconds": sound_duration_s(clip), "dbfs": dbfs(clip)}))
"""


def test_synthesis_with_the_projects_data():
    # A fresh process: espeak-ng loads its data once per process, and another
    # test here may already have loaded espeakng-loader's own.
    sentence = "Không lưu mật khẩu, số tài khoản trong mẫu."
    result = subprocess.run([sys.executable, "-c", SPEAK_IN_A_FRESH_PROCESS, sentence],
                            cwd=ROOT, capture_output=True, text=True, check=True)
    spoken = json.loads(result.stdout.strip().splitlines()[-1])

    assert spoken["data"] == str(VIETNAMESE_DATA)
    assert spoken["rate"] == 22050
    assert spoken["dbfs"] > -40
    assert 0.12 * 10 <= spoken["seconds"] <= 0.45 * 10  # ten syllables, neither truncated nor stretched
