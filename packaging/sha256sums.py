"""SHA256SUMS over every file under a folder (`sha256sum -c` reads it), or check one.

python packaging/sha256sums.py dist            # writes dist/SHA256SUMS
python packaging/sha256sums.py --check dist    # exit 1 when a file differs or is missing
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from wheelhouse import sha256

NAME = "SHA256SUMS"


def listing(folder: Path) -> list[str]:
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p != folder / NAME)
    return [f"{sha256(p)}  {p.relative_to(folder).as_posix()}" for p in files]


def check(folder: Path) -> list[str]:
    problems = []
    for line in (folder / NAME).read_text(encoding="utf-8").splitlines():
        digest, _, name = line.partition("  ")
        path = folder / name
        if not path.is_file():
            problems.append(f"{name}: missing")
        elif sha256(path) != digest:
            problems.append(f"{name}: differs")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if args.check:
        problems = check(args.folder)
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    lines = listing(args.folder)
    (args.folder / NAME).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.folder / NAME} ({len(lines)} files)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
