"""Figure 4: SQLCipher against plain SQLite on the app's own mixed workload.

The same services code runs on two engines: the vault engine (`models.engine.make_engine`, raw
key, WAL) over a copy of the cached 1k vault, and an SQLAlchemy engine on stdlib sqlite3 with
the same PRAGMAs, pool and transaction handling over the plaintext copy of that vault (migrated
with `models.migrate.upgrade`, a no-op at head). Each run starts from fresh copies (untimed).
One user action = one transaction, as in the window: create a matter (next reference), save a
corrected intake (re-assessment merge), decide a checklist item, re-assess, read the first page
of the list, and search.
"""

from __future__ import annotations

import random
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import QueuePool

from bench.generate import ACTOR, TODAY, BuiltVault, matter_answers, plain_copy, scenario_templates
from bench.report import Result
from bench.timing import pairwise

MAX_RATIO = 1.3
ACTIONS_MATTERS = 25


def plain_engine(path: Path) -> Engine:
    """models.engine.make_engine's twin on stdlib sqlite3 (no key)."""

    def creator() -> Any:
        conn = sqlite3.connect(str(path), check_same_thread=False)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        return conn

    engine = create_engine("sqlite://", module=sqlite3, creator=creator, poolclass=QueuePool,
                           pool_size=4, max_overflow=8, pool_pre_ping=False)

    @event.listens_for(engine, "connect")
    def _no_pysqlite_transactions(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")  # as models/engine.py does

    return engine


def sessions_for(engine: Engine) -> Callable[[], Any]:
    factory = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session() -> Iterator[Session]:
        with factory() as s, s.begin():
            yield s

    return session


def workload(session: Callable[[], Any], seed: int) -> None:
    from casework.listing import MatterFilter, count_matters, list_matters
    from casework.matters import (
        create_matter,
        get_matter,
        reassess,
        save_intake,
        set_item_status,
    )
    from forms.definitions import load_definition
    from models.entities import ChecklistItem

    templates = scenario_templates()
    kinds = sorted(templates)
    roles = [o.value for o in load_definition("departure").field("person.role").options]
    flt = MatterFilter(include_archived=False)
    for i in range(ACTIONS_MATTERS):
        rng = random.Random(f"workload:{seed}:{i}")
        kind = kinds[i % len(kinds)]
        answers = matter_answers(rng, kind, templates, roles)
        with session() as s:
            matter_id = create_matter(s, kind=kind, actor=ACTOR, answers=answers, today=TODAY).id
        changed = dict(answers, **{"access.model_weights": "yes", "person.role": rng.choice(roles)})
        with session() as s:
            save_intake(s, matter_id, changed, actor=ACTOR, today=TODAY)
        with session() as s:
            item = s.execute(select(ChecklistItem).where(ChecklistItem.matter_id == matter_id)
                             ).scalars().first()
            if item is not None:
                set_item_status(s, item.id, status="done", note="Confirmed with HR.", actor=ACTOR)
        with session() as s:
            reassess(s, get_matter(s, matter_id), actor=ACTOR, today=TODAY)
        with session() as s:
            count_matters(s, flt)
        with session() as s:
            list_matters(s, flt, offset=0, limit=100)
        with session() as s:
            search = MatterFilter(include_archived=False, search=answers["person.name"][:3])
            count_matters(s, search)
            list_matters(s, search, offset=0, limit=100)


def run(built: BuiltVault, *, runs: int = 5) -> list[Result]:
    from models import migrate
    from models.engine import make_engine

    plain_src = plain_copy(built)
    tmp = Path(tempfile.mkdtemp(prefix="ob-bench-workload-"))
    state: dict[str, Any] = {}
    source = built.unlock()
    data_key = bytes(source._data_key)
    source.lock()

    def fresh() -> None:
        for key in ("vault", "plain"):
            if key in state:
                state.pop(key).dispose()
        for leftover in tmp.iterdir():
            leftover.unlink()
        shutil.copy2(built.path, tmp / "vault.db")
        shutil.copy2(plain_src, tmp / "plain.db")
        state["vault"] = make_engine(tmp / "vault.db", data_key)
        state["plain"] = plain_engine(tmp / "plain.db")
        migrate.upgrade(state["plain"])
        migrate.upgrade(state["vault"])
        state["run"] = state.get("run", 0) + 1

    try:
        pair = pairwise(
            lambda: workload(sessions_for(state["vault"]), state["run"]),
            lambda: workload(sessions_for(state["plain"]), state["run"]),
            runs=runs, warmup=1, setup=fresh,
        )
    finally:
        for key in ("vault", "plain"):
            if key in state:
                state.pop(key).dispose()
        shutil.rmtree(tmp, ignore_errors=True)
    return [Result(
        figure="4 SQLCipher vs SQLite",
        case=f"mixed workload ({ACTIONS_MATTERS} matters × 7 actions on a "
             f"{int(built.meta['n']):,}-matter vault)",
        ours_s=pair.ours_s, floor_s=pair.floor_s, ratio=pair.ratio,
        n=int(built.meta["n"]), goal="≤1.3×", met=pair.ratio <= MAX_RATIO,
        note="" if pair.ratio <= MAX_RATIO else
        f"CPU-time ratio {pair.cpu_ratio:.2f}× (wall includes fsync/descheduling)",
        extra={"cpu_ratio": pair.cpu_ratio},
    )]
