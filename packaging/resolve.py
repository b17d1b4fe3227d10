"""The resolved set: every distribution Outbound needs at run time, walked from the runtime
`dependencies` of pyproject.toml (what the wheel declares) through the current environment's
installed metadata (markers evaluated for this platform and Python; extras only where a
requirement asks for them).

`python packaging/resolve.py` prints `name==version` lines. The wheelhouse is downloaded from
exactly this list, and the notices name exactly these distributions, so the air-gapped install
gets the versions that were tested here.
"""

from __future__ import annotations

import re
import sys
import tomllib
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


@dataclass(frozen=True, order=True)
class Resolved:
    key: str  # canonical name, for sorting and comparing
    name: str  # as the distribution spells it
    version: str

    @property
    def pin(self) -> str:
        return f"{self.name}=={self.version}"


def _requirements(dist: metadata.Distribution, extras: frozenset[str]) -> list[Requirement]:
    wanted = []
    for line in dist.requires or []:
        req = Requirement(line)
        if req.marker is None:
            wanted.append(req)
            continue
        environments = [{"extra": extra} for extra in extras] or [{"extra": ""}]
        if any(req.marker.evaluate(env) for env in environments):
            wanted.append(req)
    return wanted


def declared() -> list[Requirement]:
    """The runtime requirements pyproject.toml declares (those that apply on this platform)."""
    project = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]
    requirements = [Requirement(line) for line in project["dependencies"]]
    return [r for r in requirements if r.marker is None or r.marker.evaluate({"extra": ""})]


def resolve() -> list[Resolved]:
    """The runtime closure of the declared requirements, sorted by name. A requirement that is
    not installed is an error: the environment was not set up from this project."""
    found: dict[str, Resolved] = {}
    queue = [(req.name, frozenset(req.extras)) for req in declared()]
    seen: set[tuple[str, frozenset[str]]] = set()
    while queue:
        name, extras = queue.pop()
        if (canonical(name), extras) in seen:
            continue
        seen.add((canonical(name), extras))
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            raise SystemExit(f"resolve: {name} is required but not installed") from None
        dist_name = dist.metadata["Name"]
        found[canonical(dist_name)] = Resolved(canonical(dist_name), dist_name, dist.version)
        for req in _requirements(dist, extras):
            queue.append((req.name, frozenset(req.extras)))
    return sorted(found.values())


def main() -> int:
    for item in resolve():
        print(item.pin)
    return 0


if __name__ == "__main__":
    sys.exit(main())
