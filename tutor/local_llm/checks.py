"""The practice task's output checks: they live in tutor.lessons.practice_checks (plain text
rules over the lesson model, no model), so the content validator can use them without
importing tutor.local_llm. Named here for the local LLM code that runs them."""

from tutor.lessons.practice_checks import (  # noqa: F401
    PERSONAL_DATA_LABELS, CheckResult, PersonalDataHit, bullet_lines, count_words, describe_personal_data,
    find_personal_data, find_phrase, run_checks, sentences,
)
