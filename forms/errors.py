"""Domain errors. Every expected failure is an OutboundError whose message a lawyer can act on.

The base class lives here because `forms` is the innermost layer: every other package may import
it, and `forms` imports nothing of ours.
"""

from __future__ import annotations


class OutboundError(Exception):
    """An expected failure with a message fit for the user; `exit_code` is the CLI's exit status."""

    exit_code: int = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class DefinitionError(OutboundError):
    """An intake definition, rule or legal-basis file is malformed."""


class ExpressionError(DefinitionError):
    """A condition expression is malformed or uses something outside the language."""


class AnswerError(OutboundError):
    """An intake answer is invalid; `fact_id` names the offending fact."""

    def __init__(self, fact_id: str, message: str) -> None:
        super().__init__(f"{fact_id}: {message}")
        self.fact_id = fact_id
