"""One set of text limits (issue 11, item 9): what the app accepts its own export carries and its
own import reads back; one character more is refused where it is typed, with a clear message."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
import yaml
from test_bundle_support import SCENARIOS, tiny_pdf

from casework import counsel, matters, memo_store
from casework.bundle_export import export_matter
from casework.bundle_import import import_bundle
from casework.memo_workflow import draft_memo
from forms import limits
from forms.limits import TextTooLongError


def _schema(name: str) -> dict[str, Any]:
    text = resources.files("bundles").joinpath(f"schemas/{name}.schema.json").read_text("utf-8")
    return json.loads(text)


def test_bundle_schema_limits_are_the_input_limits() -> None:
    matter = _schema("matter")["properties"]["matter"]["properties"]
    memo = _schema("memo-version")["properties"]["version"]["properties"]
    signature = memo["signatures"]["items"]["properties"]
    event = _schema("audit-event")["properties"]
    intake = _schema("intake")["properties"]["revisions"]["items"]["properties"]
    attachment = _schema("attachments-index")["properties"]["attachments"]["items"]["properties"]
    assert matter["reference"]["maxLength"] == limits.REFERENCE
    assert matter["title"]["maxLength"] == limits.TITLE
    assert matter["client"]["maxLength"] == limits.CLIENT
    assert matter["person_name"]["maxLength"] == limits.PERSON_NAME
    assert matter["assigned_counsel"]["maxLength"] == limits.COUNSEL_NAME
    assert matter["override_by"]["maxLength"] == limits.ACTOR
    assert signature["signer_name"]["maxLength"] == limits.COUNSEL_NAME
    assert signature["signer_title"]["maxLength"] == limits.COUNSEL_TITLE
    assert event["actor"]["maxLength"] == limits.ACTOR
    assert memo["created_by"]["maxLength"] == limits.ACTOR
    assert intake["saved_by"]["maxLength"] == limits.ACTOR
    assert attachment["name"]["maxLength"] == limits.ATTACHMENT_NAME
    assert attachment["created_by"]["maxLength"] == limits.ACTOR


def _longest_matter(vault: Any) -> str:
    scenario = yaml.safe_load((SCENARIOS / "02-training-lead-joins-us-lab.yaml").read_text())
    answers = dict(scenario["answers"])
    answers["person.name"] = "陈" * limits.PERSON_NAME
    answers["matter.client"] = "C" * limits.CLIENT
    actor = "a" * limits.ACTOR
    with vault.session() as s:
        m = matters.create_matter(
            s, kind=scenario["kind"], actor=actor, answers=answers, title="T" * limits.TITLE
        )
        person = counsel.add_counsel(
            s, name="王" * limits.COUNSEL_NAME, title="t" * limits.COUNSEL_TITLE, actor=actor
        )
        version = draft_memo(
            s, m.reference, actor=actor, narrative={"summary": "s" * limits.MEMO_NARRATIVE}
        )
        memo_store.sign_version(
            s, version, counsel=person, capacity="approved", signed_at="2026-03-01T10:00:00Z",
            fingerprint=version.sha256, pdf=tiny_pdf(), pades=False, actor=actor,
        )
        return m.reference


def test_longest_accepted_values_round_trip(vault_factory: Any, tmp_path: Path) -> None:
    source, _ = vault_factory("source.obv")
    target, _ = vault_factory("target.obv")
    reference = _longest_matter(source)
    exported = export_matter(source, reference, tmp_path / "long.zip", actor="b" * limits.ACTOR)
    result = import_bundle(target, exported.path, actor="c" * limits.ACTOR)
    with target.session() as s:
        matter = matters.get_matter(s, result.matter_id)
        assert matter.title == "T" * limits.TITLE
        assert matter.person_name == "陈" * limits.PERSON_NAME
        assert matter.client == "C" * limits.CLIENT
        [version] = memo_store.list_versions(s, matter.id)
        assert version.signatures[0].signer_title == "t" * limits.COUNSEL_TITLE
        assert version.content["summary"] == "s" * limits.MEMO_NARRATIVE


def test_a_name_longer_than_a_title_gets_a_shortened_default_title(vault_factory: Any) -> None:
    vault, _ = vault_factory()
    with vault.session() as s:
        m = matters.create_matter(
            s, kind="departure", actor="a", answers={"person.name": "陈" * limits.PERSON_NAME}
        )
        assert len(m.title) == limits.TITLE and m.title.endswith("…")


@pytest.mark.parametrize("what", ["title", "rename", "counsel", "counsel title", "actor"])
def test_one_character_too_many_is_refused(vault_factory: Any, what: str) -> None:
    vault, _ = vault_factory()
    with vault.session() as s:
        m = matters.create_matter(s, kind="travel", actor="a")
        with pytest.raises(TextTooLongError, match="characters long; the limit is"):
            if what == "title":
                matters.create_matter(s, kind="travel", actor="a", title="T" * 501)
            elif what == "rename":
                matters.rename_matter(s, m.id, title="T" * 501, actor="a")
            elif what == "counsel":
                counsel.add_counsel(s, name="N" * 201, actor="a")
            elif what == "counsel title":
                counsel.add_counsel(s, name="N", title="t" * 201, actor="a")
            else:
                matters.rename_matter(s, m.id, title="ok", actor="a" * 201)


def test_a_memo_summary_over_the_limit_is_refused(vault_factory: Any) -> None:
    vault, _ = vault_factory()
    with vault.session() as s:
        m = matters.create_matter(s, kind="travel", actor="a")
        with pytest.raises(TextTooLongError, match="memo summary is 20,001 characters"):
            draft_memo(s, m.reference, actor="a",
                       narrative={"summary": "s" * (limits.MEMO_NARRATIVE + 1)})
