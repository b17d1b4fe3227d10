"""THIRD-PARTY-NOTICES names every distribution Outbound ships, with its licence.

Built the way `make dist` builds it (packaging/notices.py) from this environment, and compared
with (a) the resolved set the wheelhouse is downloaded from and (b) the distributions whose code
the application actually loads when every one of its modules is imported, traced back by file,
which is what PyInstaller bundles too. `make dist-check` compares the real frozen folder.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "packaging"))

from frozen_manifest import bundled_distributions  # noqa: E402
from notices import ENTRY_PREFIX, build_notices, names_in_notices  # noqa: E402
from resolve import canonical, resolve  # noqa: E402

APP_PACKAGES = [
    "desktop", "casework", "models", "forms", "memos", "bundles", "migrations", "resources",
]

_LOADED_FILES = """
import importlib, json, pkgutil, sys
for top in sys.argv[1:]:
    package = importlib.import_module(top)
    for info in pkgutil.walk_packages(package.__path__, top + "."):
        if info.name.startswith("migrations.versions.") or info.name == "migrations.env":
            continue  # alembic loads these itself, inside a migration context
        if info.name.endswith(".__main__"):
            continue  # runs the command line
        importlib.import_module(info.name)
files = [getattr(m, "__file__", None) for m in list(sys.modules.values())]
print(json.dumps([f for f in files if f]))
"""


@pytest.fixture(scope="module")
def notices() -> str:
    return build_notices()


def test_notices_name_exactly_the_resolved_set(notices: str) -> None:
    resolved = {item.key for item in resolve()}
    assert {"pyside6-essentials", "sqlcipher3", "reportlab", "pyhanko"} <= resolved
    named = names_in_notices(notices)
    assert named == resolved, (sorted(resolved - named), sorted(named - resolved))


def test_resolved_set_holds_every_declared_dependency() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = {canonical(_requirement_name(r)) for r in project["dependencies"]}
    resolved = {item.key for item in resolve()}
    assert declared <= resolved, sorted(declared - resolved)


def _requirement_name(requirement: str) -> str:
    from packaging.requirements import Requirement

    return Requirement(requirement).name


def test_notices_name_every_distribution_the_application_loads(notices: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    result = subprocess.run(
        [sys.executable, "-c", _LOADED_FILES, *APP_PACKAGES],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    loaded = {
        canonical(n) for n in bundled_distributions(json.loads(result.stdout.splitlines()[-1]))
    }
    assert {"pyside6-essentials", "sqlalchemy", "sqlcipher3", "reportlab"} <= loaded
    missing = sorted(loaded - names_in_notices(notices))
    assert not missing, f"loaded by the application but not in the notices: {missing}"


def test_each_entry_has_a_licence_and_qt_carries_the_relinking_notice(notices: str) -> None:
    entries = notices.split("=" * 78)
    for entry in entries:
        if ENTRY_PREFIX not in entry:
            continue
        licence_line = next(line for line in entry.splitlines() if line.startswith("Licence: "))
        assert licence_line.strip() != "Licence:", entry[:200]
    qt = next(e for e in entries if f"{ENTRY_PREFIX}PySide6_Essentials" in e)
    assert "LGPL-3.0-only" in qt and "relinking" in qt and "_internal/PySide6/" in qt
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in notices and "Version 3, 29 June 2007" in notices
    fonts = sorted(p.name for p in (REPO / "resources" / "fonts").glob("*.ttf"))
    assert fonts and all(font in notices for font in fonts)
    assert "Bitstream Vera" in notices  # the DejaVu licence text itself, not only its name
