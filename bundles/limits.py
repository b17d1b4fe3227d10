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
    # Members read whole into memory, by kind (declared sizes are checked before anything is
    # read, actual sizes while reading). JSON grows several times over once parsed, so its
    # bounds are far above what a real matter holds (a busy one: a few MiB) but well below
    # what would hurt: 1,000 one-MiB JSON members once took 1.09 GB.
    max_tag_file_bytes: int = 4 * MiB  # bagit.txt, bag-info.txt, manifests, signature
    max_document_bytes: int = 16 * MiB  # matter, intake, checklist, attachments index
    max_memo_json_bytes: int = 4 * MiB  # each data/memos/vN.json
    max_audit_bytes: int = 64 * MiB  # data/audit.jsonl (parsed line by line)
    max_memo_pdf_bytes: int = 64 * MiB  # each data/memos/vN.pdf
    max_memo_versions: int = 1_000
    # Everything above together: what verification may hold in memory at once; of it, JSON
    # (which takes several times its size once parsed) at most `max_json_total_bytes`.
    max_inline_bytes: int = 256 * MiB
    max_json_total_bytes: int = 96 * MiB
    # Nesting of any JSON value: Outbound writes a handful of levels (a copy of a copy adds one).
    max_json_depth: int = 64
    # pyrage works on whole byte strings: an encrypted bundle is held in memory twice
    # (ciphertext, then plaintext) while it is read, and once while it is written.
    max_encrypted_bytes: int = 1 * GiB
