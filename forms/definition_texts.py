"""The texts of an intake definition in English and Chinese (issue 16).

Every text a user reads (the form's title and description, a section's title and help, a
field's label and help, an option's label, a cross-check's message) is written in the YAML as
`label: {en: ..., zh: ...}`. A definition whose Chinese is missing or empty anywhere is refused,
shipped or not, so the two languages never drift apart: the window would otherwise show English
in the middle of a Chinese form without anyone noticing.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from forms.errors import DefinitionError

# Which keys of each part of a definition hold a text a user reads.
FORM_TEXTS = ("title", "description")
SECTION_TEXTS = ("title", "help")
FIELD_TEXTS = ("label", "help")
OPTION_TEXTS = ("label",)
CHECK_TEXTS = ("message",)
_HOW = "write it as {attr}: {{en: <English>, zh: <中文>}}"


def check_texts(document: Mapping[str, Any], filename: str) -> None:
    """Raise DefinitionError `file: where: label has no Chinese (zh)` for the first text that is
    not a complete `{en, zh}` pair. Runs before the schema so that a plain English string gets
    this message rather than a type error; parts of the wrong shape are left to the schema."""
    for where, attr, value in _texts(document):
        problem = _problem(attr, value)
        if problem:
            prefix = f"{filename}: {where}: " if where else f"{filename}: "
            raise DefinitionError(prefix + problem)


def english(value: object) -> str:
    """The English of a checked `{en, zh}` text ('' where the optional text is absent)."""
    return value["en"] if isinstance(value, Mapping) else ""


def chinese(raw: Mapping[str, Any], attrs: tuple[str, ...]) -> dict[str, str]:
    """The Chinese of `raw`'s checked texts by attribute name, for the loaded object's `zh`."""
    return {attr: raw[attr]["zh"] for attr in attrs if isinstance(raw.get(attr), Mapping)}


def _problem(attr: str, value: object) -> str | None:
    how = _HOW.format(attr=attr)
    if isinstance(value, str):
        return f"{attr} has no Chinese (zh); {how}"
    if not isinstance(value, Mapping):
        return f"{attr} is not a text; {how}"
    unknown = sorted(str(key) for key in value if key not in ("en", "zh"))
    if unknown:
        return f"{attr} has {', '.join(unknown)} besides en and zh; {how}"
    if not _written(value.get("en")):
        return f"{attr} has no English (en); {how}"
    if not _written(value.get("zh")):
        return f"{attr} has no Chinese (zh); {how}"
    return None


def _written(text: object) -> bool:
    return isinstance(text, str) and bool(text.strip())


def _texts(document: Mapping[str, Any]) -> Iterator[tuple[str, str, object]]:
    """(where, attribute, value) for every text present; `where` names the part by its id."""
    yield from _present("", document, FORM_TEXTS)
    sections = document.get("sections")
    for s_index, section in enumerate(sections if isinstance(sections, list) else []):
        if not isinstance(section, Mapping):
            continue
        yield from _present(f"section {_name(section, f'sections[{s_index}]')}", section,
                            SECTION_TEXTS)
        fields = section.get("fields")
        for f_index, field in enumerate(fields if isinstance(fields, list) else []):
            if not isinstance(field, Mapping):
                continue
            field_name = _name(field, f"sections[{s_index}].fields[{f_index}]")
            yield from _present(field_name, field, FIELD_TEXTS)
            options = field.get("options")
            for o_index, option in enumerate(options if isinstance(options, list) else []):
                if isinstance(option, Mapping):
                    value = option.get("value")
                    label = value if isinstance(value, str) else f"options[{o_index}]"
                    yield from _present(f"{field_name}: option {label}", option, OPTION_TEXTS)
    checks = document.get("checks")
    for c_index, check in enumerate(checks if isinstance(checks, list) else []):
        if isinstance(check, Mapping):
            yield from _present(f"check {_name(check, f'checks[{c_index}]')}", check, CHECK_TEXTS)


def _present(
    where: str, part: Mapping[str, Any], attrs: tuple[str, ...]
) -> Iterator[tuple[str, str, object]]:
    for attr in attrs:
        if attr in part:
            yield where, attr, part[attr]


def _name(part: Mapping[str, Any], fallback: str) -> str:
    ident = part.get("id")
    return ident if isinstance(ident, str) and ident else fallback
