"""Which members a schema_version 1 pack holds, and how they map to the model.

    pack.json               pack info and the competence list
    levels/<number>.json    a level with its modules (ordered lesson ids)
    lessons/<id>.json       one lesson
    media/...               images, byte for byte from content/media

A later schema_version gets its own encode/decode pair in LAYOUTS; the
verifier refuses versions that have none.
"""

from __future__ import annotations

from typing import Callable, Mapping

from tutor.lessons.codec import (
    ContentFormatError,
    Reader,
    competence_to_dict,
    competences_from_list,
    dumps,
    lesson_from_dict,
    lesson_to_dict,
    level_from_dict,
    level_to_dict,
    loads,
    pack_info_from_dict,
    pack_info_to_dict,
)
from tutor.lessons.model import Curriculum

PACK_JSON = "pack.json"


def level_member(number: int) -> str:
    return f"levels/{number}.json"


def lesson_member(lesson_id: str) -> str:
    return f"lessons/{lesson_id}.json"


def encode_v1(curriculum: Curriculum, media: Mapping[str, bytes]) -> dict[str, bytes]:
    members: dict[str, bytes] = {
        PACK_JSON: dumps({
            "info": pack_info_to_dict(curriculum.info),
            "competences": [competence_to_dict(c) for c in curriculum.competences],
        }),
    }
    for level in curriculum.levels:
        modules = [m for mid in level.module_ids if (m := curriculum.module(mid)) is not None]
        members[level_member(level.number)] = dumps(level_to_dict(level, modules))
    for lesson in curriculum.lessons:
        members[lesson_member(lesson.id)] = dumps(lesson_to_dict(lesson))
    for name, data in media.items():
        members[name] = data
    return members


def decode_v1(members: Mapping[str, bytes]) -> tuple[Curriculum, dict[str, bytes]]:
    """Members (already verified) -> model. Raises ContentFormatError if they do not fit together."""
    if PACK_JSON not in members:
        raise ContentFormatError(PACK_JSON, "missing")
    head = Reader(loads(members[PACK_JSON], PACK_JSON), PACK_JSON)
    info = pack_info_from_dict(head.get("info", dict))
    competences = competences_from_list(head.get("competences", list))
    levels, modules, lessons = [], [], []
    used = {PACK_JSON}
    for number in info.level_numbers:
        name = level_member(number)
        if name not in members:
            raise ContentFormatError(name, "listed in pack.json but missing")
        level, level_modules = level_from_dict(loads(members[name], name))
        if level.number != number:
            raise ContentFormatError(name, f"holds level {level.number}")
        used.add(name)
        levels.append(level)
        for module in level_modules:
            if module.level != number:
                raise ContentFormatError(name, f"module {module.id} says level {module.level}")
            modules.append(module)
            for lesson_id in module.lesson_ids:
                lname = lesson_member(lesson_id)
                if lname not in members:
                    raise ContentFormatError(lname, "listed in a module but missing")
                lesson = lesson_from_dict(loads(members[lname], lname))
                if (lesson.id, lesson.module_id, lesson.level) != (lesson_id, module.id, number):
                    raise ContentFormatError(lname, "id, module or level does not match its module")
                used.add(lname)
                lessons.append(lesson)
    media = {name: data for name, data in members.items() if name.startswith("media/")}
    stray = set(members) - used - set(media)
    if stray:
        raise ContentFormatError(sorted(stray)[0], "member not referenced by the pack")
    if len({m.id for m in modules}) != len(modules) or len({ls.id for ls in lessons}) != len(lessons):
        raise ContentFormatError(PACK_JSON, "duplicate module or lesson id")
    curriculum = Curriculum(info, competences, tuple(levels), tuple(modules), tuple(lessons), tuple(sorted(media)))
    return curriculum, media


Encoder = Callable[[Curriculum, Mapping[str, bytes]], dict[str, bytes]]
Decoder = Callable[[Mapping[str, bytes]], tuple[Curriculum, dict[str, bytes]]]

LAYOUTS: dict[int, tuple[Encoder, Decoder]] = {1: (encode_v1, decode_v1)}
