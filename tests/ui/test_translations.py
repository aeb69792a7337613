"""Every UI string goes through tr() and has an English translation; Vietnamese is NFC."""

import subprocess
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import ROOT

I18N = ROOT / "tutor" / "ui" / "i18n"


def messages(ts: Path):
    return [
        (m.find("source").text, m.find("translation"))
        for m in ET.parse(ts).iter("message")
    ]


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_every_message_is_translated(lang):
    msgs = messages(I18N / f"tutor_{lang}.ts")
    assert len(msgs) > 50
    unfinished = [src for src, tr in msgs if not tr.text or tr.get("type") == "unfinished"]
    assert unfinished == []


def test_vietnamese_sources_are_nfc():
    for src, _ in messages(I18N / "tutor_vi.ts"):
        assert unicodedata.normalize("NFC", src) == src, src


def test_ts_files_match_the_code(tmp_path):
    """A tr() string added in code without updating the .ts files fails here (run `make lupdate`)."""
    import shutil

    lupdate = shutil.which("pyside6-lupdate") or str(Path(__import__("sys").executable).parent / "pyside6-lupdate")
    fresh = tmp_path / "fresh.ts"
    sources = [str(p) for p in (ROOT / "tutor" / "ui").rglob("*.py")]
    subprocess.run([lupdate, *sources, "-ts", str(fresh)], check=True, capture_output=True)
    in_code = {src for src, _ in messages(fresh)}
    in_repo = {src for src, _ in messages(I18N / "tutor_en.ts")}
    assert in_code - in_repo == set(), "strings missing from tutor_en.ts: run make lupdate"
    assert in_repo - in_code == set(), "stale strings in tutor_en.ts: run make lupdate"
