"""The window's translations: extract the .ts from the code, and check it is complete.

    python packaging/translations.py update   # `make translations`: refresh every .ts
    python packaging/translations.py check    # exit 1 naming each unfinished, obsolete or new entry

`update` runs pyside6-lupdate over every module of desktop/ (each `self.tr`,
`QCoreApplication.translate`, `translate` and `QT_TRANSLATE_NOOP` call) into
resources/translations/outbound_<locale>.ts; new strings arrive unfinished, strings gone from the
code are dropped. Locations are left out, so the .ts changes only when a string does (and merges
of code that moved stay clean). A translator then fills the new entries (Qt Linguist, or an
editor) following docs/glossary-zh.md.

`check` runs the same extraction into a temporary copy and fails on any entry that is unfinished
(a string without its translation, including one new in the code) or obsolete (a translation of a
string the code no longer has). The compiled .qm is built by setup.py (build_py), never by hand.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SOURCES = REPO / "desktop"
TRANSLATIONS = REPO / "resources" / "translations"
LOCALES = ("zh_CN",)


def ts_file(locale: str) -> Path:
    return TRANSLATIONS / f"outbound_{locale}.ts"


def source_files() -> list[Path]:
    return sorted(p for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


def lupdate(ts: Path, locale: str, *, keep_obsolete: bool) -> None:
    """Extract the strings of desktop/ into `ts` (created or merged)."""
    # lupdate reads the file list from a list file: the command line stays short on Windows
    with tempfile.TemporaryDirectory(prefix="outbound-lupdate-") as tmp:
        listing = Path(tmp) / "sources.lst"
        listing.write_text("\n".join(str(p) for p in source_files()) + "\n", encoding="utf-8")
        command = [
            sys.executable,
            "-c",
            "import sys; from PySide6.scripts.pyside_tool import lupdate; "
            "sys.argv[0] = 'pyside6-lupdate'; sys.exit(lupdate())",
            f"@{listing}",
            "-target-language",
            locale,
            "-locations",
            "none",
            "-silent",
            "-ts",
            str(ts),
        ]
        if not keep_obsolete:
            command.insert(-2, "-no-obsolete")
        subprocess.run(command, check=True)


def problems(ts: Path) -> list[str]:
    """Each entry of `ts` that is not a finished translation, as "context: source (state)"."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            state = "missing" if translation is None else translation.get("type", "")
            if translation is not None and not state:
                forms = list(translation.iter("numerusform")) or [translation]
                if any(not (form.text or "").strip() for form in forms):
                    state = "empty"
            if state:
                found.append(f"{name}: {message.findtext('source')!r} ({state})")
    return found


def check(locale: str) -> list[str]:
    """The problems of the committed .ts once refreshed from the current code."""
    with tempfile.TemporaryDirectory(prefix="outbound-ts-check-") as tmp:
        copy = Path(tmp) / ts_file(locale).name
        shutil.copyfile(ts_file(locale), copy)
        lupdate(copy, locale, keep_obsolete=True)
        return problems(copy)


def main(argv: list[str]) -> int:
    if argv == ["update"]:
        for locale in LOCALES:
            lupdate(ts_file(locale), locale, keep_obsolete=False)
            left = problems(ts_file(locale))
            print(f"{ts_file(locale).relative_to(REPO)}: {len(left)} entries to translate")
        return 0
    if argv == ["check"]:
        failed = False
        for locale in LOCALES:
            for line in check(locale):
                failed = True
                print(f"{ts_file(locale).relative_to(REPO)}: {line}", file=sys.stderr)
        return 1 if failed else 0
    print("usage: python packaging/translations.py update|check", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
