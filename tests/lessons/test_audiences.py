"""content/audiences.yaml maps the course to the four groups of the national
basic digital-skills framework; the checker refuses a map that leaves a group
or a module out, or names a module that does not exist."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tutor.lessons.checker import check_source

from .conftest import ROOT, VALID_SOURCE

GROUPS = ("hoc-sinh-sinh-vien", "nguoi-dan", "can-bo-cong-chuc-vien-chuc", "nguoi-lao-dong-doanh-nghiep")


def _map(groups: dict[str, list[str]]) -> str:
    lines = ['framework: "Khung kiến thức, kỹ năng số cơ bản"', 'source: "Quyết định 757/QĐ-BKHCN"',
             'checked: "2026-12-06"', "groups:"]
    for ident, modules in groups.items():
        lines += [f"  - id: {ident}", '    title: "Nhóm"', '    why: "Vì sao."',
                  f"    modules: [{', '.join(modules)}]"]
    return "\n".join(lines) + "\n"


def _problems(tmp_path: Path, text: str) -> list[str]:
    source = tmp_path / "content"
    shutil.copytree(VALID_SOURCE, source)
    (source / "audiences.yaml").write_text(text, encoding="utf-8")
    return [p.message for p in check_source(source) if p.file.endswith("audiences.yaml")]


FULL = {"hoc-sinh-sinh-vien": ["l1.m1"], "nguoi-dan": ["l1.m1", "l1.m2", "l1.m3"],
        "can-bo-cong-chuc-vien-chuc": ["l1.m2"], "nguoi-lao-dong-doanh-nghiep": ["l1.m3"]}


def test_a_complete_map_passes(tmp_path):
    assert _problems(tmp_path, _map(FULL)) == []


@pytest.mark.parametrize("groups, expected", [
    ({k: v for k, v in FULL.items() if k != "can-bo-cong-chuc-vien-chuc"}, "'can-bo-cong-chuc-vien-chuc' has no modules"),
    ({**FULL, "nguoi-dan": ["l1.m1", "l1.m2", "l1.m3", "l9.m9"]}, "unknown module 'l9.m9'"),
    ({**FULL, "nguoi-dan": ["l1.m1", "l1.m2"], "nguoi-lao-dong-doanh-nghiep": ["l1.m2"]}, "'l1.m3' serves none"),
    ({**FULL, "nong-dan": ["l1.m1"]}, "'nong-dan' is not one of the framework's four groups"),
])
def test_a_map_that_leaves_something_out_is_an_error(tmp_path, groups, expected):
    problems = _problems(tmp_path, _map(groups))
    assert any(expected in message for message in problems), problems


def test_the_shipped_course_serves_all_four_groups():
    source = ROOT / "content"
    assert (source / "audiences.yaml").is_file()
    assert [p for p in check_source(source) if p.file.endswith("audiences.yaml")] == []
