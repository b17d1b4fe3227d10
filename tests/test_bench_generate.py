"""Smoke test of the benchmark's vault generator (no timings): it builds a small vault through
the services, deterministically from its seed, and the SQL replication used for 100k keeps the
vault consistent (unique ids and references, FTS rows, audit chains)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from bench import generate


def _snapshot(built: generate.BuiltVault) -> list[tuple]:
    vault = built.unlock()
    try:
        with vault.session() as session:
            return [
                tuple(row)
                for row in session.execute(text(
                    "SELECT m.reference, m.kind, m.person_name, m.client, m.status, m.tier, "
                    "m.recommendation, (SELECT count(*) FROM checklist_item c "
                    "WHERE c.matter_id = m.id), (SELECT count(*) FROM intake_record r "
                    "WHERE r.matter_id = m.id) FROM matter m ORDER BY m.reference"
                ))
            ]
    finally:
        vault.lock()


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(generate, "CACHE", tmp_path / "cache")
    return tmp_path / "cache"


def test_generator_builds_a_deterministic_vault_through_the_services(
    tmp_path: Path, cache: Path
) -> None:
    first = generate.build_vault(tmp_path / "a", 24, seed=3, log=lambda _m: None)
    second = generate.build_vault(tmp_path / "b", 24, seed=3, log=lambda _m: None)
    other = generate.build_vault(tmp_path / "c", 24, seed=4, log=lambda _m: None)

    rows = _snapshot(first)
    assert rows == _snapshot(second)
    assert rows != _snapshot(other)
    assert len(rows) == 24
    assert {r[1] for r in rows} == {"departure", "secondment", "travel", "collaboration"}
    assert any(any("\u4e00" <= ch <= "\u9fff" for ch in r[2]) for r in rows)  # Chinese names
    assert all(r[5] is not None for r in rows)  # every matter assessed
    assert sum(r[7] for r in rows) > 24  # with checklists
    assert first.meta["method"] == "services"

    vault = first.unlock()
    try:
        with vault.session() as session:
            fts = session.execute(text("SELECT count(*) FROM matter_search")).scalar_one()
            assert fts == 24
        from models.audit import verify_chain

        with vault.session() as session:
            assert verify_chain(session).ok
    finally:
        vault.lock()


def test_replication_above_the_services_limit_keeps_the_vault_consistent(
    tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(generate, "SERVICES_LIMIT", 10)
    monkeypatch.setattr(generate, "SEED_BATCH", 10)
    built = generate.build_vault(tmp_path / "r", 25, seed=1, log=lambda _m: None)
    assert "INSERT … SELECT" in built.meta["method"]
    vault = built.unlock()
    try:
        with vault.session() as session:
            q = lambda sql: session.execute(text(sql)).scalar_one()  # noqa: E731
            assert q("SELECT count(*) FROM matter") == 25
            assert q("SELECT count(DISTINCT reference) FROM matter") == 25
            assert q("SELECT count(*) FROM matter_search") == 25
            assert q("SELECT max(reference) FROM matter") == "OB-2026-000025"
            assert q("SELECT count(*) FROM intake_record r LEFT JOIN matter m "
                     "ON m.id = r.matter_id WHERE m.id IS NULL") == 0
        from models.audit import verify_chain

        with vault.session() as session:
            assert verify_chain(session).ok
    finally:
        vault.lock()


def test_an_archived_matter_with_an_attachment_is_built(vault_factory: Any) -> None:
    """Matter 1,478 of seed 7 (the 100,000-matter bench vault) is archived and has an
    attachment: the generator adds the attachment before archiving (an archived matter is
    read-only), where it used to stop the whole build."""
    vault, _ = vault_factory()
    stats = generate.build_matters(vault, 1_477, 1, 7)
    assert (stats["archived"], stats["attachments"]) == (1, 1)
    with vault.session() as session:
        status, attachments = session.execute(text(
            "SELECT status, (SELECT count(*) FROM attachment a WHERE a.matter_id = m.id) "
            "FROM matter m WHERE reference = 'OB-2026-001478'"
        )).one()
    assert (status, attachments) == ("archived", 1)
