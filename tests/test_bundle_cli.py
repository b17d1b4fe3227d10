"""`outbound bundle export | verify | import` through a real subprocess, as a script would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from test_bundle_support import make_rich_matter, read_bag, write_bag

from bundles import layout

REPO = Path(__file__).resolve().parent.parent
PASSPHRASE = "correct horse battery"


def _run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "OUTBOUND_PASSPHRASE": PASSPHRASE, "OUTBOUND_ACTOR": "cli-user",
                **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "desktop", "bundle", *args],
        cwd=REPO, env=full_env, capture_output=True, text=True, timeout=120,
    )


def test_export_verify_import_from_the_command_line(vault_factory: Any, tmp_path: Path) -> None:
    source, _ = vault_factory("source.obv", PASSPHRASE)
    target, _ = vault_factory("target.obv", PASSPHRASE)
    info = make_rich_matter(source)
    source.lock()
    target.lock()
    bundle = tmp_path / "case.zip"

    done = _run("export", str(source.path), info["reference"], "--out", str(bundle))
    assert done.returncode == 0, done.stderr
    assert "signed with key" in done.stdout and bundle.is_file()

    checked = _run("verify", str(bundle))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    for name in ("zip structure", "payload manifest", "signature", "schemas", "audit chain"):
        assert f"[ok    ] {name}" in checked.stdout
    assert "verification passed" in checked.stdout

    imported = _run("import", str(target.path), str(bundle))
    assert imported.returncode == 0, imported.stderr
    assert f"Imported {info['reference']}" in imported.stdout
    again = _run("import", str(target.path), str(bundle))
    assert again.returncode == 2 and "already in this vault" in again.stderr
    copied = _run("import", str(target.path), str(bundle), "--as-copy")
    assert copied.returncode == 0 and "as a copy of" in copied.stdout

    # A tampered bundle fails verification (exit 1); a non-bundle is an input error (exit 2).
    base, files = read_bag(bundle)
    files[layout.INTAKE_JSON] = files[layout.INTAKE_JSON].replace(b"Head", b"Tail")
    bad = write_bag(tmp_path / "bad.zip", base, files)
    failed = _run("verify", str(bad))
    assert failed.returncode == 1
    assert "[FAILED] payload manifest: data/intake.json does not match" in failed.stdout
    notzip = tmp_path / "notes.txt"
    notzip.write_text("hello")
    wrong = _run("verify", str(notzip))
    assert wrong.returncode == 2 and "is not a zip file" in wrong.stderr
