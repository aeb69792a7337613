"""The prompt format the app uses for the bundled default model is the one that
won the measured comparison (benchmarks/llm.py --compare-models, MODELS.md)."""

import re
from pathlib import Path

import pytest

from tutor.local_llm import bundled
from tutor.local_llm.templates import BASE_FORMATS, ModelTraits, choose_format, traits_of

MODELS_MD = Path(__file__).resolve().parents[2] / "tutor" / "local_llm" / "MODELS.md"


def benchmark_winner() -> str:
    """MODELS.md names the winner as: **chosen: `name`**."""
    match = re.search(r"\*\*chosen: `([a-z-]+)`\*\*", MODELS_MD.read_text(encoding="utf-8"))
    assert match, "MODELS.md must name the chosen prompt format"
    return match.group(1)


def test_the_winner_is_one_of_the_measured_candidates():
    assert benchmark_winner() in {f.name for f in BASE_FORMATS}


def test_a_base_gemma_like_the_bundled_one_gets_the_measured_winner():
    base = ModelTraits("gemma3", None, frozenset({"<start_of_turn>"}), "<bos>", "<eos>", True,
                       name="Gemma 3 270m")
    assert choose_format(base).name == benchmark_winner()


def test_the_bundled_default_model_file_gets_the_measured_winner(tmp_path):
    if not bundled.DEFAULT.is_installed():
        pytest.skip("the bundled model is not installed")
    from tutor.local_llm.registry import install_bundled

    info = install_bundled(bundled.DEFAULT, tmp_path)
    assert choose_format(traits_of(info.header)).name == benchmark_winner()
