"""The matter list: filtered, sorted and paged in SQL, so 100,000 matters never load at once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from sqlalchemy.orm import Session

from models.search import search_condition

SORT_COLUMNS = {
    "reference": "reference",
    "kind": "kind",
    "title": "title",
    "person": "person_name",
    "client": "client",
    "status": "status",
    "tier": "tier",
    "recommendation": "COALESCE(override_recommendation, recommendation)",
    "updated": "updated_at",
    # the earliest due date of the matter's open tasks (casework.due), matters without last
    "next_due": "coalesce((SELECT min(t.due_on) FROM task t INDEXED BY ix_task_matter_next_due "
    "WHERE t.matter_id = matter.id AND t.in_due_view = 1 AND t.entry = 'action'), '9999')",
}


@dataclass(frozen=True)
class MatterFilter:
    kinds: Sequence[str] = ()
    statuses: Sequence[str] = ()
    tiers: Sequence[int] = ()
    search: str = ""
    include_archived: bool = True


class MatterRow(NamedTuple):
    """One row of the list, built straight from the cursor's tuple (no per-field work)."""

    id: str
    reference: str
    kind: str
    title: str
    person: str
    client: str
    status: str
    tier: int | None
    recommendation: str | None
    overridden: int  # 1 when counsel overrode the computed recommendation, else 0
    updated_at: str
    missing_required: int | None = None  # > 0: the assessment is provisional


@dataclass
class _Where:
    clauses: list[str] = field(default_factory=list)
    params: dict[str, object] = field(default_factory=dict)

    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.clauses)) if self.clauses else ""


def _where(flt: MatterFilter) -> _Where:
    w = _Where()
    for name, values in (("kind", flt.kinds), ("status", flt.statuses), ("tier", flt.tiers)):
        if values:
            keys = [f"{name}{i}" for i in range(len(values))]
            w.clauses.append(f"{name} IN ({', '.join(':' + k for k in keys)})")
            w.params.update(zip(keys, values, strict=True))
    if not flt.include_archived and "archived" not in flt.statuses:
        w.clauses.append("status != 'archived'")
    if flt.search.strip():
        clause, params = search_condition(flt.search)
        w.clauses.append(clause)
        w.params.update(params)
    return w


def count_matters(session: Session, flt: MatterFilter = MatterFilter()) -> int:
    w = _where(flt)
    row = _driver(session).execute("SELECT count(*) FROM matter" + w.sql(), w.params).fetchone()
    return int(row[0])


def _driver(session: Session) -> Any:
    driver = session.connection().connection.driver_connection
    assert driver is not None
    return driver


def list_matters(
    session: Session,
    flt: MatterFilter = MatterFilter(),
    *,
    sort: str = "updated",
    descending: bool = True,
    offset: int = 0,
    limit: int = 100,
) -> list[MatterRow]:
    order = SORT_COLUMNS.get(sort)
    if order is None:
        raise ValueError(f"unknown sort column {sort!r}")
    direction = "DESC" if descending else "ASC"
    w = _where(flt)
    sql = (
        "SELECT id, reference, kind, title, person_name, client, status, tier, "
        "COALESCE(override_recommendation, recommendation), "
        "CASE WHEN override_recommendation IS NULL THEN 0 ELSE 1 END, "
        "updated_at, missing_required "
        f"FROM matter{w.sql()} ORDER BY {order} {direction}, reference {direction} "
        "LIMIT :limit OFFSET :offset"
    )
    # The bare cursor of the session's connection (same transaction): the list pages on every
    # scroll, and SQLAlchemy's row processing would cost more than the query itself.
    cursor = _driver(session).execute(sql, {**w.params, "limit": limit, "offset": offset})
    return [MatterRow._make(row) for row in cursor.fetchall()]
