"""`outbound tasks list|done|ics` on a real vault (in process, the test key derivation): words in
text mode and codes in --json, an audited "done", and a calendar file that parses with icalendar
and keeps its UIDs when exported again."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from casework_support import scenario
from icalendar import Calendar

from casework.workspace import Workspace
from desktop.cli import main
from models.vault import Vault

PASSPHRASE = "correct horse battery"
IN_TEN_DAYS = (date.today() + timedelta(days=10)).isoformat()


@dataclass
class Made:
    path: Path
    dated: str  # a departure whose last day is ten days from now
    undated: str  # a departure with no last day yet


@pytest.fixture
def made(vault_factory: Any, monkeypatch: pytest.MonkeyPatch) -> Made:
    vault, _recovery = vault_factory()
    workspace = Workspace(vault, "Margaret Lin")
    answers = dict(scenario("02")["answers"])
    dated = workspace.create_matter(
        kind="departure", answers={**answers, "departure.last_day": IN_TEN_DAYS}
    ).value.reference
    answers.pop("departure.last_day")
    undated = workspace.create_matter(kind="departure", answers=answers).value.reference
    path = Path(vault.path)
    vault.lock()
    monkeypatch.setenv("OUTBOUND_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("OUTBOUND_ACTOR", "Margaret Lin")
    return Made(path, dated, undated)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _listed(capsys: pytest.CaptureFixture[str], made: Made, *extra: str) -> list[dict[str, Any]]:
    code, out, err = _run(capsys, "tasks", "list", str(made.path), "--json", *extra)
    assert code == 0, err
    rows: list[dict[str, Any]] = json.loads(out)
    return rows


def _workspace(made: Made) -> Workspace:
    return Workspace(Vault.unlock_passphrase(made.path, PASSPHRASE), "Margaret Lin")


def test_list_gives_codes_in_json_and_words_in_text(
    made: Made, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = _listed(capsys, made)
    keyed = {(r["reference"], r["rule"], r["number"]): r for r in rows}
    by_last_day = keyed[(made.dated, "TRADE-SECRET", 3)]
    assert (by_last_day["due"], by_last_day["owner"], by_last_day["status"]) == (
        IN_TEN_DAYS, "security", "open")
    assert len(by_last_day["task"]) == 36 and by_last_day["assignee"] is None
    assert keyed[(made.undated, "TRADE-SECRET", 3)]["due"] == "unknown"
    dues = [r["due"] for r in rows]
    after_unknown = dues[dues.index("unknown"):]
    assert set(after_unknown) <= {"unknown", None}  # unknown dates after every known one

    code, out, err = _run(capsys, "tasks", "list", str(made.path))
    assert code == 0, err
    assert "Security" in out and "unknown" in out
    assert "TRADE-SECRET" not in out and "Trade secrets at stake, action 3" in out
    assert by_last_day["task"][:8] in out


def test_due_within_keeps_what_falls_due_and_drops_unknown(
    made: Made, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = _listed(capsys, made, "--due-within", "10")
    assert rows and all(r["due"] != "unknown" and r["due"] <= IN_TEN_DAYS for r in rows)
    assert (made.dated, "TRADE-SECRET", 3) in {(r["reference"], r["rule"], r["number"])
                                              for r in rows}
    assert all(r["reference"] == made.dated for r in rows)
    soon = _listed(capsys, made, "--due-within", "5")
    assert "TRADE-SECRET" not in {r["rule"] for r in soon if r["number"] == 3}


@pytest.mark.parametrize("days", ["-1", "soon", "99999"])
def test_a_bad_window_is_one_line_and_exit_2(
    made: Made, capsys: pytest.CaptureFixture[str], days: str
) -> None:
    code, out, err = _run(capsys, "tasks", "list", str(made.path), "--due-within", days)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("outbound: --due-within")


def test_done_closes_the_task_audited(made: Made, capsys: pytest.CaptureFixture[str]) -> None:
    task = next(r for r in _listed(capsys, made)
                if r["reference"] == made.dated and r["rule"] == "EXIT-REVIEW")
    code, out, err = _run(capsys, "tasks", "done", str(made.path), made.dated, task["task"][:8],
                          "--note", "Answers recorded in the intake")
    assert code == 0, err
    assert "Done" in out
    assert task["task"] not in {r["task"] for r in _listed(capsys, made)}
    closed = {r["task"]: r for r in _listed(capsys, made, "--all")}[task["task"]]
    assert closed["status"] == "done"
    workspace = _workspace(made)
    try:
        events = [e for e in workspace.history(made.dated).events if e.action == "task.status"]
        assert len(events) == 1 and events[0].actor == "Margaret Lin"
        assert "Answers recorded in the intake" in events[0].details
    finally:
        workspace.lock()


def test_done_with_an_unknown_task_changes_nothing(
    made: Made, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _listed(capsys, made)
    code, _out, err = _run(capsys, "tasks", "done", str(made.path), made.dated, "ffffffff",
                          "--note", "x")
    assert code == 2 and err.count("\n") == 1 and "tasks list" in err
    assert _listed(capsys, made) == before


def _events(path: Path) -> dict[str, Any]:
    calendar = Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_ics_parses_and_a_re_export_keeps_the_uids(
    made: Made, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    first_file = tmp_path / "due.ics"
    code, _out, err = _run(capsys, "tasks", "ics", str(made.path), "--out", str(first_file))
    assert code == 0, err
    first = _events(first_file)
    dated = [r for r in _listed(capsys, made) if r["due"] not in ("unknown", None)]
    assert {f"task-{r['task']}@outbound.local" for r in dated} <= set(first)
    key_dates = [uid for uid in first if uid.startswith("keydate-")]
    assert len(key_dates) == 2  # the last working day and the non-compete's end
    last_day = next(first[u] for u in key_dates if u.endswith("departure.last_day@outbound.local"))
    assert last_day.decoded("DTSTART") == date.fromisoformat(IN_TEN_DAYS)
    assert str(last_day["SUMMARY"]) == f"{made.dated}: Last working day"

    # the last day moves: the same events, at the new dates
    workspace = _workspace(made)
    try:
        answers = dict(workspace.latest_intake(made.dated).answers)  # type: ignore[union-attr]
        later = (date.today() + timedelta(days=40)).isoformat()
        workspace.save_intake(made.dated, {**answers, "departure.last_day": later})
    finally:
        workspace.lock()
    second_file = tmp_path / "due-again.ics"
    code, _out, err = _run(capsys, "tasks", "ics", str(made.path), "--out", str(second_file))
    assert code == 0, err
    second = _events(second_file)
    assert set(second) == set(first)
    moved = next(second[u] for u in key_dates if u.endswith("departure.last_day@outbound.local"))
    assert moved.decoded("DTSTART") == date.fromisoformat(later)


def test_ics_within_a_window_and_to_a_missing_folder(
    made: Made, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out_file = tmp_path / "week.ics"
    code, _out, err = _run(capsys, "tasks", "ics", str(made.path), "--out", str(out_file),
                           "--due-within", "7")
    assert code == 0, err
    until = date.today() + timedelta(days=7)
    assert all(e.decoded("DTSTART") <= until for e in _events(out_file).values())
    code, _out, err = _run(capsys, "tasks", "ics", str(made.path), "--out",
                           str(tmp_path / "nowhere" / "x.ics"))
    assert code == 2 and err.count("\n") == 1 and "does not exist" in err
