"""Which installed distributions a PyInstaller build bundles.

`outbound.spec` calls `write_manifest` with the Analysis' tables of contents: every collected
module, binary and data file is traced back, by its source path, to the distribution that
installed it (standard library and Outbound's own files belong to none). The result,
`frozen-distributions.txt` in the one-folder application, is what `make dist-check` compares
with THIRD-PARTY-NOTICES, beside `on_disk_distributions`, which reads the folder itself.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from resolve import canonical

MANIFEST_NAME = "frozen-distributions.txt"
IGNORED = {"outbound", "pyinstaller", "pyinstaller-hooks-contrib", "altgraph", "pip", "setuptools"}


def _file_index() -> dict[Path, metadata.Distribution]:
    index: dict[Path, metadata.Distribution] = {}
    for dist in metadata.distributions():
        for file in dist.files or []:
            try:
                index[Path(str(dist.locate_file(file))).resolve()] = dist
            except OSError:
                continue
    return index


def bundled_distributions(sources: Iterable[str]) -> dict[str, metadata.Distribution]:
    """{name: distribution} of the distributions that installed any of the given source files."""
    index = _file_index()
    found: dict[str, metadata.Distribution] = {}
    for source in sources:
        if not source:
            continue
        dist = index.get(Path(source).resolve())
        if dist is None:
            continue
        name = dist.metadata["Name"]
        if canonical(name) not in IGNORED:
            found[name] = dist
    return found


def write_manifest(folder: Path, toc_lists: Iterable[Iterable[tuple[str, str, str]]]) -> Path:
    sources = [entry[1] for toc in toc_lists for entry in toc]
    found = bundled_distributions(sources)
    path = folder / MANIFEST_NAME
    lines = ["# Distributions bundled in this folder (written by packaging/outbound.spec)"]
    lines += [
        f"{name}=={found[name].version}  # {_metadata_path(found[name])}"
        for name in sorted(found, key=canonical)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _metadata_path(dist: metadata.Distribution) -> str:
    """Where the distribution's metadata is (a vendored copy may sit outside site-packages)."""
    return str(getattr(dist, "_path", ""))


def top_level_names(dist: metadata.Distribution) -> set[str]:
    names = set()
    for file in dist.files or []:
        first = file.parts[0] if file.parts else ""
        if not first or first.endswith((".dist-info", ".data")) or first in ("..", "bin"):
            continue
        names.add(first.split(".")[0] if first.endswith((".py", ".so", ".pyd")) else first)
    return names


def on_disk_distributions(internal: Path) -> set[str]:
    """Canonical names of installed distributions with a top-level package or library folder
    present as files in the frozen folder's `_internal` (pure-Python code sits in the archive,
    so this is a lower bound)."""
    present = {p.name for p in internal.iterdir()}
    stems = {name.split(".")[0] for name in present}
    found = set()
    for dist in metadata.distributions():
        key = canonical(dist.metadata["Name"])
        if key in IGNORED:
            continue
        tops = top_level_names(dist)
        if any(t in present for t in tops if not t.endswith(".libs")) or any(
            t in stems and not (internal / t).is_dir() for t in tops
        ):
            found.add(key)
    return found
