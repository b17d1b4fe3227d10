"""The memo's words for codes and answers, for the command line to print what the memo prints
(desktop may not import `memos`: pyproject.toml's import contracts). Re-exported, not wrapped:
the memo document owns them (memos/labels.py, memos/fact_labels.py, memos/compose.py)."""

from __future__ import annotations

from memos import labels
from memos.compose import format_answer
from memos.fact_labels import FACTS

__all__ = ["FACTS", "format_answer", "labels"]
