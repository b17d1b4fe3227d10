"""Put Chinese beside English in the shipped rules and legal bases (issue 16).

    python packaging/bilingual_content.py collect TABLE.yaml   # English texts still without zh
    python packaging/bilingual_content.py apply TABLE.yaml     # rewrite the files with them
    python packaging/bilingual_content.py redump               # rewrite tidily, content unchanged

`collect` writes one entry per unique English text (keyed by a short hash of the English) with
an empty `zh` to fill in; `apply` turns every plain text into `{en: ..., zh: ...}` from the
table and rewrites the YAML tidily, keeping the comments written above top-level keys. The
English is never touched: `forms.bilingual.english_form` of the result equals the old file.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "forms" / "data"
RULE_FILES = (DATA / "rules" / "v1.yaml", DATA / "rules" / "v2.yaml")
BASES_FILE = DATA / "legal_bases.yaml"
BASIS_TEXTS = ("article", "in_force", "summary", "source", "verification", "article_note",
               "caveat")

Slot = tuple[Any, Any]  # (container, key or index) of one text


def key_of(english: str) -> str:
    return hashlib.sha1(english.encode("utf-8")).hexdigest()[:10]


def _rule_slots(doc: dict[str, Any]) -> Iterator[Slot]:
    yield doc, "title"
    for definition in doc["definitions"].values():
        yield definition, "meaning"
    for tier in doc["tiers"]:
        yield tier, "label"
        for criterion in tier["any"]:
            yield criterion, "reason"
    for rule in doc["rules"]:
        yield rule, "title"
        if "memo" in rule:
            yield rule, "memo"
        for name in ("required_actions", "evidence"):
            for index in range(len(rule.get(name, ()))):
                yield rule[name], index
        for action in rule.get("actions", ()):
            yield action, "text"


def _basis_slots(doc: dict[str, Any]) -> Iterator[Slot]:
    for row in doc["bases"]:
        for name in BASIS_TEXTS:
            if row.get(name):
                yield row, name


def _files() -> Iterator[tuple[Path, Callable[[dict[str, Any]], Iterator[Slot]]]]:
    for path in RULE_FILES:
        yield path, _rule_slots
    yield BASES_FILE, _basis_slots


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data: object) -> bool:  # Outbound refuses YAML aliases
        return True


def _text(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    """A quoted provision (one line per paragraph) as a literal block, as the statute reads."""
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(str, _text)


def _comments_by_key(text: str) -> dict[str, list[str]]:
    """Comment lines written directly above each top-level key (the header above the first)."""
    found: dict[str, list[str]] = {}
    pending: list[str] = []
    for line in text.splitlines():
        if line.startswith("#"):
            pending.append(line)
        elif line and not line[0].isspace() and not line.startswith("-") and ":" in line:
            if pending:
                found[line.split(":", 1)[0]] = pending
            pending = []
    return found


def dump(document: dict[str, Any], original_text: str) -> str:
    comments = _comments_by_key(original_text)
    parts = []
    for key, value in document.items():
        parts.extend(line + "\n" for line in comments.get(key, ()))
        parts.append(yaml.dump({key: value}, Dumper=_Dumper, allow_unicode=True,
                               sort_keys=False, width=100))
    return "".join(parts)


def redump() -> None:
    """Rewrite the files tidily without changing their content."""
    for path, _slots in _files():
        text = path.read_text("utf-8")
        path.write_text(dump(yaml.safe_load(text), text), "utf-8")


def collect(table_path: Path) -> None:
    table: dict[str, dict[str, str]] = {}
    if table_path.exists():
        table = yaml.safe_load(table_path.read_text("utf-8")) or {}
    for path, slots in _files():
        document = yaml.safe_load(path.read_text("utf-8"))
        for container, key in slots(document):
            value = container[key]
            if isinstance(value, str):
                table.setdefault(key_of(value), {"en": value, "zh": ""})
    table_path.write_text(
        yaml.dump(table, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100), "utf-8"
    )
    missing = sum(1 for entry in table.values() if not entry.get("zh"))
    print(f"{len(table)} texts, {missing} without Chinese -> {table_path}")


def apply(table_path: Path) -> None:
    table: dict[str, dict[str, str]] = yaml.safe_load(table_path.read_text("utf-8"))
    for path, slots in _files():
        text = path.read_text("utf-8")
        document = yaml.safe_load(text)
        missing = []
        for container, key in slots(document):
            value = container[key]
            if isinstance(value, str):
                entry = table.get(key_of(value))
                if not entry or not entry.get("zh") or entry["en"] != value:
                    missing.append(value)
                    continue
                container[key] = {"en": value, "zh": entry["zh"]}
        if missing:
            raise SystemExit(f"{path.name}: {len(missing)} texts without Chinese, e.g. "
                             f"{missing[0][:60]!r}")
        path.write_text(dump(document, text), "utf-8")
        print(f"rewrote {path.relative_to(ROOT)}")


if __name__ == "__main__":
    if sys.argv[1:] == ["redump"]:
        redump()
    elif len(sys.argv) != 3 or sys.argv[1] not in ("collect", "apply"):
        raise SystemExit(__doc__)
    else:
        {"collect": collect, "apply": apply}[sys.argv[1]](Path(sys.argv[2]))
