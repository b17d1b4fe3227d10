"""Hostile task values in a case bundle (format 2.0, data/tasks.json): each correctly hashed and
signed, so only the task check can object; each refused with its reason (one line on the command
line) and the vault left exactly as it was."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from test_bundle_support import dump_vault, read_bag, reseal, write_bag
from test_bundle_tasks import PASSPHRASE, _worked_on

from bundles import layout
from bundles.errors import BundleVerificationError
from bundles.limits import Limits
from casework.workspace import Workspace
from desktop.cli import main
from forms import limits
from models.entities import Task
from models.vault import Vault


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """One exporting vault with a worked-on matter and its bundle, and one target vault that
    every refused import must leave exactly as it was."""
    import models.keywrap as keywrap

    folder = tmp_path_factory.mktemp("hostile-tasks")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(keywrap, "DEFAULT_ARGON2", keywrap.Argon2Params(8 * 1024, 1, 1))
        source, _ = Vault.create(folder / "source.obv", "pw source")
        target, _ = Vault.create(folder / "target.obv", "pw target")
    workspace = Workspace(source, "Counsel Li")
    work = _worked_on(workspace)
    good = workspace.export_bundle(work["matter"].reference, folder / "good.zip").value.path
    base, files = read_bag(good)
    yield {"source": source, "target": target, "folder": folder, "base": base, "files": files,
           "work": work, "dump": dump_vault(target)}
    source.lock()
    target.lock()


def _edit_tasks(change: Callable[[list[dict[str, Any]], dict[str, Any]], None]) -> Callable[
    [dict[str, bytes], dict[str, Any]], None
]:
    def mutate(files: dict[str, bytes], work: dict[str, Any]) -> None:
        doc = json.loads(files[layout.TASKS_JSON])
        change(doc["tasks"], work)
        files[layout.TASKS_JSON] = json.dumps(doc, ensure_ascii=False).encode()

    return mutate


def _task(tasks: list[dict[str, Any]], task_id: str) -> dict[str, Any]:
    return next(t for t in tasks if t["id"] == task_id)


def _key_date(tasks: list[dict[str, Any]], _: dict[str, Any]) -> dict[str, Any]:
    return next(t for t in tasks if t["entry"] == "key_date")


def _as_1_0(files: dict[str, bytes], work: dict[str, Any]) -> None:
    """A bundle claiming format 1.0 (as its reader would know it) that carries tasks."""
    for path in (layout.MATTER_JSON, layout.INTAKE_JSON, layout.CHECKLIST_JSON,
                 layout.ATTACHMENT_INDEX):
        doc = json.loads(files[path])
        doc["format_version"] = "1.0"
        files[path] = json.dumps(doc, ensure_ascii=False).encode()
    items = [(k, "1.0" if k == layout.L_FORMAT else v)
             for k, v in layout.parse_tag_file(files[layout.BAG_INFO])]
    files[layout.BAG_INFO] = layout.format_tag_file(items)


HOSTILE = {
    "unknown status": (
        _edit_tasks(lambda ts, w: _task(ts, w["done"]).update(status="waived")),
        r"tasks\.json at tasks/\d+/status: 'waived' is not one of"),
    "dangling evidence": (
        _edit_tasks(lambda ts, w: _task(ts, w["done"]).update(
            evidence_attachment_id="00000000-0000-4000-8000-000000000000")),
        "names as its evidence the attachment 00000000-0000-4000-8000-000000000000, which the "
        "bundle does not carry"),
    "note over the limit": (
        _edit_tasks(lambda ts, w: _task(ts, w["done"]).update(
            note="n" * (limits.TASK_NOTE + 1))),
        r"tasks\.json at tasks/\d+/note: 'nnn.* is too long"),
    "text over the limit": (
        _edit_tasks(lambda ts, w: _task(ts, w["to_hr"]).update(text="t" * 2001)),
        r"tasks\.json at tasks/\d+/text: 'ttt.* is too long"),
    "assignee over the limit": (
        _edit_tasks(lambda ts, w: _task(ts, w["to_hr"]).update(
            assignee="a" * (limits.TASK_ASSIGNEE + 1))),
        r"tasks\.json at tasks/\d+/assignee: 'aaa.* is too long"),
    "a field no task has": (
        _edit_tasks(lambda ts, w: _task(ts, w["done"]).update(approved_by="GC")),
        r"Additional properties are not allowed \('approved_by' was unexpected\)"),
    "not a calendar day": (
        _edit_tasks(lambda ts, w: _task(ts, w["moved"]).update(due_on="2027-02-30")),
        "has '2027-02-30' as a date, which is no calendar day"),
    "a due rule nobody can compute": (
        _edit_tasks(lambda ts, w: _task(ts, w["moved"]).update(due_rule="whenever convenient")),
        "has a due rule Outbound cannot compute: 'whenever convenient'"),
    "a key date marked done": (
        _edit_tasks(lambda ts, w: _key_date(ts, w).update(status="done")),
        "is a key date, which has no action number and is never done or not needed"),
    "the same action twice": (
        _edit_tasks(lambda ts, w: ts.append({
            **_task(ts, w["to_hr"]), "id": "11111111-1111-4111-8111-111111111111"})),
        r"task \S+ \d+ appears more than once"),
    "a task id shared with another record": (
        _edit_tasks(lambda ts, w: _task(ts, w["to_hr"]).update(id=w["attachment"])),
        "record id .* appears more than once"),
    "tasks in a 1.0 bundle": (
        _as_1_0, r"the bundle carries data/tasks\.json, which no 1\.x bundle has"),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_task_values_are_refused_and_nothing_is_stored(
    world: dict[str, Any], case: str
) -> None:
    mutate, match = HOSTILE[case]
    files = dict(world["files"])
    mutate(files, world["work"])
    reseal(files, world["source"])  # correctly hashed and signed: only the task check objects
    path = write_bag(world["folder"] / f"{case.replace(' ', '-')}.zip", world["base"], files)
    with pytest.raises(BundleVerificationError, match=match) as raised:
        Workspace(world["target"], "Counsel Wu").import_bundle(path)
    assert str(raised.value).startswith("the bundle failed verification and was not imported")
    assert dump_vault(world["target"]) == world["dump"], "a refused import changed the vault"


def test_the_command_line_refuses_a_hostile_task_in_one_line(
    world: dict[str, Any], vault_factory: Any, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    mutate, _ = HOSTILE["unknown status"]
    files = dict(world["files"])
    mutate(files, world["work"])
    reseal(files, world["source"])
    path = write_bag(world["folder"] / "cli-status.zip", world["base"], files)
    vault = vault_factory("cli.obv", PASSPHRASE)[0]
    before = dump_vault(vault)
    vault.lock()
    monkeypatch.setenv("OUTBOUND_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("OUTBOUND_ACTOR", "Counsel Wu")
    assert main(["bundle", "import", str(vault.path), str(path)]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert "was not imported" in err and "data/tasks.json" in err and "'waived'" in err
    reopened = Vault.unlock_passphrase(vault.path, PASSPHRASE)
    try:
        assert dump_vault(reopened) == before
    finally:
        reopened.lock()


def test_the_good_bundle_of_the_hostile_tests_imports(world: dict[str, Any], tmp_path: Path,
                                                      vault_factory: Any) -> None:
    """The variants above differ from an importable bundle only by what each test changed."""
    path = write_bag(tmp_path / "resealed.zip", world["base"], dict(world["files"]))
    ws = Workspace(vault_factory()[0], "Counsel Wu")
    ws.import_bundle(path)
    assert _task_ids(ws) == {t["id"] for t in json.loads(world["files"][layout.TASKS_JSON])[
        "tasks"]}


def _task_ids(ws: Workspace) -> set[str]:
    with ws.vault.session() as s:
        return set(s.execute(select(Task.id)).scalars())


def test_tasks_json_over_the_document_limit_is_refused_before_it_is_read(
    world: dict[str, Any]
) -> None:
    def long_notes(tasks: list[dict[str, Any]], _: dict[str, Any]) -> None:
        for task in tasks:
            if task["entry"] == "action":
                task["note"] = "n" * limits.TASK_NOTE

    files = dict(world["files"])
    _edit_tasks(long_notes)(files, world["work"])
    reseal(files, world["source"])
    path = write_bag(world["folder"] / "big-tasks.zip", world["base"], files)
    size = len(files[layout.TASKS_JSON])
    small = Limits(max_document_bytes=size - 1)
    assert all(len(files[p]) < size for p in (layout.MATTER_JSON, layout.CHECKLIST_JSON))
    with pytest.raises(BundleVerificationError,
                       match=rf"data/tasks\.json is {size:,} bytes, more than the limit"):
        Workspace(world["target"], "Counsel Wu").import_bundle(path, limits=small)
    assert dump_vault(world["target"]) == world["dump"]
