"""The intelligibility benchmark's confusion list: which sounds the recogniser heard right."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "speech_intelligibility.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("speech_intelligibility", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # defines functions only; main() is not run
    return module


def test_syllables_split_into_initial_and_toneless_rhyme(bench):
    assert bench.split_syllable("Nghiêng") == ("ngh", "iêng")
    assert bench.split_syllable("trứng") == ("tr", "ưng")
    assert bench.split_syllable("ở") == ("-", "ơ")
    assert bench.split_syllable("đất") == ("đ", "ât")


def test_words_align_with_drops(bench):
    assert bench.align_words("sao lưu đừng để".split(), "an lưu để".split()) == [
        ("sao", "an"), ("lưu", "lưu"), ("đừng", None), ("để", "để")]


def test_confusions_count_initials_rhymes_and_tones(bench):
    confusions = bench.Confusions()
    confusions.add("Sao lưu: đừng để trứng.", "an lưu để trừng")

    assert confusions.initials["s"] == [0, 1]
    assert confusions.initials["l"] == [1, 1]
    assert confusions.initials["đ"] == [1, 2]          # "đừng" dropped, "để" right
    assert confusions.heard_as["s"] == {"-": 1}
    assert confusions.heard_as["đ"] == {"(dropped)": 1}
    assert confusions.rhymes["ưng"] == [1, 2]           # "đừng" dropped; "trứng" as "trừng": same rhyme
    assert confusions.tones == [2, 3]                  # lưu, để right; trứng heard as trừng
    report = confusions.report()
    assert "tone right in 2 of 3" in report
