"""User data shown on a terminal: control and bidirectional-override characters made visible.

Text from intake answers, bundles and PDFs is data, not terminal instructions: an ESC sequence
could recolour, move the cursor or retitle the window, a NUL or carriage return hide what came
before, and U+202E (right-to-left override) make "exe.fdp" read as "pdf.exe". Each such
character is printed as its escape (\\x1b, \\u202e), so counsel see that it is there.
`--json` output is escaped by the JSON encoder already.
"""

from __future__ import annotations

import unicodedata

# Bidi embeddings, overrides and isolates, and the invisible direction marks.
_BIDI = {
    "\u061c", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
    "\u2066", "\u2067", "\u2068", "\u2069",
}


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe(value: object) -> str:
    """`str(value)` with every control (Cc), format-bidi and line/paragraph separator escaped."""
    text = str(value)
    if text.isprintable() and not (_BIDI & set(text)):
        return text  # the common case: nothing to do
    out = []
    for char in text:
        category = unicodedata.category(char)
        if char in _BIDI or category in ("Cc", "Zl", "Zp"):
            out.append(_escape(char))
        else:
            out.append(char)
    return "".join(out)
