"""Fill new entries of the Qt .ts files after `make lupdate`.

Vietnamese is the source language, so tutor_vi.ts gets each source text as its
own translation. tutor_en.ts gets English from JSON files mapping Vietnamese
source text to English ({"Lưu": "Save"}), the way engineers hand in the English
for the strings they added. Entries already translated are left alone; what is
still missing is printed, and the exit status is 1 so a release script notices.

    python tools/fill_translations.py tutor/ui/i18n en-strings.json [more.json ...]
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def _load(paths: list[Path]) -> dict[str, str]:
    english: dict[str, str] = {}
    for path in paths:
        english.update(json.loads(path.read_text(encoding="utf-8")))
    return english


def _fill(ts_file: Path, translate) -> list[str]:
    tree = ET.parse(ts_file)
    missing: list[str] = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if translation.get("type") not in ("unfinished", None) or (translation.text and translation.get("type") is None):
            continue
        text = translate(source)
        if text is None:
            missing.append(source)
            continue
        translation.text = text
        translation.attrib.pop("type", None)
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return missing


def main(argv: list[str]) -> int:
    if len(argv) < 1:
        print(__doc__, file=sys.stderr)
        return 2
    folder = Path(argv[0])
    english = _load([Path(p) for p in argv[1:]])
    _fill(folder / "tutor_vi.ts", lambda source: source)
    missing = _fill(folder / "tutor_en.ts", english.get)
    for source in missing:
        print(f"no English for: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
