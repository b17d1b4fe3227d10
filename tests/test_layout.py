"""The folder layout of design.md: import directions and what ships in the distribution."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

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


def _shared_spec() -> Path:
    """The spec folder beside the repository (`../shared`, or beside the worktrees' parent)."""
    for parent in (REPO.parent, REPO.parent.parent):
        if (parent / "shared" / "scenarios").is_dir():
            return parent / "shared"
    raise AssertionError(
        f"the spec folder 'shared/scenarios' is neither in {REPO.parent} nor in "
        f"{REPO.parent.parent}: check it out beside the repository"
    )


def test_scenarios_copied_in_step_with_shared() -> None:
    shared = _shared_spec() / "scenarios"
    originals = sorted(shared.glob("*.yaml"))
    assert originals, f"{shared} holds no scenarios"
    for original in originals:
        for folder in (REPO / "tests" / "scenarios", REPO / "resources" / "demo"):
            copy = folder / original.name
            assert copy.read_bytes() == original.read_bytes(), f"{copy} differs from {original}"


def test_tests_of_this_project_fail_rather_than_skip_on_a_broken_import() -> None:
    """`importorskip` turns a broken module of this project (or a missing test dependency) into
    a quiet skip; the suite must fail instead."""
    offenders = [
        f"{path.name}:{number}"
        for path in sorted((REPO / "tests").glob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "importorskip(" in line and path.name != Path(__file__).name
    ]
    assert not offenders, f"importorskip in: {', '.join(offenders)}"


def test_a_missing_spec_folder_fails_loudly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.modules[__name__], "REPO", tmp_path / "clone")
    with pytest.raises(AssertionError, match="shared/scenarios"):
        _shared_spec()


def test_qt_is_imported_through_desktop_ui_qt_only() -> None:
    """One module names the Qt imports (desktop/ui/qt.py); the rest import from it."""
    import re

    direct = re.compile(r"^\s*(from|import)\s+(PySide6|shiboken6)\b", re.MULTILINE)
    offenders = [
        path.relative_to(REPO).as_posix()
        for path in sorted((REPO / "desktop").rglob("*.py"))
        if path.name != "qt.py" and direct.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == [], f"import Qt through desktop.ui.qt: {offenders}"
