"""The flowables of a version-2 memo (issue 14): question and short answer first, facts relied
on, assumptions, analysis by area, one action plan, approvals and sign-off, scope and limits;
the question-and-answer record and the legal bases in appendices. Ragged-right throughout (no
justified rivers); no code, fact id or rule id is printed."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Spacer, TableStyle

from forms.legal import UNVERIFIED_MARK
from memos import labels
from memos.compose import format_date
from memos.content import AnalysisItem, LegalReference, MemoContent, Signature
from memos.fonts import markup
from memos.sections import (
    Paragraph,
    _citation,
    _fingerprint_block,
    _grid,
    _is_report,
    _table,
    severity_markup,
)
from memos.signoff_stamp import SignatureAnchor
from memos.styles import FONT_ALL, MUTED, NAVY, NOTE_RULE, NOTE_SHADE, SHADE, Styles, hexcolour

SECTION_TITLES_V2 = (
    "1 Question and short answer",
    "2 Facts relied on",
    "3 Assumptions and open points",
    "4 Analysis by area",
    "5 Action plan",
    "6 Approvals and sign-off",
    "7 Scope and limits",
    "Appendix A — Questions and answers",
    "Appendix B — Legal bases",
    "Appendix C — Checklist record",
)
US_AREAS = {"US export control"}
PRESS_CAVEAT = (
    "Part of this item rests on press reports (Reuters, citing Bloomberg, 26 May 2026) of "
    "approval before travel for some AI researchers: the measure is reported and unverified, "
    "with no public implementing text. Treat it as a practice to check, not as law."
)
WET_INK = "Signature: ____________________"
DECISIONS = {
    "open": "Open — no decision yet",
    "done": "Done",
    "not_applicable": "Not applicable",
    "escalated": "Escalated",
}


@dataclass(frozen=True)
class V2Styles:
    base: Styles
    body: ParagraphStyle
    small: ParagraphStyle


def make_v2_styles(base: Styles) -> V2Styles:
    body = ParagraphStyle(
        "body_v2", parent=base.body, alignment=TA_LEFT, fontSize=9.5, leading=12.6, spaceAfter=3.5
    )
    small = ParagraphStyle("small_v2", parent=body, fontSize=8.5, leading=11, textColor=MUTED)
    # The section headings a little tighter, so a typical matter fits in four pages.
    tight = replace(
        base,
        h1=ParagraphStyle("h1_v2", parent=base.h1, spaceBefore=10, spaceAfter=4),
        h2=ParagraphStyle("h2_v2", parent=base.h2, spaceBefore=7, spaceAfter=3),
        h3=ParagraphStyle("h3_v2", parent=base.h3, fontSize=10, leading=13, spaceBefore=5),
        bullet=ParagraphStyle("bullet_v2", parent=base.bullet, fontSize=9.5, leading=12.5,
                              spaceAfter=1.5),
    )
    return V2Styles(tight, body, small)


def _p(text: str, style: Any) -> Paragraph:
    return Paragraph(markup(text), style)


def _paragraphs(text: str, style: Any) -> list[Flowable]:
    return [_p(block.strip(), style) for block in text.split("\n\n") if block.strip()]


def _box(lines: list[Flowable], width: float, *, shade: Any = SHADE, rule: Any = NAVY) -> Any:
    box = _table([[line] for line in lines], [width], hAlign=None)
    box.setStyle(
        TableStyle(
            [
                FONT_ALL,
                ("BACKGROUND", (0, 0), (-1, -1), shade),
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, rule),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (0, 0), (-1, 0), 7),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
            ]
        )
    )
    return box


def heading(c: MemoContent, st: V2Styles, width: float, signed: bool) -> list[Flowable]:
    s = st.base
    state = "signed" if signed else (
        "draft — signed as prepared, not final" if c.signatures else "draft — not signed"
    )
    basis = []
    if c.policy_version is not None:
        basis.append(f"Assessed under review policy version {c.policy_version}")
    if c.law_as_of:
        basis.append(f"law as of {format_date(c.law_as_of)}")
    rows = [
        ("To", c.addressee),
        ("From", c.sender),
        ("Date", format_date(c.date)),
        ("Re", c.regarding),
        ("Reference", f"{c.reference}, version {c.version} ({state})"),
    ]
    if basis:
        rows.append(("Basis", "; ".join(basis)))
    data = [[_p(k, s.cell_head), _p(v, s.body_left)] for k, v in rows]
    table = _table(data, [66, width - 66])
    table.setStyle(
        TableStyle(
            [
                FONT_ALL,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
                ("TOPPADDING", (0, 0), (0, -1), 3.5),
                ("LINEBELOW", (0, -1), (-1, -1), 1.2, NAVY),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 7),
            ]
        )
    )
    out: list[Flowable] = []
    if c.organisation.strip():
        out.append(_p(c.organisation, s.letterhead))
    out.append(Paragraph("MEMORANDUM", s.doc_type))
    if c.legend.strip():  # the vault's confidentiality marking, printed once
        out += [_p(c.legend, s.legend), Spacer(1, 8)]
    return [*out, table, Spacer(1, 2)]


def short_answer(c: MemoContent, st: V2Styles, width: float) -> list[Flowable]:
    s = st.base
    out: list[Flowable] = [_p(SECTION_TITLES_V2[0], s.h1)]
    out.append(Paragraph(f"<b>Question.</b> {markup(c.question)}", st.body))
    lines: list[Flowable] = [
        Paragraph(f"<b>Short answer.</b> {markup(c.short_answer)}", s.body_left)
    ]
    tier = f" · <b>Knowledge tier:</b> {markup(labels.tier(c.tier.level))}"
    lines.append(Spacer(1, 3))
    if c.override:
        o = c.override
        rec = (f"<b>Recommendation (counsel):</b> "
               f"{markup(labels.recommendation(o.recommendation))} · <b>Computed "
               f"recommendation:</b> {markup(labels.recommendation(c.recommendation))}{tier}")
        lines.append(Paragraph(rec, s.cell))
        lines.append(
            Paragraph(
                f"<b>Reason for the override:</b> {markup(o.reason)} "
                f"({markup(o.author)}, {markup(format_date(o.date[:10]))})",
                s.cell,
            )
        )
    else:
        rec = "<b>Recommendation:</b> "
        rec += markup(labels.recommendation(c.effective_recommendation)) + tier
        lines.append(Paragraph(rec, s.cell))
    hold = c.effective_recommendation in ("hold_pending_approval", "do_not_proceed")
    if c.conditional_on:
        lead = "What is held" if hold else "Conditional on"
        items = "; ".join(markup(t) for t in c.conditional_on)
        lines.append(Spacer(1, 2))
        lines.append(
            Paragraph(
                f"<b>{lead}:</b> the actions in section 5 for: {labels.sentence(items)}",
                s.cell,
            )
        )
    approve = "a second counsel reviews and counsel with authority approves this memo (section 6)"
    if c.approvers:
        approve += f"; the steps it needs are owned by {_join(c.approvers)} (section 5)"
    lines.append(Paragraph(f"<b>Who must approve:</b> {labels.sentence(approve)}", s.cell))
    if hold:
        lines.append(
            Paragraph(
                "<b>What lifts it:</b> each listed item marked done, or not applicable with a "
                "reason, and counsel recording the lifting.",
                s.cell,
            )
        )
    return [*out, _box(lines, width)]


def _join(words: list[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def facts(c: MemoContent, st: V2Styles) -> list[Flowable]:
    s = st.base
    out: list[Flowable] = [_p(SECTION_TITLES_V2[1], s.h1), _p(c.facts_narrative, st.body)]
    if c.summary.strip():
        out += [
            Paragraph(f"<b>Counsel’s summary.</b> {markup(block.strip())}", st.body)
            if i == 0
            else _p(block.strip(), st.body)
            for i, block in enumerate(b for b in c.summary.split("\n\n") if b.strip())
        ]
    else:
        out.append(_p("Counsel has not yet written a summary.", s.note))
    out.append(_p(c.facts_source + " The full record of questions and answers is in Appendix A.",
                  st.small))
    return out


def assumptions(c: MemoContent, st: V2Styles) -> list[Flowable]:
    s = st.base
    out: list[Flowable] = [_p(SECTION_TITLES_V2[2], s.h1)]
    adopted = [a for a in c.assumptions if a.adopted]
    pending = [a for a in c.assumptions if not a.adopted]
    if not c.assumptions:
        return [*out, _p("Every required question is answered; nothing is assumed.", st.body)]
    if adopted:
        out.append(
            _p("The advice assumes the following; each is to be confirmed, and a different "
               "answer may change it:", st.body)
        )
        out.append(_run_in([a.text for a in adopted], st.small))
    if pending:
        out.append(
            _p("Open points: counsel has not yet stated an assumption for the required "
               "questions below. The advice cannot be final until each is answered or "
               "assumed.", st.body)
        )
        unknown = [a.text for a in pending if a.fact in c_unknown(c)]
        unanswered = [a.text for a in pending if a.fact not in c_unknown(c)]
        if unknown:
            out.append(_run_in(unknown, st.small, "Answered “unknown”, and a conclusion "
                                                  "rests on it:"))
        if unanswered:
            out.append(_run_in(unanswered, st.small, "Not answered:", start=len(unknown) + 1))
    return out


def _run_in(texts: list[str], style: Any, lead: str = "", start: int = 1) -> Paragraph:
    """A numbered list set as one paragraph: (1) ...; (2) ... — a long list of open questions
    takes a few lines instead of a page."""
    body = " ".join(f"<b>({n})</b> {markup(t)}" for n, t in enumerate(texts, start=start))
    return Paragraph((f"<b>{markup(lead)}</b> " if lead else "") + body, style)


def c_unknown(c: MemoContent) -> set[str]:
    """The facts answered "unknown" that a conclusion rests on (by item titles' to-confirm)."""
    return set(c.unknown_facts)


def _law_of(area: str) -> str:
    if area in US_AREAS:
        return "US law; for confirmation by US-qualified counsel"
    return "PRC law"


def _item(item: AnalysisItem, refs: dict[str, LegalReference], st: V2Styles,
          width: float, lead: list[Flowable]) -> list[Flowable]:
    s = st.base
    meta = [severity_markup(item.severity),
            f"decision: {markup(DECISIONS.get(item.status, labels.status(item.status)))}"]
    if item.blocking:
        meta.append("<b>blocking</b>")
    head = (f"{markup(item.title)} <font name=\"{s.meta.fontName}\" size=\"8.5\" "
            f"color=\"{hexcolour(MUTED)}\">— {' · '.join(meta)}</font>")
    parts: list[Flowable] = [*lead, Paragraph(head, s.h3)]
    parts += _paragraphs(item.wording, st.body)
    cites = "; ".join(markup(_citation(refs.get(b), b)) for b in item.basis)
    parts.append(Paragraph(f"<b>Basis:</b> {labels.sentence(cites)}", st.small))
    if item.note:
        parts.append(Paragraph(f"<b>Counsel’s note:</b> {markup(item.note)}", st.body))
    if item.to_confirm:
        facts_ = labels.sentence("; ".join(markup(f) for f in item.to_confirm))
        parts.append(
            Paragraph(f"<b>To confirm:</b> this conclusion rests on answers given as "
                      f"“unknown”: {facts_}", st.body)
        )
    if item.reported_only:
        parts.append(_box([_p(PRESS_CAVEAT, st.small)], width, shade=NOTE_SHADE,
                          rule=NOTE_RULE))
        parts.append(Spacer(1, 4))
    keep = len(lead) + 2
    return [KeepTogether(parts[:keep]), *parts[keep:]]


def analysis(c: MemoContent, st: V2Styles, width: float) -> list[Flowable]:
    s = st.base
    title = _p(SECTION_TITLES_V2[3], s.h1)
    refs = {r.id: r for r in c.legal_references}
    if not any(a.items or a.counsel_note for a in c.analysis):
        return [title, _p("No checklist item is triggered by the facts as answered.", st.body)]
    out: list[Flowable] = []
    pending: list[Flowable] = [title]
    for n, area in enumerate(c.analysis, start=1):
        lead = [*pending, _p(f"4.{n} {labels.area(area.area)} ({_law_of(area.area)})", s.h2)]
        pending = []
        for item in area.items:
            out += _item(item, refs, st, width, lead)
            lead = []
        out += lead
        if area.counsel_note:
            out.append(Paragraph(f"<b>Counsel’s comments.</b> {markup(area.counsel_note)}",
                                 st.body))
    return out


def action_plan(c: MemoContent, st: V2Styles, width: float) -> list[Flowable]:
    s = st.base
    out: list[Flowable] = [_p(SECTION_TITLES_V2[4], s.h1)]
    if c.conditions.narrative.strip():
        out += _paragraphs(c.conditions.narrative, st.body)
    if not c.actions:
        return [*out, _p("No action arises from the checklist.", st.body)]
    out.append(_p("Every action the checklist requires, earliest due first. Each is still to "
                  "be carried out unless its status says otherwise.", st.body))
    rows: list[list[Any]] = [
        [_p(h, s.cell_head) for h in ("#", "Action", "Owner", "Due", "Status")]
    ]
    for i, a in enumerate(c.actions, start=1):
        what = markup(a.text)
        status = markup(labels.status(a.status))
        if a.status == "done" and a.evidence:
            status += f"<br/>Evidence: {markup('; '.join(a.evidence))}"
        rows.append(
            [_p(str(i), s.cell), Paragraph(what, s.cell), _p(a.owner, s.cell),
             _p(a.due, s.cell), Paragraph(status, s.cell)]
        )
    out.append(_grid(rows, [20, width - 20 - 68 - 90 - 40, 68, 90, 40],
                     extra=[("LEFTPADDING", (0, 0), (-1, -1), 4),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                            ("TOPPADDING", (0, 0), (-1, -1), 2),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    if any(a.approximate for a in c.actions):
        out.append(Spacer(1, 3))
        out.append(_p("* Approximate: working days counted Monday to Friday, public holidays "
                      "not counted.", st.small))
    return out


def _cert(fp: str) -> str:
    if not fp:
        return "—"
    return " ".join(fp[i : i + 4] for i in range(0, min(len(fp), 16), 4)) + " …"


def signoff(c: MemoContent, st: V2Styles, width: float, signed: bool,
            fingerprint: str, anchors: dict[str, Any] | None = None,
            vault_history: str | None = None) -> list[Flowable]:
    s = st.base
    out: list[Flowable] = [_p(SECTION_TITLES_V2[5], s.h1)]
    intro = ("The preparing counsel signs as preparer, a second counsel reviews and counsel "
             "with authority approves; the preparer may not review or approve the same version.")
    if not signed:
        intro += " This version is a draft: it is not signed and records no advice given."
    out.append(_p(intro, st.body))
    names: dict[str, set[str]] = {}
    for signature in c.signatures:
        names.setdefault(signature.name, set()).add(signature.capacity)
    if any(len(caps) > 1 and "prepared" in caps for caps in names.values()):
        out.append(
            _p("One-person waiver: the vault’s setting allows the preparer to review or approve "
               "the same version; the waiver is recorded in the vault’s audit history.", st.body)
        )
    head = [_p(h, s.cell_head)
            for h in ("Capacity", "Name and title", "Signed (UTC)", "Certificate", "Signature")]
    widths = [66, width - 66 - 78 - 78 - 116, 78, 78, 116]
    rows: list[list[Any]] = [head]
    by_capacity: dict[str, list[Signature | None]] = {
        cap: [g for g in c.signatures if g.capacity == cap] for cap in labels.CAPACITIES
    }
    for cap, words in labels.CAPACITIES.items():
        for sig in by_capacity[cap] or [None]:
            if sig is None:
                cell: Any = _p(WET_INK, s.cell_muted)
                if anchors is not None and c.signatures:  # where a later signer signs
                    cell = [SignatureAnchor(cap, anchors), cell]
                rows.append([_p(words, s.cell), "", "", "", cell])
                continue
            rows.append(
                [
                    _p(words, s.cell),
                    Paragraph(f"<b>{markup(sig.name)}</b><br/>{markup(sig.title)}", s.cell),
                    _p(sig.signed_at.replace("T", " ").replace("Z", ""), s.cell),
                    _p(_cert(sig.certificate), s.cell_muted),
                    Paragraph("Digitally signed (PDF signature)<br/><br/>"
                              + markup(WET_INK), s.cell),
                ]
            )
    table = _grid(rows, widths, extra=[("BOTTOMPADDING", (0, 1), (-1, -1), 7)])
    out.append(table)
    if not signed:
        return [KeepTogether(out)]
    return [KeepTogether(out), Spacer(1, 8),
            _fingerprint_block(s, width, fingerprint, vault_history)]


def scope(c: MemoContent, st: V2Styles) -> list[Flowable]:
    s = st.base
    laws = _join(list(c.jurisdictions)) if c.jurisdictions else "People's Republic of China"
    as_of = f", as of {format_date(c.law_as_of)}" if c.law_as_of else ""
    first = (f"This memo addresses the law of: {laws}{as_of or ', as of its date'}; it "
             "gives no conclusion under any other law. The legal bases cited are listed in "
             "Appendix B.")
    if c.us_counsel_note:
        first += " " + c.us_counsel_note
    return [_p(SECTION_TITLES_V2[6], s.h1), _p(first, st.body), _p(c.disclaimer, st.small)]


def appendix_qa(c: MemoContent, st: V2Styles, width: float) -> list[Flowable]:
    s = st.base
    out: list[Flowable] = [_p(SECTION_TITLES_V2[7], s.h1)]
    if c.tier.reasons:
        out.append(_p(f"Knowledge tier: {labels.tier(c.tier.level)}. Decided by:", st.body))
        out += [Paragraph(markup(r), s.bullet, bulletText="•") for r in c.tier.reasons]
        out.append(Spacer(1, 4))
    if c.qa_sections:
        rows: list[list[Any]] = [[_p("Question", s.cell_head), _p("Answer", s.cell_head)]]
        extra: list[tuple[Any, ...]] = []
        for section in c.qa_sections:
            rows.append([_p(section.title, s.cell_bold), ""])
            i = len(rows) - 1
            extra += [("SPAN", (0, i), (1, i)), ("BACKGROUND", (0, i), (1, i), SHADE)]
            rows += [[_p(r.label, s.cell), _p(r.value, s.cell)] for r in section.rows]
        out.append(_grid(rows, [width * 0.62, width * 0.38], extra=extra))
    else:
        out.append(_p("No intake answers have been recorded yet.", st.body))
    listed = {a.fact for a in c.assumptions}
    if c.missing_facts and set(c.missing_facts) <= listed:
        out.append(_p("The questions not answered are listed once, in section 3.", st.body))
    elif c.unanswered:
        out.append(_p("Questions not answered", s.h3))
        out += [Paragraph(markup(q), s.bullet, bulletText="•") for q in c.unanswered]
    return out


def appendix_bases(c: MemoContent, st: V2Styles) -> list[Flowable]:
    s = st.base
    out: list[Flowable] = [_p(SECTION_TITLES_V2[8], s.h1)]
    out.append(_p("The summaries below are paraphrases written for orientation, not quotations "
                  "of the instruments; consult the official text before relying on any "
                  "provision. Press reports are cited as practice to check, never as law.",
                  st.body))
    if not c.legal_references:
        return [*out, _p("This memo cites no legal basis.", st.body)]
    for r in c.legal_references:
        title = f"<b>{markup(r.instrument_en)}</b>"
        if r.instrument_zh:
            title += f" ({markup(r.instrument_zh)})"
        facts_ = [f"Reference {markup(r.id)}"]
        if r.article:
            facts_.append(f"Provision: {markup(r.article)}")
        facts_.append(f"In force: {markup(r.in_force)}")
        facts_.append(f"Source: {markup(r.source)}")
        if not r.verified and _is_report(r):
            facts_.append("<b>Unverified report — not law</b>")
        elif not r.verified:
            facts_.append(f"<b>{UNVERIFIED_MARK.strip('()').capitalize()}</b>")
        out.append(KeepTogether([Paragraph(title, st.body), Paragraph(" · ".join(facts_), s.meta),
                                 Paragraph(markup(r.summary), st.body)]))
    return out


def appendix_checklist(c: MemoContent, st: V2Styles, width: float) -> list[Flowable]:
    """Every checklist item with its decision, including items that no longer apply after a
    change of answers (kept for the record)."""
    s = st.base
    out: list[Flowable] = [_p(SECTION_TITLES_V2[9], s.h1)]
    if not c.appendix_checklist:
        return [*out, _p("The checklist is empty: no item was triggered.", st.body)]
    rows: list[list[Any]] = [[_p(h, s.cell_head) for h in ("Item", "Severity", "Decision")]]
    for r in c.appendix_checklist:
        item = f"<b>{markup(r.title)}</b> · {markup(labels.area(r.area))}"
        if r.note:
            item += f"<br/><i>Note:</i> {markup(r.note)}"
        if r.evidence:
            item += f"<br/><i>Evidence:</i> {markup('; '.join(r.evidence))}"
        if r.no_longer_applies:
            item += "<br/><i>No longer applies after a change of answers; kept for the record.</i>"
        style = s.cell_muted if r.no_longer_applies else s.cell
        decision = markup(DECISIONS.get(r.status, labels.status(r.status)))
        if r.blocking:
            decision += "<br/><b>Blocking</b>"
        rows.append([Paragraph(item, style), Paragraph(severity_markup(r.severity), style),
                     Paragraph(decision, style)])
    out.append(_grid(rows, [width - 60 - 96, 60, 96]))
    return out


__all__ = ["SECTION_TITLES_V2", "make_v2_styles"]

