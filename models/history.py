"""Outside witnesses of a vault's audit history, so a rolled-back or rewritten vault is noticed.

Whoever holds the passphrase can rewrite their own file; nothing inside it can stop that. What
can be done is to keep, outside the file, a short *mark* of the history seen so far and to
compare: the vault must still hold that history, unchanged, as the start of its own.

A mark is (events, last_seq, digest): the number of audit events, the `seq` of the newest, and
a running SHA-256 over every event's hash in `seq` order (D0 = 64 zeros, Dn = SHA-256 of
D(n-1) followed by the n-th event's hash, as ASCII hex). Written as `events:last_seq:digest`.

Marks are kept in three places (docs/vault-format.md, "Outside witnesses"):
- per computer, in `history.json` in the user data folder (or $OUTBOUND_HISTORY_DIR): vault id
  -> the mark last seen here. No names, no content: a random id and hashes.
- in every signed memo (PDF metadata) and every exported bundle (bag-info), as the vault's
  history when it was signed or exported.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.entities import AuditEvent
from models.private_file import write_private_file

HISTORY_DIR_ENV = "OUTBOUND_HISTORY_DIR"
GENESIS = "0" * 64
_BATCH = 5000


@dataclass(frozen=True)
class HistoryMark:
    events: int
    last_seq: int
    digest: str

    def as_text(self) -> str:
        return f"{self.events}:{self.last_seq}:{self.digest}"

    @classmethod
    def parse(cls, text: object) -> HistoryMark | None:
        if not isinstance(text, str) or len(text) > 200:
            return None
        parts = text.strip().split(":")
        if len(parts) != 3 or not parts[0].isdigit() or not parts[1].isdigit():
            return None
        digest = parts[2].lower()
        if len(digest) != 64 or any(c not in "0123456789abcdef" for c in digest):
            return None
        return cls(int(parts[0]), int(parts[1]), digest)


EMPTY = HistoryMark(0, 0, GENESIS)


def _fold(digest: str, hashes: list[str]) -> str:
    for event_hash in hashes:
        digest = hashlib.sha256((digest + event_hash).encode("ascii", "replace")).hexdigest()
    return digest


def _hashes_after(session: Session, after_seq: int, up_to: int | None = None) -> Iterator[
    tuple[int, list[str]]
]:
    """(last seq, hashes) in batches, in seq order, for events with after_seq < seq <= up_to."""
    while True:
        stmt = select(AuditEvent.seq, AuditEvent.hash).where(AuditEvent.seq > after_seq)
        if up_to is not None:
            stmt = stmt.where(AuditEvent.seq <= up_to)
        rows = session.execute(stmt.order_by(AuditEvent.seq).limit(_BATCH)).all()
        if not rows:
            return
        after_seq = rows[-1][0]
        yield after_seq, [str(r[1]) for r in rows]


def current_mark(session: Session, since: HistoryMark | None = None) -> HistoryMark:
    """The vault's mark now; from `since` onwards when the caller knows it still holds."""
    mark = since or EMPTY
    events, last_seq, digest = mark.events, mark.last_seq, mark.digest
    for seq, hashes in _hashes_after(session, last_seq):
        events, last_seq, digest = events + len(hashes), seq, _fold(digest, hashes)
    return HistoryMark(events, last_seq, digest)


def missing_since(session: Session, mark: HistoryMark) -> int:
    """Quick test: how many of the events the mark counts are no longer there (0 = none)."""
    present = session.execute(
        select(func.count()).select_from(AuditEvent).where(AuditEvent.seq <= mark.last_seq)
    ).scalar_one()
    return max(0, mark.events - int(present))


def problem_against(session: Session, mark: HistoryMark, witness: str) -> str | None:
    """Whether the vault still holds, unchanged, the history `mark` saw; None when it does."""
    missing = missing_since(session, mark)
    if missing:
        noun = "event" if missing == 1 else "events"
        return f"this vault is older than {witness}: {missing} {noun} missing"
    events, digest = 0, GENESIS
    for _, hashes in _hashes_after(session, 0, mark.last_seq):
        events, digest = events + len(hashes), _fold(digest, hashes)
    if events != mark.events or digest != mark.digest:
        return (
            f"this vault's history differs from {witness}: audit events were changed, "
            "removed or replaced since"
        )
    return None


# ----- the per-computer record ----------------------------------------------------------------
ON_THIS_COMPUTER = "the last one opened on this computer"


def record_path() -> Path:
    folder = os.environ.get(HISTORY_DIR_ENV)
    if not folder:
        import platformdirs

        folder = platformdirs.user_data_dir("Outbound", appauthor=False)
    return Path(folder) / "history.json"


def recorded_mark(vault_id: str) -> HistoryMark | None:
    return HistoryMark.parse(_read_record().get(vault_id))


def record_mark(vault_id: str, mark: HistoryMark) -> None:
    """Remember `mark` for this vault on this computer (read-modify-write under a file lock)."""
    path = record_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with _locked(path.with_name(path.name + ".lock")):
        marks = _read_record()
        marks[vault_id] = mark.as_text()
        data = json.dumps({"version": 1, "vaults": marks}, indent=1, sort_keys=True)
        write_private_file(path, data.encode("utf-8"))


def _read_record() -> dict[str, str]:
    try:
        raw = record_path().read_bytes()
        doc = json.loads(raw[: 16 * 1024 * 1024].decode("utf-8"))
    except (OSError, ValueError, UnicodeDecodeError, RecursionError):
        return {}
    vaults = doc.get("vaults") if isinstance(doc, dict) else None
    if not isinstance(vaults, dict):
        return {}
    return {k: v for k, v in vaults.items() if isinstance(k, str) and isinstance(v, str)}


@contextlib.contextmanager
def _locked(path: Path) -> Iterator[None]:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(fd, msvcrt.LK_LOCK, 1)
        else:
            import fcntl

            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock
