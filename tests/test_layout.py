"""The folder layout of design.md: import directions and what ships in the distribution."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_import_contracts_hold() -> None:
    lint_imports = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run(
        [str(lint_imports), "--config", str(REPO / "pyproject.toml")],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_scenarios_copied_in_step_with_shared() -> None:
    shared = REPO.parent / "shared" / "scenarios"
    if not shared.is_dir():
        return  # a clone without ../shared: the copies in tests/ are the reference
    for original in shared.glob("*.yaml"):
        for folder in (REPO / "tests" / "scenarios", REPO / "resources" / "demo"):
            copy = folder / original.name
            assert copy.read_bytes() == original.read_bytes(), f"{copy} differs from {original}"
