"""Per-level figures of the curriculum source: what issue 15 asks the note to give.

    python tools/curriculum_report.py [content/]

Lessons, declared minutes, body words, the blind-guess score on the level test
(longest option, the commoner true/false answer: tutor/lessons/fairness.py), the
share of single choices whose right option is the longest, the share of true
statements, and the share of practice situations from the learner's own
household, family, farm or stall (front matter `setting`).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tutor.lessons.curriculum_rules import OWN_LIFE_SETTINGS  # noqa: E402
from tutor.lessons.fairness import measure  # noqa: E402
from tutor.lessons.markdown import word_count  # noqa: E402
from tutor.lessons.source import load_source  # noqa: E402


def main(root: str = "content") -> None:
    source = load_source(root)
    print("| level | lessons | minutes | body words (mean) | blind guess on level test | right option longest "
          "| true/false true | own-life situations |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    totals = [0, 0, 0]
    for level in source.levels:
        lessons = [ls for m in level.modules for ls in m.lessons if ls.doc is not None]
        data = [ls.data for ls in lessons]
        figures = measure([q for d in data for q in d["quiz"]])
        minutes = sum(d["minutes"] for d in data)
        words = sum(word_count(ls.body) for ls in lessons)
        own = sum(1 for d in data if d.get("setting") in OWN_LIFE_SETTINGS)
        totals[0] += len(data); totals[1] += minutes; totals[2] += own
        print(f"| {level.dir_name} | {len(data)} | {minutes} | {words / len(data):.0f} | "
              f"{figures.blind_score:.0%} ({figures.level_test_count} questions) | "
              f"{figures.right_longest_share:.0%} of {figures.single_count} | "
              f"{figures.true_count}/{figures.truefalse_count} | {own}/{len(data)} ({own / len(data):.0%}) |")
    print(f"| all | {totals[0]} | {totals[1]} | | | | | {totals[2]}/{totals[0]} ({totals[2] / totals[0]:.0%}) |")


if __name__ == "__main__":
    main(*sys.argv[1:])
