"""The command line and the window run the same use case: the same action taken both ways writes
the same audit events (apart from ids, times and hashes), because both call one Workspace
method."""

from __future__ import annotations

from typing import Any

import pytest
from casework_support import TODAY, scenario

from casework.workspace import Workspace
from desktop.cli import main

ACTOR = "Margaret Lin"
PASSPHRASE = "correct horse battery"


def _two_vaults(vault_factory: Any) -> list[tuple[Any, str, str]]:
    """The same matter in two fresh vaults: (vault, matter id, reference) each."""
    made = []
    for name in ("cli.obv", "window.obv"):
        vault, _recovery = vault_factory(name, PASSPHRASE)
        data = scenario("02")
        matter = Workspace(vault, ACTOR).create_matter(
            kind=data["kind"], answers=dict(data["answers"]), today=TODAY
        ).value
        made.append((vault, matter.id, matter.reference))
    return made


def _events_after_creation(vault: Any, matter_id: str) -> list[tuple[str, str, str]]:
    """(actor, action, details) of each event after the matter was made."""
    events = Workspace(vault, ACTOR).history(matter_id).events
    made = ("matter.create", "intake.save", "matter.assess", "task.sync")  # tasks made with it
    return [(e.actor, e.action, e.details) for e in events if e.action not in made]


def test_rename_and_archive_write_the_same_events_from_cli_and_window(
    vault_factory: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui.matter_window import MatterWindow

    (cli_vault, cli_id, cli_ref), (win_vault, win_id, _win_ref) = _two_vaults(vault_factory)

    monkeypatch.setenv("OUTBOUND_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("OUTBOUND_ACTOR", ACTOR)
    path = str(cli_vault.path)
    assert main(["matter", "rename", path, cli_ref, "Hand-over of the training stack"]) == 0
    assert main(["matter", "status", path, cli_ref, "archive"]) == 0

    window = MatterWindow(win_vault, win_id, actor=ACTOR)
    qtbot.addWidget(window)
    window.show()
    window.rename("Hand-over of the training stack")  # each in a worker, as the buttons do
    qtbot.waitUntil(lambda: window.header.title.text() == "Hand-over of the training stack")
    window.change_status("archive")
    qtbot.waitUntil(lambda: window.header.read_only_note.isVisible())

    from_cli = _events_after_creation(cli_vault, cli_id)
    from_window = _events_after_creation(win_vault, win_id)
    assert [action for _actor, action, _details in from_cli] == ["matter.rename", "matter.status"]
    assert from_window == from_cli
