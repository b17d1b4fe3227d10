"""Reading the package's data files and YAML documents, with errors that name the file."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import yaml

from forms import yamlsafe
from forms.errors import DefinitionError

# Data files are small; anything larger is a mistake or an attack, refused before parsing.
MAX_DATA_FILE_BYTES = 2_000_000
def safe_load(text: str) -> object:
    """The one YAML reader (libyaml where available, aliases refused): `forms.yamlsafe`."""
    return yamlsafe.safe_load(text)


# The package's own folder: data files ship inside it, installed as plain files (wheel or
# checkout). Not importlib.resources, whose import alone costs more than reading the data.
PACKAGE_DIR = Path(__file__).resolve().parent


def read_resource_text(relative: str) -> str:
    """Text of a file shipped inside the `forms` package."""
    return resource_path(relative).read_text(encoding="utf-8")


def resource_path(relative: str) -> Path:
    return PACKAGE_DIR / relative


# The shipped YAML, parsed once at build time (setup.py) into JSON beside it: parsing the
# bilingual rules and definitions with libyaml costs tens of milliseconds per command, JSON a
# few. A sidecar is used only when it names the exact bytes of its YAML (SHA-256); otherwise the
# YAML is parsed as always, so a stale or missing sidecar can cost time, never correctness.
PARSED_SUFFIX = ".parsed.json"
DATA_DIR = PACKAGE_DIR / "data"


def parsed_sidecar(path: Path) -> Path:
    return path.with_name(path.name + PARSED_SUFFIX)


def write_parsed_sidecar(path: Path) -> Path:
    """Parse a shipped YAML file and write its sidecar (the build step and tests call this)."""
    raw = path.read_bytes()
    document = safe_load(raw.decode("utf-8"))
    sidecar = parsed_sidecar(path)
    sidecar.write_text(
        json.dumps({"source_sha256": hashlib.sha256(raw).hexdigest(), "document": document},
                   ensure_ascii=False, separators=(",", ":")),
        encoding="utf-8",
    )
    return sidecar


def _from_sidecar(path: Path, raw: bytes) -> object | None:
    if DATA_DIR not in path.parents:  # only the package's own files; never a user's
        return None
    try:
        stored = json.loads(parsed_sidecar(path).read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(stored, dict) or stored.get("source_sha256") != hashlib.sha256(
        raw
    ).hexdigest():
        return None
    return stored.get("document")


def read_yaml_mapping(path: Path) -> dict[str, object]:
    """Load a YAML file that must hold a mapping; DefinitionError naming the file otherwise."""
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_DATA_FILE_BYTES:
            raise DefinitionError(f"{name}: file is {size:,} bytes, over the limit")
        raw = path.read_bytes()
        text = raw.decode("utf-8")
    except OSError as exc:
        raise DefinitionError(f"{name}: cannot read the file ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise DefinitionError(f"{name}: file is not UTF-8 text") from None
    parsed = _from_sidecar(path, raw)
    if isinstance(parsed, dict):
        return parsed
    try:
        document = safe_load(text)
    except RecursionError:
        raise DefinitionError(f"{name}: the file is nested too deeply") from None
    except (yaml.YAMLError, ValueError) as exc:  # ValueError: impossible dates such as 2026-13-40
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        why = f": {yamlsafe.ALIAS_PROBLEM}" if isinstance(exc, yamlsafe.AliasRefusedError) else ""
        raise DefinitionError(f"{name}: not valid YAML{where}{why}") from None
    if not isinstance(document, dict):
        raise DefinitionError(f"{name}: the file must hold a mapping at the top level")
    return document
