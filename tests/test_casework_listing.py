"""The matter list and search over every shared scenario: sorting, filters, paging, and search by
reference, person (Chinese, both the trigram and the short LIKE path), client and notes."""

from __future__ import annotations

from typing import Any

import pytest
from casework_support import SCENARIO_PATHS, create_from, load

from casework.due import next_due
from casework.listing import (
    SORT_COLUMNS,
    MatterFilter,
    MatterRow,
    count_matters,
    list_matters,
)
from casework.matters import override_recommendation, set_item_status, set_status

ALL = 1_000


@pytest.fixture
def filled(vault_factory: Any) -> tuple[Any, dict[str, dict[str, Any]]]:
    """A vault with one matter per scenario; returns (vault, {reference: scenario})."""
    vault, _ = vault_factory()
    by_ref: dict[str, dict[str, Any]] = {}
    with vault.session() as session:
        for path in SCENARIO_PATHS:
            data = load(path)
            by_ref[create_from(session, data).reference] = data
        refs = sorted(by_ref)
        set_status(session, refs[1], "review", actor="c")
        set_status(session, refs[2], "archived", actor="c")
        override_recommendation(
            session,
            refs[4],
            recommendation="do_not_proceed",
            reason="Partner audit failed.",
            actor="c",
        )
    return vault, by_ref


def _key(row: MatterRow, sort: str, next_due: dict[str, Any] | None = None) -> Any:
    if sort == "next_due":  # the earliest open task's date; matters without one last
        due = (next_due or {}).get(row.id)
        return due.due_on if due is not None and due.due_on else "9999"
    return {
        "reference": row.reference,
        "kind": row.kind,
        "title": row.title,
        "person": row.person,
        "client": row.client,
        "status": row.status,
        "tier": row.tier,
        "recommendation": row.recommendation,
        "updated": row.updated_at,
    }[sort]


@pytest.mark.parametrize("sort", sorted(SORT_COLUMNS))
@pytest.mark.parametrize("descending", [False, True], ids=["asc", "desc"])
def test_sort_by_every_column(filled: Any, sort: str, descending: bool) -> None:
    vault, by_ref = filled
    with vault.session() as session:
        rows = list_matters(session, sort=sort, descending=descending, limit=ALL)
        dues = next_due(session, [r.id for r in rows])
    assert sorted(r.reference for r in rows) == sorted(by_ref)
    expected = sorted(rows, key=lambda r: (_key(r, sort, dues), r.reference), reverse=descending)
    assert [r.reference for r in rows] == [r.reference for r in expected]


def test_unknown_sort_column_is_refused(filled: Any) -> None:
    vault, _ = filled
    with vault.session() as session, pytest.raises(ValueError, match="sort column"):
        list_matters(session, sort="reference; DROP TABLE matter")


def test_rows_carry_tier_recommendation_and_override(filled: Any) -> None:
    vault, by_ref = filled
    with vault.session() as session:
        rows = {r.reference: r for r in list_matters(session, limit=ALL)}
    refs = sorted(by_ref)
    for ref, data in by_ref.items():
        assert rows[ref].tier == data["expect"]["tier"]
        if ref == refs[4]:
            assert rows[ref].recommendation == "do_not_proceed" and rows[ref].overridden
        else:
            assert rows[ref].recommendation == data["expect"]["recommendation"]
            assert not rows[ref].overridden
        assert rows[ref].person == data["answers"]["person.name"]


def test_filters_by_kind_status_and_tier(filled: Any) -> None:
    vault, by_ref = filled
    refs = sorted(by_ref)
    with vault.session() as session:
        for kind in ("departure", "secondment", "travel", "collaboration"):
            flt = MatterFilter(kinds=[kind])
            got = {r.reference for r in list_matters(session, flt, limit=ALL)}
            assert got == {ref for ref, d in by_ref.items() if d["kind"] == kind}
            assert count_matters(session, flt) == len(got)
        got = {r.reference for r in list_matters(session, MatterFilter(statuses=["review"]))}
        assert got == {refs[1]}
        both = MatterFilter(statuses=["review", "archived"])
        assert {r.reference for r in list_matters(session, both)} == {refs[1], refs[2]}
        for tier in (1, 2, 3):
            flt = MatterFilter(tiers=[tier])
            got = {r.reference for r in list_matters(session, flt, limit=ALL)}
            assert got == {ref for ref, d in by_ref.items() if d["expect"]["tier"] == tier}
        combined = MatterFilter(kinds=["departure"], tiers=[1])
        got = {r.reference for r in list_matters(session, combined)}
        assert got == {
            ref
            for ref, d in by_ref.items()
            if d["kind"] == "departure" and d["expect"]["tier"] == 1
        }
        live = MatterFilter(include_archived=False)
        assert refs[2] not in {r.reference for r in list_matters(session, live, limit=ALL)}
        assert count_matters(session, live) == len(by_ref) - 1
        assert count_matters(session) == len(by_ref)


def test_paging_with_offset_and_limit(filled: Any) -> None:
    vault, by_ref = filled
    with vault.session() as session:
        whole = [r.reference for r in list_matters(session, sort="reference", descending=False)]
        pages = [
            [
                r.reference
                for r in list_matters(
                    session, sort="reference", descending=False, offset=offset, limit=3
                )
            ]
            for offset in range(0, len(by_ref) + 3, 3)
        ]
    assert whole == sorted(by_ref)
    n = len(by_ref)  # every shared scenario: full pages of 3, the rest, then an empty page
    assert [len(p) for p in pages] == [3] * (n // 3) + ([n % 3] if n % 3 else []) + [0]
    assert [ref for page in pages for ref in page] == whole


def _search(vault: Any, text: str) -> set[str]:
    with vault.session() as session:
        found = {r.reference for r in list_matters(session, MatterFilter(search=text), limit=ALL)}
        assert count_matters(session, MatterFilter(search=text)) == len(found)
    return found


def _refs_where(by_ref: dict[str, dict[str, Any]], fact: str, needle: str) -> set[str]:
    return {ref for ref, d in by_ref.items() if needle in str(d["answers"].get(fact, ""))}


def test_search_by_reference_person_client_and_note(filled: Any) -> None:
    vault, by_ref = filled
    refs = sorted(by_ref)
    assert _search(vault, refs[5]) == {refs[5]}
    assert _search(vault, refs[5].lower()) == {refs[5]}

    chen = _refs_where(by_ref, "person.name", "陈思远")
    assert chen and _search(vault, "陈思远") == chen  # trigram path
    assert _search(vault, "思远") == chen  # two characters: the short-query (bigram) index
    assert _search(vault, "陈思") == chen
    assert _search(vault, "思远 Lanting") == chen & _search(vault, "Lanting")  # both indexes

    xinhe = _refs_where(by_ref, "matter.client", "Xinhe")
    assert xinhe and _search(vault, "Xinhe") == xinhe
    assert _search(vault, "xinhe semiconductor") == xinhe

    with vault.session() as session:
        from casework.matters import get_matter

        matter = get_matter(session, refs[6])
        set_item_status(
            session,
            matter.checklist_items[0].id,
            status="done",
            note="Checked against the quarantine-zebra register.",
            actor="c",
        )
    assert _search(vault, "quarantine-zebra") == {refs[6]}
    assert _search(vault, "Partner audit") == {refs[4]}  # the override's reason
    assert _search(vault, "no such words anywhere") == set()


@pytest.mark.parametrize(
    "text",
    [
        '"',
        '""',
        "*",
        "NEAR(",
        "NEAR(a b)",
        "-",
        "-foo",
        "a OR",
        "AND",
        "NOT x",
        "^start",
        "col:x",
        "(",
        ")",
        "%",
        "_",
        "\\",
        "'; DROP TABLE matter; --",
        "陈*",
        '"陈思远',
        "a\u0000b",
    ],
)
def test_search_syntax_characters_never_raise(filled: Any, text: str) -> None:
    vault, by_ref = filled
    found = _search(vault, text)
    assert found <= set(by_ref)


def test_two_character_names_and_short_words_are_found(vault_factory: Any) -> None:
    """Many Chinese names are two characters: too short for trigrams, found by the short index.
    Short Latin words match as word prefixes."""
    from casework.matters import create_matter

    vault, _ = vault_factory()
    with vault.session() as session:
        wang = create_matter(
            session,
            kind="travel",
            actor="c",
            title="Trip",
            answers={"person.name": "王芳", "matter.client": "AI Compute Ltd"},
        ).reference
        other = create_matter(
            session,
            kind="travel",
            actor="c",
            title="Other",
            answers={"person.name": "李王明", "matter.client": "Daily Tools"},
        ).reference
    assert _search(vault, "王芳") == {wang}
    assert _search(vault, "王") == {wang, other}  # one character: any token starting with it
    assert _search(vault, "AI") == {wang}  # prefix of a word, not "dAIly"
    assert _search(vault, "王芳 AI") == {wang}
    assert _search(vault, "芳王") == set()
