"""A linked person travels in the case bundle (format 2.0): imported as the same register entry
or a new one, never merged with a look-alike; a 1.0 bundle written by the earlier code still
imports, unlinked."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from casework_support import TODAY, scenario
from sqlalchemy import select

from casework.workspace import Workspace
from models.entities import AuditEvent, Person

OLD_BUNDLE = Path(__file__).resolve().parent / "fixtures" / "bundle-format-1.0.zip"


def _chen(workspace: Workspace) -> Any:
    return workspace.create_matter_for(
        kind="departure", answers=dict(scenario("02")["answers"]), today=TODAY,
        employee_number="E-1024", name_zh="陈思远",
    ).value


def _bag_info(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        (name,) = [n for n in z.namelist() if n.endswith("/bag-info.txt")]
        return z.read(name).decode()


def test_a_linked_person_and_their_access_round_trip(vault_factory: Any, tmp_path: Path) -> None:
    source = Workspace(vault_factory("source.obv")[0], "Counsel Li")
    matter = _chen(source)
    source.confirm_access(matter.person_id)
    before = source.person(matter.person_id)
    out = source.export_bundle(matter.reference, tmp_path / "case.zip").value.path
    assert "Outbound-Format-Version: 2.0" in _bag_info(out)

    target = Workspace(vault_factory("target.obv")[0], "Counsel Wu")
    imported = target.import_bundle(out).value
    assert imported.person_id == matter.person_id and imported.person_duplicates == ()
    after = target.person(matter.person_id)
    for name in ("name", "name_zh", "employee_number", "role", "key_position", "secrets_level",
                 "noncompete_until", "confidentiality_until", "tier"):
        assert getattr(after, name) == getattr(before, name), name
    assert [m.reference for m in after.matters] == [matter.reference]
    assert after.access is not None and before.access is not None
    assert (after.access.source, after.access.confirmed_at, after.access.assets) == (
        "confirmed", before.access.confirmed_at, before.access.assets
    )
    assert [r.name for r in target.people_register("tier1")] == ["陈思远"]


def test_import_beside_a_look_alike_creates_an_entry_and_offers_it_never_merges(
    vault_factory: Any, tmp_path: Path
) -> None:
    source = Workspace(vault_factory("source.obv")[0], "Counsel Li")
    matter = _chen(source)
    out = source.export_bundle(matter.reference, tmp_path / "case.zip").value.path

    target = Workspace(vault_factory("target.obv")[0], "Counsel Wu")
    target.update_settings(reference_prefix="LB")
    local = target.create_matter_for(
        kind="travel", answers={**scenario("10")["answers"], "person.name": "陈 思远"},
        today=TODAY,
    ).value
    imported = target.import_bundle(out).value
    assert imported.person_id == matter.person_id != local.person_id
    assert [c.id for c in imported.person_duplicates] == [local.person_id]
    with target.vault.session() as s:
        assert len(s.execute(select(Person)).scalars().all()) == 2
        actions = s.execute(select(AuditEvent.action)).scalars().all()
    assert "person.merge" not in actions
    # Counsel merge when they decide to: both matters under the entry they keep.
    target.merge_people(local.person_id, imported.person_id)
    assert {m.reference for m in target.person(local.person_id).matters} == {
        local.reference, imported.reference
    }


def test_a_copy_imported_into_the_same_vault_links_to_the_same_person(
    vault_factory: Any, tmp_path: Path
) -> None:
    ws = Workspace(vault_factory()[0], "Counsel Li")
    matter = _chen(ws)
    out = ws.export_bundle(matter.reference, tmp_path / "case.zip").value.path
    copy = ws.import_bundle(out, as_copy=True).value
    assert copy.person_id == matter.person_id
    assert {m.reference for m in ws.person(matter.person_id).matters} == {
        matter.reference, copy.reference
    }
    with ws.vault.session() as s:
        assert len(s.execute(select(Person)).scalars().all()) == 1


def test_a_format_1_0_bundle_from_the_earlier_code_imports_unlinked(vault_factory: Any) -> None:
    assert "Outbound-Format-Version: 1.0" in _bag_info(OLD_BUNDLE)
    ws = Workspace(vault_factory()[0], "Counsel Li")
    report = ws.verify_bundle(OLD_BUNDLE)
    assert report.ok_apart_from_signature and report.signature == "valid"
    imported = ws.import_bundle(OLD_BUNDLE).value
    assert imported.person_id is None and imported.report.format_version == "1.0"
    matter = ws.matter(imported.reference)
    assert matter.person_id is None and matter.person_name == "陈思远"
    # Counsel can link it afterwards, from its intake.
    person_id = ws.link_person(imported.reference).value
    assert ws.person(person_id).tier == 1
