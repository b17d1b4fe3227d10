"""`outbound vault init`, `matter new|list|show` as a user runs them: real subprocesses with the
production key derivation, so the vault is made once for the module and calls are few."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parent.parent
SCENARIOS = sorted((Path(__file__).resolve().parent / "scenarios").glob("*.yaml"))
PASSPHRASE = "correct horse battery staple 42"


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {
        **os.environ,
        "OUTBOUND_PASSPHRASE": PASSPHRASE,
        "OUTBOUND_ACTOR": "Margaret Lin",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "QT_QPA_PLATFORM": "offscreen",
        **(env or {}),
    }
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        cwd=REPO,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def assert_user_error(result: subprocess.CompletedProcess[str], *words: str) -> None:
    """Exit 2, one line on stderr naming the problem, no traceback."""
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert lines[0].startswith("outbound: ")
    for word in words:
        assert word in lines[0]


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A vault made with `vault init` and one matter per scenario made with `matter new`."""
    root = tmp_path_factory.mktemp("cli-matter")
    vault = root / "client.obv"
    kit = root / "kit.pdf"
    init = run_cli("vault", "init", str(vault), "--recovery-kit", str(kit))
    assert init.returncode == 0, init.stderr
    refs: dict[str, str] = {}
    for path in SCENARIOS:
        result = run_cli("matter", "new", str(vault), "--scenario", str(path))
        assert result.returncode == 0, result.stderr
        refs[path.stem] = result.stdout.strip()
    return {"vault": vault, "kit": kit, "refs": refs, "root": root}


def test_matter_new_prints_one_reference_per_scenario(made: dict[str, Any]) -> None:
    refs = list(made["refs"].values())
    assert refs == [f"OB-{refs[0][3:7]}-{n:04d}" for n in range(1, len(SCENARIOS) + 1)]


def test_recovery_kit_embeds_every_font(made: dict[str, Any]) -> None:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(made["kit"].read_bytes()))
    fonts = [f.get_object() for p in reader.pages for f in p["/Resources"]["/Font"].values()]
    assert fonts
    for font in fonts:
        descriptor = font.get("/FontDescriptor")
        assert descriptor is not None and "/FontFile2" in descriptor.get_object(), font
    assert "Mono" in " ".join(str(f["/BaseFont"]) for f in fonts)


def test_matter_list_json(made: dict[str, Any]) -> None:
    result = run_cli("matter", "list", str(made["vault"]), "--json")
    assert result.returncode == 0, result.stderr
    rows = {row["reference"]: row for row in json.loads(result.stdout)}
    assert len(rows) == len(SCENARIOS)
    for path in SCENARIOS:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        row = rows[made["refs"][path.stem]]
        assert row["tier"] == data["expect"]["tier"]
        assert row["recommendation"] == data["expect"]["recommendation"]
        assert row["kind"] == data["kind"]
        assert row["person"] == data["answers"]["person.name"]
        assert row["title"] == data["title"]
        assert row["status"] == "intake" and row["overridden"] is False


def test_matter_show_json_has_answers_and_checklist(made: dict[str, Any]) -> None:
    path = next(p for p in SCENARIOS if p.name.startswith("03"))
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    ref = made["refs"][path.stem]
    result = run_cli("matter", "show", str(made["vault"]), ref, "--json")
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    assert shown["reference"] == ref
    assert shown["intake"]["revision"] == 1
    assert shown["intake"]["answers"]["person.name"] == data["answers"]["person.name"]
    assert shown["intake"]["answers"]["destination.country"] == "DE"
    assert sorted(i["rule"] for i in shown["checklist"]) == sorted(data["expect"]["rules"])
    assert all(i["status"] == "open" and i["basis"] for i in shown["checklist"])
    assert (shown["tier"], shown["recommendation"]) == (
        data["expect"]["tier"],
        data["expect"]["recommendation"],
    )


def test_unknown_reference_is_a_clear_error(made: dict[str, Any]) -> None:
    result = run_cli("matter", "show", str(made["vault"]), "OB-1999-9999")
    assert_user_error(result, "OB-1999-9999")


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("kind: departure\nanswers: [unclosed\n", ("not valid YAML",)),
        ("kind: departure\nanswers:\n  destination.country: XX\n", ("destination.country",)),
        ("kind: teleport\nanswers: {}\n", ("teleport",)),
    ],
    ids=["broken-yaml", "bad-country", "bad-kind"],
)
def test_bad_scenario_file_is_a_clear_error(
    made: dict[str, Any], content: str, words: tuple[str, ...]
) -> None:
    bad = made["root"] / "bad.yaml"
    bad.write_text(content, encoding="utf-8")
    result = run_cli("matter", "new", str(made["vault"]), "--scenario", str(bad))
    assert_user_error(result, *words)
    if "country" in content:  # refused inside the vault: the transaction left nothing behind
        listed = run_cli("matter", "list", str(made["vault"]), "--json")
        assert len(json.loads(listed.stdout)) == len(SCENARIOS)
