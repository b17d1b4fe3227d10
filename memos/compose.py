"""Draft a memo's content from a matter, its answers, assessment (plain values) and checklist
(`forms.checklist.ReviewItem`s)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from forms.checklist import ReviewItem
from memos import labels
from memos.content import (
    AnalysisArea,
    AnalysisItem,
    ChecklistRow,
    Conditions,
    FactRow,
    LegalReference,
    MemoContent,
    OpenItem,
    Override,
    Person,
    RequiredAction,
    Tier,
)
from memos.errors import MemoContentError
from memos.fact_labels import FACTS, OPTIONS

REPORTED_BASIS = "REPORT-2026-AI-TRAVEL"
REPORTED_NOTE = (
    "Part of this item rests on a press report (Reuters, citing Bloomberg, 26 May 2026) that "
    "some leading AI researchers need approval before travelling abroad. The measure is "
    "reported and unverified, and no public implementing text exists: treat it as a reported "
    "practice to check with the company and the authorities, not as law."
)
_NOT_PRINTED = {"matter.summary", "matter.kind"}
_LONG_TEXT = {"longtext"}


def fact_label(fact_id: str, definition_labels: Mapping[str, str] | None = None) -> str:
    if definition_labels and fact_id in definition_labels:
        return definition_labels[fact_id]
    if fact_id in FACTS:
        return FACTS[fact_id][2]
    return labels.humanise(fact_id.rsplit(".", 1)[-1])


def format_date(value: str) -> str:
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return value
    return f"{day.day} {day:%B %Y}"


def format_answer(
    fact_id: str, value: Any, options: Mapping[str, str] | None = None
) -> str:
    """An answer in the words a reader expects: Yes/No/Unknown, the form's own labels for
    choices (`options`: the matter's definition; else the shipped ones), dates."""
    kind = FACTS[fact_id][1] if fact_id in FACTS else ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, list):
        return ", ".join(format_answer(fact_id, v, options) for v in value) or "None"
    if isinstance(value, int | float):
        return f"{value:,}"
    text = str(value)
    if text in ("yes", "no", "unknown"):
        return text.capitalize()
    if kind == "country":
        return labels.country(text)
    if kind == "date" or (kind == "" and len(text) == 10 and text[4:5] == "-"):
        return format_date(text)
    labelled = (options if options is not None else OPTIONS.get(fact_id, {})).get(text)
    if labelled is not None:
        return labelled
    if kind in ("choice", "multi"):
        return labels.humanise(text)  # a value the definitions no longer offer
    return text


def _person(answers: Mapping[str, Any]) -> Person:
    nationality = answers.get("person.nationality")
    return Person(
        name=str(answers.get("person.name", "")),
        title=str(answers.get("person.title", "")),
        department=str(answers.get("person.department", "")),
        nationality=labels.country(str(nationality)) if nationality else "",
    )


def _facts(
    answers: Mapping[str, Any],
    definition_labels: Mapping[str, str] | None,
    definition_options: Mapping[str, Mapping[str, str]] | None = None,
) -> tuple[list[FactRow], list[str]]:
    order = {fid: i for i, fid in enumerate(FACTS)}
    rows: list[FactRow] = []
    paragraphs: list[str] = []
    for fid in sorted(answers, key=lambda f: (order.get(f, len(order)), f)):
        value = answers[fid]
        if value is None or value == "" or fid in _NOT_PRINTED:
            continue
        group, kind, _ = FACTS.get(fid, ("Other facts", "", ""))
        if kind in _LONG_TEXT:
            paragraphs.append(str(value))
            continue
        options = definition_options.get(fid) if definition_options is not None else None
        answer = format_answer(fid, value, options)
        rows.append(FactRow(group, fact_label(fid, definition_labels), answer))
    return rows, paragraphs


def _item(row: ReviewItem, definition_labels: Mapping[str, str] | None) -> AnalysisItem:
    return AnalysisItem(
        rule=row.rule,
        title=row.title,
        severity=row.severity,
        blocking=row.blocking,
        status=row.status,
        wording=row.wording,
        basis=list(row.basis),
        note=row.note,
        to_confirm=[fact_label(f, definition_labels) for f in row.to_confirm],
        reported_only=REPORTED_NOTE if REPORTED_BASIS in row.basis else "",
    )


def _sort_key(row: ReviewItem) -> tuple[int, int, str]:
    area_rank = labels.AREA_ORDER.index(row.area) if row.area in labels.AREA_ORDER else 99
    sev_rank = labels.SEVERITY_ORDER.get(row.severity, 9)
    return (area_rank, sev_rank, row.rule)


def _analysis(
    active: Sequence[ReviewItem],
    area_notes: Mapping[str, str],
    definition_labels: Mapping[str, str] | None,
) -> list[AnalysisArea]:
    areas: dict[str, list[AnalysisItem]] = {}
    for row in active:
        areas.setdefault(row.area, []).append(_item(row, definition_labels))
    for area in area_notes:
        areas.setdefault(area, [])
    ordered = sorted(
        areas,
        key=lambda a: (labels.AREA_ORDER.index(a) if a in labels.AREA_ORDER else 99, a),
    )
    return [
        AnalysisArea(area=a, items=areas[a], counsel_note=str(area_notes.get(a) or ""))
        for a in ordered
    ]


def _open_items(
    active: Sequence[ReviewItem],
    missing: Sequence[str],
    definition_labels: Mapping[str, str] | None,
) -> list[OpenItem]:
    items: list[OpenItem] = []
    for row in active:
        if row.status in ("open", "escalated"):
            text = f"{row.title} ({labels.severity(row.severity)}"
            text += ", escalated)" if row.status == "escalated" else ", open)"
            items.append(OpenItem("checklist", row.rule, text))
    for row in active:
        facts = [fact_label(f, definition_labels) for f in row.to_confirm]
        if facts:
            text = (
                f"The conclusion on “{row.title}” rests on unknown "
                f"answers and is to confirm: {labels.sentence('; '.join(facts))}"
            )
            items.append(OpenItem("to_confirm", row.rule, text))
    for fid in missing:
        items.append(
            OpenItem(
                "missing_fact",
                fid,
                "Not yet answered: " + labels.sentence(fact_label(fid, definition_labels)),
            )
        )
    return items


def _references(
    cited: Sequence[str], legal_bases: Mapping[str, Mapping[str, Any]]
) -> list[LegalReference]:
    refs = []
    for basis_id in sorted(set(cited)):
        if basis_id not in legal_bases:
            raise MemoContentError(
                f"The legal basis {basis_id} is cited but not in the reference table."
            )
        b = legal_bases[basis_id]
        article = str(b.get("article") or "")
        printable = (
            article if b.get("article_confirmed", True) and article not in ("", "—", "-") else None
        )
        refs.append(
            LegalReference(
                id=basis_id,
                instrument_en=str(b.get("instrument_en", "")),
                instrument_zh=str(b.get("instrument_zh") or ""),
                article=printable,
                in_force=str(b.get("in_force", "")),
                summary=str(b.get("summary", "")),
                source=str(b.get("source", "")),
                verified=bool(b.get("verified", True)),
            )
        )
    return refs


def compose_memo(
    *,
    matter: Mapping[str, Any],
    answers: Mapping[str, Any],
    assessment: Mapping[str, Any],
    checklist: Sequence[ReviewItem],
    legal_bases: Mapping[str, Mapping[str, Any]],
    narrative: Mapping[str, Any],
    organisation: str,
    version: int,
    date: str,
    counsel_from: str,
    definition_labels: Mapping[str, str] | None = None,
    definition_options: Mapping[str, Mapping[str, str]] | None = None,
) -> MemoContent:
    """The draft memo content for one version; counsel's narrative is taken as written."""
    rows = sorted(checklist, key=_sort_key)
    active = [r for r in rows if not r.no_longer_applies]
    kind = str(matter.get("kind", answers.get("matter.kind", "")))
    client = str(matter.get("client") or answers.get("matter.client") or "")
    title = str(matter.get("title", ""))
    fact_rows, fact_paragraphs = _facts(answers, definition_labels, definition_options)
    ov = matter.get("recommendation_override")
    override = (
        Override(
            recommendation=str(ov["recommendation"]),
            reason=str(ov.get("reason", "")),
            author=str(ov.get("author", "")),
            date=str(ov.get("at", ov.get("date", ""))),
        )
        if ov
        else None
    )
    actions = [
        RequiredAction(r.rule, action, r.status)
        for r in active
        if r.status != "not_applicable"
        for action in r.actions
    ]
    cited = list(assessment.get("cited", []))
    for r in active:
        cited.extend(r.basis)
    tier_level = assessment.get("tier")
    return MemoContent(
        organisation=organisation,
        reference=str(matter.get("reference", "")),
        matter_kind=kind,
        title=title,
        version=int(version),
        date=date,
        addressee=str(narrative.get("to") or (f"Legal and Compliance, {client}" if client else "")),
        sender=counsel_from,
        regarding=f"{labels.KINDS.get(kind, labels.humanise(kind))} review — {title}",
        person=_person(answers),
        recommendation=str(assessment.get("recommendation", "")),
        tier=Tier(
            level=int(tier_level) if tier_level is not None else None,
            reasons=[str(x) for x in assessment.get("tier_reasons", [])],
        ),
        summary=str(narrative.get("summary") or answers.get("matter.summary") or ""),
        override=override,
        fact_rows=fact_rows,
        fact_paragraphs=fact_paragraphs,
        analysis=_analysis(active, narrative.get("area_notes") or {}, definition_labels),
        conditions=Conditions(narrative=str(narrative.get("conditions") or ""), actions=actions),
        open_items=_open_items(active, list(assessment.get("missing", [])), definition_labels),
        appendix_checklist=[
            ChecklistRow(
                rule=r.rule,
                rule_version=r.rule_version,
                area=r.area,
                title=r.title,
                severity=r.severity,
                blocking=r.blocking,
                status=r.status,
                basis=list(r.basis),
                note=r.note,
                evidence=list(r.evidence),
                no_longer_applies=r.no_longer_applies,
            )
            for r in rows
        ],
        legal_references=_references(cited, legal_bases),
    )
