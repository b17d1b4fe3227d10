"""SQLCipher engines. The key is issued as a raw 256-bit key in a connect hook, never in a URL,
so no string form of the engine ever carries key material.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.pool import QueuePool

PAGE_SIZE = 4096
PAGE_CACHE_KIB = 64 * 1024  # per connection, grown only as used
STREAMING_CACHE_KIB = 2 * 1024  # while streaming attachments: caching them would only grow RSS
# How long a writer waits for another connection or process to finish writing.
BUSY_TIMEOUT_SECONDS = 30


def raw_key_pragma(data_key: bytes) -> str:
    return f"PRAGMA key = \"x'{data_key.hex()}'\""


def connect_raw(path: Path, data_key: bytes, *, read_only: bool = False) -> Any:
    """A bare DB-API connection to the vault file, keyed; the first read proves the key.

    `read_only` leaves the folder exactly as it was: with no `-wal` file beside the vault the
    file is opened as immutable, so SQLite creates no `-wal`/`-shm` files either (a read-only
    connection to a WAL database would otherwise leave them behind). The path goes in as a
    percent-encoded `file:` URI, so names holding `?`, `#` or `%` open the right file.
    """
    if read_only:
        uri = Path(path).resolve().as_uri()
        wal = Path(f"{path}-wal")
        uri += "?mode=ro" if wal.exists() else "?mode=ro&immutable=1"
        conn = sqlcipher.connect(uri, uri=True, check_same_thread=False)
    else:
        conn = sqlcipher.connect(str(path), check_same_thread=False, timeout=BUSY_TIMEOUT_SECONDS)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(raw_key_pragma(data_key))
    return conn


def make_engine(path: Path, data_key: bytes) -> Engine:
    key = bytes(data_key)

    def creator() -> Any:
        conn = connect_raw(path, key)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        # SQLCipher decrypts every page it reads; a larger page cache keeps the matter list and
        # its indexes decrypted (64 MiB per connection at most, grown only as used).
        conn.execute(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}")
        return conn

    # A queue pool, not the SingletonThreadPool SQLAlchemy picks for "sqlite://": that one closes
    # other threads' connections (even in use) once more threads than pool_size have connected.
    engine = create_engine(
        "sqlite://",
        module=sqlcipher,
        creator=creator,
        poolclass=QueuePool,
        pool_size=4,
        max_overflow=8,
        pool_pre_ping=False,
    )

    @event.listens_for(engine, "connect")
    def _no_pysqlite_transactions(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy emit BEGIN itself (the documented pysqlite recipe).
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # IMMEDIATE takes the write lock up front, where the busy timeout applies. A deferred
        # transaction that reads and then writes (the next matter reference, then the insert)
        # fails at once with "database is locked" when another process wrote in between.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine
