"""The vault's full-text index (FTS5, trigram): one row per matter with its reference, person and
organisation names, summaries and notes. Kept by the services whenever a matter changes."""

from __future__ import annotations

from itertools import chain
from typing import Any

from sqlalchemy import event, func, select, text
from sqlalchemy.orm import Session, sessionmaker

from models.entities import AuditEvent, ChecklistItem, IntakeRecord, Matter, MemoVersion

MIN_TRIGRAM = 3  # shorter words (two-character Chinese names) use the short-query index


def _latest_answers(session: Session, matter_id: str) -> dict[str, Any]:
    stmt = (
        select(IntakeRecord.answers)
        .where(IntakeRecord.matter_id == matter_id)
        .order_by(IntakeRecord.revision.desc())
        .limit(1)
    )
    answers = session.execute(stmt).scalar_one_or_none()
    return dict(answers or {})


_TOUCHED = "outbound.touched_matters"


def _touched(session: Session) -> set[str]:
    touched: set[str] = session.info.setdefault(_TOUCHED, set())
    return touched


def _note_touched(session: Session, _flush_context: Any) -> None:
    """After each flush: the matters whose own row or records (intake, checklist, memo,
    attachments) the flush wrote. Audit events change nothing searchable."""
    touched = _touched(session)
    for obj in chain(session.new, session.dirty, session.deleted):
        if isinstance(obj, Matter):
            touched.add(obj.id)
        elif not isinstance(obj, AuditEvent):
            matter_id = getattr(obj, "matter_id", None)
            if isinstance(matter_id, str):
                touched.add(matter_id)


def _reindex_touched(session: Session) -> None:
    """Before commit: reindex every matter the transaction touched, so no service can forget."""
    done: set[str] = set()
    session.flush()
    while pending := _touched(session) - done:
        for matter_id in sorted(pending):
            done.add(matter_id)
            matter = session.get(Matter, matter_id)
            if matter is not None:
                reindex_matter(session, matter)
    _touched(session).clear()


def _forget_touched(session: Session, *_args: Any) -> None:
    session.info.pop(_TOUCHED, None)


def reindex_touched_matters_on_commit(sessions: sessionmaker[Session]) -> None:
    event.listen(sessions, "after_flush", _note_touched)
    event.listen(sessions, "before_commit", _reindex_touched)
    event.listen(sessions, "after_rollback", _forget_touched)


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
    session.execute(text("DELETE FROM matter_search_short WHERE rowid = :rowid"), {"rowid": rowid})
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
    fields = [matter.reference, matter.person_name, matter.client, organisations]
    fields += [*summaries, *notes]
    session.execute(
        text("INSERT INTO matter_search_short (rowid, words) VALUES (:rowid, :words)"),
        {"rowid": rowid, "words": short_words(" ".join(filter(None, fields)))},
    )


def _search_rowid(session: Session, matter: Matter) -> int:
    """The matter's integer key in the full-text table, assigned on first indexing."""
    if matter.search_rowid is None:
        highest = session.execute(select(func.max(Matter.search_rowid))).scalar_one()
        matter.search_rowid = (highest or 0) + 1
        session.flush()
    return matter.search_rowid


def remove_from_index(session: Session, matter_id: str) -> None:
    for table in ("matter_search", "matter_search_short"):
        session.execute(
            text(
                f"DELETE FROM {table} WHERE rowid = "
                "(SELECT search_rowid FROM matter WHERE id = :id)"
            ),
            {"id": matter_id},
        )


def _is_cjk(ch: str) -> bool:
    code = ord(ch)
    return (
        0x3400 <= code <= 0x9FFF  # CJK unified ideographs and extension A
        or 0xF900 <= code <= 0xFAFF  # compatibility ideographs
        or 0x20000 <= code <= 0x3FFFF  # extensions B and later
    )


def short_words(text_value: str) -> str:
    """Text for the short-query index: each run of Chinese characters becomes overlapping
    two-character tokens (陈思远 → 陈思 思远; a lone character stays itself), so a two-character
    name is a whole token there; other text is left to the unicode61 tokenizer."""
    pieces: list[str] = []
    run: list[str] = []
    other: list[str] = []
    for ch in text_value:
        if _is_cjk(ch):
            if other:
                pieces.append("".join(other))
                other.clear()
            run.append(ch)
            continue
        if run:
            pieces.extend(_bigrams(run))
            run.clear()
        other.append(ch)
    pieces.extend(_bigrams(run))
    if other:
        pieces.append("".join(other))
    return " ".join(pieces)


def _bigrams(run: list[str]) -> list[str]:
    if len(run) == 1:
        return run[:]
    return [run[i] + run[i + 1] for i in range(len(run) - 1)]


def _words(user_text: str) -> list[str]:
    """The words of a search; control characters (a NUL ends FTS5's string) count as spaces."""
    cleaned = "".join(" " if ord(c) < 32 or ord(c) == 127 else c for c in user_text)
    return [w for w in cleaned.split() if w]


def fts_query(user_text: str) -> str:
    """The user's words as an FTS5 query of quoted phrases, so no FTS syntax gets through."""
    words = _words(user_text)
    return " AND ".join('"' + w.replace('"', '""') + '"' for w in words)


def _short_term(word: str) -> str:
    """An FTS5 term for a word too short for trigrams: a two-character Chinese word is a whole
    bigram token; anything else matches as a prefix of a word (`AI` finds "AI", "AIGC")."""
    quoted = '"' + word.replace('"', '""') + '"'
    if len(word) == 2 and all(_is_cjk(c) for c in word):
        return quoted
    return quoted + " *"


def search_condition(user_text: str) -> tuple[str, dict[str, str]]:
    """A SQL condition on `matter.search_rowid` for the search text, and its parameters.

    Words of three or more characters go to the trigram index (substrings anywhere); shorter
    words go to the short-query index, so every query is an index look-up, not a scan."""
    words = _words(user_text)
    long_words = [w for w in words if len(w) >= MIN_TRIGRAM]
    short = [w for w in words if len(w) < MIN_TRIGRAM]
    clauses: list[str] = []
    params: dict[str, str] = {}
    if long_words:
        clauses.append(
            "matter.search_rowid IN (SELECT rowid FROM matter_search WHERE matter_search MATCH :q)"
        )
        params["q"] = fts_query(" ".join(long_words))
    if short:
        clauses.append(
            "matter.search_rowid IN (SELECT rowid FROM matter_search_short "
            "WHERE matter_search_short MATCH :qs)"
        )
        params["qs"] = " AND ".join(_short_term(w) for w in short)
    return " AND ".join(clauses) or "1", params
