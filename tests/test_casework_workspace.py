"""The Workspace façade, one use-case group at a time, without Qt: each mutation is stored, writes
its audit event, keeps the search index current and says what it changed."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from casework_support import TODAY, scenario

from casework.changes import Aspect, Changes
from casework.listing import MatterFilter
from casework.workspace import Workspace
from forms.errors import OutboundError

ACTOR = "Margaret Lin"


@pytest.fixture
def workspace(vault_factory: Any) -> Workspace:
    vault, _recovery = vault_factory()
    return Workspace(vault, ACTOR)


def _new(workspace: Workspace, prefix: str = "02") -> Any:
    data = scenario(prefix)
    return workspace.create_matter(
        kind=data["kind"], title=data.get("title", ""), answers=dict(data["answers"]), today=TODAY
    ).value


def _actions(workspace: Workspace, matter_id: str) -> list[str]:
    return [e.action for e in workspace.history(matter_id).events]


def _found(workspace: Workspace, text: str) -> list[str]:
    return [row.reference for row in workspace.list_matters(MatterFilter(search=text))]


# ----- matters ------------------------------------------------------------------------------
def test_create_matter_is_stored_audited_listed_and_assessed(workspace: Workspace) -> None:
    data = scenario("02")
    done = workspace.create_matter(
        kind=data["kind"], answers=dict(data["answers"]), today=TODAY
    )
    matter = done.value
    assert done.changes.matters == {matter.id}
    assert done.changes.touches(matter.id, Aspect.MATTER_LIST)
    assert done.changes.touches(matter.id, Aspect.CHECKLIST)
    assert _actions(workspace, matter.id)[0] == "matter.create"
    stored = workspace.matter(matter.reference)
    assert sorted(i.rule_id for i in stored.checklist_items) == sorted(data["expect"]["rules"])
    assert workspace.count_matters() == 1


def test_rename_is_audited_and_searchable_at_once(workspace: Workspace) -> None:
    matter = _new(workspace)
    done = workspace.rename_matter(matter.reference, "Quokka secondment review")
    assert done.value.title == "Quokka secondment review"
    assert done.changes.touches(matter.id, Aspect.MATTER)
    assert not done.changes.touches(matter.id, Aspect.MEMO)
    assert _actions(workspace, matter.id)[-1] == "matter.rename"
    assert _found(workspace, "Quokka") == [matter.reference]


def test_bad_input_changes_nothing(workspace: Workspace) -> None:
    matter = _new(workspace)
    before = _actions(workspace, matter.id)
    with pytest.raises(OutboundError):
        workspace.change_status(matter.reference, "close")  # only a signed matter closes
    with pytest.raises(OutboundError):
        workspace.override_recommendation(matter.reference, recommendation="proceed", reason="")
    assert _actions(workspace, matter.id) == before
    assert workspace.matter(matter.id).status == matter.status


# ----- intake and assessment ----------------------------------------------------------------
def test_save_intake_adds_a_revision_and_reassesses(workspace: Workspace) -> None:
    matter = _new(workspace)
    answers = dict(scenario("02")["answers"])
    answers["person.name"] = "Zhao Wumingshi"
    done = workspace.save_intake(matter.id, answers, today=TODAY)
    assert done.value.revision == 2
    assert done.changes.touches(matter.id, Aspect.INTAKE)
    assert done.changes.touches(matter.id, Aspect.RECOMMENDATION)
    assert "intake.save" in _actions(workspace, matter.id)
    assert _found(workspace, "Wumingshi") == [matter.reference]


# ----- checklist and recommendation ---------------------------------------------------------
def test_decide_item_keeps_status_and_note(workspace: Workspace) -> None:
    matter = _new(workspace)
    item = workspace.matter(matter.id).checklist_items[0]
    done = workspace.decide_item(item.id, status="escalated", note="asked the export team")
    assert done.changes.touches(matter.id, Aspect.CHECKLIST)
    stored = {i.id: i for i in workspace.matter(matter.id).checklist_items}[item.id]
    assert (stored.status, stored.note, stored.decided_by) == (
        "escalated", "asked the export team", ACTOR
    )
    assert _actions(workspace, matter.id)[-1] == "checklist.decide"


def test_override_then_clear_leaves_the_index_current(workspace: Workspace) -> None:
    matter = _new(workspace)
    done = workspace.override_recommendation(
        matter.reference, recommendation="do_not_proceed", reason="Platypus licence unresolved"
    )
    assert done.value.effective_recommendation == "do_not_proceed"
    assert done.changes.touches(matter.id, Aspect.RECOMMENDATION)
    assert _found(workspace, "Platypus") == [matter.reference]
    cleared = workspace.clear_override(matter.reference)
    assert cleared.value.override_recommendation is None
    assert _found(workspace, "Platypus") == []  # a cleared override is not found any more
    assert _actions(workspace, matter.id)[-2:] == ["matter.override", "matter.override_cleared"]


def test_change_status_archive_and_back(workspace: Workspace) -> None:
    matter = _new(workspace)
    archived = workspace.change_status(matter.reference, "archive")
    assert archived.value.status == "archived"
    assert archived.changes.touches(matter.id, Aspect.STATUS)
    back = workspace.change_status(matter.reference, "unarchive")
    assert back.value.status == matter.status


# ----- memo ---------------------------------------------------------------------------------
def test_memo_draft_render_and_sign(workspace: Workspace) -> None:
    matter = _new(workspace)
    workspace.add_counsel(name="Chen Jing", title="General Counsel", new_certificate=True,
                          passphrase="Chen Jing's own phrase")
    draft = workspace.draft_memo(matter.reference, edits={"summary": "Hold until licensed."})
    assert draft.value.number == 1
    assert draft.value.content["summary"] == "Hold until licensed."
    assert draft.changes.touches(matter.id, Aspect.MEMO)
    again = workspace.draft_memo(matter.reference, edits={})
    assert again.value.content["summary"] == "Hold until licensed."  # counsel's words kept
    rendered = workspace.render_memo(matter.reference)
    assert rendered.pdf.startswith(b"%PDF") and rendered.state == "draft"
    # the signing gates (memos.gates): a final signature waits for the open facts
    assert workspace.memo_blockers(matter.reference)
    signed = workspace.sign_memo(matter.reference, counsel_name="Chen Jing", capacity="prepared",
                                 signer_passphrase="Chen Jing's own phrase")
    assert signed.value.version == 2
    assert signed.changes.touches(matter.id, Aspect.STATUS)
    assert workspace.matter(matter.id).status == "signed"
    match = workspace.match_memo(signed.value.fingerprint, signed.value.pdf)
    assert match.found and match.identical_to_stored
    versions = workspace.memo_versions(matter.reference)
    assert [v.state for v in versions] == ["draft", "signed"]
    assert [s.signer_name for s in versions[-1].signatures] == ["Chen Jing"]
    assert "memo.sign" in _actions(workspace, matter.id)[-2:]


# ----- attachments --------------------------------------------------------------------------
def test_attachments_add_read_remove(workspace: Workspace) -> None:
    matter = _new(workspace)
    data = b"signed NDA " * 50_000
    added = workspace.add_attachment(matter.reference, name="nda.pdf", stream=io.BytesIO(data))
    assert added.changes.touches(matter.id, Aspect.ATTACHMENTS)
    assert b"".join(workspace.read_attachment(added.value.id)) == data
    item = workspace.matter(matter.id).checklist_items[0]
    linked = workspace.link_evidence(item.id, added.value.id)
    assert linked.value.evidence_attachment_ids == [added.value.id]
    removed = workspace.remove_attachments([added.value.id])
    assert removed.changes.touches(matter.id, Aspect.ATTACHMENTS)
    assert workspace.matter(matter.id).attachments == []
    assert _actions(workspace, matter.id)[-3:] == [
        "attachment.add", "checklist.evidence", "attachment.remove"
    ]


# ----- counsel and settings -----------------------------------------------------------------
def test_counsel_with_certificate_and_settings(workspace: Workspace) -> None:
    done = workspace.add_counsel(name="Li Na", title="Counsel", new_certificate=True,
                                 passphrase="Li Na's own phrase")
    assert done.changes == Changes(aspects=frozenset({Aspect.COUNSEL}))
    assert [c.name for c in workspace.counsel()] == ["Li Na"]
    assert workspace.counsel()[0].certificate_pem
    updated = workspace.update_settings(page_size="Letter", organisation="Acme Semiconductors")
    assert updated.value["page_size"] == "Letter"
    assert workspace.settings()["organisation"] == "Acme Semiconductors"
    with pytest.raises(OutboundError):
        workspace.update_settings(page_size="A5")
    assert workspace.settings()["page_size"] == "Letter"


# ----- bundles ------------------------------------------------------------------------------
def test_bundle_export_verify_import(workspace: Workspace, vault_factory: Any,
                                     tmp_path: Path) -> None:
    matter = _new(workspace)
    exported = workspace.export_bundle(matter.reference, tmp_path / "m.zip")
    assert exported.value.reference == matter.reference
    assert _actions(workspace, matter.id)[-1] == "bundle.export"
    report = workspace.verify_bundle(exported.value.path)
    assert report.ok and report.key_known is True  # this vault's own key
    other_vault, _ = vault_factory("other.obv")
    other = Workspace(other_vault, "Receiving counsel")
    assert other.verify_bundle(exported.value.path).key_known is False
    imported = other.import_bundle(exported.value.path)
    assert imported.changes.touches(matter.id, Aspect.MATTER_LIST)
    assert other.matter(matter.reference).title == matter.title
    assert other.matter_exists(matter.id)
