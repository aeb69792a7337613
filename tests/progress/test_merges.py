"""The rules merged profiles follow, on the teacher side and in progress rebuilds alike."""

from __future__ import annotations

from tutor.progress.merges import Merges, merge_pair


def test_a_merge_that_would_make_a_cycle_is_ignored_and_the_earlier_one_stands():
    merges = Merges()
    assert merges.add("b", "a")            # earlier in time: a into b
    assert not merges.add("a", "b")        # the opposite merge would make a cycle
    assert (merges.final_keep("a"), merges.final_keep("b")) == ("b", "b")
    assert merges.source_ids("b") == ["b", "a"]
    assert merges.source_ids("a") == ["a"]


def test_a_profile_is_merged_away_once_and_chains_are_followed():
    merges = Merges([("k", "m"), ("other", "m"), ("k", "k"), ("j", "k"), ("k", "x"), ("m", "z")])
    assert merges.final_keep("m") == "j"              # m into k, then k into j
    assert merges.final_keep("z") == "j"
    assert merges.source_ids("j") == ["j", "k", "m", "x", "z"]
    assert merges.final_keep("other") == "other"      # its merge of m came second: ignored
    assert not merges.add("z", "j")                   # j's history already holds z's


def test_merge_pair_needs_two_profile_ids():
    assert merge_pair({"keep": "k", "merge": "m", "by": "t"}) == ("k", "m")
    assert merge_pair({"keep": "k"}) is None
    assert merge_pair({"keep": 1, "merge": "m"}) is None
    assert merge_pair(["k", "m"]) is None
