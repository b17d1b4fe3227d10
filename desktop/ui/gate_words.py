"""The signing gates (memos.gates) in the window's language: the gates speak English to the
command line; the Sign dialog reads them back as translated sentences."""

from __future__ import annotations

import re

from desktop.ui.qt import translate

_OPEN_FACTS = re.compile(r"(\d+) required facts? neither answered nor listed as an assumption")
_NO_DECISION = re.compile(r"no decision on (.+)")


def gate_words(blocker: str) -> str:
    """One blocker of `memos.gates.final_blockers`, translated; unknown text stays as it is."""
    if blocker == "counsel's summary is not written":
        return translate("Gates", "counsel's summary is not written")
    if match := _OPEN_FACTS.fullmatch(blocker):
        return translate(
            "Gates", "%n required fact(s) neither answered nor listed as an assumption", "",
            int(match.group(1)),
        )
    if match := _NO_DECISION.fullmatch(blocker):
        return translate("Gates", "no decision on {0}").format(match.group(1))
    return blocker
