"""Intake definitions: per matter kind, versioned YAML files of sections of fields.

Files live at `data/definitions/<kind>/v<N>.yaml`. A matter records the version it was taken
with, so released versions are never edited; a new version is a new file beside the old one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from forms.bilingual import BilingualReader
from forms.errors import DefinitionError, ExpressionError
from forms.expressions import Expression, Scope, compile_expression
from forms.facts import Option
from forms.legal import load_legal_bases
from forms.loading import read_yaml_mapping, resource_path
from forms.localize import text_in
from forms.schema import check_document

KINDS = ("departure", "secondment", "travel", "collaboration")
# The one name of each kind wherever a person reads it (window, memo, intake titles and the
# intake's "Kind of move" options); the codes above stay in files, the database and --json.
KIND_NAMES: dict[str, str] = {
    "departure": "Departure",
    "secondment": "Overseas secondment",
    "travel": "Overseas travel",
    "collaboration": "Overseas collaboration",
}
DEFINITIONS_DIR = "data/definitions"
_VERSION_FILE = re.compile(r"v([1-9][0-9]*)\.yaml")
# Bare names a definition's conditions may use besides its own fact ids.
DEFINITION_NAMES = frozenset({"kind"})
# Which keys of each part of a definition hold a text a user reads ({en, zh}).
FORM_TEXTS = ("title", "description")
SECTION_TEXTS = ("title", "help")
FIELD_TEXTS = ("label", "help")
OPTION_TEXTS = ("label",)
CHECK_TEXTS = ("message",)


@dataclass(frozen=True)
class FieldDef:
    id: str
    label: str
    type: str
    help: str
    section: str
    required: bool = False
    options: tuple[Option, ...] = ()
    show_if: Expression | None = None
    minimum: int | None = None
    maximum: int | None = None
    max_length: int | None = None
    bases: tuple[str, ...] = ()
    zh: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)  # forms.localize

    def option_label(self, value: str, language: str = "en") -> str:
        """The label of the option stored as `value`, in `language` (the value if unknown)."""
        return next(
            (text_in(o, "label", language) for o in self.options if o.value == value), value
        )


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    help: str
    fields: tuple[FieldDef, ...]
    zh: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)  # forms.localize


@dataclass(frozen=True)
class CrossCheck:
    """A condition over several answers that must hold once all of `fields` are answered."""

    id: str
    check: Expression
    fields: tuple[str, ...]
    message: str
    zh: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)  # forms.localize


@dataclass(frozen=True)
class FormDefinition:
    id: str
    kind: str
    version: int
    title: str
    description: str
    sections: tuple[Section, ...]
    checks: tuple[CrossCheck, ...]
    source: str
    zh: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)  # forms.localize

    @property
    def fields(self) -> tuple[FieldDef, ...]:
        return tuple(f for section in self.sections for f in section.fields)

    @property
    def fact_ids(self) -> tuple[str, ...]:
        return tuple(f.id for f in self.fields)

    def field(self, fact_id: str) -> FieldDef:
        for candidate in self.fields:
            if candidate.id == fact_id:
                return candidate
        raise KeyError(fact_id)

    def has_field(self, fact_id: str) -> bool:
        return fact_id in self.fact_ids


def available_versions(kind: str) -> list[int]:
    """The versions shipped for `kind`, oldest first."""
    _check_kind(kind)
    folder = resource_path(f"{DEFINITIONS_DIR}/{kind}")
    found = (_VERSION_FILE.fullmatch(p.name) for p in folder.iterdir())
    return sorted(int(m.group(1)) for m in found if m)


def load_definition(kind: str, version: int | None = None) -> FormDefinition:
    """The definition of `kind`: the latest version, or the named one a matter was taken with."""
    _check_kind(kind)
    versions = available_versions(kind)
    if version is None:
        version = versions[-1]
    if version not in versions:
        shipped = ", ".join(str(v) for v in versions)
        raise DefinitionError(
            f"no version {version} of the {kind} intake definition (shipped: {shipped})"
        )
    return _load_shipped(kind, version)


@cache
def _load_shipped(kind: str, version: int) -> FormDefinition:
    relative = f"{DEFINITIONS_DIR}/{kind}/v{version}.yaml"
    definition = load_definition_file(resource_path(relative), label=relative, shipped=True)
    if definition.kind != kind or definition.version != version:
        raise DefinitionError(
            f"{relative}: kind/version inside the file ({definition.kind} v{definition.version})"
            " do not match its place"
        )
    return definition


def _check_kind(kind: str) -> None:
    if kind not in KINDS:
        raise DefinitionError(f"unknown matter kind {kind!r} (known: {', '.join(KINDS)})")


def load_definition_file(
    path: Path, *, label: str | None = None, shipped: bool = False
) -> FormDefinition:
    """Load and fully check one definition file; errors read `file: path.to.field: problem`.

    `shipped` files skip the JSON-schema pass, which the tests run on every shipped file
    (tests/test_forms_files.py); the Chinese of every text and the semantic checks below run
    on every load."""
    name = label or path.name
    document = read_yaml_mapping(path)
    # Before the schema, so that a plain English string is refused saying how to write it.
    texts = _read_texts(BilingualReader(name), document)
    if not shipped:
        check_document(document, "definition", name)
    return _Builder(name, document, texts, check_bases=not shipped).build()


# (English by attribute, Chinese by attribute) of each part of a document holding texts, keyed
# by the part's identity: read once, before the schema, and taken by the builder.
_Texts = dict[int, tuple[dict[str, str], dict[str, str]]]


def _read_texts(reader: BilingualReader, document: Mapping[str, Any]) -> _Texts:
    return {id(part): reader.present(part, attrs, where)
            for where, part, attrs in _text_parts(document)}


def _text_parts(
    document: Mapping[str, Any],
) -> Iterator[tuple[str, Mapping[str, Any], tuple[str, ...]]]:
    """(where, part, its text keys) for every part of a definition that holds texts; `where`
    names the part by its id as a refusal reads. Parts of the wrong shape are left to the
    schema."""
    yield "", document, FORM_TEXTS
    for s_index, section in enumerate(_mappings(document.get("sections"))):
        yield f"section {_name(section, f'sections[{s_index}]')}", section, SECTION_TEXTS
        for f_index, field_ in enumerate(_mappings(section.get("fields"))):
            field_name = _name(field_, f"sections[{s_index}].fields[{f_index}]")
            yield field_name, field_, FIELD_TEXTS
            for o_index, option in enumerate(_mappings(field_.get("options"))):
                value = option.get("value")
                label = value if isinstance(value, str) else f"options[{o_index}]"
                yield f"{field_name}: option {label}", option, OPTION_TEXTS
    for c_index, check in enumerate(_mappings(document.get("checks"))):
        yield f"check {_name(check, f'checks[{c_index}]')}", check, CHECK_TEXTS


def _mappings(items: object) -> Iterator[Mapping[str, Any]]:
    for item in items if isinstance(items, list) else ():
        if isinstance(item, Mapping):
            yield item


def _name(part: Mapping[str, Any], fallback: str) -> str:
    ident = part.get("id")
    return ident if isinstance(ident, str) and ident else fallback


class _Builder:
    def __init__(
        self, name: str, document: dict[str, Any], texts: _Texts, *, check_bases: bool
    ) -> None:
        self.name = name
        self.doc = document
        self.texts = texts
        # Shipped files' basis ids are checked once by the tests, not on every start.
        self.bases = load_legal_bases() if check_bases else None

    def fail(self, where: str, message: str) -> DefinitionError:
        return DefinitionError(f"{self.name}: {where}: {message}")

    def _english(self, part: Mapping[str, Any], attr: str) -> str:
        """The English of a text read before the build ('' where the optional text is absent)."""
        return self.texts[id(part)][0].get(attr, "")

    def _chinese(self, part: Mapping[str, Any]) -> dict[str, str]:
        """The Chinese of `part`'s texts by attribute name, for the loaded object's `zh`."""
        return self.texts[id(part)][1]

    def build(self) -> FormDefinition:
        raw_sections: list[dict[str, Any]] = self.doc["sections"]
        fact_ids = self._collect_ids(raw_sections)
        scope = Scope(facts=frozenset(fact_ids), names=DEFINITION_NAMES)
        sections = tuple(
            self._section(s_index, raw, scope) for s_index, raw in enumerate(raw_sections)
        )
        checks = tuple(
            self._check(index, raw, scope) for index, raw in enumerate(self.doc.get("checks", []))
        )
        return FormDefinition(
            id=self.doc["id"],
            kind=self.doc["kind"],
            version=self.doc["version"],
            title=self._english(self.doc, "title"),
            description=self._english(self.doc, "description"),
            sections=sections,
            checks=checks,
            source=self.name,
            zh=self._chinese(self.doc),
        )

    def _collect_ids(self, raw_sections: list[dict[str, Any]]) -> list[str]:
        seen_sections: set[str] = set()
        seen: set[str] = set()
        ids: list[str] = []
        for s_index, section in enumerate(raw_sections):
            if section["id"] in seen_sections:
                raise self.fail(
                    f"sections[{s_index}].id", f"duplicate section id {section['id']!r}"
                )
            seen_sections.add(section["id"])
            for f_index, raw in enumerate(section["fields"]):
                if raw["id"] in seen:
                    raise self.fail(
                        f"sections[{s_index}].fields[{f_index}].id",
                        f"duplicate field id {raw['id']!r}",
                    )
                seen.add(raw["id"])
                ids.append(raw["id"])
        return ids

    def _section(self, s_index: int, raw: dict[str, Any], scope: Scope) -> Section:
        fields = tuple(
            self._field(f"sections[{s_index}].fields[{f_index}]", raw["id"], field, scope)
            for f_index, field in enumerate(raw["fields"])
        )
        return Section(
            raw["id"],
            self._english(raw, "title"),
            self._english(raw, "help"),
            fields,
            zh=self._chinese(raw),
        )

    def _field(self, where: str, section: str, raw: dict[str, Any], scope: Scope) -> FieldDef:
        type_ = raw["type"]
        options = tuple(
            Option(o["value"], self._english(o, "label"), zh=self._chinese(o))
            for o in raw.get("options", [])
        )
        if type_ in ("choice", "multi") and not options:
            raise self.fail(f"{where}.options", f"a {type_} field needs options")
        if type_ not in ("choice", "multi") and options:
            raise self.fail(f"{where}.options", f"a {type_} field takes no options")
        values = [o.value for o in options]
        for index, value in enumerate(values):
            if value in values[:index]:
                raise self.fail(f"{where}.options[{index}].value", f"duplicate option {value!r}")
        if ("min" in raw or "max" in raw) and type_ != "int":
            raise self.fail(where, "min and max apply to int fields only")
        if "min" in raw and "max" in raw and raw["min"] > raw["max"]:
            raise self.fail(f"{where}.max", "max is below min")
        for index, basis in enumerate(raw.get("bases", [])):
            if self.bases is not None and basis not in self.bases:
                raise self.fail(f"{where}.bases[{index}]", f"unknown legal basis {basis!r}")
        show_if = None
        if "show_if" in raw:
            show_if = self._expression(f"{where}.show_if", raw["show_if"], scope)
            if raw["id"] in show_if.facts:
                raise self.fail(f"{where}.show_if", "a field cannot depend on itself")
        return FieldDef(
            id=raw["id"],
            label=self._english(raw, "label"),
            type=type_,
            help=self._english(raw, "help"),
            section=section,
            required=raw.get("required", False),
            options=options,
            show_if=show_if,
            minimum=raw.get("min"),
            maximum=raw.get("max"),
            max_length=raw.get("max_length"),
            bases=tuple(raw.get("bases", [])),
            zh=self._chinese(raw),
        )

    def _check(self, index: int, raw: dict[str, Any], scope: Scope) -> CrossCheck:
        where = f"checks[{index}]"
        for f_index, fact in enumerate(raw["fields"]):
            if fact not in scope.facts:
                raise self.fail(f"{where}.fields[{f_index}]", f"unknown fact {fact!r}")
        expression = self._expression(f"{where}.check", raw["check"], scope)
        return CrossCheck(
            raw["id"],
            expression,
            tuple(raw["fields"]),
            self._english(raw, "message"),
            zh=self._chinese(raw),
        )

    def _expression(self, where: str, source: str, scope: Scope) -> Expression:
        try:
            return compile_expression(source, scope)
        except ExpressionError as exc:
            raise ExpressionError(f"{self.name}: {where}: {exc.message}") from None


@cache
def fact_catalogue() -> dict[str, FieldDef]:
    """Every fact asked by the latest definition of any kind; a shared id has one type."""
    catalogue: dict[str, FieldDef] = {}
    for kind in KINDS:
        definition = load_definition(kind)
        for fact in definition.fields:
            known = catalogue.get(fact.id)
            if known is not None and (known.type, known.options) != (fact.type, fact.options):
                raise DefinitionError(
                    f"{definition.source}: {fact.id}: type or options differ from another kind's"
                )
            catalogue.setdefault(fact.id, fact)
    return catalogue
