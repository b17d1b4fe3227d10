"""Bundle export/import throughput and peak memory, for the benchmark suite.

    .venv/bin/python bench/bundle_bench.py --mb 512

`run_bundle_bench(folder, total_mb=..., files=...)` builds a vault holding one matter with
`total_mb` MiB of attachments (random bytes, so nothing compresses), exports it, verifies it and
imports it into a second vault, and returns timings, MiB/s and peak RSS. Peak RSS comes from
`resource.getrusage` (ru_maxrss is a high-water mark for the whole process, so each phase runs
in its own child process to be measured separately). POSIX only (the `resource` module).
"""

from __future__ import annotations

import argparse
import io
import json
import multiprocessing
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

PASSPHRASE = "bench passphrase"


def _peak_rss_mib() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports KiB, macOS bytes.
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


class _RandomStream(io.RawIOBase):
    """`size` pseudo-random bytes produced on demand, so building the vault stays flat too."""

    def __init__(self, size: int, seed: int) -> None:
        self._left = size
        self._block = os.urandom(1024 * 1024)
        self._seed = seed

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        n = min(len(buffer), self._left, len(self._block))
        self._seed = (self._seed * 6364136223846793005 + 1) % 2**64
        rot = self._seed % len(self._block)
        chunk = (self._block[rot:] + self._block[:rot])[:n]
        buffer[:n] = chunk
        self._left -= n
        return n


def build_vault(path: Path, *, total_mb: int, files: int) -> str:
    """A vault with one matter holding `files` attachments of `total_mb` MiB in all."""
    from casework.attachments import add_attachment
    from models.entities import Matter
    from models.vault import Vault

    vault, _ = Vault.create(path, PASSPHRASE)
    try:
        with vault.session() as s:
            from models.audit import record_event

            matter = Matter(reference="BENCH-0001", kind="travel", title="bench")
            s.add(matter)
            s.flush()
            record_event(s, actor="bench", action="matter.create", entity="matter",
                         entity_id=matter.id, matter_id=matter.id, details={})
            matter_id = matter.id
        per_file = total_mb * 1024 * 1024 // files
        for i in range(files):
            with vault.session() as s:  # one transaction per file, as the UI would
                add_attachment(s, matter_id, name=f"evidence-{i}.bin", actor="bench",
                               stream=io.BufferedReader(_RandomStream(per_file, i)))
        return "BENCH-0001"
    finally:
        vault.lock()


def _phase_export(vault_path: str, ref: str, out: str) -> dict[str, Any]:
    from casework.bundle_export import export_matter
    from models.vault import Vault

    vault = Vault.unlock_passphrase(vault_path, PASSPHRASE)
    start = time.perf_counter()
    export_matter(vault, ref, Path(out), actor="bench")
    return {"seconds": time.perf_counter() - start, "peak_rss_mib": _peak_rss_mib()}


def _phase_verify(bundle: str) -> dict[str, Any]:
    from casework.bundle_verify import verify_bundle

    start = time.perf_counter()
    ok = verify_bundle(Path(bundle)).ok
    return {"seconds": time.perf_counter() - start, "peak_rss_mib": _peak_rss_mib(), "ok": ok}


def _phase_import(vault_path: str, bundle: str) -> dict[str, Any]:
    from casework.bundle_import import import_bundle
    from models.vault import Vault

    vault, _ = Vault.create(vault_path, PASSPHRASE)
    start = time.perf_counter()
    import_bundle(vault, Path(bundle), actor="bench")
    return {"seconds": time.perf_counter() - start, "peak_rss_mib": _peak_rss_mib()}


def _in_child(func: Callable[..., dict[str, Any]], *args: str) -> dict[str, Any]:
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(1) as pool:
        return pool.apply(func, args)


def run_bundle_bench(folder: Path, *, total_mb: int = 256, files: int = 4) -> dict[str, Any]:
    """Timings (s), throughput (MiB/s) and peak RSS (MiB) of export, verify and import."""
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "bench-source.obv"
    ref = build_vault(source, total_mb=total_mb, files=files)
    bundle = folder / "bench.zip"
    results = {
        "total_mb": total_mb,
        "files": files,
        "baseline_rss_mib": _in_child(_phase_baseline),
        "export": _in_child(_phase_export, str(source), ref, str(bundle)),
        "verify": _in_child(_phase_verify, str(bundle)),
        "import": _in_child(_phase_import, str(folder / "bench-target.obv"), str(bundle)),
        "bundle_bytes": bundle.stat().st_size,
    }
    for phase in ("export", "verify", "import"):
        results[phase]["mib_per_s"] = total_mb / max(results[phase]["seconds"], 1e-9)
    return results


def _phase_baseline() -> float:
    """Peak RSS of a child that only imports the modules: subtract it from the phases."""
    import casework.bundle_verify  # noqa: F401

    return _peak_rss_mib()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=256, help="MiB of attachments")
    parser.add_argument("--files", type=int, default=4, help="number of attachments")
    parser.add_argument("--dir", help="work folder (default: a temporary one)")
    args = parser.parse_args()
    if args.dir:
        print(json.dumps(run_bundle_bench(Path(args.dir), total_mb=args.mb, files=args.files),
                         indent=2))
        return
    with tempfile.TemporaryDirectory() as tmp:
        print(json.dumps(run_bundle_bench(Path(tmp), total_mb=args.mb, files=args.files),
                         indent=2))


if __name__ == "__main__":
    main()
