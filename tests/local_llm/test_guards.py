"""The loop guard ends answers that repeat themselves and leaves fluent ones alone."""

import random

from tutor.local_llm.guards import HARD_MAX_TOKENS, RepetitionGuard, capped_tokens


def feed(tokens):
    guard = RepetitionGuard()
    for index, token in enumerate(tokens):
        if guard.add(token):
            return index
    return None


def test_a_repeated_line_is_caught_within_a_few_lines():
    line = [11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22]
    caught = feed(line * 40)
    assert caught is not None and caught < 8 * len(line)


def test_one_token_again_and_again_is_caught_at_once():
    assert feed([5, 6, 7] + [9] * 30) == 3 + 7


def test_a_numbered_list_that_repeats_its_item_is_caught():
    tokens = []
    for n in range(1, 40):
        tokens += [100 + n, 1, 50, 51, 52, 53, 54, 55, 2]   # "n. the same item\n"
    assert feed(tokens) is not None


def test_fluent_text_is_not_cut():
    rng = random.Random(3)
    fluent = [rng.randrange(5000) for _ in range(400)]
    assert feed(fluent) is None
    # A list whose items share a frame but say different things.
    listed = []
    for n in range(1, 12):
        listed += [7, 1] + [rng.randrange(5000) for _ in range(10)] + [2]
    assert feed(listed) is None


def test_no_caller_can_ask_for_an_endless_answer():
    assert capped_tokens(10**6) == HARD_MAX_TOKENS
    assert capped_tokens(0) == 1
    assert capped_tokens(200) == 200
