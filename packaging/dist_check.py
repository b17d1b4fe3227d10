"""`make dist-check`: what `make dist` produced works, without the network.

1. SHA256SUMS matches every file under dist/.
2. The one-folder application starts (Qt offscreen, a throw-away home folder) and runs
   `outbound --version`, `outbound assess` on a scenario and `outbound demo` into a temporary
   folder, each exiting 0.
3. THIRD-PARTY-NOTICES names every distribution the frozen folder bundles: the build's manifest,
   and every library folder found on disk in it; and every runtime dependency is bundled.

    python packaging/dist_check.py [DIST]      # exit 0 when everything holds, 1 otherwise
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from frozen_manifest import MANIFEST_NAME, on_disk_distributions
from notices import names_in_notices, read_manifest
from resolve import canonical, resolve
from sha256sums import check as check_sums

ROOT = Path(__file__).resolve().parent.parent
SCENARIO = ROOT / "resources" / "demo" / "02-training-lead-joins-us-lab.yaml"


def _no_network_prefix() -> list[str]:
    """Run the application in a network namespace of its own where the system allows it."""
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-n", "true"], capture_output=True).returncode == 0:
        return [unshare, "-n"]
    return []


def run_frozen(dist: Path) -> list[str]:
    folder = dist / "outbound"
    executable = folder / ("outbound.exe" if os.name == "nt" else "outbound")
    if not executable.exists():
        return [f"{executable} is missing: run make dist first"]
    problems = []
    with tempfile.TemporaryDirectory(prefix="outbound-dist-check-") as temp:
        home = Path(temp)
        env = {
            **{k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")},
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(home),
            "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local" / "share"),
            "OUTBOUND_PASSPHRASE": "demo",
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        }
        prefix = _no_network_prefix()
        steps = [
            ["--version"],
            ["assess", str(SCENARIO)],
            ["demo", str(home / "demo.outbound")],
            ["matter", "list", str(home / "demo.outbound")],
        ]
        for args in steps:
            result = subprocess.run(
                [*prefix, str(executable), *args],
                cwd=home, env=env, capture_output=True, text=True, timeout=600,
            )  # fmt: skip
            shown = " ".join(args).replace(str(home), "$TMP")
            if result.returncode != 0:
                problems.append(f"outbound {shown}: exit {result.returncode}\n{result.stderr}")
            else:
                print(f"ok: outbound {shown}" + (" (no network)" if prefix else ""))
    return problems


def check_notices(dist: Path) -> list[str]:
    notices = dist / "THIRD-PARTY-NOTICES"
    manifest = dist / "outbound" / MANIFEST_NAME
    for path in (notices, manifest):
        if not path.exists():
            return [f"{path} is missing: run make dist first"]
    named = names_in_notices(notices.read_text(encoding="utf-8"))
    bundled = {canonical(name) for name in read_manifest(manifest)}
    internal = dist / "outbound" / "_internal"
    on_disk = on_disk_distributions(internal) if internal.is_dir() else set()
    problems = []
    if not bundled:
        problems.append(f"{manifest} names no distribution")
    if missing := sorted(bundled - named):
        problems.append(f"bundled but not in THIRD-PARTY-NOTICES: {', '.join(missing)}")
    if unbundled := sorted({item.key for item in resolve()} - bundled):
        problems.append(f"runtime dependencies missing from the frozen folder: {unbundled}")
    if unlisted := sorted(on_disk - bundled):
        problems.append(
            f"found in the frozen folder but not in its manifest: {', '.join(unlisted)}"
        )
    if not problems:
        print(f"ok: THIRD-PARTY-NOTICES names all {len(bundled)} bundled distributions")
    return problems


def main() -> int:
    dist = (Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist").resolve()
    problems = []
    if (dist / "SHA256SUMS").exists():
        sums = check_sums(dist)
        problems += [f"SHA256SUMS: {p}" for p in sums]
        if not sums:
            print("ok: SHA256SUMS")
    else:
        problems.append(f"{dist / 'SHA256SUMS'} is missing: run make dist first")
    problems += check_notices(dist)
    problems += run_frozen(dist)
    for problem in problems:
        print(f"FAILED: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
