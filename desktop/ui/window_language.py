"""The language of the shipped content in the window (issue 16): Chinese exactly when the
window's own Chinese translation is loaded, so a form never mixes a Chinese window with English
questions or the other way round (a Chinese system with English chosen in Settings reads
English; a Chinese system without the compiled .qm reads English too)."""

from __future__ import annotations

from desktop.ui.qt import translate
from forms.localize import Language


def window_language() -> Language:
    """"zh" when the window speaks Chinese, else "en": what `forms.localize.text_in` takes."""
    # The Chinese .qm translates this marker to "zh"; with no translation loaded it stays "en".
    spoken = translate("WindowLanguage", "en", "Translate as zh: the content language")
    return "zh" if spoken == "zh" else "en"
