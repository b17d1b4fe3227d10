"""The recovery kit printed when a vault is created (memos/recovery_kit.py), for the window and
the command line, which may not import `memos`. Its own module so that naming it loads
ReportLab only when a kit is printed."""

from __future__ import annotations

from memos.recovery_kit import render_recovery_kit

__all__ = ["render_recovery_kit"]
