"""Every library the shipped packages import must be a runtime dependency in pyproject.toml:
`make run` installs without the test extra, and `outbound memo verify` once died there with
ModuleNotFoundError: pypdf (issue 11, item 4).

The source is walked with `ast` (every `import` and `from … import`, including the lazy ones
inside functions) and each imported top-level module is mapped to the distribution that
provides it."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
# What `packages.find` ships: every top-level package but the developers' own tools.
_FIND = PYPROJECT["tool"]["setuptools"]["packages"]["find"]
_EXCLUDED = {p.split(".")[0] for p in _FIND["exclude"]}
SHIPPED = sorted(
    p.parent.name for p in REPO.glob("*/__init__.py") if p.parent.name not in _EXCLUDED
)
# Modules that ship with Python or are only imported for type checking.
STDLIB = set(sys.stdlib_module_names) | {"__future__", "typing_extensions"}


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _declared(requirements: list[str]) -> set[str]:
    return {_normalise(re.split(r"[<>=!~;\[ ]", r, maxsplit=1)[0]) for r in requirements}


def _type_checking_only(tree: ast.Module) -> set[int]:
    """Line numbers of imports under `if TYPE_CHECKING:` (never run)."""
    lines: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for inner in node.body:
                for sub in ast.walk(inner):
                    if isinstance(sub, ast.Import | ast.ImportFrom):
                        lines.add(sub.lineno)
    return lines


def runtime_imports() -> dict[str, set[str]]:
    """Top-level module imported -> files importing it, for every shipped package."""
    found: dict[str, set[str]] = {}
    for package in sorted(set(SHIPPED)):
        for path in (REPO / package).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            skip = _type_checking_only(tree)
            for node in ast.walk(tree):
                if getattr(node, "lineno", None) in skip:
                    continue
                names: list[str] = []
                if isinstance(node, ast.Import):
                    names = [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    names = [node.module]
                for name in names:
                    top = name.split(".")[0]
                    found.setdefault(top, set()).add(str(path.relative_to(REPO)))
    return found


def test_every_runtime_import_is_a_runtime_dependency() -> None:
    declared = _declared(PYPROJECT["project"]["dependencies"])
    providers = packages_distributions()
    own = set(SHIPPED)
    missing: list[str] = []
    for module, files in sorted(runtime_imports().items()):
        if module in STDLIB or module in own:
            continue
        distributions = {_normalise(d) for d in providers.get(module, [])}
        if not distributions:
            missing.append(f"{module} (no installed distribution provides it; in {sorted(files)})")
        elif not distributions & declared:
            missing.append(f"{module} from {sorted(distributions)} in {sorted(files)[:3]}")
    assert not missing, "imported at run time but not in project.dependencies: " + "; ".join(
        missing
    )


def test_the_check_sees_lazy_imports() -> None:
    """The walk must see imports inside functions: pypdf is imported only there."""
    assert "memos/verify.py" in runtime_imports().get("pypdf", set())
