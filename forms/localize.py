"""Chinese beside English in the shipped content (issue 16): one accessor for every reader.

Definitions, rules and legal bases carry each text in English and Chinese
(`label: {en: ..., zh: ...}` in the YAML). Loaded objects keep the English in their usual
attribute (so English output, fingerprints of English memos and every existing caller are
unchanged) and the Chinese in `obj.zh`, a mapping from the attribute's name to its Chinese
text (a string, or a tuple of strings for a tuple attribute such as `required_actions`).
Readers never reach into `zh` themselves; they ask `text_in` / `texts_in` for a language.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, cast

Language = Literal["en", "zh"]
LANGUAGES: tuple[Language, ...] = ("en", "zh")


def chinese_of(obj: object) -> Mapping[str, Any]:
    """The object's Chinese texts by attribute name (empty where it carries none)."""
    return cast(Mapping[str, Any], getattr(obj, "zh", None) or {})


def text_in(obj: object, attr: str, language: str) -> str:
    """`obj.<attr>` in `language`: the Chinese where asked for and present, else the English."""
    if language == "zh":
        chinese = chinese_of(obj).get(attr)
        if isinstance(chinese, str) and chinese:
            return chinese
    return str(getattr(obj, attr))


def texts_in(obj: object, attr: str, language: str) -> tuple[str, ...]:
    """A tuple attribute (`required_actions`, `evidence` ...) in `language`, item by item."""
    english = tuple(str(item) for item in getattr(obj, attr))
    if language == "zh":
        chinese = chinese_of(obj).get(attr)
        if isinstance(chinese, (tuple, list)) and len(chinese) == len(english):
            return tuple(str(item) for item in chinese)
    return english
