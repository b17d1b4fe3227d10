"""The audit chain. Each event holds the hash of the one before it in the same chain (one chain
per matter, one for vault-wide events) and its own SHA-256 over canonical JSON, so an edit, a
deletion or a reordering made behind the application's back breaks a link that `verify_chain`
names. The matter id is left out of the hash so a matter imported as a copy keeps a valid chain.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from forms import limits
from forms.audit_chain import GENESIS, event_hash, verify_events
from forms.canonical import canonical_json
from forms.limits import check_length
from models.entities import AuditEvent, AuditHead, new_uuid, utc_now_iso

VAULT_CHAIN = "vault"


def _chain_head(session: Session, matter_id: str | None) -> str:
    stmt = select(AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    stmt = stmt.where(
        AuditEvent.matter_id == matter_id if matter_id else AuditEvent.matter_id.is_(None)
    )
    head = session.execute(stmt).scalar_one_or_none()
    return head or GENESIS


def record_event(
    session: Session,
    *,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    matter_id: str | None = None,
    details: dict[str, Any] | None = None,
    at: str | None = None,
) -> AuditEvent:
    """Append an event to its chain inside the caller's transaction."""
    check_length(actor, limits.ACTOR, "name of the person acting")  # as the bundle schema allows
    session.flush()  # the previous event of this chain must be visible to the head query
    details_text = canonical_json(details or {})
    when = at or utc_now_iso()
    prev = _chain_head(session, matter_id)
    event_id = new_uuid()
    event = AuditEvent(
        id=event_id,
        matter_id=matter_id,
        actor=actor,
        at=when,
        action=action,
        entity=entity,
        entity_id=entity_id,
        details=details_text,
        prev_hash=prev,
        hash=event_hash(
            event_id=event_id,
            actor=actor,
            at=when,
            action=action,
            entity=entity,
            entity_id=entity_id,
            details=details_text,
            prev_hash=prev,
        ),
    )
    session.add(event)
    chain = matter_id or VAULT_CHAIN
    head = session.get(AuditHead, chain)
    if head is None:
        session.add(AuditHead(chain=chain, hash=event.hash, count=1))
    else:
        head.hash, head.count = event.hash, head.count + 1
    session.flush()
    return event


@dataclass
class ChainReport:
    events: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def event_to_dict(event: AuditEvent) -> dict[str, Any]:
    return {
        "id": event.id,
        "matter_id": event.matter_id,
        "actor": event.actor,
        "at": event.at,
        "action": event.action,
        "entity": event.entity,
        "entity_id": event.entity_id,
        "details": json.loads(event.details),
        "prev_hash": event.prev_hash,
        "hash": event.hash,
    }


def verify_chain(session: Session, matter_id: str | None = None) -> ChainReport:
    """Walk every chain (or one matter's) and name the first broken link of each."""
    stmt = select(AuditEvent).order_by(AuditEvent.seq)
    if matter_id is not None:
        stmt = stmt.where(AuditEvent.matter_id == matter_id)
    chains: dict[str | None, list[dict[str, Any]]] = {}
    report = ChainReport()
    for event in session.execute(stmt).scalars():
        try:
            as_dict = event_to_dict(event)
        except ValueError:  # details edited into something that is not JSON
            as_dict = {**_columns(event), "details": None}
        chains.setdefault(event.matter_id, []).append(as_dict)
        report.events += 1
    heads = {h.chain: h for h in session.execute(select(AuditHead)).scalars()}
    if matter_id is not None:
        heads = {k: v for k, v in heads.items() if k == matter_id}
    for chain_id in sorted(set(heads) | {c or VAULT_CHAIN for c in chains}):
        events = chains.get(None if chain_id == VAULT_CHAIN else chain_id, [])
        label = "vault events" if chain_id == VAULT_CHAIN else f"matter {chain_id}"
        problems = verify_events(events, label=label)
        head = heads.get(chain_id)
        if not problems and head is None:
            problems = [f"{label}: the chain head is missing (it was removed behind the app)"]
        elif (
            not problems
            and head is not None
            and (head.count != len(events) or (events and head.hash != events[-1]["hash"]))
        ):
            last = (
                f"event {len(events)} ({events[-1]['action']} at {events[-1]['at']})"
                if events
                else "no event"
            )
            problems = [
                f"{label}: broken link after {last}: the chain head records {head.count} "
                f"events, {len(events)} remain; the newest events were removed or the head "
                "was altered"
            ]
        report.problems += problems
    return report


def _columns(event: AuditEvent) -> dict[str, Any]:
    return {
        "id": event.id,
        "matter_id": event.matter_id,
        "actor": event.actor,
        "at": event.at,
        "action": event.action,
        "entity": event.entity,
        "entity_id": event.entity_id,
        "prev_hash": event.prev_hash,
        "hash": event.hash,
    }


def matter_events(session: Session, matter_id: str) -> Iterable[AuditEvent]:
    stmt = select(AuditEvent).where(AuditEvent.matter_id == matter_id).order_by(AuditEvent.seq)
    return session.execute(stmt).scalars()
