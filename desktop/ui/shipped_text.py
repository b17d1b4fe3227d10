"""The shipped rules' texts in the window's language (issue 16).

Stored checklist items keep the English of the rule that raised them (the record, the memo and
the history need it unchanged); the Chinese window finds each text's Chinese in the shipped rule
of the same id and version, and shows the stored English where there is none.
"""

from __future__ import annotations

from functools import cache

from forms.rules import POLICY_VERSIONS, chinese_by_english, find_rule, load_rule_set


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


@cache
def _chinese_for_rule_id(rule_id: str) -> dict[str, str]:
    pairs: dict[str, str] = {}
    for version in POLICY_VERSIONS:
        for rule in load_rule_set(version=version).rules:
            if rule.id == rule_id:
                pairs.update(chinese_by_english(rule))
    return pairs


def rule_text_by_id(english: str, rule_id: str, language: str) -> str:
    """A stored English text of rule `rule_id` (any version: a task carries no version) in
    `language`; the English where no shipped rule of that id has it."""
    if language != "zh" or not english:
        return english
    return _chinese_for_rule_id(rule_id).get(english, english)

