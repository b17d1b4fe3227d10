"""The vault's full-text index (FTS5, trigram): one row per matter with its reference, person and
organisation names, summaries and notes. Kept by the services whenever a matter changes."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from models.entities import ChecklistItem, IntakeRecord, Matter, MemoVersion

MIN_TRIGRAM = 3  # shorter queries (two-character Chinese names) fall back to LIKE


def _latest_answers(session: Session, matter_id: str) -> dict[str, Any]:
    stmt = (
        select(IntakeRecord.answers)
        .where(IntakeRecord.matter_id == matter_id)
        .order_by(IntakeRecord.revision.desc())
        .limit(1)
    )
    answers = session.execute(stmt).scalar_one_or_none()
    return dict(answers or {})


def reindex_matter(session: Session, matter: Matter) -> None:
    session.flush()
    answers = _latest_answers(session, matter.id)
    organisations = " ".join(
        str(answers.get(key, ""))
        for key in ("matter.client", "destination.organization", "secondment.host")
        if answers.get(key)
    )
    notes = [
        n
        for n in session.execute(
            select(ChecklistItem.note).where(ChecklistItem.matter_id == matter.id)
        ).scalars()
        if n
    ]
    if matter.override_reason:
        notes.append(matter.override_reason)
    summaries = [matter.title, str(answers.get("matter.summary", ""))]
    latest_memo = session.execute(
        select(MemoVersion.content)
        .where(MemoVersion.matter_id == matter.id)
        .order_by(MemoVersion.number.desc())
        .limit(1)
    ).scalar_one_or_none()
    if isinstance(latest_memo, dict):
        narrative = latest_memo.get("narrative") or {}
        if isinstance(narrative, dict):
            summaries.append(str(narrative.get("summary", "")))
    rowid = _search_rowid(session, matter)
    session.execute(text("DELETE FROM matter_search WHERE rowid = :rowid"), {"rowid": rowid})
    session.execute(
        text(
            "INSERT INTO matter_search (rowid, matter_id, reference, person, organisations, "
            "summary, notes) VALUES (:rowid, :id, :ref, :person, :orgs, :summary, :notes)"
        ),
        {
            "rowid": rowid,
            "id": matter.id,
            "ref": matter.reference,
            "person": matter.person_name,
            "orgs": " ".join(filter(None, [matter.client, organisations])),
            "summary": "\n".join(filter(None, summaries)),
            "notes": "\n".join(notes),
        },
    )


def _search_rowid(session: Session, matter: Matter) -> int:
    """The matter's integer key in the full-text table, assigned on first indexing."""
    if matter.search_rowid is None:
        highest = session.execute(select(func.max(Matter.search_rowid))).scalar_one()
        matter.search_rowid = (highest or 0) + 1
        session.flush()
    return matter.search_rowid


def remove_from_index(session: Session, matter_id: str) -> None:
    session.execute(
        text(
            "DELETE FROM matter_search WHERE rowid = "
            "(SELECT search_rowid FROM matter WHERE id = :id)"
        ),
        {"id": matter_id},
    )


def _words(user_text: str) -> list[str]:
    """The words of a search; control characters (a NUL ends FTS5's string) count as spaces."""
    cleaned = "".join(" " if ord(c) < 32 or ord(c) == 127 else c for c in user_text)
    return [w for w in cleaned.split() if w]


def fts_query(user_text: str) -> str:
    """The user's words as an FTS5 query of quoted phrases, so no FTS syntax gets through."""
    words = _words(user_text)
    return " AND ".join('"' + w.replace('"', '""') + '"' for w in words)


def search_condition(user_text: str) -> tuple[str, dict[str, str]]:
    """A SQL condition on `matter.id` for the search text, and its parameters."""
    words = _words(user_text)
    if words and all(len(w) >= MIN_TRIGRAM for w in words):
        return (
            "matter.search_rowid IN (SELECT rowid FROM matter_search WHERE matter_search MATCH :q)",
            {"q": fts_query(user_text)},
        )
    params: dict[str, str] = {}
    clauses = []
    for i, word in enumerate(words):
        key = f"w{i}"
        params[key] = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        clauses.append(
            f"(reference LIKE :{key} ESCAPE '\\' OR person LIKE :{key} ESCAPE '\\' "
            f"OR organisations LIKE :{key} ESCAPE '\\' OR summary LIKE :{key} ESCAPE '\\' "
            f"OR notes LIKE :{key} ESCAPE '\\')"
        )
    where = " AND ".join(clauses) or "1"
    return f"matter.search_rowid IN (SELECT rowid FROM matter_search WHERE {where})", params
