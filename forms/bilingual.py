"""Texts written twice in a rule or legal-bases file: `{en: <English>, zh: <中文>}` (issue 16).

The loaders read every user-facing text through `BilingualReader`, which returns the English
(kept in the object's usual attribute, so English output is unchanged) and the Chinese (kept in
`obj.zh`, read through `forms.localize`). A text with no Chinese, an empty one, or a "Chinese"
with no Chinese character in it is refused with the file and the field named, so the two
languages never drift apart.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from forms.errors import DefinitionError

HOW_TO_WRITE = "write it as {en: <English text>, zh: <中文>}"
# CJK ideographs (with extension A and the compatibility block) and CJK punctuation.
_CHINESE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def has_chinese(text: str) -> bool:
    return bool(_CHINESE.search(text))


class BilingualReader:
    """Reads `{en, zh}` texts of one file; every refusal names `filename` and the field."""

    def __init__(self, filename: str) -> None:
        self.filename = filename

    def fail(self, where: str, problem: str) -> DefinitionError:
        return DefinitionError(f"{self.filename}: {where}: {problem}; {HOW_TO_WRITE}")

    def text(self, value: object, where: str, field: str) -> tuple[str, str]:
        """(English, Chinese) of one text; `where` locates the object, `field` names the text."""
        if isinstance(value, str):
            raise self.fail(where, f"{field} has no Chinese (zh)")
        if not isinstance(value, Mapping):
            raise self.fail(where, f"{field} is not a text")
        unknown = sorted(str(key) for key in value if key not in ("en", "zh"))
        if unknown:
            raise self.fail(where, f"{field} has an unknown key {unknown[0]!r}")
        english, chinese = value.get("en"), value.get("zh")
        if not isinstance(english, str) or not english.strip():
            raise self.fail(where, f"{field} has no English (en)")
        if chinese is None:
            raise self.fail(where, f"{field} has no Chinese (zh)")
        if not isinstance(chinese, str) or not chinese.strip():
            raise self.fail(where, f"{field} has an empty Chinese text (zh)")
        if not has_chinese(chinese):
            raise self.fail(where, f"{field} has a Chinese text (zh) with no Chinese in it")
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
