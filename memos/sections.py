"""The flowables of each memo section, from MemoContent to ReportLab platypus story parts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle
from reportlab.platypus import Paragraph as _Paragraph

from forms.legal import UNVERIFIED_MARK
from memos import labels
from memos.canonical import qr_payload
from memos.content import AnalysisItem, LegalReference, MemoContent
from memos.fonts import markup
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


class Paragraph(_Paragraph):  # type: ignore[misc]
    """A Paragraph that breaks its lines once per width. Platypus wraps the same paragraph
    several times at the same width (KeepTogether, then the frame; a table's sizing, then its
    drawing; a split's retry); line breaking depends on the width alone, so a repeat returns
    the lines already found. Split parts are new objects and are broken afresh, as before."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        d = self.__dict__
        if d.get("_wrapped_at") == availWidth and "blPara" in d:
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        self._wrapped_at = availWidth
        return float(width), float(height)


SECTION_TITLES = (
    "1 Summary and recommendation",
    "2 Facts",
    "3 Knowledge tier",
    "4 Analysis by area",
    "5 Conditions and required actions",
    "6 Open items",
    "7 Sign-off",
    "Appendix A — Full checklist",
    "Appendix B — Legal references",
)
QR_SIZE = 96.0


def severity_markup(code: str) -> str:
    colour = hexcolour(SEVERITY_COLOURS.get(code, MUTED))
    return f'<font color="{colour}"><b>{markup(labels.severity(code))}</b></font>'


def _table(
    rows: list[list[Any]], widths: list[float], *, hAlign: str | None = "LEFT", repeatRows: int = 0
) -> Table:
    """Every memo table: a row taller than the space left splits inside its cells
    (`splitInRow`), so no note, answer or name is ever too long to print."""
    return Table(rows, colWidths=widths, repeatRows=repeatRows, hAlign=hAlign, splitInRow=1)


def _grid(
    rows: list[list[Any]],
    widths: Sequence[float],
    *,
    header: bool = True,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    table = _table(rows, list(widths), repeatRows=1 if header else 0)
    commands: list[tuple[Any, ...]] = [
        FONT_ALL,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        commands += [
            ("LINEBELOW", (0, 0), (-1, 0), 0.9, NAVY),
            ("LINEABOVE", (0, 0), (-1, 0), 0.9, NAVY),
        ]
    else:
        commands.append(("LINEABOVE", (0, 0), (-1, 0), 0.4, RULE))
    table.setStyle(TableStyle(commands + list(extra)))
    return table


def _p(text: str, style: Any) -> Paragraph:
    return Paragraph(markup(text), style)


def _paragraphs(text: str, style: Any) -> list[Flowable]:
    return [_p(block.strip(), style) for block in text.split("\n\n") if block.strip()]


def heading_block(c: MemoContent, s: Styles, width: float, signed: bool) -> list[Flowable]:
    status = "Signed version" if signed else "Draft — not signed"
    rows = [
        ("To", c.addressee),
        ("From", c.sender),
        ("Date", _long_date(c.date)),
        ("Re", c.regarding),
        (
            "Matter",
            f"{c.reference} · {labels.KINDS.get(c.matter_kind, labels.humanise(c.matter_kind))}",
        ),
        ("Version", f"{c.version} · {status}"),
    ]
    data = [[_p(k, s.cell_head), _p(v, s.body_left)] for k, v in rows]
    table = _table(data, [62, width - 62])
    table.setStyle(
        TableStyle(
            [
                FONT_ALL,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("TOPPADDING", (0, 0), (0, -1), 3.5),
                ("LINEBELOW", (0, -1), (-1, -1), 1.2, NAVY),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 9),
            ]
        )
    )
    letterhead = [_p(c.organisation, s.letterhead)] if c.organisation.strip() else []
    return [
        *letterhead,
        Paragraph("MEMORANDUM", s.doc_type),
        _p(c.legend, s.legend),
        Spacer(1, 14),
        table,
        Spacer(1, 4),
    ]


def _long_date(iso: str) -> str:
    from memos.compose import format_date

    return format_date(iso)


def summary_section(c: MemoContent, s: Styles, width: float) -> list[Flowable]:
    out: list[Flowable] = [_p(SECTION_TITLES[0], s.h1)]
    out += (
        _paragraphs(c.summary, s.body)
        if c.summary
        else [_p("Counsel has not yet written a summary.", s.note)]
    )
    rec_lines = [
        f"<b>Recommendation:</b> {markup(labels.recommendation(c.effective_recommendation))}",
        f"<b>Knowledge tier:</b> {markup(labels.tier(c.tier.level))}",
    ]
    if c.override:
        o = c.override
        rec_lines = [
            f"<b>Recommendation (counsel):</b> {markup(labels.recommendation(o.recommendation))}",
            f"<b>Computed recommendation:</b> {markup(labels.recommendation(c.recommendation))}",
            f"<b>Reason for the override:</b> {markup(o.reason)} "
            f"({markup(o.author)}, {markup(_long_date(o.date[:10]))})",
            rec_lines[1],
        ]
    box = _table([[Paragraph(line, s.body_left)] for line in rec_lines], [width], hAlign=None)
    box.setStyle(
        TableStyle(
            [
                FONT_ALL,
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, NAVY),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, 0), 8),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 4),
            ]
        )
    )
    return [*out, Spacer(1, 4), box]


def facts_section(c: MemoContent, s: Styles, width: float) -> list[Flowable]:
    out: list[Flowable] = [_p(SECTION_TITLES[1], s.h1)]
    p = c.person
    who = ", ".join(x for x in (p.title, p.department) if x)
    line = f"<b>{markup(p.name or 'The person')}</b>"
    if who:
        line += f", {markup(who)}"
    if p.nationality:
        line += f"; nationality: {markup(p.nationality)}"
    out.append(Paragraph(line + ".", s.body_left))
    out += _paragraphs("\n\n".join(c.fact_paragraphs), s.body)
    if not c.fact_rows:
        return [*out, _p("No intake answers have been recorded yet.", s.note)]
    rows: list[list[Any]] = [[_p("Fact", s.cell_head), _p("Answer", s.cell_head)]]
    extra: list[tuple[Any, ...]] = []
    group = None
    for row in c.fact_rows:
        if row.group != group:
            group = row.group
            rows.append([_p(group, s.cell_bold), ""])
            i = len(rows) - 1
            extra += [("SPAN", (0, i), (1, i)), ("BACKGROUND", (0, i), (1, i), SHADE)]
        rows.append([_p(row.label, s.cell), _p(row.value, s.cell)])
    out.append(Spacer(1, 2))
    out.append(_grid(rows, [width * 0.6, width * 0.4], extra=extra))
    return out


def tier_section(c: MemoContent, s: Styles) -> list[Flowable]:
    out: list[Flowable] = [
        _p(SECTION_TITLES[2], s.h1),
        Paragraph(f"The person is assessed as <b>{markup(labels.tier(c.tier.level))}</b>.", s.body),
    ]
    if c.tier.reasons:
        out.append(_p("The facts that decided the tier:", s.body_left))
        out += [Paragraph(markup(r), s.bullet, bulletText="•") for r in c.tier.reasons]
    return [KeepTogether(out)]


def _citation(ref: LegalReference | None, basis_id: str) -> str:
    if ref is None:
        return basis_id
    text = ref.instrument_en + (f", {ref.article}" if ref.article else "")
    if not ref.verified:
        text += " (reported, unverified)" if _is_report(ref) else f" {UNVERIFIED_MARK}"
    return text


def _is_report(ref: LegalReference) -> bool:
    """A press report (never law), as opposed to law not yet checked against an official text."""
    return ref.id.startswith("REPORT-")


def _item_flowables(
    item: AnalysisItem,
    refs: dict[str, LegalReference],
    s: Styles,
    width: float,
    lead: list[Flowable],
) -> list[Flowable]:
    meta = [
        f"Rule {markup(item.rule)}",
        f"Severity: {severity_markup(item.severity)}",
        f"Status: {markup(labels.status(item.status))}",
    ]
    if item.blocking:
        meta.append(
            f'<font color="{hexcolour(SEVERITY_COLOURS["critical"])}"><b>Blocking</b></font>'
        )
    parts: list[Flowable] = [
        *lead,
        _p(item.title, s.h3),
        Paragraph(" · ".join(meta), s.meta),
    ]
    parts += _paragraphs(item.wording, s.body)
    if item.reported_only:
        note = _table([[_p(item.reported_only, s.note)]], [width], hAlign=None)
        note.setStyle(
            TableStyle(
                [
                    FONT_ALL,
                    ("BACKGROUND", (0, 0), (-1, -1), NOTE_SHADE),
                    ("LINEBEFORE", (0, 0), (0, -1), 2, NOTE_RULE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ]
            )
        )
        parts += [note, Spacer(1, 6)]
    cites = "; ".join(markup(_citation(refs.get(b), b)) for b in item.basis)
    parts.append(Paragraph(f"<b>Basis:</b> {labels.sentence(cites)}", s.body_left))
    if item.note:
        parts.append(Paragraph(f"<b>Counsel’s note:</b> {markup(item.note)}", s.body_left))
    if item.to_confirm:
        facts = labels.sentence("; ".join(markup(f) for f in item.to_confirm))
        parts.append(
            Paragraph(
                f"<b>To confirm:</b> <i>this conclusion rests on unknown answers</i> — {facts}",
                s.body_left,
            )
        )
    head = len(lead) + 3
    return [KeepTogether(parts[:head]), *parts[head:], Spacer(1, 4)]


def analysis_section(c: MemoContent, s: Styles, width: float) -> list[Flowable]:
    heading = _p(SECTION_TITLES[3], s.h1)
    refs = {r.id: r for r in c.legal_references}
    if not any(a.items or a.counsel_note for a in c.analysis):
        return [heading, _p("No checklist item is triggered by the facts as answered.", s.body)]
    out: list[Flowable] = []
    section_head: list[Flowable] = [heading]  # kept on the page of the first item
    for n, area in enumerate(c.analysis, start=1):
        lead: list[Flowable] = [*section_head, _p(f"4.{n} {labels.area(area.area)}", s.h2)]
        section_head = []
        for item in area.items:
            out += _item_flowables(item, refs, s, width, lead)
            lead = []
        out += lead
        if area.counsel_note:
            out.append(Paragraph(f"<b>Counsel’s comments.</b> {markup(area.counsel_note)}", s.body))
    return out


def conditions_section(c: MemoContent, s: Styles, width: float) -> list[Flowable]:
    out: list[Flowable] = [_p(SECTION_TITLES[4], s.h1)]
    out += _paragraphs(c.conditions.narrative, s.body)
    if not c.conditions.actions:
        return [*out, _p("No required action arises from the checklist.", s.body)]
    rows: list[list[Any]] = [
        [_p(h, s.cell_head) for h in ("No.", "Required action", "Rule", "Status")]
    ]
    for i, a in enumerate(c.conditions.actions, start=1):
        rows.append(
            [
                _p(str(i), s.cell),
                _p(a.action, s.cell),
                _p(a.rule, s.cell_muted),
                _p(labels.status(a.status), s.cell),
            ]
        )
    rule_w = _id_width(s, [a.rule for a in c.conditions.actions], width * 0.25)
    out.append(_grid(rows, [26, width - 26 - rule_w - 70, rule_w, 70]))
    return out


def _id_width(s: Styles, ids: Sequence[str], most: float) -> float:
    """A column as wide as its widest id, within [52, most]: a longer id wraps in its cell."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    widest = max((stringWidth(i, s.cell.fontName, s.cell.fontSize) for i in ids), default=40)
    return min(max(widest + 12, 52), max(most, 52))


def open_items_section(c: MemoContent, s: Styles) -> list[Flowable]:
    out: list[Flowable] = [_p(SECTION_TITLES[5], s.h1)]
    if not c.open_items:
        return [*out, _p("There are no open items.", s.body)]
    groups = (
        ("checklist", "Checklist items still open"),
        ("to_confirm", "Conclusions to confirm"),
        ("missing_fact", "Facts not yet answered"),
    )
    for kind, title in groups:
        items = [i for i in c.open_items if i.kind == kind]
        if items:
            out.append(_p(title, s.h3))
            out += [Paragraph(markup(i.text), s.bullet, bulletText="•") for i in items]
    return out


def signoff_section(
    c: MemoContent, s: Styles, width: float, signed: bool, fingerprint: str
) -> list[Flowable]:
    out: list[Flowable] = [_p(SECTION_TITLES[6], s.h1)]
    head = [_p(h, s.cell_head) for h in ("Capacity", "Name and title", "Signed (UTC)", "Signature")]
    widths = [70, width - 70 - 132 - 96, 132, 96]
    if signed:
        rows: list[list[Any]] = [head]
        for sig in c.signatures:
            rows.append(
                [
                    _p(labels.CAPACITIES.get(sig.capacity, labels.humanise(sig.capacity)), s.cell),
                    Paragraph(f"<b>{markup(sig.name)}</b><br/>{markup(sig.title)}", s.cell),
                    _p(sig.signed_at.replace("T", " ").replace("Z", " UTC"), s.cell),
                    "",
                ]
            )
        table = _grid(rows, widths, extra=[("BOTTOMPADDING", (0, 1), (-1, -1), 18)])
        out += [table, Spacer(1, 12), _fingerprint_block(s, width, fingerprint)]
        return [KeepTogether(out)]
    else:
        out.append(
            _p(
                "This version is a draft. It has not been signed and does not record advice given.",
                s.body,
            )
        )
        rows = [head] + [[_p(cap, s.cell), "", "", ""] for cap in labels.CAPACITIES.values()]
        out.append(_grid(rows, widths, extra=[("BOTTOMPADDING", (0, 1), (-1, -1), 22)]))
    return [KeepTogether(out)]


class QrFlowable(Flowable):  # type: ignore[misc]
    """A QR code drawn as plain filled squares. (A graphics Drawing would set ReportLab's
    default font, Helvetica, which is never embedded.)"""

    def __init__(self, payload: str, size: float) -> None:
        super().__init__()
        self.payload, self.size = payload, size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        widget = QrCodeWidget(self.payload, barLevel="M")
        x0, y0, x1, y1 = widget.getBounds()
        sx, sy = self.size / (x1 - x0), self.size / (y1 - y0)
        canv = self.canv
        canv.saveState()
        for shape in widget.draw().contents:
            if shape.fillColor is None:
                continue
            canv.setFillColor(shape.fillColor)
            canv.rect(
                (shape.x - x0) * sx,
                (shape.y - y0) * sy,
                shape.width * sx,
                shape.height * sy,
                stroke=0,
                fill=1,
            )
        canv.restoreState()


def _fingerprint_block(
    s: Styles, width: float, fingerprint: str, vault_history: str | None = None
) -> Table:
    drawing = QrFlowable(qr_payload(fingerprint), QR_SIZE)
    # The vault's audit history when the memo was signed (models/history.py): printed, every
    # paper copy is an outside witness that `vault check --against-mark` can hold the vault to.
    history: list[Flowable] = []
    if vault_history:
        events = vault_history.split(":", 1)[0]
        history = [
            Spacer(1, 6),
            Paragraph(f"<b>Vault history when signed</b> ({events} audit events)", s.cell),
            Spacer(1, 3),
            Paragraph(vault_history, s.mono),
        ]
    text = [
        Paragraph(
            "<b>Memo fingerprint</b> (SHA-256 of the memo content, signatures excluded)", s.cell
        ),
        Spacer(1, 3),
        Paragraph(fingerprint, s.mono),
        Spacer(1, 6),
        Paragraph(
            "A paper copy can be checked against the archive by scanning the code or "
            "comparing this fingerprint with the stored signed version.",
            s.cell_muted,
        ),
        *history,
    ]
    table = _table([[drawing, text]], [QR_SIZE + 14, width - QR_SIZE - 14])
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


def appendix_a(c: MemoContent, s: Styles, width: float) -> list[Flowable]:
    out: list[Flowable] = [_p(SECTION_TITLES[7], s.h1)]
    if not c.appendix_checklist:
        return [*out, _p("The checklist is empty: no rule was triggered.", s.body)]
    out.append(
        _p(
            "Every checklist item on the matter, including items that no longer apply "
            "after a change of answers, which are kept for the record.",
            s.body,
        )
    )
    rows: list[list[Any]] = [
        [_p(h, s.cell_head) for h in ("Rule", "Item", "Severity / status", "Basis")]
    ]
    for r in c.appendix_checklist:
        item = f"<b>{markup(r.title)}</b><br/>{markup(labels.area(r.area))}"
        if r.note:
            item += f"<br/><i>Note:</i> {markup(r.note)}"
        if r.evidence:
            item += f"<br/><i>Evidence:</i> {markup('; '.join(r.evidence))}"
        if r.no_longer_applies:
            item += "<br/><i>No longer applies after a change of answers; kept for the record.</i>"
        state = f"{severity_markup(r.severity)}<br/>{markup(labels.status(r.status))}"
        if r.blocking:
            state += "<br/><b>Blocking</b>"
        style = s.cell_muted if r.no_longer_applies else s.cell
        rows.append(
            [
                Paragraph(f"{markup(r.rule)}<br/>v{r.rule_version}", style),
                Paragraph(item, style),
                Paragraph(state, style),
                Paragraph("<br/>".join(markup(b) for b in r.basis), style),
            ]
        )
    rule_w = _id_width(s, [r.rule for r in c.appendix_checklist], width * 0.2)
    basis_w = _id_width(s, [b for r in c.appendix_checklist for b in r.basis], width * 0.22)
    out.append(_grid(rows, [rule_w, width - rule_w - basis_w - 78, 78, basis_w]))
    return out


def appendix_b(c: MemoContent, s: Styles) -> list[Flowable]:
    out: list[Flowable] = [_p(SECTION_TITLES[8], s.h1)]
    unverified = [r.id for r in c.legal_references if not r.verified and _is_report(r)]
    note = (
        "The summaries below are paraphrases written for orientation, not quotations of the "
        "instruments; consult the official text before relying on any provision."
    )
    if unverified:
        note += (
            f" {', '.join(unverified)} is a press report of a reported, unverified measure "
            "without public implementing text; it is cited as a practice to check, not as law."
        )
    out.append(_p(note, s.body))
    if not c.legal_references:
        return [*out, _p("This memo cites no legal basis.", s.body)]
    for r in c.legal_references:
        title = f"<b>{markup(r.id)}</b> — {markup(r.instrument_en)}"
        if r.instrument_zh:
            title += f" ({markup(r.instrument_zh)})"
        facts = []
        if r.article:
            facts.append(f"Provision: {markup(r.article)}")
        facts.append(f"In force: {markup(r.in_force)}")
        facts.append(f"Source: {markup(r.source)}")
        if not r.verified and _is_report(r):
            facts.append("<b>Unverified report — not law</b>")
        elif not r.verified:
            facts.append(f"<b>{UNVERIFIED_MARK.strip('()').capitalize()}</b>")
        out.append(
            KeepTogether(
                [
                    Paragraph(title, s.body_left),
                    Paragraph(" · ".join(facts), s.meta),
                    Paragraph(markup(r.summary), s.body),
                ]
            )
        )
    return out
