"""The legal bases the checklist cites (`data/legal_bases.yaml`, from legal-basis.md)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from forms.errors import DefinitionError
from forms.loading import read_yaml_mapping, resource_path
from forms.schema import check_document

LEGAL_BASES_FILE = "data/legal_bases.yaml"
UNVERIFIED_MARK = "(not verified against an official text)"


@dataclass(frozen=True, slots=True)
class LegalBasis:
    id: str
    instrument_en: str
    instrument_zh: str
    article: str
    article_confirmed: bool
    in_force: str
    summary: str  # our paraphrase for orientation, never a quotation
    source: str
    verification: str  # what the row was checked against and when (legal-basis.md)
    article_note: str = ""
    caveat: str = ""  # printed wherever the basis is cited (unverified measures)
    zh: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)  # forms.localize

    @property
    def checked_against_text(self) -> bool:
        """False when no official or transcribed text was located ("unverified")."""
        return not self.verification.startswith("unverified")

    @property
    def is_report(self) -> bool:
        """A press report of a measure: never law."""
        return self.id.startswith("REPORT-")

    @property
    def verified(self) -> bool:
        """Law seen in some text: neither a press report nor an unverified row."""
        return self.checked_against_text and not self.is_report

    def verification_mark(self) -> str:
        """What is printed beside the citation wherever it is shown ("" when checked)."""
        return "" if self.checked_against_text else UNVERIFIED_MARK

    def instrument(self) -> str:
        """Instrument name in English with the Chinese title where there is one."""
        if self.instrument_zh:
            return f"{self.instrument_en} ({self.instrument_zh})"
        return self.instrument_en

    def citation(self) -> str:
        """How the basis is printed: instrument and article, without an unconfirmed article."""
        if self.article and self.article_confirmed:
            return f"{self.instrument()}, {self.article}"
        return self.instrument()


def load_legal_bases() -> dict[str, LegalBasis]:
    """Every shipped legal basis by id, in the table's order (a fresh dict; bases are frozen)."""
    return dict(_shipped())


@cache
def _shipped() -> dict[str, LegalBasis]:
    return load_legal_bases_file(resource_path(LEGAL_BASES_FILE), shipped=True)


def load_legal_bases_file(path: Path, *, shipped: bool = False) -> dict[str, LegalBasis]:
    document = read_yaml_mapping(path)
    if not shipped:  # shipped data is schema-checked once, by the tests
        check_document(document, "legal_bases", path.name)
    bases: dict[str, LegalBasis] = {}
    rows = document["bases"]
    assert isinstance(rows, list)
    for index, row in enumerate(rows):
        basis = LegalBasis(**row)
        if basis.id in bases:
            raise DefinitionError(f"{path.name}: bases[{index}].id: duplicate id {basis.id!r}")
        bases[basis.id] = basis
    return bases
