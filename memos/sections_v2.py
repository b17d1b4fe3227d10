"""The flowables of a version-2 memo (issue 14): question and short answer first, facts relied
on, assumptions, analysis by area, one action plan, approvals and sign-off, scope and limits;
the question-and-answer record and the legal bases in appendices. Ragged-right throughout (no
justified rivers); no code, fact id or rule id is printed."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, fields, replace
from typing import Any

from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Spacer, TableStyle

from memos import labels
from memos.canonical import qr_payload
from memos.cjk_wrap import NO_BREAK_SPACE, Paragraph
from memos.content import AnalysisItem, LegalReference, MemoContent, Signature
from memos.fonts import markup
from memos.sections import (
    QR_SIZE,
    QrFlowable,
    _fingerprint_block,
    _grid,
    _is_report,
    _table,
)
from memos.signoff_stamp import SignatureAnchor
from memos.styles import (
    FONT_ALL,
    MUTED,
    NAVY,
    NOTE_RULE,
    NOTE_SHADE,
    RULE,
    SEVERITY_COLOURS,
    SHADE,
    Styles,
    hexcolour,
)
from memos.words import Words, words_for
from memos.words_en import DECISIONS, SECTION_TITLES

SECTION_TITLES_V2 = SECTION_TITLES
US_AREAS = {"US export control"}
PRESS_CAVEAT = words_for("en")("press_caveat")
WET_INK = words_for("en")("wet_ink")
EN = words_for("en")


@dataclass(frozen=True)
class V2Styles:
    base: Styles
    body: ParagraphStyle
    small: ParagraphStyle


def make_v2_styles(base: Styles, *, chinese: bool = False) -> V2Styles:
    body = ParagraphStyle(
        "body_v2", parent=base.body, alignment=TA_LEFT, fontSize=9.5, leading=12.6, spaceAfter=3.5
    )
    small = ParagraphStyle("small_v2", parent=body, fontSize=8.5, leading=11, textColor=MUTED)
    if chinese:
        return _chinese(make_v2_styles(base))
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


def _chinese(st: V2Styles) -> V2Styles:
    """Chinese text: wrapped by memos.cjk_wrap (Chinese punctuation rules), with the leading a
    Chinese line needs (its glyphs fill the em square)."""

    def cjk(style: ParagraphStyle) -> ParagraphStyle:
        leading = max(style.leading, style.fontSize * 1.55)
        return ParagraphStyle(f"{style.name}_zh", parent=style, wordWrap="CJK", leading=leading)

    base = replace(
        st.base, **{f.name: cjk(getattr(st.base, f.name)) for f in fields(st.base)}
    )
    return V2Styles(base, cjk(st.body), cjk(st.small))


def severity_words(code: str, w: Words) -> str:
    colour = hexcolour(SEVERITY_COLOURS.get(code, MUTED))
    return f'<font color="{colour}"><b>{markup(w.severity(code))}</b></font>'


def citation(ref: LegalReference | None, basis_id: str, w: Words) -> str:
    """How a basis is cited in the analysis: 《title》article in Chinese, English as before."""
    if ref is None:
        return basis_id
    if w.chinese and (ref.instrument_zh or ref.instrument_rendering_zh):
        if ref.instrument_zh:  # a PRC instrument: 《…法》第十二条
            text = f"《{ref.instrument_zh}》" + (ref.article or "")
        else:  # a foreign one by its Chinese rendering, then its section: “…，第734.14节”
            text = ref.instrument_rendering_zh + (f"，{ref.article}" if ref.article else "")
    else:
        text = ref.instrument_en + (f", {ref.article}" if ref.article else "")
    if not ref.verified:
        text += w("reported_unverified") if _is_report(ref) else w("not_verified")
    return text


def _title(w: Words, index: int, style: Any) -> list[Flowable]:
    """A section heading; none in a bilingual memo's English pass (printed with the Chinese)."""
    title = w.title(index)
    return [_p(title, style)] if title else []


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


def heading(c: MemoContent, st: V2Styles, width: float, signed: bool,
            w: Words = EN) -> list[Flowable]:
    s = st.base
    state = w("state_signed") if signed else (
        w("state_partly_signed") if c.signatures else w("state_draft")
    )
    basis = []
    if c.policy_version is not None:
        basis.append(w("policy_basis", version=c.policy_version))
    if c.law_as_of:
        basis.append(w("law_as_of", date=w.date(c.law_as_of)))
    rows = [
        (w("to"), c.addressee),
        (w("from"), c.sender),
        (w("date"), w.date(c.date)),
        (w("re"), c.regarding),
        (w("reference"), w("reference_line", reference=c.reference, version=c.version,
                           state=state)),
    ]
    if basis:
        rows.append((w("basis"), w("basis_separator").join(basis)))
    label_width = 66 if not w.chinese else (96 if "/" in w("to") else 58)
    data = [[_p(k, s.cell_head), _p(v, s.body_left)] for k, v in rows]
    table = _table(data, [label_width, width - label_width])
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
    out.append(_p(w("memorandum"), s.doc_type))
    if c.legend.strip():  # the vault's confidentiality marking, printed once
        out += [_p(c.legend, s.legend), Spacer(1, 8)]
    return [*out, table, Spacer(1, 2)]


def short_answer(c: MemoContent, st: V2Styles, width: float, w: Words = EN) -> list[Flowable]:
    s = st.base
    out: list[Flowable] = _title(w, 0, s.h1)
    out.append(Paragraph(w("question_line", text=markup(c.question)), st.body))
    lines: list[Flowable] = [
        Paragraph(w("short_answer_line", text=markup(c.short_answer)), s.body_left)
    ]
    tier = w("tier_suffix", tier=markup(w.tier(c.tier.level)))
    lines.append(Spacer(1, 3))
    if c.override:
        o = c.override
        rec = w("override_line", counsel=markup(w.recommendation(o.recommendation)),
                computed=markup(w.recommendation(c.recommendation)), tier=tier)
        lines.append(Paragraph(rec, s.cell))
        lines.append(
            Paragraph(
                w("override_reason_line", reason=markup(o.reason), author=markup(o.author),
                  date=markup(w.date(o.date[:10]))),
                s.cell,
            )
        )
    else:
        rec = w("recommendation_line",
                recommendation=markup(w.recommendation(c.effective_recommendation)), tier=tier)
        lines.append(Paragraph(rec, s.cell))
    hold = c.effective_recommendation in ("hold_pending_approval", "do_not_proceed")
    if c.conditional_on:
        items = w("list_separator").join(markup(t) for t in c.conditional_on)
        lines.append(Spacer(1, 2))
        lines.append(
            Paragraph(w("held_line" if hold else "conditional_line", items=w.sentence(items)),
                      s.cell)
        )
    approve = w("approve")
    if c.approvers:
        approve += w("approve_owners", owners=w.join(c.approvers))
    lines.append(Paragraph(w("approve_line", text=w.sentence(approve)), s.cell))
    if hold:
        lines.append(Paragraph(w("lifts_line"), s.cell))
    return [*out, _box(lines, width)]


def facts(c: MemoContent, st: V2Styles, w: Words = EN) -> list[Flowable]:
    s = st.base
    out: list[Flowable] = [*_title(w, 1, s.h1), _p(c.facts_narrative, st.body)]
    if c.summary.strip():
        out += [
            Paragraph(w("summary_line", text=markup(block.strip())), st.body)
            if i == 0
            else _p(block.strip(), st.body)
            for i, block in enumerate(b for b in c.summary.split("\n\n") if b.strip())
        ]
    else:
        out.append(_p(w("no_summary"), s.note))
    out.append(_p(c.facts_source + w("full_record"), st.small))
    return out


def assumptions(c: MemoContent, st: V2Styles, w: Words = EN) -> list[Flowable]:
    s = st.base
    out: list[Flowable] = _title(w, 2, s.h1)
    adopted = [a for a in c.assumptions if a.adopted]
    pending = [a for a in c.assumptions if not a.adopted]
    if not c.assumptions:
        return [*out, _p(w("nothing_assumed"), st.body)]
    if adopted:
        out.append(_p(w("assumes"), st.body))
        out.append(_run_in([a.text for a in adopted], st.small))
    if pending:
        out.append(_p(w("open_points"), st.body))
        unknown = [a.text for a in pending if a.fact in c_unknown(c)]
        unanswered = [a.text for a in pending if a.fact not in c_unknown(c)]
        if unknown:
            out.append(_run_in(unknown, st.small, w("unknown_lead")))
        if unanswered:
            out.append(_run_in(unanswered, st.small, w("unanswered_lead"),
                               start=len(unknown) + 1))
    return out


def _run_in(texts: list[str], style: Any, lead: str = "", start: int = 1) -> Paragraph:
    """A numbered list set as one paragraph: (1) ...; (2) ... — a long list of open questions
    takes a few lines instead of a page. In Chinese the number stays with its text."""
    joint = NO_BREAK_SPACE if getattr(style, "wordWrap", None) == "CJK" else " "
    body = " ".join(f"<b>({n})</b>{joint}{markup(t)}" for n, t in enumerate(texts, start=start))
    return Paragraph((f"<b>{markup(lead)}</b> " if lead else "") + body, style)


def c_unknown(c: MemoContent) -> set[str]:
    """The facts answered "unknown" that a conclusion rests on (by item titles' to-confirm)."""
    return set(c.unknown_facts)


def _law_of(area: str, w: Words = EN) -> str:
    if area in US_AREAS:
        return w("law_us")
    return w("law_prc")


def _item(item: AnalysisItem, refs: dict[str, LegalReference], st: V2Styles,
          width: float, lead: list[Flowable], w: Words = EN) -> list[Flowable]:
    s = st.base
    meta = [severity_words(item.severity, w),
            w("decision_meta", decision=markup(w.decision(item.status)))]
    if item.blocking:
        meta.append(w("blocking_meta"))
    head = (f"{markup(item.title)} <font name=\"{s.meta.fontName}\" size=\"8.5\" "
            f"color=\"{hexcolour(MUTED)}\">— {' · '.join(meta)}</font>")
    parts: list[Flowable] = [*lead, Paragraph(head, s.h3)]
    parts += _paragraphs(item.wording, st.body)
    cites = w("list_separator").join(markup(citation(refs.get(b), b, w)) for b in item.basis)
    parts.append(Paragraph(w("basis_line", cites=w.sentence(cites)), st.small))
    if item.note:
        parts.append(Paragraph(w("note_line", note=markup(item.note)), st.body))
    if item.to_confirm:
        facts_ = w.sentence(w("list_separator").join(markup(f) for f in item.to_confirm))
        parts.append(Paragraph(w("to_confirm_line", facts=facts_), st.body))
    if item.reported_only:
        parts.append(_box([_p(w("press_caveat"), st.small)], width, shade=NOTE_SHADE,
                          rule=NOTE_RULE))
        parts.append(Spacer(1, 4))
    keep = len(lead) + 2
    return [KeepTogether(parts[:keep]), *parts[keep:]]


def analysis(c: MemoContent, st: V2Styles, width: float, w: Words = EN) -> list[Flowable]:
    s = st.base
    title = _title(w, 3, s.h1)
    refs = {r.id: r for r in c.legal_references}
    if not any(a.items or a.counsel_note for a in c.analysis):
        return [*title, _p(w("no_items"), st.body)]
    out: list[Flowable] = []
    pending: list[Flowable] = title
    for n, area in enumerate(c.analysis, start=1):
        heading_ = w("area_heading", n=n, area=w.area(area.area), law=_law_of(area.area, w))
        lead = [*pending, _p(heading_, s.h2)]
        pending = []
        for item in area.items:
            out += _item(item, refs, st, width, lead, w)
            lead = []
        out += lead
        if area.counsel_note:
            out.append(Paragraph(w("comments_line", note=markup(area.counsel_note)), st.body))
    return out


def action_plan(c: MemoContent, st: V2Styles, width: float, w: Words = EN) -> list[Flowable]:
    s = st.base
    out: list[Flowable] = _title(w, 4, s.h1)
    if c.conditions.narrative.strip():
        out += _paragraphs(c.conditions.narrative, st.body)
    if not c.actions:
        return [*out, _p(w("no_actions"), st.body)]
    out.append(_p(w("actions_intro"), st.body))
    rows: list[list[Any]] = [
        [_p(w(h), s.cell_head)
         for h in ("col_number", "col_action", "col_owner", "col_due", "col_status")]
    ]
    for i, a in enumerate(c.actions, start=1):
        what = markup(a.text)
        status = markup(w.status(a.status))
        if a.status == "done" and a.evidence:
            status += w("evidence_line", evidence=markup(w("list_separator").join(a.evidence)))
        rows.append(
            [_p(str(i), s.cell), Paragraph(what, s.cell), _p(a.owner, s.cell),
             _p(a.due, s.cell), Paragraph(status, s.cell)]
        )
    # Chinese: a wider number column for 序号, owners are short, a due date or 不详 fits in 80.
    columns = [20, 68, 90, 40] if not w.chinese else [26, 58, 80, 44]
    number, owner, due, state = columns
    out.append(_grid(rows, [number, width - number - owner - due - state, owner, due, state],
                     extra=[("LEFTPADDING", (0, 0), (-1, -1), 4),
                            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                            ("TOPPADDING", (0, 0), (-1, -1), 2),
                            ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
    if any(a.approximate for a in c.actions):
        out.append(Spacer(1, 3))
        out.append(_p(w("approx_note"), st.small))
    return out


def _cert(fp: str) -> str:
    if not fp:
        return "—"
    return " ".join(fp[i : i + 4] for i in range(0, min(len(fp), 16), 4)) + " …"


def signoff(c: MemoContent, st: V2Styles, width: float, signed: bool,
            fingerprint: str, anchors: dict[str, Any] | None = None,
            vault_history: str | None = None, w: Words = EN,
            table_too: bool = True, words_too: bool = True) -> list[Flowable]:
    """Section 6. A bilingual memo prints the words in each language (`table_too=False`), then
    one sign-off table with its signature fields (`words_too=False`)."""
    s = st.base
    out: list[Flowable] = _title(w, 5, s.h1)
    intro = w("signoff_intro")
    if not signed:
        intro += w("signoff_draft")
    if words_too:
        out.append(_p(intro, st.body))
    names: dict[str, set[str]] = {}
    for signature in c.signatures:
        names.setdefault(signature.name, set()).add(signature.capacity)
    if words_too and any(len(caps) > 1 and "prepared" in caps for caps in names.values()):
        out.append(_p(w("waiver"), st.body))
    if not table_too:
        return out
    head = [_p(w(h), s.cell_head)
            for h in ("col_capacity", "col_name", "col_signed", "col_certificate",
                      "col_signature")]
    widths = [66, width - 66 - 78 - 78 - 116, 78, 78, 116]
    rows: list[list[Any]] = [head]
    by_capacity: dict[str, list[Signature | None]] = {
        cap: [g for g in c.signatures if g.capacity == cap] for cap in labels.CAPACITIES
    }
    for cap in labels.CAPACITIES:
        words = w.capacities[cap]
        for sig in by_capacity[cap] or [None]:
            if sig is None:
                cell: Any = _p(w("wet_ink"), s.cell_muted)
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
                    Paragraph(markup(w("digitally_signed")) + "<br/><br/>"
                              + markup(w("wet_ink")), s.cell),
                ]
            )
    table = _grid(rows, widths, extra=[("BOTTOMPADDING", (0, 1), (-1, -1), 7)])
    out.append(table)
    if not signed:
        return [KeepTogether(out)]
    if not w.chinese:
        block = _fingerprint_block(s, width, fingerprint, vault_history)
    else:
        block = _fingerprint_block_zh(s, width, fingerprint, vault_history, w)
    return [KeepTogether(out), Spacer(1, 8), block]


def _fingerprint_block_zh(s: Styles, width: float, fingerprint: str,
                          vault_history: str | None, w: Words) -> Any:
    """The signed memo's fingerprint and QR code, said in Chinese (the English memo keeps the
    first layout's block, byte for byte)."""
    history: list[Flowable] = []
    if vault_history:
        events = vault_history.split(":", 1)[0]
        history = [Spacer(1, 6), Paragraph(w("history_title", events=events), s.cell),
                   Spacer(1, 3), Paragraph(vault_history, s.mono)]
    text = [Paragraph(w("fingerprint_title"), s.cell), Spacer(1, 3),
            Paragraph(fingerprint, s.mono), Spacer(1, 6),
            Paragraph(w("fingerprint_note"), s.cell_muted), *history]
    table = _table([[QrFlowable(qr_payload(fingerprint), QR_SIZE), text]],
                   [QR_SIZE + 14, width - QR_SIZE - 14])
    table.setStyle(
        TableStyle(
            [
                FONT_ALL,
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 7),
                ("TOPPADDING", (0, 0), (-1, -1), 7),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return table


def scope(c: MemoContent, st: V2Styles, w: Words = EN) -> list[Flowable]:
    s = st.base
    laws = w.join(list(c.jurisdictions)) if c.jurisdictions else w("prc")
    as_of = w("as_of", date=w.date(c.law_as_of)) if c.law_as_of else w("as_of_its_date")
    first = w("scope_first", laws=laws, as_of=as_of)
    if c.us_counsel_note:
        first += ("" if w.chinese else " ") + c.us_counsel_note
    return [*_title(w, 6, s.h1), _p(first, st.body), _p(c.disclaimer, st.small)]


def appendix_qa(c: MemoContent, st: V2Styles, width: float, w: Words = EN) -> list[Flowable]:
    s = st.base
    out: list[Flowable] = _title(w, 7, s.h1)
    if c.tier.reasons:
        out.append(_p(w("tier_decided_by", tier=w.tier(c.tier.level)), st.body))
        out += [Paragraph(markup(r), s.bullet, bulletText="•") for r in c.tier.reasons]
        out.append(Spacer(1, 4))
    if c.qa_sections:
        rows: list[list[Any]] = [[_p(w("col_question"), s.cell_head),
                                  _p(w("col_answer"), s.cell_head)]]
        extra: list[tuple[Any, ...]] = []
        for section in c.qa_sections:
            rows.append([_p(section.title, s.cell_bold), ""])
            i = len(rows) - 1
            extra += [("SPAN", (0, i), (1, i)), ("BACKGROUND", (0, i), (1, i), SHADE)]
            rows += [[_p(r.label, s.cell), _p(r.value, s.cell)] for r in section.rows]
        out.append(_grid(rows, [width * 0.62, width * 0.38], extra=extra))
    else:
        out.append(_p(w("no_intake"), st.body))
    listed = {a.fact for a in c.assumptions}
    if c.missing_facts and set(c.missing_facts) <= listed:
        out.append(_p(w("unanswered_once"), st.body))
    elif c.unanswered:
        out.append(_p(w("questions_not_answered"), s.h3))
        out += [Paragraph(markup(q), s.bullet, bulletText="•") for q in c.unanswered]
    return out


def appendix_bases(c: MemoContent, st: V2Styles, w: Words = EN,
                   note: bool = True) -> list[Flowable]:
    s = st.base
    out: list[Flowable] = _title(w, 8, s.h1)
    if note:
        out.append(_p(w("paraphrase_note"), st.body))
    if not c.legal_references:
        return [*out, _p(w("no_bases"), st.body)]
    for r in c.legal_references:
        if w.chinese and (r.instrument_zh or r.instrument_rendering_zh):
            name = f"《{r.instrument_zh}》" if r.instrument_zh else r.instrument_rendering_zh
            title = f"<b>{markup(name)}</b>"
            if r.article:
                title += f" <b>{markup(r.article)}</b>"
            title += f"（{markup(r.instrument_en)}）"
        else:
            title = f"<b>{markup(r.instrument_en)}</b>"
            if r.instrument_zh:
                title += f" ({markup(r.instrument_zh)})"
        facts_ = [w("ref_id", id=markup(r.id))]
        if r.article:
            facts_.append(w("provision", article=markup(r.article)))
        facts_.append(w("in_force", date=markup(w.date(r.in_force) if w.chinese
                                                 else r.in_force)))
        facts_.append(w("source", source=markup(r.source)))
        if not r.verified and _is_report(r):
            facts_.append(w("unverified_report"))
        elif not r.verified:
            facts_.append(w("unverified_law"))
        gap = [Spacer(1, 5)] if w.chinese else []  # the entries are longer with their text
        parts = [*gap, Paragraph(title, st.body),
                 Paragraph(w("meta_separator").join(facts_), s.meta)]
        if w.chinese and r.provision_zh.strip():
            lines = [markup(line.strip()) for line in r.provision_zh.strip().splitlines()]
            quoted = "<br/>".join(line for line in lines if line)
            quote = ParagraphStyle(f"{st.body.name}_quote", parent=st.body, leftIndent=10)
            parts.append(Paragraph(w("provision_text", text=quoted), quote))
            if r.provision_zh_source.strip():
                parts.append(_p(w("provision_source", source=r.provision_zh_source.strip()),
                                st.small))
        if not (w.chinese and r.provision_zh.strip() == r.summary.strip()):  # quoted once
            parts.append(Paragraph(markup(r.summary), st.body))
        out.append(KeepTogether(parts))
    return out


def appendix_checklist(c: MemoContent, st: V2Styles, width: float,
                       w: Words = EN) -> list[Flowable]:
    """Every checklist item with its decision, including items that no longer apply after a
    change of answers (kept for the record)."""
    s = st.base
    out: list[Flowable] = _title(w, 9, s.h1)
    if not c.appendix_checklist:
        return [*out, _p(w("checklist_empty"), st.body)]
    rows: list[list[Any]] = [[_p(w(h), s.cell_head)
                              for h in ("col_item", "col_severity", "col_decision")]]
    for r in c.appendix_checklist:
        item = f"<b>{markup(r.title)}</b> · {markup(w.area(r.area))}"
        if r.note:
            item += w("item_note", note=markup(r.note))
        if r.evidence:
            item += w("item_evidence", evidence=markup(w("list_separator").join(r.evidence)))
        if r.no_longer_applies:
            item += w("no_longer_applies")
        style = s.cell_muted if r.no_longer_applies else s.cell
        decision = markup(w.decision(r.status))
        if r.blocking:
            decision += w("blocking_cell")
        rows.append([Paragraph(item, style), Paragraph(severity_words(r.severity, w), style),
                     Paragraph(decision, style)])
    out.append(_grid(rows, [width - 60 - 96, 60, 96]))
    return out




# --- A bilingual memo's appendices (issue 16) ------------------------------------------------
# The record is one: each appendix is printed once, every entry in Chinese then English (a
# question with its answer, a legal basis, a checklist item), instead of the whole appendix
# twice.


def _both(chinese: str, english: str) -> str:
    """Markup of the two texts, the English below the Chinese (once where they are the same)."""
    if chinese == english:
        return markup(chinese)
    return f"{markup(chinese)}<br/>{markup(english)}"


def bilingual_appendices_fit(zh: MemoContent, en: MemoContent) -> bool:
    """The two compositions list the same entries in the same order (they are composed from
    the same record; anything else is printed appendix by appendix)."""
    return (
        [len(s.rows) for s in zh.qa_sections] == [len(s.rows) for s in en.qa_sections]
        and [r.id for r in zh.legal_references] == [r.id for r in en.legal_references]
        and [r.rule for r in zh.appendix_checklist] == [r.rule for r in en.appendix_checklist]
    )


def appendix_qa_both(zh: MemoContent, en: MemoContent, st: V2Styles, est: V2Styles,
                     width: float, w: Words) -> list[Flowable]:
    s = st.base
    english = words_for("en")
    out: list[Flowable] = _title(w, 7, s.h1)
    if zh.tier.reasons:
        out.append(_p(w("tier_decided_by", tier=w.tier(zh.tier.level)), st.body))
        out += [Paragraph(markup(r), s.bullet, bulletText="•") for r in zh.tier.reasons]
        if en.tier.reasons != zh.tier.reasons:  # reasons not yet in Chinese are printed once
            out.append(_p(english("tier_decided_by", tier=english.tier(en.tier.level)),
                          est.body))
            out += [Paragraph(markup(r), est.base.bullet, bulletText="•")
                    for r in en.tier.reasons]
        out.append(Spacer(1, 4))
    if zh.qa_sections:
        heads = [_p(f"{w('col_question')} / {english('col_question')}", s.cell_head),
                 _p(f"{w('col_answer')} / {english('col_answer')}", s.cell_head)]
        rows: list[list[Any]] = [heads]
        extra: list[tuple[Any, ...]] = []
        for zs, es in zip(zh.qa_sections, en.qa_sections, strict=True):
            rows.append([Paragraph(_both(zs.title, es.title), s.cell_bold), ""])
            i = len(rows) - 1
            extra += [("SPAN", (0, i), (1, i)), ("BACKGROUND", (0, i), (1, i), SHADE)]
            rows += [
                [Paragraph(_both(zr.label, er.label), s.cell),
                 Paragraph(_both(zr.value, er.value), s.cell)]
                for zr, er in zip(zs.rows, es.rows, strict=True)
            ]
        out.append(_grid(rows, [width * 0.62, width * 0.38], extra=extra))
    else:
        out.append(_p(w("no_intake"), st.body))
    listed = {a.fact for a in zh.assumptions}
    if zh.missing_facts and set(zh.missing_facts) <= listed:
        out += [_p(w("unanswered_once"), st.body), _p(english("unanswered_once"), est.body)]
    elif zh.unanswered:
        out.append(_p(f"{w('questions_not_answered')} / {english('questions_not_answered')}",
                      s.h3))
        out += [Paragraph(_both(z, e), s.bullet, bulletText="•")
                for z, e in zip(zh.unanswered, en.unanswered, strict=True)]
    return out


def appendix_bases_both(zh: MemoContent, en: MemoContent, st: V2Styles, est: V2Styles,
                        w: Words) -> list[Flowable]:
    s = st.base
    english = words_for("en")
    out: list[Flowable] = _title(w, 8, s.h1)
    out += [_p(w("paraphrase_note"), st.body), _p(english("paraphrase_note"), est.body)]
    if not zh.legal_references:
        return [*out, _p(w("no_bases"), st.body)]
    chinese = words_for("zh")
    for z, e in zip(zh.legal_references, en.legal_references, strict=True):
        block = appendix_bases(
            dataclasses.replace(zh, legal_references=[z]), st, chinese.without_titles(),
            note=False,
        )
        english_summary = Paragraph(markup(e.summary), est.body)
        for flowable in block:  # one KeepTogether per basis: add the English summary to it
            if isinstance(flowable, KeepTogether) and e.summary != z.summary:
                flowable._content.append(english_summary)
        out += block
    return out


def appendix_checklist_both(zh: MemoContent, en: MemoContent, st: V2Styles, width: float,
                            w: Words) -> list[Flowable]:
    s = st.base
    english = words_for("en")
    out: list[Flowable] = _title(w, 9, s.h1)
    if not zh.appendix_checklist:
        return [*out, _p(w("checklist_empty"), st.body)]
    rows: list[list[Any]] = [
        [_p(f"{w(h)} / {english(h)}", s.cell_head)
         for h in ("col_item", "col_severity", "col_decision")]
    ]
    for z, e in zip(zh.appendix_checklist, en.appendix_checklist, strict=True):
        item = (f"<b>{_both(z.title, e.title)}</b><br/>"
                f"{markup(w.area(z.area))} / {markup(english.area(e.area))}")
        if z.note:
            item += w("item_note", note=markup(z.note))
        if z.evidence:
            item += w("item_evidence", evidence=markup(w("list_separator").join(z.evidence)))
        if z.no_longer_applies:
            item += w("no_longer_applies") + english("no_longer_applies")
        style = s.cell_muted if z.no_longer_applies else s.cell
        decision = _both(w.decision(z.status), english.decision(e.status))
        if z.blocking:
            decision += w("blocking_cell") + english("blocking_cell")
        severity = (severity_words(z.severity, w) + "<br/>"
                    + severity_words(e.severity, english))
        rows.append([Paragraph(item, style), Paragraph(severity, style),
                     Paragraph(decision, style)])
    out.append(_grid(rows, [width - 60 - 96, 60, 96]))
    return out


__all__ = ["DECISIONS", "SECTION_TITLES_V2", "make_v2_styles"]
