"""The build steps pyproject.toml cannot say: compile the window's translations, and parse the
shipped YAML (forms/data) into JSON sidecars that forms.loading reads when they match.

setuptools runs build_py for `pip install -e .` (make run, make test), `pip wheel` and
`python -m build`; before it collects package data, each resources/translations/*.ts is compiled
by PySide6's lrelease into the .qm beside it (package data by the `translations/**/*` glob). The
.qm is never committed: a stale one cannot ship. lrelease refuses nothing itself, so
tests/test_translations.py fails the build on any unfinished or obsolete entry.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

TRANSLATIONS = Path(__file__).resolve().parent / "resources" / "translations"


def compile_translations() -> list[Path]:
    compiled = []
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run(  # noqa: S603 - this interpreter, PySide6's own tool, our files
            [
                sys.executable,
                "-c",
                "import sys; from PySide6.scripts.pyside_tool import lrelease; "
                "sys.argv[0] = 'pyside6-lrelease'; sys.exit(lrelease())",
                "-silent",
                str(ts),
                "-qm",
                str(qm),
            ],
            check=True,
        )
        compiled.append(qm)
    return compiled


def parse_shipped_yaml() -> list[Path]:
    """forms/data/**/*.yaml parsed into JSON sidecars (forms.loading reads them when they match
    their YAML byte for byte; never committed)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from forms.loading import DATA_DIR, write_parsed_sidecar

    return [write_parsed_sidecar(path) for path in sorted(DATA_DIR.rglob("*.yaml"))]


class BuildWithTranslations(build_py):  # type: ignore[misc]  # setuptools is untyped here
    def run(self) -> None:
        compile_translations()
        parse_shipped_yaml()
        super().run()


setup(cmdclass={"build_py": BuildWithTranslations})
