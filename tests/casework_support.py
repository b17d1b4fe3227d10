"""Shared helpers for the service, memo-workflow and CLI tests that use the real review engine."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.entities import AuditEvent, IntakeRecord, Matter

SCENARIOS_DIR = Path(__file__).resolve().parent / "scenarios"
SCENARIO_PATHS = sorted(SCENARIOS_DIR.glob("*.yaml"))
TODAY = date(2026, 11, 1)  # the scenarios' expectations are written for this date


def load(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


def scenario(prefix: str) -> dict[str, Any]:
    """The scenario whose file name starts with `prefix` ("02" -> 02-training-lead...)."""
    (path,) = [p for p in SCENARIO_PATHS if p.name.startswith(prefix)]
    return load(path)


def create_from(session: Session, data: dict[str, Any], *, actor: str = "counsel") -> Matter:
    from casework.matters import create_matter

    return create_matter(
        session,
        kind=data["kind"],
        title=data.get("title", ""),
        answers=dict(data["answers"]),
        actor=actor,
        today=TODAY,
    )


def event_count(session: Session) -> int:
    return int(session.execute(select(func.count()).select_from(AuditEvent)).scalar_one())


def revision_count(session: Session, matter_id: str) -> int:
    return int(
        session.execute(
            select(func.count())
            .select_from(IntakeRecord)
            .where(IntakeRecord.matter_id == matter_id)
        ).scalar_one()
    )
