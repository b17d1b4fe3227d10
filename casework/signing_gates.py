"""Why a memo version may not be signed, as data: the signing gates' refusal and blocker types
and their codes (memos/gates.py), for the window to word in its own language
(desktop/ui/signing_words.py). Re-exported: desktop may not import `memos`."""

from __future__ import annotations

from memos.gates import (
    ALREADY_SIGNED,
    IMPORT_NEEDS_PASSPHRASE,
    KEY_UNREADABLE,
    NO_CERTIFICATE,
    NO_SIGNING_PASSPHRASE,
    NO_SUMMARY,
    NOT_FINAL,
    OPEN_FACTS,
    OUT_OF_ORDER,
    OWN_VERSION,
    PASSPHRASE_NEEDED,
    PREPARED_TAKEN,
    UNDECIDED,
    UNKNOWN_CAPACITY,
    WRONG_PASSPHRASE,
    Blocker,
    Refusal,
)

__all__ = [
    "ALREADY_SIGNED",
    "IMPORT_NEEDS_PASSPHRASE",
    "KEY_UNREADABLE",
    "NOT_FINAL",
    "NO_CERTIFICATE",
    "NO_SIGNING_PASSPHRASE",
    "NO_SUMMARY",
    "OPEN_FACTS",
    "OUT_OF_ORDER",
    "OWN_VERSION",
    "PASSPHRASE_NEEDED",
    "PREPARED_TAKEN",
    "UNDECIDED",
    "UNKNOWN_CAPACITY",
    "WRONG_PASSPHRASE",
    "Blocker",
    "Refusal",
]
