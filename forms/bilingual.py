"""Texts written twice in the shipped content: `{en: <English>, zh: <中文>}` (issue 16).

Intake definitions, rules and legal bases write every text a user reads this way. Their
loaders read each one through `BilingualReader`, which returns the English (kept in the
object's usual attribute, so English output is unchanged) and the Chinese (kept in `obj.zh`,
read through `forms.localize`). A text with no Chinese, an empty one, or a "Chinese" with no
Chinese character in it is refused, shipped or not, with the file and the field named and the
way to write it, so the two languages never drift apart: the window would otherwise show
English in the middle of a Chinese form without anyone noticing.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from forms.errors import DefinitionError

# CJK ideographs (with extension A and the compatibility block).
_CHINESE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_PAIR = "{en: <English>, zh: <中文>}"


def has_chinese(text: str) -> bool:
    return bool(_CHINESE.search(text))


def how_to_write(field: str) -> str:
    """`write it as label: {en: ..., zh: ...}`; an item of a list has no key to name."""
    key = field.rsplit(".", 1)[-1]
    if key.endswith("]"):
        return f"write the item as {_PAIR}"
    return f"write it as {key}: {_PAIR}"


class BilingualReader:
    """Reads the `{en, zh}` texts of one file; every refusal names `filename` and the field."""

    def __init__(self, filename: str) -> None:
        self.filename = filename

    def fail(self, where: str, field: str, problem: str) -> DefinitionError:
        """`file: where: <field> <problem>; write it as <field>: {en: ..., zh: ...}`; `where`
        locates the object holding the text ("" for the file's top level)."""
        located = f"{self.filename}: {where}: " if where else f"{self.filename}: "
        return DefinitionError(f"{located}{field} {problem}; {how_to_write(field)}")

    def text(self, value: object, where: str, field: str) -> tuple[str, str]:
        """(English, Chinese) of one text; `where` locates the object, `field` names the text."""
        if isinstance(value, str):
            raise self.fail(where, field, "has no Chinese (zh)")
        if not isinstance(value, Mapping):
            raise self.fail(where, field, "is not a text")
        unknown = sorted(str(key) for key in value if key not in ("en", "zh"))
        if unknown:
            raise self.fail(where, field, f"has {', '.join(unknown)} besides en and zh")
        english, chinese = value.get("en"), value.get("zh")
        if not isinstance(english, str) or not english.strip():
            raise self.fail(where, field, "has no English (en)")
        if chinese is None:
            raise self.fail(where, field, "has no Chinese (zh)")
        if not isinstance(chinese, str) or not chinese.strip():
            raise self.fail(where, field, "has an empty Chinese text (zh)")
        if not has_chinese(chinese):
            raise self.fail(where, field, "has a Chinese text (zh) with no Chinese in it")
        return english, chinese

    def texts(
        self, values: Sequence[object], where: str, field: str
    ) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """A list of texts: (English texts, Chinese texts), item by item."""
        pairs = [self.text(v, where, f"{field}[{i}]") for i, v in enumerate(values)]
        return tuple(p[0] for p in pairs), tuple(p[1] for p in pairs)

    def optional(self, value: object, where: str, field: str) -> tuple[str, str]:
        """An optional text: ("", "") when absent or empty in the file."""
        if value is None or value == "":
            return "", ""
        return self.text(value, where, field)

    def present(
        self, part: Mapping[str, Any], attrs: Sequence[str], where: str
    ) -> tuple[dict[str, str], dict[str, str]]:
        """The texts `attrs` of `part` that it has: (English by name, Chinese by name)."""
        english: dict[str, str] = {}
        chinese: dict[str, str] = {}
        for attr in attrs:
            if attr in part:
                english[attr], chinese[attr] = self.text(part[attr], where, attr)
        return english, chinese


def english_form(document: Any) -> Any:
    """The document with every `{en, zh}` text replaced by its English: what the file meant
    before it carried Chinese (and what decides every English output)."""
    if isinstance(document, Mapping):
        if "en" in document and set(document) <= {"en", "zh"}:
            return document["en"]
        return {key: english_form(value) for key, value in document.items()}
    if isinstance(document, list):
        return [english_form(item) for item in document]
    return document
