"""short-query search index

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 01:50:00

Trigram full-text search cannot match words of fewer than three characters, so two-character
Chinese names fell back to a scan. This index holds the same text with runs of Chinese
characters split into overlapping two-character tokens, under the unicode61 tokenizer, keyed by
the same `search_rowid`.
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _is_cjk(ch: str) -> bool:
    code = ord(ch)
    return 0x3400 <= code <= 0x9FFF or 0xF900 <= code <= 0xFAFF or 0x20000 <= code <= 0x3FFFF


def _bigrams(run: list[str]) -> list[str]:
    if len(run) == 1:
        return run[:]
    return [run[i] + run[i + 1] for i in range(len(run) - 1)]


def _short_words(value: str) -> str:
    # Frozen copy of models.search.short_words as of this revision.
    pieces: list[str] = []
    run: list[str] = []
    other: list[str] = []
    for ch in value:
        if _is_cjk(ch):
            if other:
                pieces.append("".join(other))
                other.clear()
            run.append(ch)
            continue
        if run:
            pieces.extend(_bigrams(run))
            run.clear()
        other.append(ch)
    pieces.extend(_bigrams(run))
    if other:
        pieces.append("".join(other))
    return " ".join(pieces)


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE matter_search_short USING fts5("
        "words, tokenize = 'unicode61 remove_diacritics 2')"
    )
    connection = op.get_bind()
    last = 0
    while True:  # in batches, so a large vault is never read into memory at once
        rows = connection.execute(
            text(
                "SELECT rowid, reference, person, organisations, summary, notes FROM matter_search "
                "WHERE rowid > :last ORDER BY rowid LIMIT 1000"
            ),
            {"last": last},
        ).fetchall()
        if not rows:
            break
        connection.execute(
            text("INSERT INTO matter_search_short (rowid, words) VALUES (:rowid, :words)"),
            [
                {"rowid": row[0], "words": _short_words(" ".join(str(p) for p in row[1:] if p))}
                for row in rows
            ],
        )
        last = rows[-1][0]


def downgrade() -> None:
    op.execute("DROP TABLE matter_search_short")
