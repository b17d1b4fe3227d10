"""Figure 9: the people register's tier-1 view, against the same SQL on plain SQLite.

The cached bench vault has no people, so a working copy of it gets a register by SQL: every
three consecutive matters (by rowid) are one person's (a third of 100,000 matters is 33,334
people), each person with one access confirmation. Ours runs what the window runs
(`Workspace.people_register("tier1")`: the view's query, then its matters' references in chunks);
the statements are captured from our engine and replayed on a plaintext copy of the same vault.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any

from bench.generate import ACTOR, TODAY, BuiltVault
from bench.measure import against_plain, plan, vault_and_plain
from bench.report import Result

MAX_RATIO = 1.3
PEOPLE_PER_MATTERS = 3

_ADD_PEOPLE = [
    # one person per three matters, named from the first of them
    f"""
    INSERT INTO person (id, name, name_zh, name_key, name_zh_key, employee_number, role, title,
        department, nationality, other_citizenships, key_position, secrets_level,
        confidentiality_until, noncompete_until, travel_documents_held,
        travel_documents_authority, standing_from_intake_id, created_at, updated_at)
    SELECT printf('00000000-0000-4000-8000-%012d', (rowid - 1) / {PEOPLE_PER_MATTERS}),
        person_name, '', lower(replace(person_name, ' ', '')), '', NULL, 'training_lead', '',
        '', 'CN', '[]', CASE WHEN rowid % 7 = 0 THEN 'yes' ELSE 'no' END, 'none', NULL,
        CASE WHEN rowid % 11 = 0 THEN '2028-06-30' END, NULL, '', NULL, created_at, updated_at
    FROM matter WHERE (rowid - 1) % {PEOPLE_PER_MATTERS} = 0
    """,
    f"""
    UPDATE matter SET person_id =
        printf('00000000-0000-4000-8000-%012d', (rowid - 1) / {PEOPLE_PER_MATTERS})
    """,
    """
    INSERT INTO access_confirmation (id, person_id, assets, confirmed_at, confirmed_by, source,
        intake_record_id, matter_id)
    SELECT printf('00000000-0000-4000-9000-%012d', rowid), id,
        '{"access.model_weights": "yes"}',
        CASE WHEN rowid % 4 = 0 THEN '2026-01-15T09:00:00.000000Z'
             ELSE '2026-11-15T09:00:00.000000Z' END, 'bench', 'confirmed', NULL, NULL
    FROM person
    """,
]


def _with_people(built: BuiltVault, folder: Path) -> BuiltVault:
    """A copy of the cached vault with a people register added by SQL."""
    for name in ("vault.db", "vault.db.keys"):
        shutil.copy2(built.path.with_name(name), folder / name)
    copy = BuiltVault(folder / "vault.db", built.keychain_account, built.keychain_secret,
                      dict(built.meta))
    vault = copy.unlock()
    try:
        with vault.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            for sql in _ADD_PEOPLE:
                raw.execute(sql)
            raw.commit()
            # a vault cached before 0012 gained its name-order index
            raw.execute("CREATE INDEX IF NOT EXISTS ix_person_name_id ON person (name, id)")
            raw.execute("ANALYZE")
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        vault.lock()
    return copy


def run(built: BuiltVault, *, runs: int = 7) -> list[Result]:
    import casework.people
    from casework.workspace import Workspace

    n = int(built.meta["n"])
    with tempfile.TemporaryDirectory(prefix="bench-people-") as tmp:
        with vault_and_plain(_with_people(built, Path(tmp))) as (vault, plain):
            workspace = Workspace(vault, ACTOR)

            def ours() -> Any:
                return workspace.people_register("tier1", today=TODAY)

            measured = against_plain(casework.people, ours, plain, runs=runs)
            view_plan = plan(plain, *measured.statements[0])  # the view's; the rest are chunks
            people = plain.execute("SELECT count(*) FROM person").fetchone()[0]
            shown = len(ours())
    return [measured.result(
        figure="9 people register",
        case=f"tier-1 view ({shown:,} of {people:,} people)",
        n=n,
        goal="≤1.3× plain",
        met=measured.meets(MAX_RATIO, n=n),
        plan=view_plan,
        people=people,
        rows=shown,
        statements=len(measured.statements),
    )]
