"""Words for tasks and due dates (issue 15): statuses, buckets, key dates and how a due date
reads ("approx.", "unknown — establish the date", "changed from …"), translated through Qt."""

from __future__ import annotations

from typing import Any

from desktop.ui.checklist_model import owner_label
from desktop.ui.qt import translate


def task_status_word(status: str) -> str:
    return {
        "open": translate("Tasks", "Open"),
        "done": translate("Tasks", "Done"),
        "not_needed": translate("Tasks", "Not needed"),
    }.get(status, status)


def bucket_word(bucket: str) -> str:
    return {
        "overdue": translate("Tasks", "Overdue"),
        "week": translate("Tasks", "Next 7 days"),
        "month": translate("Tasks", "Next 30 days"),
        "later": translate("Tasks", "Later"),
        "unknown": translate("Tasks", "Date unknown"),
    }.get(bucket, bucket)


def key_date_label(name: str) -> str:
    return {
        "departure.last_day": translate("Tasks", "Last working day"),
        "travel.depart_on": translate("Tasks", "Travel starts"),
        "travel.return_on": translate("Tasks", "Travel ends"),
        "secondment.start": translate("Tasks", "Secondment starts"),
        "secondment.end": translate("Tasks", "Secondment ends"),
        "collab.start_date": translate("Tasks", "Collaboration starts"),
        "secrets.declass_until": translate("Tasks", "Confidentiality (脱密) period ends"),
        "noncompete_end": translate("Tasks", "Non-compete ends"),
        "licence_window": translate("Tasks", "Licence decision window opens (apply by)"),
    }.get(name, translate("Tasks", "Key date"))


def owner_word(owner: str) -> str:
    return owner_label(owner) if owner else "—"


def due_words(
    due_on: str | None, *, has_rule: bool, approximate: bool, previous: str | None = None
) -> str:
    """A task's due date as counsel reads it."""
    if due_on is None:
        text = (translate("Tasks", "unknown — establish the date") if has_rule
                else translate("Tasks", "no due date"))
    else:
        text = due_on
        if approximate:
            text = translate("Tasks", "{0} (approx.: Mon–Fri; public holidays not counted)").format(
                due_on
            )
    if previous:
        before = translate("Tasks", "unknown") if previous == "unknown" else previous
        text = translate("Tasks", "{0} — changed from {1}").format(text, before)
    return text


def due_short(
    due_on: str | None, *, has_rule: bool, approximate: bool, previous: str | None = None
) -> str:
    """The same, short enough for a table cell (the tooltip gives `due_words`)."""
    if due_on is None or not approximate:
        return due_words(due_on, has_rule=has_rule, approximate=False, previous=previous)
    text = translate("Tasks", "{0} (approx.)").format(due_on)
    if previous:
        before = translate("Tasks", "unknown") if previous == "unknown" else previous
        text = translate("Tasks", "{0} — changed from {1}").format(text, before)
    return text


def action_title(item_title: str, number: int) -> str:
    return translate("Tasks", "{0}, action {1}").format(item_title, number)


def count_text(count: int) -> str:
    """A bucket's count; at the cap it is a lower bound ("10,000+")."""
    from casework.due import COUNT_CAP

    if count >= COUNT_CAP:
        return translate("Tasks", "{0}+").format(f"{COUNT_CAP:,}")
    return f"{count:,}"


def summary_line(counts: dict[str, Any]) -> str:
    """The quiet line shown on unlock."""
    return translate("Tasks", "Due: {0} overdue, {1} due this week").format(
        count_text(int(counts.get("overdue", 0))), count_text(int(counts.get("week", 0)))
    )


def key_dates_text(dates: list[Any]) -> str:
    """“Key dates: Last working day 2027-01-15 · Non-compete ends 2029-01-15”."""
    if not dates:
        return ""
    shown = []
    for key in dates:
        day = key.on.isoformat()
        if key.approximate:
            day = translate("Tasks", "{0} (approx.)").format(day)
        shown.append(f"{key_date_label(key.name)} {day}")
    return translate("Tasks", "Key dates: {0}").format("  ·  ".join(shown))
