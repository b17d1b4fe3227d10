"""Canonical JSON and the memo fingerprint (SHA-256 over canonical JSON, signatures excluded)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import Any

SIGNATURES_KEY = "signatures"


def canonical_json(value: Any) -> bytes:
    """Sorted keys, UTF-8, no insignificant whitespace, non-ASCII kept as is."""
    text = json.dumps(
        value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
    )
    return text.encode("utf-8")


def fingerprint(content_dict: Mapping[str, Any]) -> str:
    """SHA-256 hex of the memo content without its signatures, so signing keeps it unchanged."""
    unsigned = {k: v for k, v in content_dict.items() if k != SIGNATURES_KEY}
    return hashlib.sha256(canonical_json(unsigned)).hexdigest()


def qr_payload(fingerprint_hex: str) -> str:
    """What the QR code on a signed memo encodes."""
    return f"outbound:sha256:{fingerprint_hex}"
