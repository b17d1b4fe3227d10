"""Due dates of checklist actions (review policy v2, "Due dates"): a small grammar and pure
calendar and working-day arithmetic.

A due rule names a reference date D (a date fact, or a named date of the rule set such as
`start_date` or `exit_date`):
    by D | before D | N days after D | N days before D
    N working days before D | N working days after D
Working days are Monday to Friday; public holidays and swapped weekend days are ignored, so a
working-day due date is an approximation and is labelled as one wherever it is printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

UNKNOWN_DUE = "unknown"  # the reference date's fact is unanswered: never falls back to today
APPROXIMATE_LABEL = "approx. (Mon–Fri; public holidays not counted)"
MAX_DAYS = 3_660

_GRAMMAR = re.compile(
    r"(?:(?P<mode>by|before) (?P<ref1>\S+))"
    r"|(?:(?P<n>[1-9][0-9]{0,3}) (?P<unit>days|working days) (?P<dir>before|after) (?P<ref2>\S+))"
)


class DueRuleError(ValueError):
    """The due text does not follow the grammar (the message says what was expected)."""


@dataclass(frozen=True, slots=True)
class DueRule:
    text: str  # as written in the rules file
    reference: str  # a date fact id or a named date of the rule set
    offset: int  # days to move: negative before, positive after, 0 for "by"
    working_days: bool

    @property
    def approximate(self) -> bool:
        return self.working_days

    def compute(self, reference: date) -> date:
        """The due date for a known reference date."""
        if not self.working_days:
            return reference + timedelta(days=self.offset)
        return shift_working_days(reference, self.offset)


def parse_due(text: str) -> DueRule:
    match = _GRAMMAR.fullmatch(text.strip())
    if match is None:
        raise DueRuleError(
            f"due rule {text!r} is not one of: 'by D', 'before D', 'N days after D', "
            "'N working days before D', 'N working days after D' (D a date fact or a named date)"
        )
    if match.group("mode"):
        offset = 0 if match.group("mode") == "by" else -1
        return DueRule(text, match.group("ref1"), offset, working_days=False)
    count = int(match.group("n"))
    if count > MAX_DAYS:
        raise DueRuleError(f"due rule {text!r}: more than {MAX_DAYS} days")
    sign = -1 if match.group("dir") == "before" else 1
    working = match.group("unit") == "working days"
    return DueRule(text, match.group("ref2"), sign * count, working_days=working)


def is_working_day(day: date) -> bool:
    return day.weekday() < 5


def shift_working_days(reference: date, offset: int) -> date:
    """The |offset|-th Monday-to-Friday counting away from `reference`, not counting it.

    Before: start from the day before the reference (1 working day before a Monday is the
    previous Friday). After: start from the day after.
    """
    step = timedelta(days=-1 if offset < 0 else 1)
    remaining = abs(offset)
    day = reference
    while remaining:
        day += step
        if is_working_day(day):
            remaining -= 1
    return day
