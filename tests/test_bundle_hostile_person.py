"""A 1.x bundle never carries a person (the register travels from format 2.0): one whose
matter.json does, correctly hashed and signed so only that check objects, is refused with a
message that says what to do, and the importing vault is left exactly as it was."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from casework_support import TODAY, scenario
from test_bundle_support import dump_vault, read_bag, reseal, write_bag

from bundles import layout
from bundles.errors import BundleVerificationError
from casework.workspace import Workspace

OLD_BUNDLE = Path(__file__).resolve().parent / "fixtures" / "bundle-format-1.0.zip"


def _person_entry(workspace: Workspace, folder: Path) -> dict[str, Any]:
    """A schema-valid person entry, as a 2.0 export of a linked matter writes it."""
    matter = workspace.create_matter_for(
        kind="departure", answers=dict(scenario("02")["answers"]), today=TODAY,
        employee_number="E-1024", name_zh="陈思远",
    ).value
    bundle = workspace.export_bundle(matter.reference, folder / "linked.zip").value.path
    _base, files = read_bag(bundle)
    person = json.loads(files[layout.MATTER_JSON])["person"]
    assert person["employee_number"] == "E-1024"
    return dict(person)


def test_a_1x_bundle_carrying_a_person_is_refused_and_nothing_is_stored(
    vault_factory: Any, tmp_path: Path
) -> None:
    source = Workspace(vault_factory("source.obv")[0], "Counsel Li")
    person = _person_entry(source, tmp_path)
    base, files = read_bag(OLD_BUNDLE)
    assert ("Outbound-Format-Version", "1.0") in layout.parse_tag_file(files[layout.BAG_INFO])
    doc = json.loads(files[layout.MATTER_JSON])
    assert doc["format_version"].startswith("1.") and "person" not in doc
    doc["person"] = person
    files[layout.MATTER_JSON] = json.dumps(doc, ensure_ascii=False).encode()
    reseal(files, source.vault)  # hashed and signed: only the 1.x check objects
    hostile = write_bag(tmp_path / "hostile-1x-person.zip", base, files)

    target_vault = vault_factory("target.obv")[0]
    target = Workspace(target_vault, "Counsel Wu")
    before = dump_vault(target_vault)
    report = target.verify_bundle(hostile)
    assert not report.ok_apart_from_signature
    with pytest.raises(BundleVerificationError) as refused:
        target.import_bundle(hostile, allow_unsigned=True)
    message = str(refused.value)
    assert "carries a person, which no 1.x bundle has" in message
    # What to do: the message sends counsel back to the sender for a fresh export.
    assert "export" in message and "again" in message
    assert dump_vault(target_vault) == before, "a refused import changed the vault"
    assert target.people_register() == [] and target.count_matters() == 0
