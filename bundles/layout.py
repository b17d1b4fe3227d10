"""The bundle's file layout and the small text formats of BagIt (RFC 8493, version 1.0).

Every path here is relative to the bag's base directory. Inside the zip the bag sits in one
top-level folder (RFC 8493 section 4.2: a serialization unpacks to a single base directory).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# 2.0: matter.json may carry the person of the people register the matter is linked to, and
# data/tasks.json the matter's tasks (a new JSON field or file is a new MAJOR:
# docs/bundle-format.md). 1.x bundles still import, unlinked, their tasks built on import.
FORMAT_VERSION = "2.0"
FORMAT_MAJOR = 2
READABLE_MAJORS = (1, 2)

BAGIT_TXT = "bagit.txt"
BAG_INFO = "bag-info.txt"
MANIFEST = "manifest-sha256.txt"
TAGMANIFEST = "tagmanifest-sha256.txt"
# Outside the tag manifest on purpose: it signs the tag manifest's exact bytes, so it cannot be
# listed in it. BagIt allows tag files that no tag manifest lists.
SIGNATURE = "outbound-signature.txt"

BAGIT_TXT_BYTES = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"

MATTER_JSON = "data/matter.json"
INTAKE_JSON = "data/intake.json"
CHECKLIST_JSON = "data/checklist.json"
TASKS_JSON = "data/tasks.json"  # 2.0; optional: bundles written before tasks travelled lack it
ATTACHMENT_INDEX = "data/attachments/index.json"
AUDIT_JSONL = "data/audit.jsonl"

UUID_RE = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
MEMO_JSON_RE = re.compile(r"data/memos/v([1-9][0-9]{0,5})\.json")
MEMO_PDF_RE = re.compile(r"data/memos/v([1-9][0-9]{0,5})\.pdf")
ATTACHMENT_RE = re.compile(rf"data/attachments/({UUID_RE})")
BASE_DIR_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")

# bag-info labels
L_ORG = "Source-Organization"
L_DATE = "Bagging-Date"
L_EXTERNAL_ID = "External-Identifier"
L_OXUM = "Payload-Oxum"
L_FORMAT = "Outbound-Format-Version"
L_UUID = "Outbound-Matter-UUID"
L_EXPORTER = "Outbound-Exporter"
L_PUBLIC_KEY = "Outbound-Signing-Public-Key"
# the vault's audit history at export: an outside witness (models/history.py)
L_VAULT_HISTORY = "Outbound-Vault-History"


# Tag files an Outbound bundle may carry outside data/, and names never accepted there: BagIt's
# fetch.txt would ask a reader to download files, and a manifest of another algorithm would be
# a second, unchecked account of the payload.
TAG_FILES = (BAGIT_TXT, BAG_INFO, MANIFEST, TAGMANIFEST, SIGNATURE)
FETCH_TXT = "fetch.txt"
OTHER_MANIFEST_RE = re.compile(r"(tag)?manifest-[^/]*\.txt")
DOCUMENT_PATHS = (
    MATTER_JSON, INTAKE_JSON, CHECKLIST_JSON, TASKS_JSON, ATTACHMENT_INDEX, AUDIT_JSONL
)


def payload_kind(path: str) -> str | None:
    """What a payload path holds: "document", "audit", "memo-json", "memo-pdf", "attachment";
    None for a path no Outbound bundle has."""
    if path == AUDIT_JSONL:
        return "audit"
    if path in DOCUMENT_PATHS:
        return "document"
    if MEMO_JSON_RE.fullmatch(path):
        return "memo-json"
    if MEMO_PDF_RE.fullmatch(path):
        return "memo-pdf"
    if ATTACHMENT_RE.fullmatch(path):
        return "attachment"
    return None


def memo_json(number: int) -> str:
    return f"data/memos/v{number}.json"


def memo_pdf(number: int) -> str:
    return f"data/memos/v{number}.pdf"


def attachment_path(attachment_id: str) -> str:
    return f"data/attachments/{attachment_id}"


def base_dir_for(reference: str) -> str:
    """A folder name safe on every platform, from the matter reference."""
    name = re.sub(r"[^A-Za-z0-9._-]", "_", reference).strip("._-")[:100]
    return name or "bundle"


def format_major(version: str) -> int | None:
    match = re.fullmatch(r"([0-9]{1,4})\.[0-9]{1,4}", version.strip())
    return int(match.group(1)) if match else None


# ----- tag files -------------------------------------------------------------------------------
def _tag_value(value: str) -> str:
    # A tag value is one line here: newlines would start a new (forged) label.
    return " ".join(value.split())


def format_tag_file(items: Iterable[tuple[str, str]]) -> bytes:
    return "".join(f"{label}: {_tag_value(value)}\n" for label, value in items).encode("utf-8")


def parse_tag_file(data: bytes) -> list[tuple[str, str]]:
    """Labels and values in order; continuation lines (leading whitespace) join the value."""
    text = data.decode("utf-8")
    if text.startswith("\ufeff"):
        raise ValueError("starts with a byte-order mark, which BagIt forbids")
    items: list[tuple[str, str]] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        if line[0] in " \t":
            if not items:
                raise ValueError(f"line {number} continues a value but no label came before")
            label, value = items[-1]
            items[-1] = (label, f"{value} {line.strip()}")
            continue
        label, sep, value = line.partition(":")
        if not sep or not label.strip() or label != label.strip():
            raise ValueError(f"line {number} is not 'Label: value'")
        items.append((label, value.strip()))
    return items


# ----- manifests -------------------------------------------------------------------------------
def _encode_path(path: str) -> str:
    return path.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _decode_path(path: str) -> str:
    return re.sub(
        r"%(25|0D|0A)", lambda m: {"25": "%", "0D": "\r", "0A": "\n"}[m.group(1).upper()], path,
        flags=re.IGNORECASE,
    )


def format_manifest(entries: dict[str, str]) -> bytes:
    """`entries` maps path to sha256 hex; sorted so equal bags give equal bytes."""
    lines = [f"{digest}  {_encode_path(path)}\n" for path, digest in sorted(entries.items())]
    return "".join(lines).encode("utf-8")


def parse_manifest(data: bytes) -> dict[str, str]:
    entries: dict[str, str] = {}
    for number, line in enumerate(data.decode("utf-8").splitlines(), 1):
        if not line.strip():
            continue
        parts = line.split(maxsplit=1)
        if len(parts) != 2 or not re.fullmatch(r"[0-9a-fA-F]{64}", parts[0]):
            raise ValueError(f"line {number} is not '<sha256> <path>'")
        path = _decode_path(parts[1].lstrip("*").rstrip("\r"))
        if path in entries:
            raise ValueError(f"'{path}' is listed twice")
        entries[path] = parts[0].lower()
    return entries
