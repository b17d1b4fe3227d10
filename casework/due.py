"""The due view: open tasks and coming key dates across every open matter, in five buckets
(overdue, next 7 days, next 30 days, later, date unknown), filtered and paged in SQL.

Every query walks one of the `task` table's due-view indexes in due order (the flag
`in_due_view` is kept by casework.tasks), so the first page costs the same at 100,000 matters as
at ten. Paging is by key: (due date, task id) of the last row shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, NamedTuple

from sqlalchemy.orm import Session

BUCKETS = ("overdue", "week", "month", "later", "unknown")
# Buckets are counted up to this many rows ("10,000+" beyond): an exact count of a bucket of
# 800,000 tasks would decrypt every page of the index for a figure nobody reads exactly.
COUNT_CAP = 10_000
WEEK_DAYS = 7
MONTH_DAYS = 30


@dataclass(frozen=True)
class DueFilter:
    counsel_id: str | None = None  # tasks assigned to this counsel
    owner_role: str | None = None  # legal, hr, security, it, management, the_person
    kinds: Sequence[str] = ()  # matter kinds

    @property
    def tasks_only(self) -> bool:
        """Key dates have no assignee and no owner: a filter on either leaves them out."""
        return bool(self.counsel_id or self.owner_role)


class DueRow(NamedTuple):
    task_id: str
    matter_id: str
    reference: str
    matter_title: str
    kind: str
    entry: str  # action | key_date
    rule_id: str  # the checklist item's rule, or the key date's name
    item_title: str  # the checklist item's title ("" for a key date)
    number: int
    text: str  # the action's text (English), or the key date's label
    owner_role: str
    assignee: str
    due_on: str | None  # ISO date; None: unknown
    approximate: bool
    previous_due_on: str | None
    status: str
    has_due_rule: bool  # False: no due date at all (a NULL date with a rule is unknown)


@dataclass(frozen=True)
class DuePage:
    counts: dict[str, int]  # bucket -> rows in it
    bucket: str
    rows: list[DueRow]
    next_after: tuple[str, str] | None  # the key to pass for the next page; None: last page
    today: date = field(default_factory=date.today)


def _driver(session: Session) -> Any:
    driver = session.connection().connection.driver_connection
    assert driver is not None
    return driver


def _fetch(session: Session, sql: str, params: dict[str, Any]) -> list[DueRow]:
    rows = _driver(session).execute(sql, params).fetchall()
    # SQLite gives its booleans as 0/1
    return [DueRow._make((*r[:13], bool(r[13]), r[14], r[15], bool(r[16]))) for r in rows]


def _bounds(today: date) -> dict[str, str]:
    return {
        "today": today.isoformat(),
        "week": (today + timedelta(days=WEEK_DAYS)).isoformat(),
        "month": (today + timedelta(days=MONTH_DAYS)).isoformat(),
    }


_BUCKET_SQL = {
    "overdue": "t.due_on < :today AND t.entry = 'action'",
    "week": "t.due_on >= :today AND t.due_on <= :week",
    "month": "t.due_on > :week AND t.due_on <= :month",
    "later": "t.due_on > :month",
    "unknown": "t.due_on IS NULL",
}


def _where(flt: DueFilter) -> tuple[str, dict[str, Any], str]:
    """The filter's clauses, parameters and the index that serves them."""
    clauses = ["t.in_due_view = 1"]
    params: dict[str, Any] = {}
    index = "ix_task_due_view"
    if flt.kinds:
        keys = [f"kind{i}" for i in range(len(flt.kinds))]
        clauses.append(f"t.matter_kind IN ({', '.join(':' + k for k in keys)})")
        params.update(zip(keys, flt.kinds, strict=True))
        index = "ix_task_due_view_kind" if len(flt.kinds) == 1 else index
    if flt.owner_role:
        clauses.append("t.owner_role = :owner")
        params["owner"] = flt.owner_role
        index = "ix_task_due_view_owner"
    if flt.counsel_id:
        clauses.append("t.assignee_counsel_id = :counsel")
        params["counsel"] = flt.counsel_id
        index = "ix_task_due_view_counsel"
    if flt.tasks_only:
        clauses.append("t.entry = 'action'")
    return " AND ".join(clauses), params, index


def bucket_counts(session: Session, flt: DueFilter, today: date) -> dict[str, int]:
    """Rows per bucket, each counted up to `COUNT_CAP` (a count equal to it means at least)."""
    where, params, index = _where(flt)
    params.update(_bounds(today), cap=COUNT_CAP)
    driver = _driver(session)
    counts = {}
    for bucket in BUCKETS:
        sql = (f"SELECT count(*) FROM (SELECT 1 FROM task t INDEXED BY {index} "
               f"WHERE {where} AND {_BUCKET_SQL[bucket]} LIMIT :cap)")
        counts[bucket] = int(driver.execute(sql, params).fetchone()[0])
    return counts


_ROW_SQL = (
    "SELECT t.id, t.matter_id, m.reference, m.title, t.matter_kind, t.entry, t.rule_id, "
    "coalesce(c.title, ''), t.action_number, t.text, t.owner_role, t.assignee, t.due_on, "
    "t.due_approximate, t.previous_due_on, t.status, t.due_rule IS NOT NULL "
    "FROM task t INDEXED BY {index} JOIN matter m ON m.id = t.matter_id "
    "LEFT JOIN checklist_item c ON c.matter_id = t.matter_id AND c.rule_id = t.rule_id "
    "AND t.entry = 'action' "
    "WHERE {where} AND {bucket}{after} ORDER BY t.due_on, t.id LIMIT :limit"
)


def due_rows(
    session: Session,
    flt: DueFilter,
    today: date,
    *,
    bucket: str,
    after: tuple[str, str] | None = None,
    limit: int = 100,
) -> tuple[list[DueRow], tuple[str, str] | None]:
    """One page of a bucket in due order (then task id); the key of the next page, if any."""
    if bucket not in BUCKETS:
        raise ValueError(f"unknown bucket {bucket!r}")
    where, params, index = _where(flt)
    params.update(_bounds(today), limit=limit + 1)
    after_sql = ""
    if after is not None:
        if bucket == "unknown":
            after_sql = " AND t.id > :after_id"
        else:
            after_sql = (" AND (t.due_on > :after_due"
                         " OR (t.due_on = :after_due AND t.id > :after_id))")
        params.update(after_due=after[0], after_id=after[1])
    sql = _ROW_SQL.format(index=index, where=where, bucket=_BUCKET_SQL[bucket], after=after_sql)
    rows = _fetch(session, sql, params)
    if len(rows) > limit:
        last = rows[limit - 1]
        return rows[:limit], (last.due_on or "", last.task_id)
    return rows, None


def first_page(
    session: Session, flt: DueFilter, today: date, *, bucket: str | None = None, limit: int = 100
) -> DuePage:
    """The counts of every bucket and the first page of `bucket` (the first non-empty bucket
    when None)."""
    counts = bucket_counts(session, flt, today)
    chosen = bucket or next((b for b in BUCKETS if counts[b]), BUCKETS[0])
    rows, after = due_rows(session, flt, today, bucket=chosen, limit=limit)
    return DuePage(counts, chosen, rows, after, today)


def all_rows(
    session: Session, flt: DueFilter, today: date, *, within_days: int | None = None
) -> list[DueRow]:
    """Every row of the due view in due order, unknown last (the CLI and the calendar):
    `within_days` keeps those due by today + N (overdue included) and drops unknown."""
    where, params, _index = _where(flt)
    params.update(_bounds(today))
    clause = "(t.entry = 'action' OR t.due_on >= :today)"
    if within_days is not None:
        clause += " AND t.due_on IS NOT NULL AND t.due_on <= :until"
        params["until"] = (today + timedelta(days=within_days)).isoformat()
    sql = _ROW_SQL.format(index="ix_task_due_view", where=where, bucket=clause, after="")
    sql = sql.replace("ORDER BY t.due_on, t.id LIMIT :limit",
                      "ORDER BY t.due_on IS NULL, t.due_on, m.reference, t.rule_id, "
                      "t.action_number")
    return _fetch(session, sql, params)


@dataclass(frozen=True)
class NextDue:
    due_on: str | None  # the earliest known due date of the matter's open tasks
    unknown: int  # open tasks whose date is unknown


def next_due(session: Session, matter_ids: Sequence[str]) -> dict[str, NextDue]:
    """Each matter's next due task (the matter list's "next due" column), for one page of ids."""
    if not matter_ids:
        return {}
    keys = {f"m{i}": matter_id for i, matter_id in enumerate(matter_ids)}
    sql = (
        "SELECT matter_id, min(due_on), sum(due_on IS NULL) FROM task "
        "INDEXED BY ix_task_matter_next_due "
        f"WHERE matter_id IN ({', '.join(':' + k for k in keys)}) AND in_due_view = 1 "
        "AND entry = 'action' GROUP BY matter_id"
    )
    return {
        matter_id: NextDue(due, int(unknown or 0))
        for matter_id, due, unknown in _driver(session).execute(sql, keys).fetchall()
    }


def task_rows(
    session: Session,
    today: date,
    *,
    within_days: int | None = None,
    include_closed: bool = False,
) -> list[DueRow]:
    """The tasks (not the key dates) of matters neither closed nor archived, that still apply,
    in due order (unknown, then no due date, last): open ones, or every status with
    `include_closed`; `within_days` keeps those due by today + N (overdue included)."""
    clauses = ["t.entry = 'action'", "t.no_longer_applies = 0",
               "m.status NOT IN ('closed', 'archived')"]
    params: dict[str, Any] = {}
    if not include_closed:
        clauses.append("t.status = 'open'")
    if within_days is not None:
        clauses.append("t.due_on IS NOT NULL AND t.due_on <= :until")
        params["until"] = (today + timedelta(days=within_days)).isoformat()
    sql = (
        _ROW_SQL.split(" FROM ")[0]
        + " FROM task t JOIN matter m ON m.id = t.matter_id "
        "LEFT JOIN checklist_item c ON c.matter_id = t.matter_id AND c.rule_id = t.rule_id "
        f"WHERE {' AND '.join(clauses)} "
        "ORDER BY t.due_on IS NULL, t.due_rule IS NULL, t.due_on, m.reference, t.rule_id, "
        "t.action_number"
    )
    return _fetch(session, sql, params)
