"""The vault's side of a version-2 memo: the matter's records and the vault's Settings turned
into the plain typed values `memos.compose_v2` composes from."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from casework.memo_language import checklist_in, legal_bases_in, questions_in
from casework.settings import get_settings
from forms.definitions import FormDefinition as Definition
from memos.compose_v2 import (
    IntakeSource,
    QuestionDef,
    bilingual,
    compose_memo_v2,
    marking_text,
)
from memos.content import MemoContent
from models.entities import IntakeRecord, Matter


def questions_of(definition: Definition) -> list[QuestionDef]:
    return [
        QuestionDef(
            f.id,
            f.label,
            section.title,
            f.required,
            {o.value: o.label for o in f.options},
        )
        for section in definition.sections
        for f in section.fields
    ]


def compose_v2_for_matter(
    session: Session,
    matter: Matter,
    record: IntakeRecord | None,
    answers: Mapping[str, Any],
    assessment: Mapping[str, Any],
    definition: Definition,
    override: Mapping[str, Any] | None,
    *,
    narrative: Mapping[str, Any] | None,
    version: int,
    counsel_from: str,
    language: str = "en",
) -> MemoContent:
    """The memo in `language` ("en", "zh" or "bilingual": the Chinese composition carrying
    the English one)."""
    if language == "bilingual":
        parts = [
            compose_v2_for_matter(
                session, matter, record, answers, assessment, definition, override,
                narrative=narrative, version=version, counsel_from=counsel_from, language=one,
            )
            for one in ("zh", "en")
        ]
        return bilingual(*parts)
    from casework.memo_workflow import checklist_rows, legal_bases_as_dicts

    settings = get_settings(session)
    source = (
        IntakeSource(record.revision, record.saved_at, record.saved_by) if record else None
    )
    if language == "zh":
        # the engine's own Chinese reasons: the question and the answer in the form's Chinese
        chinese = list(assessment["tier_reasons_zh"])
        assessment = {**assessment, "tier_reasons": chinese}
    return compose_memo_v2(
        matter={
            "reference": matter.reference,
            "kind": matter.kind,
            "title": matter.title,
            "client": matter.client,
            "policy_version": matter.policy_version,
            "recommendation_override": override,
        },
        answers=answers,
        assessment=assessment,
        checklist=checklist_in(checklist_rows(matter), matter.policy_version, language),
        legal_bases=legal_bases_in(legal_bases_as_dicts(), language),
        narrative=dict(narrative or {}),
        organisation=str(settings["organisation"]),
        version=version,
        date=datetime.now(UTC).date().isoformat(),
        counsel_from=counsel_from,
        questions=questions_in(definition, language),
        intake=source,
        marking=marking_text(
            str(settings.get("memo_marking", "none")), str(settings.get("memo_marking_text", ""))
        ),
        us_counsel_note=str(settings.get("us_counsel_note", "")),
        language=language,
    )
