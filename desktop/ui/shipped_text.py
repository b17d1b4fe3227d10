"""The shipped rules' texts in the window's language (issue 16).

Stored checklist items keep the English of the rule that raised them (the record, the memo and
the history need it unchanged); the Chinese window finds each text's Chinese in the shipped rule
of the same id and version, and shows the stored English where there is none.
"""

from __future__ import annotations

from functools import cache

from forms.rules import chinese_by_english, find_rule


@cache
def _rule_chinese(rule_id: str, rule_version: int, policy_version: int | None) -> dict[str, str]:
    rule = find_rule(rule_id, rule_version, policy_version)
    return chinese_by_english(rule) if rule is not None else {}


def rule_text(
    english: str, rule_id: str, rule_version: int, language: str,
    policy_version: int | None = None,
) -> str:
    """A stored English text of a rule's item, in `language` (the English where none)."""
    if language != "zh" or not english:
        return english
    return _rule_chinese(rule_id, rule_version, policy_version).get(english, english)

