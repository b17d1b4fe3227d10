"""`outbound assess`: contract output, readable summary and clean exit-2 errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import main

REPO = Path(__file__).resolve().parent.parent
SCENARIO = REPO / "tests/scenarios/08-entity-listed-partner.yaml"


def test_json_output_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", str(SCENARIO), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["recommendation"] == "do_not_proceed"


def test_readable_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", str(SCENARIO)]) == 0
    out = capsys.readouterr().out
    assert "Tier 3" in out
    assert "Recommendation: do_not_proceed" in out
    assert "US export control" in out
    assert "US-ENTITY-BLOCK" in out
    assert "Missing required facts" in out


def test_json_input_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "m.json"
    path.write_text(json.dumps({"kind": "travel", "answers": {"destination.country": "JP"}}))
    assert main(["assess", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert "person.name" in out["missing"]


@pytest.mark.parametrize(
    ("content", "needle"),
    [
        ("- a\n- b\n", "mapping"),
        ("answers: {}\n", "kind"),
        ("kind: holiday\nanswers: {}\n", "holiday"),
        ("kind: travel\nanswers: [1, 2]\n", "answers"),
        ("kind: travel\nanswers: {nope.fact: 1}\n", "nope.fact"),
        ("kind: travel\nanswers: {destination.country: XX}\n", "destination.country"),
        ("kind: travel\nanswers: {travel.depart_on: 2026-13-40}\n", "2026-13-40"),
        ("kind: travel\nanswers: {travel.depart_on: '2026-02-30'}\n", "travel.depart_on"),
        ("kind: travel\nanswers: {travel.purpose: tourism}\n", "tourism"),
        ("kind: travel\nanswers: {access.model_weights: perhaps}\n", "access.model_weights"),
        ("kind: collaboration\nanswers: {collab.personal_information_subjects: -5}\n",
         "collab.personal_information_subjects"),
        ("kind: travel\nanswers: {a: [unclosed\n", "YAML"),
        ("kind: departure\nanswers: !!python/object/apply:os.system [echo hi]\n", "YAML"),
    ],
)
def test_malformed_input_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, needle: str
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    assert main(["assess", str(path), "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    err = captured.err.strip()
    assert err.count("\n") == 0
    assert needle in err


def test_unreadable_and_oversized(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", str(tmp_path / "absent.yaml"), "--json"]) == 2
    assert "cannot read" in capsys.readouterr().err
    big = tmp_path / "big.yaml"
    big.write_text("kind: travel\nsummary: '" + "x" * 2_000_000 + "'\n")
    assert main(["assess", str(big), "--json"]) == 2
    assert "limit" in capsys.readouterr().err


def test_subprocess_error_and_no_writes(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("kind: travel\nanswers: {person.role: wizard}\n")
    before = sorted(p.name for p in tmp_path.iterdir())
    proc = subprocess.run(
        [sys.executable, "-m", "desktop", "assess", str(path), "--json"],
        capture_output=True, text=True, cwd=tmp_path, timeout=60,
    )
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert "person.role" in proc.stderr and "Traceback" not in proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_handler_imports_nothing_heavy() -> None:
    code = (
        "import sys; from desktop.cli import main; "
        f"main(['assess', {str(SCENARIO)!r}, '--json']); "
        "heavy = [m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'sqlalchemy', 'sqlcipher3', 'reportlab', 'pyhanko')]; "
        "print(heavy, file=sys.stderr); sys.exit(1 if heavy else 0)"
    )
    env_path = str(REPO)
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=env_path, timeout=60
    )
    assert proc.returncode == 0, proc.stderr
