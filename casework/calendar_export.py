"""Tasks and key dates as an iCalendar file (RFC 5545) for counsel who keep their calendar in
Outlook offline: one all-day event each, with a UID derived from the task (or the matter and the
key date's name), so importing a later export updates the events instead of adding copies."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar, Event

from casework.due import DueRow

PRODUCT_ID = "-//Outbound//Tasks and key dates//EN"
UID_DOMAIN = "outbound.local"
OWNER_WORDS = {
    "legal": "Legal", "hr": "HR", "security": "Security", "it": "IT",
    "management": "Management", "the_person": "The person",
}


def event_uid(row: DueRow) -> str:
    if row.entry == "key_date":
        return f"keydate-{row.matter_id}-{row.rule_id}@{UID_DOMAIN}"
    return f"task-{row.task_id}@{UID_DOMAIN}"


def _summary(row: DueRow) -> str:
    if row.entry == "key_date":
        return f"{row.reference}: {row.text}"
    return f"{row.reference}: {row.item_title} — action {row.number}"


def _description(row: DueRow) -> str:
    if row.entry == "key_date":
        lines = [f"Key date of {row.reference}: {row.text}"]
    else:
        lines = [row.text, f"Owner: {OWNER_WORDS.get(row.owner_role, row.owner_role)}"]
        if row.assignee:
            lines.append(f"Assigned to: {row.assignee}")
    if row.approximate:
        lines.append("Date approx. (Mon–Fri; public holidays not counted)")
    if row.previous_due_on:
        lines.append(f"Changed from {row.previous_due_on}")
    return "\n".join(lines)


def build_calendar(rows: Iterable[DueRow], *, stamp: datetime | None = None) -> bytes:
    """The .ics bytes of the rows with a known date (an unknown date has no day to show)."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    when = stamp or datetime.now(UTC)
    for row in rows:
        if row.due_on is None:
            continue
        day = date.fromisoformat(row.due_on)
        event = Event()
        event.add("uid", event_uid(row))
        event.add("dtstamp", when)
        event.add("dtstart", day)
        event.add("dtend", day + timedelta(days=1))
        event.add("summary", _summary(row))
        event.add("description", _description(row))
        event.add("transp", "TRANSPARENT")
        event.add("categories", ["Outbound"])
        calendar.add_component(event)
    return bytes(calendar.to_ical())
