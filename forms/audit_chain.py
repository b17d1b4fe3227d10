"""The audit chain's arithmetic, over plain dicts: the hash of one event and the check of a chain
given in order. The vault (models.audit) writes events with it; a bundle's verifier (bundles)
checks the chain it carries with it, with no database at hand.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from forms.canonical import canonical_bytes, canonical_json, sha256_hex

GENESIS = "0" * 64


def event_hash(
    *,
    event_id: str,
    actor: str,
    at: str,
    action: str,
    entity: str,
    entity_id: str,
    details: str,
    prev_hash: str,
) -> str:
    body = {
        "id": event_id,
        "actor": actor,
        "at": at,
        "action": action,
        "entity": entity,
        "entity_id": entity_id,
        "details": json.loads(details),
        "prev_hash": prev_hash,
    }
    return sha256_hex(canonical_bytes(body))


def verify_events(events: Sequence[dict[str, Any]], *, label: str = "chain") -> list[str]:
    """Problems in one chain given in order (dicts as `event_to_dict` makes); [] when intact."""
    expected_prev = GENESIS
    for index, ev in enumerate(events):
        where = f"{label}: event {index + 1} ({ev.get('action', '?')} at {ev.get('at', '?')})"
        try:
            details = canonical_json(ev["details"])
            recomputed = event_hash(
                event_id=ev["id"],
                actor=ev["actor"],
                at=ev["at"],
                action=ev["action"],
                entity=ev["entity"],
                entity_id=ev["entity_id"],
                details=details,
                prev_hash=ev["prev_hash"],
            )
        except (KeyError, TypeError, ValueError):
            return [f"{where} is malformed"]
        if ev["prev_hash"] != expected_prev:
            return [f"{where}: broken link, an event before it was removed, changed or reordered"]
        if recomputed != ev["hash"]:
            return [f"{where}: its content was changed after it was recorded"]
        expected_prev = ev["hash"]
    return []
