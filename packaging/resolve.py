"""The resolved set: every distribution the installed `outbound` needs at run time, walked from
its `Requires-Dist` through the current environment's installed metadata (markers evaluated for
this platform and Python; extras only where a requirement asks for them).

`python packaging/resolve.py` prints `name==version` lines. The wheelhouse is downloaded from
exactly this list, and the notices name exactly these distributions, so the air-gapped install
gets the versions that were tested here.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from importlib import metadata

from packaging.requirements import Requirement

ROOT = "outbound"


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


def resolve(root: str = ROOT) -> list[Resolved]:
    """The runtime closure of `root` (itself excluded), sorted by name. A requirement that is not
    installed is an error: the environment was not set up from this project."""
    found: dict[str, Resolved] = {}
    queue: list[tuple[str, frozenset[str]]] = [(root, frozenset())]
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
        if canonical(dist_name) != canonical(root):
            found[canonical(dist_name)] = Resolved(canonical(dist_name), dist_name, dist.version)
        for req in _requirements(dist, extras):
            queue.append((req.name, frozenset(req.extras)))
    return sorted(found.values())


def main() -> int:
    for item in resolve(sys.argv[1] if len(sys.argv) > 1 else ROOT):
        print(item.pin)
    return 0


if __name__ == "__main__":
    sys.exit(main())
