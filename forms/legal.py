"""The legal bases the checklist cites (`data/legal_bases.yaml`, from legal-basis.md).

Every reader-facing text is written `{en, zh}` (forms.bilingual): the English stays in the usual
attribute, the Chinese goes to `zh` (`instrument`, `article`, `summary` ...; read through
forms.localize). A PRC basis also quotes its provision in Chinese (`provision_zh`, each article
beginning 第…条, copied from the transcription named in `provision_zh_source`), or says in
`provision_zh_source` that no text is available; a Chinese reader then sees title and article
(`chinese_citation()`, the one Chinese citation for the window and the memo).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from forms.bilingual import BilingualReader
from forms.errors import DefinitionError
from forms.loading import read_yaml_mapping, resource_path
from forms.localize import chinese_of, text_in
from forms.schema import check_document

LEGAL_BASES_FILE = "data/legal_bases.yaml"
UNVERIFIED_MARK = "(not verified against an official text)"
PROVISION_NOT_AVAILABLE = "not available"  # how provision_zh_source starts when none is quoted
# Texts every row writes in English and Chinese; the optional ones only where present.
BILINGUAL_FIELDS = ("in_force", "summary", "source", "verification")
OPTIONAL_BILINGUAL_FIELDS = ("article", "article_note", "caveat")
PRC_PREFIXES = ("PRC-", "CAC-", "CSRC-")


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
    provision_zh: str = ""  # PRC: the provision's own Chinese text, quoted ("" when unavailable)
    provision_zh_source: str = ""  # where it was quoted from, or "not available: <why>"
    zh: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)  # forms.localize

    @property
    def checked_against_text(self) -> bool:
        """False when no official or transcribed text was located ("unverified")."""
        return not self.verification.startswith("unverified")

    @property
    def is_prc(self) -> bool:
        return self.id.startswith(PRC_PREFIXES)

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

    def chinese_citation(self) -> str:
        """The citation as a Chinese reader reads it (window and memo): 《中华人民共和国出口管制法》
        第十二条; a foreign instrument by its Chinese rendering. An article not yet confirmed is
        left out, as in the English citation."""
        title = str(chinese_of(self).get("instrument") or self.instrument_en)
        if self.instrument_zh or (self.is_prc and self.verified):
            title = f"《{title}》"
        if not (self.article and self.article_confirmed):
            return title
        article = text_in(self, "article", "zh")
        if self.is_prc and article.startswith("第"):
            return f"{title}{article}"  # 《…法》第十二条
        return f"{title}，{article}"


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
    reader = BilingualReader(path.name)
    for index, row in enumerate(rows):
        basis = _basis(reader, index, row)
        if basis.id in bases:
            raise DefinitionError(f"{path.name}: bases[{index}].id: duplicate id {basis.id!r}")
        bases[basis.id] = basis
    return bases


def _basis(reader: BilingualReader, index: int, row: dict[str, Any]) -> LegalBasis:
    """One row: English into the usual fields, Chinese into `zh`; refused without its Chinese."""
    fields = dict(row)
    where = f"basis {row.get('id', f'bases[{index}]')}"
    chinese: dict[str, str] = {}
    for name in BILINGUAL_FIELDS:
        fields[name], chinese[name] = reader.text(row.get(name), where, name)
    for name in OPTIONAL_BILINGUAL_FIELDS:
        if name in row:
            fields[name], chinese[name] = reader.optional(row[name], where, name)
    rendering = str(fields.pop("instrument_rendering_zh", "") or "")
    title = str(row.get("instrument_zh") or "") or rendering
    if not title.strip():
        raise DefinitionError(f"{reader.filename}: {where}: the instrument has no Chinese title "
                              "(instrument_zh, or instrument_rendering_zh outside PRC law)")
    chinese["instrument"] = title
    basis = LegalBasis(**fields, zh=chinese)
    if basis.is_prc and not (
        basis.provision_zh.strip()
        or basis.provision_zh_source.startswith(PROVISION_NOT_AVAILABLE)
    ):
        raise DefinitionError(
            f"{reader.filename}: {where}: provision_zh is empty; quote the provision in Chinese, "
            f"or write provision_zh_source: '{PROVISION_NOT_AVAILABLE}: <why>'"
        )
    return basis
