"""`outbound assess|matter list|show|rename|status` as counsel read them: plain words in the text
output (codes only in `--json`), provisional assessments flagged, renaming and the close /
reopen / archive / unarchive lifecycle, and read-only closed and archived matters."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main

SCENARIOS = Path(__file__).resolve().parent / "scenarios"
SCENARIO = SCENARIOS / "02-training-lead-joins-us-lab.yaml"
PASSPHRASE = "correct horse battery staple 42"
CODES = re.compile(r"\b(hold_pending_approval|proceed_with_conditions|do_not_proceed|memo_draft)\b")


@pytest.fixture
def cli(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Any:
    monkeypatch.setenv("OUTBOUND_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("OUTBOUND_ACTOR", "Margaret Lin")
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

    def run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out = capsys.readouterr()
        return code, out.out, out.err

    return run


@pytest.fixture
def vault_with_matter(cli: Any, tmp_path: Path) -> tuple[str, str]:
    vault = str(tmp_path / "client.obv")
    assert cli("vault", "init", vault)[0] == 0
    code, out, err = cli("matter", "new", vault, "--scenario", str(SCENARIO))
    assert code == 0, err
    return vault, out.strip()


def test_assess_json_says_the_assessment_is_incomplete(cli: Any) -> None:
    code, out, _ = cli("assess", str(SCENARIO), "--json", "--today", "2026-11-01")
    assert code == 0
    data = json.loads(out)
    assert data["complete"] is False and data["missing"]
    assert (data["tier"], data["recommendation"]) == (1, "hold_pending_approval")


def test_matter_list_and_show_speak_plain_words(cli: Any, vault_with_matter: Any) -> None:
    vault, ref = vault_with_matter
    code, listed, _ = cli("matter", "list", vault)
    assert code == 0
    assert not CODES.search(listed), listed
    row = next(line for line in listed.splitlines() if line.startswith(ref))
    assert "Departure" in row and "Intake" in row and "Tier 1" in row
    assert re.search(r"Incomplete — \d+ required facts unanswered", row), row

    code, shown, _ = cli("matter", "show", vault, ref)
    assert code == 0
    assert not CODES.search(shown), shown
    assert "person.role" not in shown and "training_lead" not in shown
    assert "Head of model training / training lead" in shown

    code, raw, _ = cli("matter", "show", vault, ref, "--json")
    data = json.loads(raw)
    assert data["complete"] is False and data["missing"]
    assert data["recommendation"] == "hold_pending_approval" and data["tier"] == 1
    listed_json = json.loads(cli("matter", "list", vault, "--json")[1])
    assert listed_json[0]["status"] == "intake" and listed_json[0]["complete"] is False


def test_rename_and_lifecycle_with_read_only_archived_matters(
    cli: Any, vault_with_matter: Any
) -> None:
    vault, ref = vault_with_matter
    code, out, err = cli("matter", "rename", vault, ref, "Chen Siyuan — US lab offer")
    assert code == 0, err
    assert "Chen Siyuan — US lab offer" in out

    code, _, err = cli("matter", "status", vault, ref, "close")
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "sign its memo before closing it" in err

    code, out, err = cli("matter", "status", vault, ref, "archive")
    assert code == 0, err
    assert "Archived" in out
    code, _, err = cli("matter", "rename", vault, ref, "Another title")
    assert code == 2 and "archived and read-only; unarchive it first" in err

    code, out, err = cli("matter", "status", vault, ref, "unarchive")
    assert code == 0, err
    assert "Intake" in out
    data = json.loads(cli("matter", "show", vault, ref, "--json")[1])
    assert data["title"] == "Chen Siyuan — US lab offer" and data["status"] == "intake"
