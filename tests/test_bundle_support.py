"""Test support for the bundle tests: a rich matter, bag rebuilding for hostile variants, and a
logical dump of a vault to prove a refused import changed nothing. (No tests here.)"""

from __future__ import annotations

import base64
import hashlib
import io
import stat
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import select, text

from bundles import layout
from casework import attachments, counsel, matters, memo_store
from casework.memo_workflow import draft_memo
from casework.signing_keys import WRAP_PURPOSE, bundle_signing_key
from models.entities import Base

SCENARIOS = Path(__file__).resolve().parent / "scenarios"
ATTACHMENT_A = b"NDA between the company and the host lab\n" * 2000
ATTACHMENT_B = bytes(range(256)) * 5000  # 1.28 MB, spans two vault chunks


def tiny_pdf(label: str = "signed memo") -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    page = canvas.Canvas(buf, invariant=1)
    page.drawString(72, 720, label)
    page.save()
    return buf.getvalue()


def make_rich_matter(vault: Any, *, actor: str = "counsel.a") -> dict[str, Any]:
    """A matter with two intake revisions, decided checklist items with evidence, a signed memo
    version with its PDF, a later draft, and two attachments. Returns ids and expectations."""
    scenario = yaml.safe_load((SCENARIOS / "02-training-lead-joins-us-lab.yaml").read_text())
    pdf = tiny_pdf()
    with vault.session() as s:
        m = matters.create_matter(
            s, kind=scenario["kind"], actor=actor, answers=scenario["answers"],
            title=scenario.get("title", ""),
        )
        answers = dict(scenario["answers"])
        answers["person.title"] = "Head of Model Training (acting)"
        matters.save_intake(s, m.id, answers, actor=actor)
        a1 = attachments.add_attachment(
            s, m.id, name="NDA signed.txt", stream=io.BytesIO(ATTACHMENT_A), actor=actor,
            media_type="text/plain",
        )
        a2 = attachments.add_attachment(
            s, m.id, name="承诺书.bin", stream=io.BytesIO(ATTACHMENT_B), actor=actor,
        )
        items = memo_items = list(m.checklist_items)
        assert items, "scenario 02 should trigger checklist items"
        matters.set_item_status(s, items[0].id, status="done", note="NDA on file", actor=actor)
        matters.link_evidence(s, items[0].id, a1.id, actor=actor)
        if len(items) > 1:
            matters.set_item_status(s, items[1].id, status="escalated", note="ask GC",
                                    actor=actor)
        person = counsel.add_counsel(s, name="Li Wei", title="Senior Counsel", actor=actor)
        # Real memo content (the import checks it against the memo model and its fingerprint).
        v1 = draft_memo(s, m.reference, actor=actor,
                        narrative={"summary": "Proceed with conditions."})
        memo_store.sign_version(
            s, v1, counsel=person, capacity="prepared", signed_at="2026-03-01T10:00:00.000000Z",
            fingerprint=v1.sha256, pdf=pdf, pades=False, actor=actor,
        )
        draft_memo(s, m.reference, actor=actor, narrative={"summary": "Revised after new facts."})
        del memo_items
        return {"id": m.id, "reference": m.reference, "pdf": pdf,
                "attachments": {a1.id: ATTACHMENT_A, a2.id: ATTACHMENT_B}}


def dump_vault(vault: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (and the search index), sorted: equal dumps, equal vaults."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with vault.session() as s:
        for table in Base.metadata.sorted_tables:
            rows = s.execute(select(table)).all()
            out[table.name] = sorted((tuple(r) for r in rows), key=repr)
        out["matter_search"] = sorted(
            (tuple(r) for r in s.execute(text("SELECT * FROM matter_search")).all()), key=repr
        )
    return out


# ----- taking bundles apart and putting them back together -----------------------------------
def read_bag(path: Path) -> tuple[str, dict[str, bytes]]:
    """(base folder, {bag path: bytes}) of an unencrypted bundle."""
    files: dict[str, bytes] = {}
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            base, _, rel = info.filename.partition("/")
            files[rel] = zf.read(info)
    return base, files


def reseal(files: dict[str, bytes], vault: Any | None, *, oxum: bool = True) -> None:
    """Recompute manifests (and Payload-Oxum) and re-sign with `vault`'s key, so a test change
    is caught by the check it targets, not by the signature or the hashes."""
    payload = {p: hashlib.sha256(d).hexdigest() for p, d in files.items() if p.startswith("data/")}
    files[layout.MANIFEST] = layout.format_manifest(payload)
    if oxum:
        items = [(k, v) for k, v in layout.parse_tag_file(files[layout.BAG_INFO])
                 if k != layout.L_OXUM]
        size = sum(len(d) for p, d in files.items() if p.startswith("data/"))
        items.append((layout.L_OXUM, f"{size}.{len(payload)}"))
        files[layout.BAG_INFO] = layout.format_tag_file(items)
    tags = {p: hashlib.sha256(files[p]).hexdigest()
            for p in (layout.BAGIT_TXT, layout.BAG_INFO, layout.MANIFEST)}
    files[layout.TAGMANIFEST] = layout.format_manifest(tags)
    sign(files, vault)


def sign(files: dict[str, bytes], vault: Any | None) -> None:
    if vault is None:
        files.pop(layout.SIGNATURE, None)
        return
    with vault.session() as s:
        key = bundle_signing_key(s, vault.subkey(WRAP_PURPOSE), actor="test")
    files[layout.SIGNATURE] = base64.b64encode(key.sign(files[layout.TAGMANIFEST])) + b"\n"


def write_bag(
    dest: Path,
    base: str,
    files: dict[str, bytes],
    *,
    raw_names: list[tuple[str, bytes]] = (),  # type: ignore[assignment]
    symlinks: list[tuple[str, bytes]] = (),  # type: ignore[assignment]
    deflate: Callable[[str], bool] = lambda p: p.endswith((".json", ".jsonl", ".txt")),
) -> Path:
    """Write `files` under `base/`; `raw_names` are added with their names as given (no base),
    `symlinks` as symbolic-link entries. Like the exporter, JSON and tag files are deflated and
    attachments and PDFs stored."""
    with zipfile.ZipFile(dest, "w") as zf:
        for rel, data in files.items():
            method = zipfile.ZIP_DEFLATED if deflate(rel) else zipfile.ZIP_STORED
            zf.writestr(zipfile.ZipInfo(f"{base}/{rel}"), data, compress_type=method)
        for name, data in raw_names:
            zf.writestr(zipfile.ZipInfo(name), data)
        for name, target in symlinks:
            info = zipfile.ZipInfo(name)
            info.create_system = 3
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
            zf.writestr(info, target)
    return dest
