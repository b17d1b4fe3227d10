"""One set of text limits, in characters, for everything a person types that ends up stored.

The same numbers bound the vault's columns, the input checks of the services and the command
line, and the bundle schemas (bundles/schemas/*.json; a test holds them equal): whatever the
app accepts, its own export carries and its own import reads back.
"""

from __future__ import annotations

from forms.errors import OutboundError
from forms.facts import MAX_TEXT

REFERENCE = 40
TITLE = 500
# Copied from the intake answers (matter.client, person.name), so bounded as those are.
CLIENT = MAX_TEXT["org"]
PERSON_NAME = MAX_TEXT["text"]
ACTOR = 200  # who did something: audit actor, created_by, saved_by, decided_by, override_by
COUNSEL_NAME = 200
COUNSEL_TITLE = 200
# The identifiers counsel choose to keep for a person of the register (never required).
PERSON_NAME_ZH = 300
EMPLOYEE_NUMBER = 100
ATTACHMENT_NAME = 255
MEDIA_TYPE = 200
# Counsel's own prose in a memo (summary, conditions, a note per area). Intake long text allows
# 20,000; a memo summary gets the same. Rendering time grows with it, so it is bounded.
MEMO_NARRATIVE = 20_000
# Counsel's note on a task (done, not needed): prose like a memo note, bounded the same way.
TASK_NOTE = 20_000
# Whom a task is assigned to: a counsel's name or anyone else's (HR, IT, security).
TASK_ASSIGNEE = COUNSEL_NAME
# A matter's reference number: at most nine digits after the prefix and year (OB-2026-000000001).
REFERENCE_DIGITS = 9


class TextTooLongError(OutboundError):
    """A value is longer than its limit."""


def check_length(value: str, limit: int, what: str) -> str:
    """`value` unchanged, or TextTooLongError naming the field and the limit."""
    if len(value) > limit:
        raise TextTooLongError(
            f"the {what} is {len(value):,} characters long; the limit is {limit:,}"
        )
    return value
