"""Shared fixtures: fast key derivation for tests, no real keychain, sockets blocked (pyproject)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SCENARIOS_DIR = Path(__file__).resolve().parent / "scenarios"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def scenario_paths() -> list[Path]:
    return sorted(SCENARIOS_DIR.glob("*.yaml"))
