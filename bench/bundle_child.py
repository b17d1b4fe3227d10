"""Child process for figure 6: one export or import (ours) or one `zip -0` + `sha256sum` (floor),
timed inside the child; prints JSON with seconds and peak RSS.

    python -m bench.bundle_child export VAULT REF OUT
    python -m bench.bundle_child import TEMPLATE_VAULT WORK_VAULT BUNDLE
    python -m bench.bundle_child floor-export FILES_DIR OUT
    python -m bench.bundle_child floor-import ZIP DEST_DIR

Ours reports this process's own high-water mark (VmHWM from /proc where it exists, else
RUSAGE_SELF — ru_maxrss is carried over execve from the forking parent, so a large bench
process would inflate it); the floor runs its tools as children and reports RUSAGE_CHILDREN.
"""

from __future__ import annotations

import json
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

PASSPHRASE = "bench passphrase"


def _mib(who: int) -> float:
    if who == resource.RUSAGE_SELF:
        # getrusage's ru_maxrss survives execve: a child forked from a large parent starts with
        # the parent's high-water mark. VmHWM belongs to this process image alone.
        try:
            for line in Path("/proc/self/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        except OSError:
            pass
    peak = resource.getrusage(who).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _have_zip() -> bool:
    return shutil.which("zip") is not None and shutil.which("sha256sum") is not None


def main() -> None:
    mode, *args = sys.argv[1:]
    out: dict[str, object] = {"mode": mode}
    if mode == "export":
        from casework.bundle_export import export_matter
        from models.vault import Vault

        vault = Vault.unlock_passphrase(args[0], PASSPHRASE)
        Path(args[2]).unlink(missing_ok=True)
        out["baseline_rss_mib"] = _mib(resource.RUSAGE_SELF)
        start = time.perf_counter()
        export_matter(vault, args[1], Path(args[2]), actor="bench")
        out["seconds"] = time.perf_counter() - start
        vault.lock()
        out["peak_rss_mib"] = _mib(resource.RUSAGE_SELF)
    elif mode == "import":
        from casework.bundle_import import import_bundle
        from models.vault import Vault

        template, work = Path(args[0]), Path(args[1])
        for suffix in ("", ".keys"):
            shutil.copy2(f"{template}{suffix}", f"{work}{suffix}")
        vault = Vault.unlock_passphrase(work, PASSPHRASE)
        out["baseline_rss_mib"] = _mib(resource.RUSAGE_SELF)
        start = time.perf_counter()
        import_bundle(vault, Path(args[2]), actor="bench")
        out["seconds"] = time.perf_counter() - start
        vault.lock()
        out["peak_rss_mib"] = _mib(resource.RUSAGE_SELF)
    elif mode == "floor-export":
        files, dest = Path(args[0]), Path(args[1])
        names = sorted(p.name for p in files.iterdir())
        dest.unlink(missing_ok=True)  # zip would add to an existing archive
        start = time.perf_counter()
        if _have_zip():
            subprocess.run(["sha256sum", *names], cwd=files, check=True, capture_output=True)
            subprocess.run(["zip", "-0", "-q", str(dest.resolve()), *names], cwd=files,
                           check=True)
            out["tool"] = "zip -0 + sha256sum"
        else:
            _python_zip(files, names, dest)
            out["tool"] = "zipfile ZIP_STORED + hashlib"
        out["seconds"] = time.perf_counter() - start
        out["peak_rss_mib"] = _mib(resource.RUSAGE_CHILDREN) if _have_zip() else _mib(
            resource.RUSAGE_SELF)
    elif mode == "floor-import":
        bundle, dest = Path(args[0]), Path(args[1])
        shutil.rmtree(dest, ignore_errors=True)
        dest.mkdir(parents=True)
        start = time.perf_counter()
        if shutil.which("unzip") and shutil.which("sha256sum"):
            subprocess.run(["unzip", "-q", str(bundle.resolve()), "-d", str(dest)], check=True)
            names = sorted(str(p.relative_to(dest)) for p in dest.rglob("*") if p.is_file())
            subprocess.run(["sha256sum", *names], cwd=dest, check=True, capture_output=True)
            out["tool"] = "unzip + sha256sum"
        else:
            import zipfile

            with zipfile.ZipFile(bundle) as zf:
                zf.extractall(dest)
            out["tool"] = "zipfile extract"
        out["seconds"] = time.perf_counter() - start
        out["peak_rss_mib"] = _mib(resource.RUSAGE_CHILDREN)
    print(json.dumps(out), flush=True)


def _python_zip(files: Path, names: list[str], dest: Path) -> None:
    import hashlib
    import zipfile

    with zipfile.ZipFile(dest, "w", compression=zipfile.ZIP_STORED) as zf:
        for name in names:
            digest = hashlib.sha256()
            with (files / name).open("rb") as src, zf.open(name, "w", force_zip64=True) as dst:
                while block := src.read(1024 * 1024):
                    digest.update(block)
                    dst.write(block)


if __name__ == "__main__":
    main()
