"""Draft a memo's content from a matter, its answers, assessment and checklist (plain dicts)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

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
from memos.fact_labels import FACTS

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


def format_answer(fact_id: str, value: Any) -> str:
    """An answer in the words a reader expects: Yes/No/Unknown, readable choices, dates."""
    kind = FACTS[fact_id][1] if fact_id in FACTS else ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, list):
        words = ", ".join(format_answer(fact_id, v) for v in value)
        return words[:1] + words[1:].lower().replace("eda", "EDA") if words else "None"
    if isinstance(value, int | float):
        return f"{value:,}"
    text = str(value)
    if text in ("yes", "no", "unknown"):
        return text.capitalize()
    if kind == "country":
        return labels.country(text)
    if kind == "date" or (kind == "" and len(text) == 10 and text[4:5] == "-"):
        return format_date(text)
    if kind in ("choice", "multi"):
        return labels.humanise(text)
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
    answers: Mapping[str, Any], definition_labels: Mapping[str, str] | None
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
        rows.append(FactRow(group, fact_label(fid, definition_labels), format_answer(fid, value)))
    return rows, paragraphs


def _item(row: Mapping[str, Any], definition_labels: Mapping[str, str] | None) -> AnalysisItem:
    basis = [str(b) for b in row.get("basis", [])]
    return AnalysisItem(
        rule=str(row["rule"]),
        title=str(row.get("title", row["rule"])),
        severity=str(row.get("severity", "info")),
        blocking=bool(row.get("blocking", False)),
        status=str(row.get("status", "open")),
        wording=str(row.get("wording", "")),
        basis=basis,
        note=str(row.get("note") or ""),
        to_confirm=[fact_label(f, definition_labels) for f in row.get("to_confirm", [])],
        reported_only=REPORTED_NOTE if REPORTED_BASIS in basis else "",
    )


def _sort_key(row: Mapping[str, Any]) -> tuple[int, int, str]:
    area = str(row.get("area", ""))
    area_rank = labels.AREA_ORDER.index(area) if area in labels.AREA_ORDER else 99
    sev_rank = labels.SEVERITY_ORDER.get(str(row.get("severity", "")), 9)
    return (area_rank, sev_rank, str(row["rule"]))


def _analysis(
    active: Sequence[Mapping[str, Any]],
    area_notes: Mapping[str, str],
    definition_labels: Mapping[str, str] | None,
) -> list[AnalysisArea]:
    areas: dict[str, list[AnalysisItem]] = {}
    for row in active:
        areas.setdefault(str(row.get("area", "")), []).append(_item(row, definition_labels))
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
    active: Sequence[Mapping[str, Any]],
    missing: Sequence[str],
    definition_labels: Mapping[str, str] | None,
) -> list[OpenItem]:
    items: list[OpenItem] = []
    for row in active:
        status = str(row.get("status", "open"))
        if status in ("open", "escalated"):
            text = f"{row.get('title', row['rule'])} ({labels.severity(str(row['severity']))}"
            text += ", escalated)" if status == "escalated" else ", open)"
            items.append(OpenItem("checklist", str(row["rule"]), text))
    for row in active:
        facts = [fact_label(f, definition_labels) for f in row.get("to_confirm", [])]
        if facts:
            text = (
                f"The conclusion on “{row.get('title', row['rule'])}” rests on unknown "
                f"answers and is to confirm: {labels.sentence('; '.join(facts))}"
            )
            items.append(OpenItem("to_confirm", str(row["rule"]), text))
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
    checklist: Sequence[Mapping[str, Any]],
    legal_bases: Mapping[str, Mapping[str, Any]],
    narrative: Mapping[str, Any],
    organisation: str,
    version: int,
    date: str,
    counsel_from: str,
    definition_labels: Mapping[str, str] | None = None,
) -> MemoContent:
    """The draft memo content for one version; counsel's narrative is taken as written."""
    rows = sorted(checklist, key=_sort_key)
    active = [r for r in rows if not r.get("no_longer_applies", False)]
    kind = str(matter.get("kind", answers.get("matter.kind", "")))
    client = str(matter.get("client") or answers.get("matter.client") or "")
    title = str(matter.get("title", ""))
    fact_rows, fact_paragraphs = _facts(answers, definition_labels)
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
        RequiredAction(str(r["rule"]), str(action), str(r.get("status", "open")))
        for r in active
        if r.get("status") != "not_applicable"
        for action in r.get("actions", [])
    ]
    cited = list(assessment.get("cited", []))
    for r in active:
        cited.extend(r.get("basis", []))
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
                rule=str(r["rule"]),
                rule_version=int(r.get("rule_version", 1)),
                area=str(r.get("area", "")),
                title=str(r.get("title", r["rule"])),
                severity=str(r.get("severity", "info")),
                blocking=bool(r.get("blocking", False)),
                status=str(r.get("status", "open")),
                basis=[str(b) for b in r.get("basis", [])],
                note=str(r.get("note") or ""),
                evidence=[str(e) for e in r.get("evidence", [])],
                no_longer_applies=bool(r.get("no_longer_applies", False)),
            )
            for r in rows
        ],
        legal_references=_references(cited, legal_bases),
    )
