"""Limits that bound what a bundle may make us read, decompress or hold in memory.

They are checked against the zip's central directory before any member is read, and again
against the bytes actually produced while reading (declared sizes are never trusted alone).
"""

from __future__ import annotations

from dataclasses import dataclass

MiB = 1024 * 1024
GiB = 1024 * MiB


@dataclass(frozen=True)
class Limits:
    max_entries: int = 10_000
    # One member, uncompressed: attachments are streamed, so this is a sanity bound, not memory.
    max_entry_bytes: int = 8 * GiB
    max_total_bytes: int = 32 * GiB
    # Uncompressed / compressed. Applied only to members larger than `ratio_floor_bytes`: a small
    # member with a high ratio (a short JSON file of repeated keys) cannot hurt anyone.
    max_ratio: float = 100.0
    ratio_floor_bytes: int = 1 * MiB
    # Members parsed in memory: JSON files, tag files and memo PDFs.
    max_inline_bytes: int = 256 * MiB
    # pyrage works on whole byte strings: an encrypted bundle is held in memory twice
    # (ciphertext, then plaintext) while it is read, and once while it is written.
    max_encrypted_bytes: int = 1 * GiB
