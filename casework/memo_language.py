"""The memo's language (issue 16): which language a new memo version is composed in, and the
Chinese of what a Chinese memo draws from the shipped content — checklist titles, wording and
actions (the review policy), question labels, sections and option labels (the intake
definition), legal-basis summaries and provision texts — read through `forms.localize` so each
falls back to its English until its Chinese is written."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import Any

from forms.checklist import ReviewItem
from forms.definitions import FormDefinition
from forms.errors import OutboundError
from forms.legal import LegalBasis, load_legal_bases
from forms.localize import chinese_of, text_in, texts_in
from forms.rules import RuleSet, load_rule_set
from memos.articles_zh import article_zh
from memos.compose_v2 import QuestionDef
from memos.content import MEMO_LANGUAGES

LANGUAGE_NAMES = {"en": "English", "zh": "中文", "bilingual": "中文 + English"}


class MemoLanguageError(OutboundError):
    pass


def check_language(value: Any) -> str:
    if value not in MEMO_LANGUAGES:
        raise MemoLanguageError("the memo language must be en, zh or bilingual")
    return str(value)


def language_for_new_version(
    requested: str | None, previous: Mapping[str, Any] | None, setting: Any
) -> str:
    """The language asked for; else the memo's own (its latest version's), so a later vault
    setting never changes a memo already begun; else the vault's setting."""
    if requested is not None:
        return check_language(requested)
    if previous is not None:
        return str(previous.get("language") or "en")
    return setting if setting in MEMO_LANGUAGES else "en"


def questions_in(definition: FormDefinition, language: str) -> list[QuestionDef]:
    return [
        QuestionDef(
            f.id,
            text_in(f, "label", language),
            text_in(section, "title", language),
            f.required,
            {o.value: text_in(o, "label", language) for o in f.options},
        )
        for section in definition.sections
        for f in section.fields
    ]


def _rules(policy_version: int | None) -> RuleSet | None:
    try:
        return load_rule_set(version=policy_version)
    except OutboundError:
        return None


def checklist_in(
    items: Sequence[ReviewItem], policy_version: int | None, language: str
) -> list[ReviewItem]:
    """Each item's title, wording and actions in `language`, where the item still carries its
    rule's English (an item drafted under other words keeps its own)."""
    if language != "zh":
        return list(items)
    rules = _rules(policy_version)
    if rules is None:
        return list(items)
    out = []
    for item in items:
        try:
            rule = rules.rule(item.rule)
        except KeyError:
            out.append(item)
            continue
        by_number = {a.number: a for a in rule.actions}
        action_items = tuple(
            {**a, "text": text_in(by_number[a["number"]], "text", language)}
            if a.get("number") in by_number and by_number[a["number"]].text == a.get("text")
            else a
            for a in item.action_items
        )
        out.append(
            dataclasses.replace(
                item,
                title=text_in(rule, "title", language) if item.title == rule.title
                else item.title,
                wording=text_in(rule, "memo", language) if item.wording == rule.memo
                else item.wording,
                actions=texts_in(rule, "required_actions", language)
                if item.actions == rule.required_actions else item.actions,
                evidence=texts_in(rule, "evidence", language)
                if item.evidence == rule.evidence else item.evidence,
                action_items=action_items,
            )
        )
    return out


def provision_text(basis: LegalBasis) -> str:
    """The PRC provision's own Chinese text, where the legal bases carry it."""
    text = getattr(basis, "provision_zh", "") or chinese_of(basis).get("provision", "")
    return str(text or "")


def legal_bases_in(
    rows: Mapping[str, Mapping[str, Any]], language: str
) -> dict[str, dict[str, Any]]:
    """The legal bases as the memo composes from them, with the Chinese summary (and article,
    where the bases give one in Chinese) and the provision's Chinese text."""
    out = {key: dict(row) for key, row in rows.items()}
    if language != "zh":
        return out
    for basis_id, basis in load_legal_bases().items():
        row = out.get(basis_id)
        if row is None:
            continue
        row["summary"] = text_in(basis, "summary", language)
        row["source"] = text_in(basis, "source", language)
        row["in_force"] = text_in(basis, "in_force", language)
        if not row.get("instrument_zh"):  # a Chinese name, not an official title
            row["instrument_rendering_zh"] = str(chinese_of(basis).get("instrument") or "")
        row["provision_zh_source"] = str(getattr(basis, "provision_zh_source", "") or "")
        if row.get("article"):
            own = chinese_of(basis).get("article")
            row["article"] = own if isinstance(own, str) and own else article_zh(row["article"])
        row["provision_zh"] = provision_text(basis)
    return out
