"""`outbound report` as counsel run it: counts and lists in words (codes only in --json), the
CSV and PDF written, and each mistake one line on stderr, exit 2, nothing written."""

from __future__ import annotations

import csv
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from report_support import CHINESE_CLIENT, CHINESE_PERSON, build

from desktop.cli import main

PASSPHRASE = "correct horse battery staple 42"
QUARTER = ("--from", "2026-01-01", "--to", "2026-03-31")
CODES = re.compile(r"\b(hold_pending_approval|proceed_with_conditions|do_not_proceed|memo_draft)\b")


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Any:
    monkeypatch.setenv("OUTBOUND_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("OUTBOUND_ACTOR", "Margaret Lin")
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    monkeypatch.setenv("TZ", "UTC")  # the matters were opened on UTC days
    import time

    time.tzset()

    def run(*args: str) -> tuple[int, str, str]:
        code = main(list(args))
        out = capsys.readouterr()
        return code, out.out, out.err

    yield run
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def vault(cli: Any, tmp_path: Path) -> str:
    from casework.vaults import Vault

    path = tmp_path / "client.obv"
    assert cli("vault", "init", str(path))[0] == 0
    opened = Vault.unlock_passphrase(path, PASSPHRASE)
    try:
        build(opened)
    finally:
        opened.lock()
    return str(path)


def one_line_error(result: tuple[int, str, str], *words: str) -> None:
    code, out, err = result
    assert code == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("outbound: "), err
    assert "Traceback" not in err and out == ""
    for word in words:
        assert word in lines[0], lines[0]


def test_report_by_tier_in_words(cli: Any, vault: str) -> None:
    code, out, err = cli("report", vault, "--by", "tier", *QUARTER)
    assert code == 0, err
    assert not CODES.search(out), out
    assert "Matters by tier" in out
    assert ("Opened from 1 January 2026 to 31 March 2026, both included; days read in "
            "UTC+00:00.") in out
    counts = dict(re.findall(r"^(Tier \d — [^\d]+?|Provisional — intake incomplete)\s+(\d+)",
                             out, re.MULTILINE))
    assert counts["Provisional — intake incomplete"] == "3"
    assert re.search(r"^Total\s+8$", out, re.MULTILINE)
    assert CHINESE_PERSON in out  # in the list behind the provisional count


def test_report_json_keeps_codes_and_lists(cli: Any, vault: str) -> None:
    code, out, _ = cli("report", vault, "--by", "recommendation", *QUARTER, "--json")
    assert code == 0
    data = json.loads(out)
    assert (data["by"], data["from"], data["to"], data["total"]) == (
        "recommendation", "2026-01-01", "2026-03-31", 8)
    groups = {g["key"]: g for g in data["groups"]}
    assert groups["provisional"]["count"] == len(groups["provisional"]["matters"]) == 2
    overridden = groups["do_not_proceed"]["matters"]
    assert any(m["overridden"] and m["provisional"] for m in overridden)
    assert all(date.fromisoformat(m["opened_on"]) <= date(2026, 3, 31)
               for g in data["groups"] for m in g["matters"])


def test_report_writes_csv_and_pdf(cli: Any, vault: str, tmp_path: Path) -> None:
    from pypdf import PdfReader

    out_csv, out_pdf = tmp_path / "q1.csv", tmp_path / "q1.pdf"
    code, out, err = cli("report", vault, "--by", "client", *QUARTER,
                         "--csv", str(out_csv), "--pdf", str(out_pdf))
    assert code == 0, err
    assert f"CSV written to {out_csv}" in out and f"PDF written to {out_pdf}" in out
    with out_csv.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:2] == ["Grouped by client", "Reference"] and len(rows) == 9
    assert [r[0] for r in rows].count(CHINESE_CLIENT) == 1
    text = "\n".join(p.extract_text() for p in PdfReader(str(out_pdf)).pages)
    assert "Matters by client" in text and CHINESE_CLIENT in text


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("--by", "person"), ("cannot group a report by 'person'", "kind, tier")),
        ((), ("say what to count by", "--by")),
        (("--by", "kind", "--from", "31/03/2026"), ("--from '31/03/2026' is not a date",
                                                    "YYYY-MM-DD")),
        (("--by", "kind", "--from", "2026-04-01", "--to", "2026-03-31"),
         ("is after the end date",)),
    ],
    ids=["unknown-dimension", "no-dimension", "bad-date", "from-after-to"],
)
def test_bad_input_is_one_line_and_exit_2(
    cli: Any, vault: str, tmp_path: Path, args: tuple[str, ...], words: tuple[str, ...]
) -> None:
    out_csv = tmp_path / "never.csv"
    one_line_error(cli("report", vault, *args, "--csv", str(out_csv)), *words)
    assert not out_csv.exists()


def test_an_unwritable_destination_writes_nothing(cli: Any, vault: str, tmp_path: Path) -> None:
    exports = tmp_path / "exports"
    exports.mkdir()
    one_line_error(
        cli("report", vault, "--by", "kind", "--csv", str(exports / "q1.csv"),
            "--pdf", str(exports / "no-such-folder" / "q1.pdf")),
        "does not exist",
    )
    one_line_error(cli("report", vault, "--by", "kind", "--pdf", str(exports)), "is a folder")
    assert list(exports.iterdir()) == []
