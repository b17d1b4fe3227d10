"""What a use case changed: which matters and which aspects of them, so each view decides for
itself whether to refresh (the window emits one signal with it after every mutation)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Generic, TypeVar


class Aspect(StrEnum):
    """A part of the vault a view may show."""

    MATTER = "matter"  # title, client, person, reference: the row in the list
    INTAKE = "intake"
    CHECKLIST = "checklist"
    RECOMMENDATION = "recommendation"  # tier, suggestion, override
    STATUS = "status"  # lifecycle: open, signed, closed, archived
    MEMO = "memo"
    ATTACHMENTS = "attachments"
    HISTORY = "history"  # the audit trail: every mutation adds to it
    COUNSEL = "counsel"
    SETTINGS = "settings"
    MATTER_LIST = "matter_list"  # a matter came or went
    PEOPLE = "people"  # the people register: a person, their links, their access


@dataclass(frozen=True)
class Changes:
    matters: frozenset[str] = frozenset()  # matter ids
    aspects: frozenset[Aspect] = frozenset()

    @classmethod
    def of(cls, matter_ids: Iterable[str], *aspects: Aspect) -> Changes:
        """Changes to these matters; a matter's audit trail always grows with them."""
        ids = frozenset(matter_ids)
        extra = {Aspect.HISTORY} if ids else set()
        return cls(ids, frozenset(aspects) | extra)

    def touches(self, matter_id: str | None = None, *aspects: Aspect) -> bool:
        """Whether a view of `matter_id` (any matter when None) showing `aspects` (any when
        none is named) is out of date."""
        if matter_id is not None and matter_id not in self.matters:
            return False
        return not aspects or bool(self.aspects.intersection(aspects))

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.matters | other.matters, self.aspects | other.aspects)

    @property
    def empty(self) -> bool:
        return not self.matters and not self.aspects


T = TypeVar("T")


@dataclass(frozen=True)
class Done(Generic[T]):
    """A mutation's typed result and what it changed."""

    value: T
    changes: Changes = field(default_factory=Changes)
