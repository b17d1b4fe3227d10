"""Compose a version-2 memo (issue 14: the shape of legal advice) from plain typed values.

Version 2 puts the question and the short answer first, states the facts relied on as a
narrative with their source, lists assumptions once, gives one action plan with owners and due
dates, says who must approve, and closes with scope and limits. The full question-and-answer
record moves to an appendix. Nothing here prints a fact id, rule id or code.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from forms.checklist import ReviewItem
from memos import compose_v2_zh as zh
from memos import labels, words_en
from memos.compose import (
    _analysis,
    _person,
    _references,
    _sort_key,
    fact_label,
    format_answer,
    format_date,
)
from memos.content import (
    CHINESE_REFERENCE_FIELDS,
    SCHEMA_V2,
    ActionRow,
    Assumption,
    ChecklistRow,
    Conditions,
    FactRow,
    LegalReference,
    MemoContent,
    Override,
    Person,
    QASection,
    Tier,
)
from memos.words import Words, words_for

EN = words_for("en")
OWNERS = words_en.OWNERS
UNKNOWN_DUE_WORDS = EN("unknown_due")
DISCLAIMER = EN("disclaimer")
DEFAULT_US_COUNSEL_NOTE = EN("us_counsel_note")
US_PRIVILEGE_LEGEND = EN("us_privilege_legend")

# What the recommendation means, by kind (review policy v2, "memo wording").
KIND_WORDING: dict[str, dict[str, str]] = {
    "departure": {
        "proceed": "No objection: the departure arrangements can be completed as planned.",
        "proceed_with_conditions": (
            "The departure goes ahead; complete the conditions below by the dates shown."
        ),
    },
    "travel": {
        "proceed": "The trip may go ahead.",
        "proceed_with_conditions": (
            "The trip may go ahead once the conditions below are met by the dates shown."
        ),
        "hold_pending_approval": (
            "Do not book or start the trip until the approvals below are obtained."
        ),
        "do_not_proceed": "The trip must not go ahead as proposed.",
    },
    "secondment": {
        "proceed": "The secondment may start.",
        "proceed_with_conditions": (
            "The secondment may start once the conditions below are met by the dates shown."
        ),
        "hold_pending_approval": (
            "Do not start the secondment or move the person abroad until the approvals below "
            "are obtained."
        ),
        "do_not_proceed": "The secondment cannot go ahead as proposed.",
    },
    "collaboration": {
        "proceed": "The collaboration may proceed.",
        "proceed_with_conditions": (
            "The collaboration may proceed once the conditions below are met by the dates shown."
        ),
        "hold_pending_approval": (
            "Do not start the collaboration or release anything under it until the approvals "
            "below are obtained."
        ),
        "do_not_proceed": (
            "The collaboration cannot go ahead as proposed; release nothing under it."
        ),
    },
}
RESIGNATION_HOLD = (
    "The resignation takes effect on its own terms: an employee may end the contract on 30 "
    "days' written notice (Labour Contract Law Art 37), and the client can neither refuse nor "
    "suspend it. What is held until the approvals below are obtained is: the release of "
    "technology, data and materials beyond what the person already holds; any hand-over to, or "
    "work for, the next employer that the client controls or facilitates; and any exit of the "
    "person that needs approval."
)
OTHER_DEPARTURE_HOLD = (
    "The termination, retirement or transfer proceeds under its own procedure; this review does "
    "not suspend it. What is held until the approvals below are obtained is: the release of "
    "technology, data and materials beyond what the person already holds; any hand-over to, or "
    "work for, the next employer that the client controls or facilitates; and any exit of the "
    "person that needs approval."
)
DEPARTURE_STOP = (
    "The client must not authorise, facilitate or fund the move as proposed (see the blocking "
    "items). This does not stop a resignation from taking effect (Labour Contract Law Art 37): "
    "it means the client releases nothing, puts the person on written notice of the legal "
    "limits, and takes the steps listed."
)
HOLD_LIFTS = (
    "The hold lifts when each listed item is marked done, or not applicable with a reason, and "
    "counsel records the lifting."
)
# What the person can reach, as nouns (the intake asks it as questions).
ACCESS_NOUNS = {
    "access.core_source_code": "core source code",
    "access.training_data": "training data",
    "access.model_weights": "model weights",
    "access.experiment_records": "experiment records",
    "access.unpublished_capabilities": "unpublished capabilities",
    "access.chip_design": "chip design files",
    "access.important_data": "important data",
    "access.personal_information": "personal information",
}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class IntakeSource:
    revision: int
    saved_at: str  # ISO timestamp
    saved_by: str


@dataclass(frozen=True)
class QuestionDef:
    """One intake question as the matter's form defines it."""

    id: str
    label: str
    section: str
    required: bool = False
    options: Mapping[str, str] = field(default_factory=dict)


def kind_wording(kind: str, recommendation: str, answers: Mapping[str, Any]) -> str:
    """The short answer's headline: the policy's wording for this kind, never the bare code."""
    if kind == "departure" and recommendation == "hold_pending_approval":
        reason = str(answers.get("departure.reason") or "")
        return RESIGNATION_HOLD if reason == "resignation" else OTHER_DEPARTURE_HOLD
    if kind == "departure" and recommendation == "do_not_proceed":
        return DEPARTURE_STOP
    wording = KIND_WORDING.get(kind, {}).get(recommendation)
    return wording or labels.sentence(labels.recommendation(recommendation))


def _answer(answers: Mapping[str, Any], fact: str) -> str:
    value = answers.get(fact)
    if value is None or value == "" or value == "unknown":
        return ""
    text = format_answer(fact, value)
    if fact == "destination.country":  # prose names the country, without its code
        text = re.sub(r" \([A-Z]{2}\)$", "", text)
    return text


def compose_question(kind: str, answers: Mapping[str, Any], client: str) -> str:
    name = str(answers.get("person.name") or "the person")
    where = _answer(answers, "destination.country")
    org = _answer(answers, "destination.organization") or _answer(answers, "secondment.host")
    at = (f" to {org}" if org else "") + (f" in {where}" if where else "")
    who = client or "the client"
    if kind == "departure":
        last = _answer(answers, "departure.last_day")
        when = f", last working day {last}" if last else ""
        at = (f" to join {org}" if org else "") + (f" in {where}" if where else "")
        return (
            f"{name} is leaving{at}{when}. What must {who} do, and refrain from doing, under "
            "PRC export control, state secrets, exit, data and trade secret rules, and by when?"
        )
    if kind == "travel":
        start, end = _answer(answers, "travel.depart_on"), _answer(answers, "travel.return_on")
        span = f" from {start}" if start else ""
        span += f" to {end}" if start and end else ""
        return f"May {name} make the proposed trip{at}{span}, and on what conditions?"
    if kind == "secondment":
        start = _answer(answers, "secondment.start")
        span = f" from {start}" if start else ""
        return f"May {name} be seconded{at or ' abroad'}{span}, and on what conditions?"
    if kind == "collaboration":
        start = _answer(answers, "collab.start_date")
        span = f" starting {start}" if start else ""
        return (
            f"May {who} proceed with the proposed collaboration{at.replace(' to ', ' with ', 1)}"
            f"{span} involving {name}, "
            "and on what conditions?"
        )
    return f"May the proposed move of {name}{at} go ahead, and on what conditions?"


def _facts_narrative(
    kind: str, answers: Mapping[str, Any], tier_level: int | None, client: str
) -> str:
    p = _person(answers)
    name = p.name or "The person"
    role = ", ".join(x for x in (p.title, p.department) if x)
    first = name + (f", {role}" if role else "")
    if p.nationality:
        first += f" (nationality: {re.sub(r' [(][A-Z]{2}[)]$', '', p.nationality)})"
    first += f", works for {client}" if client else ""
    first += f", and is assessed as {_tier_words(tier_level)}."
    sentences = [first]
    org = _answer(answers, "destination.organization") or _answer(answers, "secondment.host")
    org_type = _answer(answers, "destination.org_type")
    country = _answer(answers, "destination.country")
    counterparty = org + (f" ({org_type.lower()})" if org and org_type else "")
    place = f" in {country}" if country else ""
    if kind == "departure":
        reason = _answer(answers, "departure.reason").lower() or "leaving"
        last = _answer(answers, "departure.last_day")
        nxt = _answer(answers, "departure.next_step").lower()
        line = f"The departure is a {reason}" if reason != "leaving" else "The person is leaving"
        line += f"; the last working day is {last}" if last else ""
        line += f"; next: {nxt}" if nxt else ""
        line += f", joining {counterparty}{place}" if counterparty else place
        sentences.append(line + ".")
    elif kind == "travel":
        purpose = _answer(answers, "travel.purpose").lower()
        start, end = _answer(answers, "travel.depart_on"), _answer(answers, "travel.return_on")
        line = "The trip" + (f" is for {purpose}" if purpose else "")
        line += f" with {counterparty}" if counterparty else ""
        line += place
        line += f", from {start}" if start else ""
        line += f" to {end}" if start and end else ""
        sentences.append(line + ".")
    elif kind == "secondment":
        start, end = _answer(answers, "secondment.start"), _answer(answers, "secondment.end")
        line = "The secondment" + (f" is to {counterparty}" if counterparty else "") + place
        line += f", from {start}" if start else ""
        line += f" to {end}" if start and end else ""
        sentences.append(line + ".")
    elif kind == "collaboration":
        start = _answer(answers, "collab.start_date")
        line = "The collaboration" + (f" is with {counterparty}" if counterparty else "") + place
        line += f", starting {start}" if start else ""
        sentences.append(line + ".")
    reach = [noun for fid, noun in ACCESS_NOUNS.items() if answers.get(fid) == "yes"]
    if reach:
        sentences.append(f"The person has access to {_join(reach)}.")
    areas = answers.get("tech.areas")
    if areas:
        sentences.append(
            f"The technology at stake covers {_lower_first(format_answer('tech.areas', areas))}."
        )
    secrets = answers.get("secrets.level")
    if secrets and secrets not in ("none", "unknown"):
        level = format_answer("secrets.level", secrets)
        sentences.append(f"The person is cleared for state secrets ({level.lower()}).")
    return " ".join(sentences)


def _tier_words(level: int | None) -> str:
    """`Tier 1 — critical knowledge carrier` -> `tier 1 (critical knowledge carrier)`."""
    if level is None:
        return "not yet placed in a knowledge tier"
    head, _, tail = labels.tier(level).partition(" — ")
    return f"{head.lower()} ({tail})" if tail else head.lower()


def _lower_first(text: str) -> str:
    """`Chip design, EDA tools` -> `chip design and EDA tools`: acronyms keep their capitals."""
    return _join([w if w[:2].isupper() else w[:1].lower() + w[1:] for w in text.split(", ")])


def _join(words: Sequence[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


def _facts_source(source: IntakeSource | None) -> str:
    if source is None:
        return "No intake answers have been recorded yet."
    day = format_date(source.saved_at[:10])
    who = f" by {source.saved_by}" if source.saved_by else ""
    return (
        f"Source: the intake record, revision {source.revision}, recorded on {day}{who}. "
        "The facts have not been independently verified."
    )


def _qa_sections(
    answers: Mapping[str, Any],
    questions: Sequence[QuestionDef],
    answer_words: Callable[[str, Any, Mapping[str, str] | None], str] = format_answer,
) -> list[QASection]:
    sections: dict[str, list[FactRow]] = {}
    for q in questions:
        value = answers.get(q.id)
        if value is None or value == "" or q.id in ("matter.kind",):
            continue
        text = answer_words(q.id, value, q.options or None)
        sections.setdefault(q.section, []).append(FactRow(q.section, q.label, text))
    return [QASection(title, rows) for title, rows in sections.items()]


def _assumptions(
    missing: Sequence[str],
    unknown: Sequence[str],
    labels_by_id: Mapping[str, str],
    adopted: Sequence[Mapping[str, Any]] | None,
    w: Words = EN,
) -> list[Assumption]:
    """Every required fact unanswered, or answered unknown where a conclusion rests on it, once.
    Counsel's list (`adopted`) is kept as written; facts it does not cover are added, not
    adopted, so the signing gate still sees them."""
    out: list[Assumption] = []
    seen: set[str] = set()
    for row in adopted or []:
        fid = str(row.get("fact", ""))
        text = str(row.get("text", "")).strip()
        if fid and fid not in seen:
            seen.add(fid)
            if text:  # an empty text is counsel striking the assumption
                out.append(Assumption(fid, text, adopted=True))
    for fid in [*unknown, *missing]:
        if fid in seen:
            continue
        seen.add(fid)
        out.append(Assumption(fid, w.sentence(fact_label(fid, labels_by_id)), False))
    return out


def default_assumptions(
    missing: Sequence[str], unknown: Sequence[str], labels_by_id: Mapping[str, str],
    language: str = "en",
) -> list[dict[str, str]]:
    """What `memo draft --assume-missing` adopts: one assumption per open fact, for counsel to
    edit or strike (in Chinese for a Chinese or bilingual memo)."""
    if language != "en":
        return [
            {"fact": a.fact, "text": zh.assumption_text(a.fact in unknown, a.text)}
            for a in _assumptions(missing, unknown, labels_by_id, None, words_for("zh"))
        ]
    return [
        {"fact": a.fact, "text": f"{'Answered “unknown”' if a.fact in unknown else 'Not answered'}"
                                 f" and to be confirmed: {a.text}"}
        for a in _assumptions(missing, unknown, labels_by_id, None)
    ]


def due_words(due: Any, approximate: bool, overdue: bool) -> str:
    if due == "unknown":
        return UNKNOWN_DUE_WORDS
    if not due:
        return "No set date"
    try:
        day = dt.date.fromisoformat(str(due))
        text = f"{day.day} {day:%b %Y}"
    except ValueError:
        text = str(due)
    if approximate:
        text += " approx.*"
    if overdue:
        text += " — overdue"
    return text


def _actions(active: Sequence[ReviewItem], w: Words = EN) -> list[ActionRow]:
    due_in = zh.due_words if w.chinese else due_words
    keyed: list[tuple[tuple[int, str, int, int], ActionRow]] = []
    for position, row in enumerate(active):
        status = str(row.status)
        if status == "not_applicable":
            continue
        items: Sequence[Mapping[str, Any]] = row.action_items or [
            {"text": t, "owner": "", "due": None, "number": n}
            for n, t in enumerate(row.actions, start=1)
        ]
        for action in items:
            due = action.get("due")
            rank = 2 if due is None else (1 if due == "unknown" else 0)
            keyed.append(
                (
                    (rank, str(due) if rank == 0 else "", position, int(action.get("number", 0))),
                    ActionRow(
                        text=str(action.get("text", "")),
                        owner=w.owner(str(action.get("owner", ""))) or w("to_assign"),
                        due=due_in(due, bool(action.get("approximate")),
                                   bool(action.get("overdue"))),
                        approximate=bool(action.get("approximate")),
                        status=status,
                        item=str(row.title),
                        evidence=[str(e) for e in row.evidence or []],
                    ),
                )
            )
    return [a for _k, a in sorted(keyed, key=lambda pair: pair[0])]


def _law_as_of(cited: Sequence[str], legal_bases: Mapping[str, Mapping[str, Any]]) -> str:
    dates = [
        d
        for b in cited
        for d in _DATE.findall(str(legal_bases.get(b, {}).get("verification", "")))
    ]
    return max(dates) if dates else ""


def _conditions_and_approvals(
    active: Sequence[ReviewItem], recommendation: str, tier_level: int | None, w: Words = EN
) -> tuple[list[str], list[str]]:
    """What the short answer is conditional on (item titles) and whose approval it needs."""
    open_rows = [r for r in active if r.status not in ("done", "not_applicable")]
    if recommendation in ("hold_pending_approval", "do_not_proceed"):
        chosen = [
            r
            for r in open_rows
            if r.blocking
            or r.severity == "critical"
            or (tier_level == 1 and r.severity == "high")
        ]
    else:
        chosen = [r for r in open_rows if r.severity in ("critical", "high", "caution")]
    conditions = [str(r.title) for r in chosen]
    owners: list[str] = []
    for r in chosen:
        for a in r.action_items or []:
            code = str(a.get("owner", ""))
            owner = w.owner(code)
            if owner and owner not in owners and code != "the_person":
                owners.append(owner)
    return conditions, owners


def compose_memo_v2(
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
    questions: Sequence[QuestionDef],
    intake: IntakeSource | None,
    marking: str = "",
    us_counsel_note: str = DEFAULT_US_COUNSEL_NOTE,
    language: str = "en",
) -> MemoContent:
    """The version-2 memo content; counsel's narrative is taken as written. For `language`
    "zh" the composed parts are Chinese: the caller passes the Chinese of the checklist, the
    questions and the legal bases (their English where no Chinese exists yet)."""
    w = words_for("zh" if language == "zh" else "en")
    rows = sorted(checklist, key=_sort_key)
    active = [r for r in rows if not r.no_longer_applies]
    kind = str(matter.get("kind", ""))
    client = str(matter.get("client") or answers.get("matter.client") or "")
    title = str(matter.get("title", ""))
    labels_by_id = {q.id: q.label for q in questions}
    options_by_id = {q.id: dict(q.options) for q in questions}
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
    computed = str(assessment.get("recommendation", ""))
    effective = override.recommendation if override else computed
    tier_level = assessment.get("tier")
    tier = int(tier_level) if tier_level is not None else None
    missing = [str(f) for f in assessment.get("missing", [])]
    unknown = list(dict.fromkeys(str(f) for r in active for f in r.to_confirm))
    assumptions = _assumptions(missing, unknown, labels_by_id, narrative.get("assumptions"), w)
    english_headline = kind_wording(kind, effective, answers)
    headline = zh.kind_wording(kind, effective, answers) if w.chinese else english_headline
    if effective == "proceed" and missing:
        headline = w("open_facts_prefix") + headline
    conditional_on, owners = _conditions_and_approvals(active, effective, tier, w)
    cited = list(assessment.get("cited", []))
    for r in active:
        cited.extend(r.basis)
    if "Labour Contract Law Art 37" in english_headline and "PRC-LCL-37" in legal_bases:
        cited.append("PRC-LCL-37")
    areas = {str(r.area) for r in active}
    jurisdictions = [w("prc")]
    if "US export control" in areas:
        jurisdictions.append(w("us_export_only"))
    fact_person = _person(answers)
    if w.chinese:
        nationality = answers.get("person.nationality")
        fact_person = Person(fact_person.name, fact_person.title, fact_person.department,
                             zh.country(str(nationality)) if nationality else "")
        question = zh.compose_question(kind, answers, client, options_by_id)
        narrative_ = zh.facts_narrative(kind, answers, tier, client, options_by_id)
        source = zh.facts_source(
            intake.revision if intake else None,
            intake.saved_at if intake else "",
            intake.saved_by if intake else "",
        )
        if us_counsel_note.strip() == DEFAULT_US_COUNSEL_NOTE:
            us_counsel_note = w("us_counsel_note")  # the vault's note as shipped, in Chinese
        if marking == US_PRIVILEGE_LEGEND:  # the shipped legend; an organisation's as written
            marking = w("us_privilege_legend")
    else:
        question = compose_question(kind, answers, client)
        narrative_ = _facts_narrative(kind, answers, tier, client)
        source = _facts_source(intake)
    return MemoContent(
        organisation=organisation,
        reference=str(matter.get("reference", "")),
        matter_kind=kind,
        title=title,
        version=int(version),
        date=date,
        addressee=str(narrative.get("to") or (w("addressee", client=client) if client else "")),
        sender=counsel_from,
        regarding=title,
        person=fact_person,
        recommendation=computed,
        tier=Tier(level=tier, reasons=[str(x) for x in assessment.get("tier_reasons", [])]),
        legend=marking,
        schema=SCHEMA_V2,
        summary=str(narrative.get("summary") or ""),
        override=override,
        analysis=_analysis(active, narrative.get("area_notes") or {}, labels_by_id),
        conditions=Conditions(narrative=str(narrative.get("conditions") or ""), actions=[]),
        appendix_checklist=[
            ChecklistRow(
                rule=str(r.rule),
                rule_version=int(r.rule_version),
                area=str(r.area),
                title=str(r.title),
                severity=str(r.severity),
                blocking=bool(r.blocking),
                status=str(r.status),
                basis=[str(b) for b in r.basis],
                note=str(r.note or ""),
                evidence=[str(e) for e in r.evidence],
                no_longer_applies=bool(r.no_longer_applies),
            )
            for r in rows
        ],
        legal_references=[
            _with_chinese(ref, legal_bases[ref.id]) if w.chinese else ref
            for ref in _references(cited, legal_bases)
        ],
        policy_version=(
            int(matter["policy_version"]) if matter.get("policy_version") is not None else None
        ),
        law_as_of=_law_as_of(cited, legal_bases),
        question=question,
        short_answer=headline,
        conditional_on=conditional_on,
        approvers=owners,
        facts_narrative=narrative_,
        facts_source=source,
        qa_sections=_qa_sections(
            answers,
            [
                QuestionDef(q.id, q.label, q.section, q.required, options_by_id.get(q.id, {}))
                for q in questions
            ],
            zh.format_answer if w.chinese else format_answer,
        ),
        unanswered=[w.sentence(fact_label(f, labels_by_id)) for f in missing],
        assumptions=assumptions,
        unknown_facts=unknown,
        missing_facts=missing,
        actions=_actions(active, w),
        jurisdictions=jurisdictions,
        us_counsel_note=us_counsel_note if "US export control" in areas else "",
        disclaimer=w("disclaimer"),
        language="zh" if w.chinese else "en",
    )


def _with_chinese(ref: LegalReference, basis: Mapping[str, Any]) -> LegalReference:
    """A Chinese memo's reference: the provision's Chinese text and a Chinese instrument name."""
    chinese = {name: str(basis.get(name) or "") for name in CHINESE_REFERENCE_FIELDS}
    return dataclasses.replace(
        ref,
        provision_zh=chinese["provision_zh"],
        provision_zh_source=chinese["provision_zh_source"],
        instrument_rendering_zh=chinese["instrument_rendering_zh"],
    )


def bilingual(chinese: MemoContent, english: MemoContent) -> MemoContent:
    """A bilingual memo: the Chinese composition with the English one beside it."""
    return dataclasses.replace(chinese, language="bilingual", english=english)


def marking_text(choice: str, organisation_text: str) -> str:
    """The confidentiality marking a vault chose in Settings, as printed once on the memo."""
    if choice == "us_privilege":
        return US_PRIVILEGE_LEGEND
    if choice == "organisation":
        return organisation_text.strip()
    return ""
