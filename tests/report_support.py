"""A vault for the report tests: matters of several kinds, tiers, statuses and clients, some
complete and some provisional, opened on chosen days either side of a quarter's boundaries."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from casework_support import TODAY, scenario
from sqlalchemy import update

from casework.workspace import Workspace
from forms.definitions import fact_catalogue
from models.entities import Matter

CHINESE_CLIENT = "深圳蓝亭智能科技有限公司"
CHINESE_PERSON = "欧阳思琪"

# (label, scenario prefix or None for a blank departure, complete it?, opened at (UTC))
PLAN: tuple[tuple[str, str | None, bool, str], ...] = (
    ("first-day", "10", True, "2026-01-01T00:00:00.000000Z"),  # the range's first instant
    ("last-day", "11", True, "2026-03-31T23:59:59.999999Z"),  # its last
    ("mid-secondment", "14", True, "2026-02-10T09:30:00.000000Z"),
    ("mid-collab", "09", True, "2026-02-11T09:30:00.000000Z"),
    ("provisional-departure", "02", False, "2026-02-12T09:30:00.000000Z"),
    ("provisional-overridden", "03", False, "2026-02-13T09:30:00.000000Z"),
    ("chinese-client", None, False, "2026-03-01T08:00:00.000000Z"),
    ("archived", "13", True, "2026-03-02T08:00:00.000000Z"),
    ("day-before", "01", False, "2025-12-31T23:59:59.999999Z"),  # outside the range
    ("day-after", "12", True, "2026-04-01T00:00:00.000000Z"),  # outside the range
)


@dataclass
class ReportVault:
    vault: Any
    workspace: Workspace
    ids: dict[str, str]  # label -> matter id

    def matters(self) -> list[Matter]:
        return [self.workspace.matter(i) for i in self.ids.values()]


def answer_missing(workspace: Workspace, matter_id: str) -> None:
    """Answer every required fact still open (a plain "no", the first option, a date), so the
    assessment stops being provisional."""
    catalogue = fact_catalogue()
    missing = workspace.assessment(matter_id, today=TODAY)["missing"]
    answers = dict(workspace.latest_intake(matter_id).answers)  # type: ignore[union-attr]
    for fact in missing:
        field = catalogue[fact]
        answers[fact] = {
            "tristate": "no",
            "multi": [field.options[0].value] if field.options else [],
            "choice": field.options[0].value if field.options else "",
            "date": "2026-01-15",
            "int": 0,
            "countries": [],
            "country": "DE",
        }.get(field.type, "none")
    workspace.save_intake(matter_id, answers, today=TODAY)


def build(vault: Any) -> ReportVault:
    workspace = Workspace(vault, "Margaret Lin")
    ids: dict[str, str] = {}
    for label, prefix, complete, _opened in PLAN:
        if prefix is None:
            matter = workspace.create_matter(
                kind="departure",
                answers={"matter.client": CHINESE_CLIENT, "person.name": CHINESE_PERSON},
                today=TODAY,
            ).value
        else:
            data = scenario(prefix)
            matter = workspace.create_matter(
                kind=data["kind"], title=data["title"], answers=dict(data["answers"]),
                today=TODAY,
            ).value
        if complete:
            answer_missing(workspace, matter.id)
        ids[label] = matter.id
    workspace.override_recommendation(
        ids["provisional-overridden"], recommendation="do_not_proceed",
        reason="The Munich centre's access controls are not yet in place.",
    )
    workspace.set_status(ids["archived"], "archived")
    workspace.set_status(ids["first-day"], "review")
    # The day each matter was opened: set as a matter opened on that day would have it.
    with vault.session() as session:
        for label, _prefix, _complete, opened in PLAN:
            session.execute(update(Matter).where(Matter.id == ids[label]).values(created_at=opened))
    return ReportVault(vault, workspace, ids)
