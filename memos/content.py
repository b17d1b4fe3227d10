"""The memo content model: plain, JSON-serialisable data that a memo version stores and signs.

Every class round-trips through `to_dict()` / `from_dict()`; codes (recommendation, severity,
status, area, capacity) are stored as codes and turned into words only when rendering.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from memos.errors import MemoContentError

SCHEMA_VERSION = 1  # the layout of memos composed before version 2 (kept for their drafts)
SCHEMA_V2 = 2  # the memo a partner signs: short answer first, action plan, approvals, scope
PRIVILEGE_LEGEND = (
    "Privileged & Confidential — Attorney–Client Communication / Attorney Work Product"
)

MEMO_LANGUAGES = ("en", "zh", "bilingual")
LANGUAGE_EN = "en"

T = TypeVar("T", bound="_Record")


def _convert(tp: Any, value: Any, where: str) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return None
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return _convert(inner[0], value, where)
    if origin is list:
        if not isinstance(value, list):
            raise MemoContentError(f"Memo content: {where} should be a list.")
        (item_tp,) = typing.get_args(tp)
        return [_convert(item_tp, v, where) for v in value]
    if isinstance(tp, type) and issubclass(tp, _Record):
        if not isinstance(value, Mapping):
            raise MemoContentError(f"Memo content: {where} should be an object.")
        return tp.from_dict(value)
    if tp is int and not isinstance(value, int):
        raise MemoContentError(f"Memo content: {where} should be a whole number.")
    if tp is bool and not isinstance(value, bool):
        raise MemoContentError(f"Memo content: {where} should be true or false.")
    if tp is str and not isinstance(value, str):
        raise MemoContentError(f"Memo content: {where} should be text.")
    return value


class _Record:
    """Mixin: dict conversion for the frozen dataclasses below."""

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)  # type: ignore[call-overload, no-any-return]

    @classmethod
    def from_dict(cls: type[T], data: Mapping[str, Any]) -> T:
        hints = typing.get_type_hints(cls)
        kwargs: dict[str, Any] = {}
        for f in dataclasses.fields(cls):  # type: ignore[arg-type]
            if f.name in data:
                kwargs[f.name] = _convert(hints[f.name], data[f.name], f"{cls.__name__}.{f.name}")
            elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise MemoContentError(f"Memo content: {cls.__name__}.{f.name} is missing.")
        return cls(**kwargs)


@dataclass(frozen=True)
class Person(_Record):
    name: str = ""
    title: str = ""
    department: str = ""
    nationality: str = ""


@dataclass(frozen=True)
class Override(_Record):
    recommendation: str
    reason: str
    author: str
    date: str


@dataclass(frozen=True)
class FactRow(_Record):
    group: str
    label: str
    value: str


@dataclass(frozen=True)
class Tier(_Record):
    level: int | None
    reasons: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class AnalysisItem(_Record):
    rule: str
    title: str
    severity: str
    blocking: bool
    status: str
    wording: str
    basis: list[str] = field(default_factory=list)
    note: str = ""
    to_confirm: list[str] = field(default_factory=list)
    reported_only: str = ""


@dataclass(frozen=True)
class AnalysisArea(_Record):
    area: str
    items: list[AnalysisItem] = field(default_factory=list)
    counsel_note: str = ""


@dataclass(frozen=True)
class RequiredAction(_Record):
    rule: str
    action: str
    status: str


@dataclass(frozen=True)
class Conditions(_Record):
    narrative: str = ""
    actions: list[RequiredAction] = field(default_factory=list)


@dataclass(frozen=True)
class OpenItem(_Record):
    kind: str  # "checklist" | "missing_fact" | "to_confirm"
    reference: str
    text: str


@dataclass(frozen=True)
class Signature(_Record):
    name: str
    title: str
    capacity: str  # "prepared" | "reviewed" | "approved"
    signed_at: str  # UTC, ISO 8601 with "Z"
    certificate: str = ""  # SHA-256 of the signing certificate (version 2 prints it)


@dataclass(frozen=True)
class QASection(_Record):
    """One intake section of the appendix: its answered questions, in the form's order."""

    title: str
    rows: list[FactRow] = field(default_factory=list)


@dataclass(frozen=True)
class Assumption(_Record):
    fact: str  # the fact id (never printed)
    text: str  # counsel's wording
    adopted: bool = False  # listed by counsel (memo draft --assume-missing, or edited)


@dataclass(frozen=True)
class ActionRow(_Record):
    text: str  # imperative, as the policy writes it
    owner: str  # in words
    due: str  # in words: a date, "Unknown — establish the date", or ""
    approximate: bool
    status: str  # checklist status code of its item
    item: str  # the checklist item's title
    evidence: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ChecklistRow(_Record):
    rule: str
    rule_version: int
    area: str
    title: str
    severity: str
    blocking: bool
    status: str
    basis: list[str] = field(default_factory=list)
    note: str = ""
    evidence: list[str] = field(default_factory=list)
    no_longer_applies: bool = False


@dataclass(frozen=True)
class LegalReference(_Record):
    id: str
    instrument_en: str
    instrument_zh: str
    article: str | None
    in_force: str
    summary: str
    source: str
    verified: bool
    # A Chinese memo's (issue 16), omitted from the dict when empty: the PRC provision's own
    # text and where it was quoted from; a Chinese name for an instrument without an official
    # Chinese title.
    provision_zh: str = ""
    provision_zh_source: str = ""
    instrument_rendering_zh: str = ""


@dataclass(frozen=True)
class MemoContent(_Record):
    organisation: str
    reference: str
    matter_kind: str
    title: str
    version: int
    date: str
    addressee: str
    sender: str
    regarding: str
    person: Person
    recommendation: str
    tier: Tier
    legend: str = PRIVILEGE_LEGEND
    schema: int = SCHEMA_VERSION
    summary: str = ""
    override: Override | None = None
    fact_rows: list[FactRow] = field(default_factory=list)
    fact_paragraphs: list[str] = field(default_factory=list)
    analysis: list[AnalysisArea] = field(default_factory=list)
    conditions: Conditions = field(default_factory=Conditions)
    open_items: list[OpenItem] = field(default_factory=list)
    signatures: list[Signature] = field(default_factory=list)
    appendix_checklist: list[ChecklistRow] = field(default_factory=list)
    legal_references: list[LegalReference] = field(default_factory=list)
    # Version 2 only (absent from a version-1 dict, so its fingerprint never changes):
    policy_version: int | None = None
    law_as_of: str = ""
    question: str = ""
    short_answer: str = ""
    conditional_on: list[str] = field(default_factory=list)
    approvers: list[str] = field(default_factory=list)
    facts_narrative: str = ""
    facts_source: str = ""
    qa_sections: list[QASection] = field(default_factory=list)
    unanswered: list[str] = field(default_factory=list)
    assumptions: list[Assumption] = field(default_factory=list)
    unknown_facts: list[str] = field(default_factory=list)  # ids answered "unknown" (not printed)
    missing_facts: list[str] = field(default_factory=list)  # required ids unanswered (not printed)
    actions: list[ActionRow] = field(default_factory=list)
    jurisdictions: list[str] = field(default_factory=list)
    us_counsel_note: str = ""
    disclaimer: str = ""
    # Issue 16: the language of the composed parts, "en" | "zh" | "bilingual". Stored (and so
    # fingerprinted) only when not English: an English memo's dict is exactly as before.
    language: str = LANGUAGE_EN
    # A bilingual memo: this content is the Chinese composition; `english` the English one.
    english: MemoContent | None = None

    def to_dict(self) -> dict[str, Any]:
        data = super().to_dict()
        if self.schema < SCHEMA_V2:
            for name in V2_FIELDS:
                data.pop(name, None)
            for sig in data.get("signatures", []):
                sig.pop("certificate", None)
        for ref in data.get("legal_references", []):
            for name in CHINESE_REFERENCE_FIELDS:
                if not ref.get(name):
                    ref.pop(name, None)  # an English memo's dict stays as it was
        if self.language == LANGUAGE_EN:
            data.pop("language", None)
        if self.english is None:
            data.pop("english", None)
        else:
            data["english"] = self.english.to_dict()
        return data

    def __post_init__(self) -> None:
        if self.language not in MEMO_LANGUAGES:
            raise MemoContentError(
                f"Memo content: the language “{self.language}” is not en, zh or bilingual."
            )

    def with_signatures(self, signatures: list[Signature]) -> MemoContent:
        """The same content with these sign-off entries; the fingerprint does not change."""
        return dataclasses.replace(self, signatures=list(signatures))

    @property
    def effective_recommendation(self) -> str:
        return self.override.recommendation if self.override else self.recommendation


CHINESE_REFERENCE_FIELDS = ("provision_zh", "provision_zh_source", "instrument_rendering_zh")
V2_FIELDS = (
    "policy_version", "law_as_of", "question", "short_answer", "conditional_on", "approvers",
    "facts_narrative", "facts_source", "qa_sections", "unanswered", "assumptions",
    "unknown_facts", "missing_facts", "actions",
    "jurisdictions", "us_counsel_note", "disclaimer",
)
