"""The memo's words in one language (issue 16): phrases by key from `words_en` / `words_zh`,
the words for codes (recommendation, tier, severity, status, area, capacity, owner), and the
language's dates, lists and sentence ends. Sections and composition ask a `Words` for text,
never spell a language out themselves."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cache

from memos import labels, words_en, words_zh
from memos.compose import format_date
from memos.fonts import has_cjk

_TRAILING_TAGS = re.compile(r"(</?[a-z]+[^>]*>)+$")  # markup after a text's last character
# The heading and table labels a bilingual memo prints in both languages ("收件人 / To").
BOTH_LANGUAGE_KEYS = (
    "to", "from", "date", "re", "reference", "basis", "memorandum",
    "col_capacity", "col_name", "col_signed", "col_certificate", "col_signature",
)


@dataclass(frozen=True)
class Words:
    language: str  # "en" | "zh"
    phrases: Mapping[str, str]
    titles: tuple[str, ...]  # section titles; "" where a bilingual memo's second pass has none
    owners: Mapping[str, str]
    decisions: Mapping[str, str]
    capacities: Mapping[str, str]

    def __call__(self, key: str, **fields: object) -> str:
        text = self.phrases[key]
        return text.format(**fields) if fields else text

    @property
    def chinese(self) -> bool:
        return self.language == "zh"

    def date(self, iso: str) -> str:
        """`2026-11-30` as the language writes a date: 30 November 2026 / 2026年11月30日."""
        if not self.chinese:
            return format_date(iso)
        try:
            day = dt.date.fromisoformat(iso)
        except ValueError:
            return iso
        return f"{day.year}年{day.month}月{day.day}日"

    def sentence(self, text: str) -> str:
        if not self.chinese:
            return labels.sentence(text)
        stripped = text.rstrip()
        if _TRAILING_TAGS.sub("", stripped)[-1:] in ("。", "？", "！", "…", ".", "?", "!"):
            return stripped
        # An English text not yet translated ends the English way.
        return stripped + ("。" if has_cjk(stripped) else ".")

    def join(self, words: Sequence[str]) -> str:
        if len(words) <= 1:
            return "".join(words)
        if self.chinese:
            return "、".join(words[:-1]) + "和" + words[-1]
        return ", ".join(words[:-1]) + " and " + words[-1]

    def recommendation(self, code: str) -> str:
        if self.chinese:
            return words_zh.RECOMMENDATIONS.get(code, labels.recommendation(code))
        return labels.recommendation(code)

    def tier(self, level: int | None) -> str:
        if self.chinese:
            if level is None:
                return words_zh.TIER_UNKNOWN
            return words_zh.TIERS.get(level, f"{level}级")
        return labels.tier(level)

    def severity(self, code: str) -> str:
        if self.chinese:
            return words_zh.SEVERITIES.get(code, labels.severity(code))
        return labels.severity(code)

    def status(self, code: str) -> str:
        if self.chinese:
            return words_zh.STATUSES.get(code, labels.status(code))
        return labels.status(code)

    def area(self, code: str) -> str:
        if self.chinese:
            return words_zh.AREAS.get(code, labels.area(code))
        return labels.area(code)

    def decision(self, code: str) -> str:
        return self.decisions.get(code, self.status(code))

    def owner(self, code: str) -> str | None:
        return self.owners.get(code)

    def title(self, index: int) -> str:
        return self.titles[index]

    def without_titles(self) -> Words:
        """The English pass of a bilingual memo: the headings were printed with the Chinese."""
        return replace(self, titles=("",) * len(self.titles))


@cache
def words_for(language: str) -> Words:
    if language == "zh":
        return Words("zh", words_zh.PHRASES, words_zh.SECTION_TITLES, words_zh.OWNERS,
                     words_zh.DECISIONS, words_zh.CAPACITIES)
    return Words("en", words_en.PHRASES, words_en.SECTION_TITLES, words_en.OWNERS,
                 words_en.DECISIONS, words_en.CAPACITIES)


@cache
def bilingual_words() -> Words:
    """The Chinese words with headings and the heading block's labels in both languages."""
    zh, en = words_for("zh"), words_for("en")
    phrases = dict(zh.phrases)
    for key in BOTH_LANGUAGE_KEYS:
        phrases[key] = f"{zh.phrases[key]} / {en.phrases[key]}"
    titles = tuple(f"{z} / {e}" for z, e in zip(zh.titles, en.titles, strict=True))
    capacities = {k: f"{v} / {en.capacities[k]}" for k, v in zh.capacities.items()}
    return replace(zh, phrases=phrases, titles=titles, capacities=capacities)
