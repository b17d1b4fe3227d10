"""Write THIRD-PARTY-NOTICES: every distribution Outbound ships with, its licence and its licence
texts, read from the installed distributions' metadata (nothing about a package is typed by
hand), followed by the fonts' licences from resources/fonts and, for the one-folder application,
Python itself and the PyInstaller bootloader.

    python packaging/notices.py OUT [--frozen-manifest dist/outbound/frozen-distributions.txt]

Without a manifest the distributions are the resolved set (packaging/resolve.py: what the
wheelhouse holds); with one, the distributions the frozen folder holds are added.
"""

from __future__ import annotations

import argparse
import sys
from importlib import metadata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from resolve import canonical, resolve

ROOT = Path(__file__).resolve().parent.parent
LICENCE_TEXTS = Path(__file__).resolve().parent / "licenses"
HEADING = "Outbound: third-party notices"
ENTRY_PREFIX = "Distribution: "  # one line per distribution; tests read the names from these

# Qt for Python: the LGPLv3 obligations, which no metadata states.
QT_DISTRIBUTIONS = {"pyside6-essentials", "pyside6-pdf", "shiboken6"}
QT_NOTICE = """\
Qt and Qt for Python (PySide6, shiboken6) are used under the GNU Lesser General Public License,
version 3 (LGPL-3.0-only); the full texts of the LGPLv3 and of the GNU GPLv3 it builds on follow.
Outbound does not modify Qt and links to it dynamically only:
  - in the one-folder application, the Qt and PySide6 libraries are separate files under
    _internal/PySide6/ (libQt6*.so*, Qt6*.dll or the Qt frameworks, and the *.abi3 modules);
  - in the wheelhouse, they are the PySide6-Essentials, PySide6-Pdf and shiboken6 wheels.
You may replace those files with a modified or rebuilt version of the same Qt / PySide6 release
(relinking); Outbound loads whatever is in their place. The corresponding source code of Qt and
Qt for Python is published by The Qt Company at https://download.qt.io/official_releases/ and
https://code.qt.io/; the version used here is stated in this entry's heading.
"""

SQLCIPHER_NOTICE = """\
The sqlcipher3 distribution contains SQLCipher (Copyright (c) Zetetic LLC; BSD-3-Clause licence)
compiled in, which builds on SQLite (public domain). SQLCipher's licence: Redistribution and use in
source and binary forms, with or without modification, are permitted provided that the following
conditions are met: redistributions of source code must retain the copyright notice, this list of
conditions and the following disclaimer; redistributions in binary form must reproduce the
copyright notice, this list of conditions and the following disclaimer in the documentation
and/or other materials provided with the distribution; neither the name of the ZETETIC LLC nor
the names of its contributors may be used to endorse or promote products derived from this
software without specific prior written permission. THIS SOFTWARE IS PROVIDED BY ZETETIC LLC
''AS IS'' AND ANY EXPRESS OR IMPLIED WARRANTIES ARE DISCLAIMED.
"""

EXTRA_NOTES = {"sqlcipher3": SQLCIPHER_NOTICE}


def licence_of(meta: metadata.PackageMetadata) -> str:
    """The licence as the distribution declares it: the SPDX expression, else a short License
    field, else the trove classifiers."""
    expression = meta.get("License-Expression")
    if expression:
        return expression.strip()
    declared = (meta.get("License") or "").strip()
    classifiers = [
        c.split("::")[-1].strip()
        for c in meta.get_all("Classifier") or []
        if c.startswith("License ::")
    ]
    if declared and declared.upper() != "UNKNOWN" and len(declared) <= 120 and "\n" not in declared:
        return declared
    if classifiers:
        return "; ".join(classifiers)
    if declared:
        return declared.splitlines()[0].strip()
    return ""


def licence_files(dist: metadata.Distribution) -> list[tuple[str, str]]:
    """(file name, text) of the licence and notice files a distribution installs."""
    found = []
    for file in dist.files or []:
        parts = file.parts
        in_dist_info = parts and parts[0].endswith(".dist-info")
        name = file.name.upper()
        if not in_dist_info or not any(
            k in name for k in ("LICEN", "COPYING", "NOTICE", "AUTHORS")
        ):
            continue
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        found.append(("/".join(parts[1:]), text.strip()))
    return sorted(found)


def _homepage(meta: metadata.PackageMetadata) -> str:
    if meta.get("Home-page"):
        return str(meta["Home-page"])
    for url in meta.get_all("Project-URL") or []:
        label, _, address = url.partition(",")
        if label.strip().lower() in ("homepage", "home", "source", "repository", "source code"):
            return address.strip()
    urls = meta.get_all("Project-URL") or []
    return urls[0].partition(",")[2].strip() if urls else ""


def distribution_entry(name: str, where: str = "") -> str:
    dist = metadata.PathDistribution(Path(where)) if where else metadata.distribution(name)
    meta = dist.metadata
    licence = licence_of(meta)
    files = licence_files(dist)
    if not licence and not files:
        raise SystemExit(f"notices: {name} declares no licence; look it up before shipping it")
    lines = [
        "=" * 78,
        f"{ENTRY_PREFIX}{meta['Name']} {dist.version}",
        f"Licence: {licence or 'see the text below'}",
    ]
    if _homepage(meta):
        lines.append(f"Home: {_homepage(meta)}")
    lines.append("")
    key = canonical(meta["Name"])
    if key in QT_DISTRIBUTIONS:
        lines.append(QT_NOTICE)
    if key in EXTRA_NOTES:
        lines.append(EXTRA_NOTES[key])
    for file_name, text in files:
        lines += [f"--- {file_name} ---", text, ""]
    return "\n".join(lines)


def fonts_section() -> str:
    fonts = ROOT / "resources" / "fonts"
    lines = ["=" * 78, "Fonts (resources/fonts)", ""]
    for licence in sorted(fonts.glob("*-LICENSE.txt")):
        family = licence.name.removesuffix("-LICENSE.txt")
        covered = sorted(
            p.name for p in fonts.iterdir() if p.name.startswith(family) and p != licence
        )
        lines += [f"Font: {family} ({', '.join(covered)})", f"--- {licence.name} ---"]
        lines += [licence.read_text(encoding="utf-8").strip(), ""]
    return "\n".join(lines)


def frozen_section() -> str:
    """What the one-folder application adds: the Python runtime and the PyInstaller bootloader."""
    lines = [
        "=" * 78,
        f"Python {sys.version.split()[0]} (the runtime inside the one-folder application)",
    ]
    lines.append("Licence: PSF-2.0 (Python Software Foundation License)")
    python_licence = (
        Path(sys.base_prefix)
        / "lib"
        / f"python{sys.version_info[0]}.{sys.version_info[1]}"
        / "LICENSE.txt"
    )
    if not python_licence.exists():
        python_licence = Path(sys.base_prefix) / "LICENSE.txt"  # Windows layout
    if python_licence.exists():
        lines += [
            f"--- {python_licence.name} ---",
            python_licence.read_text(encoding="utf-8").strip(),
        ]
    lines.append("")
    try:
        lines.append(distribution_entry("pyinstaller").replace(ENTRY_PREFIX, "Build tool: ", 1))
        lines.append(
            "(Only PyInstaller's bootloader is in the application, under the GPL's "
            "bootloader exception.)"
        )
    except metadata.PackageNotFoundError:
        pass
    return "\n".join(lines)


def read_manifest(path: Path) -> dict[str, str]:
    """{name: metadata folder} from a frozen-distributions.txt."""
    names = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            pin, _, where = line.partition("#")
            names[pin.split("==")[0].strip()] = where.strip()
    return names


def names_in_notices(text: str) -> set[str]:
    """Canonical names of the distributions a notices file lists."""
    return {
        canonical(line.removeprefix(ENTRY_PREFIX).rsplit(" ", 1)[0])
        for line in text.splitlines()
        if line.startswith(ENTRY_PREFIX)
    }


def build_notices(frozen_manifest: Path | None = None) -> str:
    names = {item.key: (item.name, "") for item in resolve()}
    if frozen_manifest is not None:
        for name, where in read_manifest(frozen_manifest).items():
            names.setdefault(canonical(name), (name, where))
    parts = [
        HEADING,
        "Outbound includes the following third-party software. Each entry names the distribution,",
        "its version and its licence, followed by the licence texts it ships.",
        "",
    ]
    parts += [distribution_entry(*names[key]) for key in sorted(names)]
    parts.append(fonts_section())
    if frozen_manifest is not None:
        parts.append(frozen_section())
    parts += ["=" * 78, "Texts referred to above", ""]
    for text in sorted(LICENCE_TEXTS.glob("*.txt")):
        parts += [f"--- {text.stem} ---", text.read_text(encoding="utf-8").strip(), ""]
    return "\n".join(parts) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--frozen-manifest", type=Path)
    args = parser.parse_args()
    args.out.write_text(build_notices(args.frozen_manifest), encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
