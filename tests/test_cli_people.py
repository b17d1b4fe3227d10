"""`outbound people list|show|export|set|merge` in real processes over a vault of linked
matters."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from casework_support import TODAY, scenario
from pypdf import PdfReader
from vault_support import run_outbound

from casework.workspace import Workspace
from models.vault import Vault

PASSPHRASE = "correct horse battery"


@pytest.fixture
def vault_path(tmp_path: Path) -> dict[str, Any]:
    path = tmp_path / "people.obv"
    vault, _recovery = Vault.create(path, PASSPHRASE)
    try:
        ws = Workspace(vault, "Counsel Li")
        chen = ws.create_matter_for(kind="departure", answers=dict(scenario("02")["answers"]),
                                    today=TODAY, employee_number="E-1024").value
        dev = ws.create_matter_for(kind="travel", answers=dict(scenario("01")["answers"]),
                                   today=TODAY).value
        refs = {"chen": chen.reference, "dev": dev.reference,
                "dev_tier": ws.matter(dev.reference).tier}
    finally:
        vault.lock()
    return {"path": path, **refs}


def _ok(*args: Any) -> str:
    result = run_outbound(*args, passphrase=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_people_list_text_and_json(vault_path: dict[str, Any]) -> None:
    text = _ok("people", "list", vault_path["path"])
    lines = text.splitlines()
    assert lines[0].split()[:2] == ["NAME", "TIER"]
    (chen,) = [line for line in lines if line.startswith("陈思远")]
    assert "Tier 1" in chen and "Yes" in chen and "2029-01-15" in chen
    assert vault_path["chen"] in chen
    data = json.loads(_ok("people", "list", vault_path["path"], "--json"))
    by_name = {d["name"]: d for d in data}
    assert by_name["陈思远"]["tier"] == 1
    assert by_name["陈思远"]["key_position"] == "yes"
    assert by_name["陈思远"]["noncompete_until"] == "2029-01-15"
    assert by_name["陈思远"]["matters"] == [vault_path["chen"]]
    assert by_name["陈思远"]["confidentiality_until"] is None
    tier1 = json.loads(_ok("people", "list", vault_path["path"], "--tier", "1", "--json"))
    assert [d["name"] for d in tier1] == ["陈思远"]


def test_people_show_and_export(vault_path: dict[str, Any], tmp_path: Path) -> None:
    shown = _ok("people", "show", vault_path["path"], "E-1024")
    assert "陈思远" in shown and "E-1024" in shown
    assert vault_path["chen"] in shown and "Tier history" in shown
    assert "training_lead" not in shown  # words, not codes
    out_csv, out_pdf = tmp_path / "tier1.csv", tmp_path / "tier1.pdf"
    _ok("people", "export", vault_path["path"], "--view", "tier1", "--csv", out_csv)
    rows = list(csv.reader(io.StringIO(out_csv.read_text(encoding="utf-8-sig"))))
    assert [r[0] for r in rows[1:]] == ["陈思远"]
    _ok("people", "export", vault_path["path"], "--view", "tier1", "--pdf", out_pdf)
    reader = PdfReader(io.BytesIO(out_pdf.read_bytes()))
    text = "".join(p.extract_text() or "" for p in reader.pages)
    assert "陈思远" in "".join(text.split())
    chinese_pdf = tmp_path / "tier1-zh.pdf"
    _ok("people", "export", vault_path["path"], "--view", "tier1", "--pdf", chinese_pdf,
        "--language", "zh")
    reader = PdfReader(io.BytesIO(chinese_pdf.read_bytes()))
    flat = "".join("".join(p.extract_text() or "" for p in reader.pages).split())
    assert "一级人员" in flat and "第1页，共1页" in flat


@pytest.mark.parametrize("args, word", [
    (("people", "list", "{vault}", "--tier", "4"), "--tier"),
    (("people", "show", "{vault}", "Nobody"), "Nobody"),
    (("people", "export", "{vault}", "--view", "everyone", "--csv", "{tmp}/x.csv"), "everyone"),
])
def test_bad_input_is_one_line_and_exit_2(
    vault_path: dict[str, Any], tmp_path: Path, args: tuple[str, ...], word: str
) -> None:
    filled = [a.format(vault=vault_path["path"], tmp=tmp_path) for a in args]
    result = run_outbound(*filled, passphrase=PASSPHRASE)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("outbound: ") and word in lines[0]
    assert not (tmp_path / "x.csv").exists()


def test_people_set_changes_only_what_is_given_and_clears_with_empty(
    vault_path: dict[str, Any]
) -> None:
    path = vault_path["path"]
    out = _ok("people", "set", path, "E-1024", "--employee-number", "HR-7")
    assert "HR-7" in out and "陈思远" in out
    shown = json.loads(_ok("people", "show", path, "HR-7", "--json"))
    assert shown["employee_number"] == "HR-7" and shown["name_zh"] == ""
    _ok("people", "set", path, "HR-7", "--name-zh", "陈思远")
    shown = json.loads(_ok("people", "show", path, "HR-7", "--json"))
    assert (shown["name_zh"], shown["employee_number"]) == ("陈思远", "HR-7")
    _ok("people", "set", path, shown["id"], "--employee-number", "")
    shown = json.loads(_ok("people", "show", path, shown["id"], "--json"))
    assert (shown["name_zh"], shown["employee_number"]) == ("陈思远", None)


def _identifiers(path: Path) -> list[tuple[str, str, str | None]]:
    """Each person's id, Chinese name and employee number, as the vault holds them."""
    found = []
    for listed in json.loads(_ok("people", "list", path, "--json")):
        shown = json.loads(_ok("people", "show", path, listed["id"], "--json"))
        found.append((shown["id"], shown["name_zh"], shown["employee_number"]))
    return sorted(found)


@pytest.mark.parametrize("args, words", [
    (("people", "set", "{vault}", "{dev}", "--employee-number", "E-1024"),
     ("E-1024", "陈思远", "merge")),
    (("people", "set", "{vault}", "{dev}", "--employee-number", "E" * 101), ("limit",)),
    (("people", "set", "{vault}", "{dev}", "--name-zh", "王\n德文"), ("line",)),
    (("people", "set", "{vault}", "{dev}"), ("--name-zh",)),
    (("people", "set", "{vault}", "Nobody", "--name-zh", "某人"), ("Nobody",)),
])
def test_people_set_bad_input_is_one_line_exit_2_and_changes_nothing(
    vault_path: dict[str, Any], args: tuple[str, ...], words: tuple[str, ...]
) -> None:
    path = vault_path["path"]
    dev = next(p["id"] for p in json.loads(_ok("people", "list", path, "--json"))
               if vault_path["dev"] in p["matters"])
    before = _identifiers(path)
    filled = [a.format(vault=path, dev=dev) for a in args]
    result = run_outbound(*filled, passphrase=PASSPHRASE)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("outbound: ")
    assert all(w in lines[0] for w in words), lines[0]
    assert _identifiers(path) == before


def test_bundle_import_offers_a_look_alike_and_people_merge_joins_them(
    vault_path: dict[str, Any], tmp_path: Path
) -> None:
    source = Vault.unlock_passphrase(vault_path["path"], PASSPHRASE)
    try:
        bundle = Workspace(source, "Counsel Li").export_bundle(
            vault_path["chen"], tmp_path / "chen.zip").value.path
    finally:
        source.lock()
    other_path = tmp_path / "other.obv"
    other, _ = Vault.create(other_path, PASSPHRASE)
    try:
        ws = Workspace(other, "Counsel Wu")
        ws.update_settings(reference_prefix="LB")
        local = ws.create_matter_for(kind="travel", today=TODAY, answers={
            **scenario("10")["answers"], "person.name": "陈 思远"}).value
    finally:
        other.lock()
    out = _ok("bundle", "import", other_path, bundle)
    assert "may be the same person" in out and local.reference in out
    listed = json.loads(_ok("people", "list", other_path, "--json"))
    assert len(listed) == 2  # offered, not merged
    keep = next(p["id"] for p in listed if local.reference in p["matters"])
    gone = next(p["id"] for p in listed if p["id"] != keep)
    merged = _ok("people", "merge", other_path, keep, gone)
    assert vault_path["chen"] in merged and local.reference in merged
    assert len(json.loads(_ok("people", "list", other_path, "--json"))) == 1
