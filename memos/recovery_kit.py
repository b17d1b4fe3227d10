"""The one-page recovery kit printed when a vault is created."""

from __future__ import annotations

import hashlib
import io

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from memos.fonts import MONO, SANS_BOLD, markup
from memos.layout import PageFurniture, numbered_canvas
from memos.render import PageSize, build_doc
from memos.styles import FONT_ALL, MUTED, NAVY, RULE, SHADE, make_styles

LEGEND = "Confidential — keep offline, apart from the computer that holds the vault"


def group_key(recovery_key: str, size: int = 4) -> str:
    """`ABCDEFGH...` -> `ABCD EFGH ...`; existing separators are dropped first."""
    bare = "".join(ch for ch in recovery_key if ch.isalnum())
    return " ".join(bare[i : i + size] for i in range(0, len(bare), size))


def render_recovery_kit(
    *,
    vault_path_display: str,
    vault_id: str,
    recovery_key: str,
    created_at: str,
    page_size: PageSize,
) -> bytes:
    """A one-page recovery kit PDF; the same inputs always give the same bytes."""
    s = make_styles()
    furniture = PageFurniture(
        legend=LEGEND, footer_left=f"Outbound recovery kit · vault {vault_id}", draft=False
    )
    buffer = io.BytesIO()
    digest = hashlib.sha256(vault_id.encode("utf-8")).hexdigest()[:16]
    doc = build_doc(
        buffer,
        page_size,
        title="Outbound recovery kit",
        author="Outbound",
        subject=f"Recovery kit for vault {vault_id}",
        keywords=f"vault:{digest}",
        furniture=furniture,
    )
    key_style = ParagraphStyle(
        "key", fontName=MONO, fontSize=17, leading=26, alignment=TA_CENTER, textColor=NAVY
    )
    title = ParagraphStyle("kit_title", parent=s.letterhead, fontName=SANS_BOLD, fontSize=18)
    width = doc.width
    groups = group_key(recovery_key).split(" ")
    lines = [" ".join(groups[i : i + 4]) for i in range(0, len(groups), 4)]
    key_box = Table([[Paragraph("<br/>".join(lines), key_style)]], colWidths=[width])
    key_box.setStyle(
        TableStyle(
            [
                FONT_ALL,
                ("BOX", (0, 0), (-1, -1), 1.2, NAVY),
                ("BACKGROUND", (0, 0), (-1, -1), SHADE),
                ("TOPPADDING", (0, 0), (-1, -1), 14),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 16),
            ]
        )
    )
    details = Table(
        [
            [Paragraph(k, s.cell_head), Paragraph(markup(v), s.body_left)]
            for k, v in (
                ("Vault file", vault_path_display),
                ("Vault ID", vault_id),
                ("Created", created_at),
            )
        ],
        colWidths=[80, width - 80],
        hAlign="LEFT",
    )
    details.setStyle(
        TableStyle(
            [
                FONT_ALL,
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (0, -1), 3),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ]
        )
    )
    steps = [
        "Print this page and keep it offline: in a safe, a sealed envelope or a deed box, never "
        "in the same place as the computer, and never as a photo, scan or e-mail.",
        "Anyone holding this key and a copy of the vault file can open every matter in it. "
        "Treat it like the original of a privileged document.",
        "Use it if the passphrase is forgotten or the computer's keychain is lost: choose "
        "“Unlock with recovery key” in Outbound, type the key (spaces do not matter), then set "
        "a new passphrase.",
        "The key cannot be recovered or reset by anyone if this page is lost. If it is exposed, "
        "rotate the vault key in Outbound and print a new kit.",
    ]
    story: list[Flowable] = [
        Paragraph("Outbound recovery kit", title),
        Paragraph("RECOVERY KEY FOR AN ENCRYPTED VAULT", s.doc_type),
        Paragraph(
            "This page holds the recovery key of an Outbound vault. With the vault file, it "
            "opens the vault when the passphrase or the keychain is not available.",
            s.body,
        ),
        Spacer(1, 8),
        key_box,
        Spacer(1, 14),
        details,
        Spacer(1, 14),
        Paragraph("What to do with this page", s.h2),
        *[Paragraph(markup(t), s.bullet, bulletText=f"{i}.") for i, t in enumerate(steps, 1)],
        Spacer(1, 22),
        Paragraph("Stored by / where / date:", ParagraphStyle("w", parent=s.cell, textColor=MUTED)),
        Spacer(1, 26),
        Table(
            [[""]], colWidths=[width], style=[FONT_ALL, ("LINEABOVE", (0, 0), (-1, -1), 0.6, MUTED)]
        ),
    ]
    doc.build(story, canvasmaker=numbered_canvas(furniture))
    return buffer.getvalue()
