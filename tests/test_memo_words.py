"""What a lawyer reads in a drafted memo: the intake form's own labels for answers (never a
code turned into words by string surgery) and tier reasons without fact ids. Real vault, real
engine, real PDF."""

from __future__ import annotations

import re
from typing import Any

from casework_support import TODAY, create_from, scenario
from test_memo_render import text_of

from casework.matters import save_intake
from casework.memo_workflow import draft_memo, render_version
from forms.definitions import load_definition
from memos.compose import format_answer


def test_choices_print_with_the_labels_the_form_shows() -> None:
    areas = ["recommendation_algorithms", "inference_optimization", "eda_tools", "chip_design"]
    field = load_definition("departure").field("tech.areas")
    form_words = [field.option_label(a) for a in areas]
    assert format_answer("tech.areas", areas) == ", ".join(form_words)
    assert format_answer("tech.areas", areas) == (
        "Recommendation algorithms, Inference optimisation, EDA tools, Chip design"
    )
    role = load_definition("departure").field("person.role")
    assert format_answer("person.role", "training_lead") == role.option_label("training_lead")


def test_the_drafted_memo_speaks_the_forms_words_and_no_fact_ids(vault_factory: Any) -> None:
    vault, _ = vault_factory()
    data = scenario("02")
    with vault.session() as session:
        matter = create_from(session, data)
        areas = ["inference_optimization", "recommendation_algorithms"]
        answers = {**data["answers"], "tech.areas": areas}
        save_intake(session, matter.id, answers, actor="c", today=TODAY)
        version = draft_memo(session, matter.reference, actor="c")
        reasons = version.content["tier"]["reasons"]
        pdf = render_version(session, version)
    text = text_of(pdf)
    assert "Inference optimisation" in text and "Recommendation algorithms" in text
    assert "mEDAl" not in text and "inference optimization" not in text.lower()
    joined = " ".join(reasons)
    assert "Head of model training / training lead" in joined
    for code in ("access.core_source_code", "person.role", "training_lead", " = yes"):
        assert code not in joined and code not in text, code
    assert not re.search(r"\b[a-z]+\.[a-z_]+ =", text)
