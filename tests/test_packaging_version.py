"""`outbound --version` and Help > About name the application's version, the vault format and the
review policy of this installation, from the shipped code (no vault is asked)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from test_ui_support import Dialogs, ui_env  # noqa: F401

REPO = Path(__file__).resolve().parent.parent


def _expected() -> tuple[str, str, int]:
    import desktop
    from forms.rules import load_rule_set
    from models.keyfile import FORMAT_VERSION
    from models.migrate import head_revision

    return (
        desktop.__version__,
        f"{head_revision()} (key file {FORMAT_VERSION})",
        (load_rule_set().version),
    )


def test_version_option_prints_app_vault_and_policy_versions(tmp_path: Path) -> None:
    app, vault_format, policy = _expected()
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--version"],
        cwd=REPO,
        env={**os.environ, "HOME": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"Outbound {app}",
        f"Vault format: {vault_format}",
        f"Review policy: version {policy}",
    ]
    assert not list(tmp_path.iterdir()), "--version wrote something in the home folder"


def test_package_version_is_the_code_version() -> None:
    import tomllib

    import desktop

    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert project["project"]["dynamic"] == ["version"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "desktop.__version__"}
    assert desktop.__version__.count(".") == 2


@pytest.fixture
def window(ui_env: Dialogs, qtbot: Any, vault_factory: Any) -> Any:  # noqa: F811
    from desktop.ui.main_window import MainWindow

    vault, _ = vault_factory("about.outbound")
    main = MainWindow(vault, actor="tester")
    qtbot.addWidget(main)
    main.show()
    return main


def test_about_box_shows_the_same_versions(window: Any, ui_env: Dialogs) -> None:  # noqa: F811
    app, vault_format, policy = _expected()
    window.action_about.trigger()
    (_kind, title, text) = ui_env.messages[-1]
    assert title == "About Outbound"
    assert f"Version {app}" in text
    assert f"Vault format {vault_format}" in text
    assert f"Review policy, version {policy}" in text
