"""Hostile and broken bundles: each is refused with a message naming its problem, and the
importing vault is left exactly as it was (a logical dump of every table, before and after)."""

from __future__ import annotations

import base64
import json
import struct
import warnings
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from test_bundle_support import dump_vault, make_rich_matter, read_bag, reseal, sign, write_bag

from bundles import layout
from bundles.errors import (
    BundleError,
    BundleSignatureError,
    BundleVerificationError,
    NotABundleError,
)
from bundles.limits import Limits
from casework.bundle_export import export_matter
from casework.bundle_import import import_bundle
from casework.bundle_verify import verify_bundle


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """One exporting vault with a rich matter and its bundle, and one target vault, shared by
    the module (each test leaves the target unchanged, which is what it checks)."""
    import models.keywrap as keywrap
    from models.vault import Vault

    folder = tmp_path_factory.mktemp("hostile")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(keywrap, "DEFAULT_ARGON2", keywrap.Argon2Params(8 * 1024, 1, 1))
        source, _ = Vault.create(folder / "source.obv", "pw source")
        target, _ = Vault.create(folder / "target.obv", "pw target")
    info = make_rich_matter(source)
    result = export_matter(source, info["reference"], folder / "good.zip", actor="exporter")
    base, files = read_bag(result.path)
    yield {"source": source, "target": target, "folder": folder, "good": result.path,
           "base": base, "files": files, "info": info, "dump": dump_vault(target)}
    source.lock()
    target.lock()


def _attachment_path(files: dict[str, bytes]) -> str:
    return next(p for p in files if layout.ATTACHMENT_RE.fullmatch(p))


def _refused(world: dict[str, Any], path: Path, error: type[BundleError], match: str,
             **kwargs: Any) -> None:
    with pytest.raises(error, match=match):
        import_bundle(world["target"], path, actor="importer", **kwargs)
    assert dump_vault(world["target"]) == world["dump"], "a refused import changed the vault"


def _variant(world: dict[str, Any], name: str, mutate: Callable[[dict[str, bytes]], None],
             **write: Any) -> Path:
    files = dict(world["files"])
    mutate(files)
    return write_bag(world["folder"] / f"{name}.zip", world["base"], files, **write)


# ----- the zip itself: names and entry types (checked before any member is read) ----------------
@pytest.mark.parametrize(
    ("label", "name", "match"),
    [
        ("traversal", "../x", "climbs out of the bundle folder"),
        ("absolute", "/etc/x", "is an absolute path"),
        ("drive", "C:/x", "starts with a drive letter"),
        ("backslash", "{base}/data\\x", "contains a backslash"),
    ],
)
def test_unsafe_names_are_refused(world: dict[str, Any], label: str, name: str,
                                  match: str) -> None:
    path = write_bag(world["folder"] / f"{label}.zip", world["base"], dict(world["files"]),
                     raw_names=[(name.format(base=world["base"]), b"owned")])
    report = verify_bundle(path)
    assert not report.ok and report.checks[0].name == "zip structure"
    _refused(world, path, BundleVerificationError, match)


def test_nul_in_a_name_is_refused(world: dict[str, Any]) -> None:
    path = write_bag(world["folder"] / "nul.zip", world["base"], dict(world["files"]),
                     raw_names=[(f"{world['base']}/data/xNULx.pdf", b"hidden")])
    path.write_bytes(path.read_bytes().replace(b"xNULx.pdf", b"x\x00../../x"))
    _refused(world, path, BundleVerificationError, "contains a NUL character")


def test_symlink_entry_is_refused(world: dict[str, Any]) -> None:
    path = write_bag(world["folder"] / "symlink.zip", world["base"], dict(world["files"]),
                     symlinks=[(f"{world['base']}/data/link", b"/etc/passwd")])
    _refused(world, path, BundleVerificationError, "is a symbolic link")


def test_duplicate_names_are_refused(world: dict[str, Any]) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate we write on purpose
        path = write_bag(world["folder"] / "dupe.zip", world["base"], dict(world["files"]),
                         raw_names=[(f"{world['base']}/{layout.MATTER_JSON}", b"{}")])
    _refused(world, path, BundleVerificationError, "appears twice")


def test_case_folded_duplicates_are_refused(world: dict[str, Any]) -> None:
    path = write_bag(world["folder"] / "case.zip", world["base"], dict(world["files"]),
                     raw_names=[(f"{world['base']}/DATA/matter.json", b"{}")])
    _refused(world, path, BundleVerificationError, "differ only by letter case")


def test_overlapping_entries_are_refused(world: dict[str, Any]) -> None:
    """Point a second central-directory record at the first entry's local header."""
    data = bytearray(world["good"].read_bytes())
    first = data.index(b"PK\x01\x02")
    second = data.index(b"PK\x01\x02", first + 4)
    target_offset = struct.unpack_from("<I", data, first + 42)[0]
    struct.pack_into("<I", data, second + 42, target_offset)
    path = world["folder"] / "overlap.zip"
    path.write_bytes(bytes(data))
    _refused(world, path, BundleVerificationError, "overlap")


# ----- sizes and ratios -------------------------------------------------------------------------
def test_compression_bomb_is_refused_before_reading(world: dict[str, Any]) -> None:
    def add_bomb(files: dict[str, bytes]) -> None:
        files["data/attachments/00000000-0000-4000-8000-000000000000"] = bytes(50 * 1024 * 1024)

    path = _variant(world, "bomb", add_bomb, deflate=lambda p: True)
    assert path.stat().st_size < 5 * 1024 * 1024
    _refused(world, path, BundleVerificationError, "a compression bomb")


def test_total_size_over_the_limit_is_refused(world: dict[str, Any]) -> None:
    _refused(world, world["good"], BundleVerificationError, r"in all, more than the limit of 1000",
             limits=Limits(max_total_bytes=1000))


def test_special_file_entry_is_refused(world: dict[str, Any]) -> None:
    import stat

    path = world["folder"] / "fifo.zip"
    write_bag(path, world["base"], dict(world["files"]))
    with zipfile.ZipFile(path, "a") as zf:
        info = zipfile.ZipInfo(f"{world['base']}/data/pipe")
        info.create_system = 3
        info.external_attr = (stat.S_IFIFO | 0o600) << 16
        zf.writestr(info, b"")
    _refused(world, path, BundleVerificationError, "special file")


def test_too_many_entries_are_refused(world: dict[str, Any]) -> None:
    _refused(world, world["good"], BundleVerificationError, "entries, more than the limit of 3",
             limits=Limits(max_entries=3))


def test_truncated_file_is_refused(world: dict[str, Any]) -> None:
    path = world["folder"] / "truncated.zip"
    data = world["good"].read_bytes()
    path.write_bytes(data[: len(data) // 2])
    _refused(world, path, NotABundleError, "is truncated or damaged")


def test_non_zip_file_is_refused(world: dict[str, Any]) -> None:
    path = world["folder"] / "notes.txt"
    path.write_text("just some notes, not a bundle\n")
    _refused(world, path, NotABundleError, "is not a zip file")


# ----- the bag: manifests, hashes, Payload-Oxum -------------------------------------------------
def test_file_listed_but_missing_is_refused(world: dict[str, Any]) -> None:
    def drop(files: dict[str, bytes]) -> None:
        del files[_attachment_path(files)]  # manifest still lists it; signature still valid

    _refused(world, _variant(world, "missing", drop), BundleVerificationError,
             "is listed in the manifest but missing from the bundle")


def test_extra_payload_file_is_refused(world: dict[str, Any]) -> None:
    def add(files: dict[str, bytes]) -> None:
        files["data/extra.txt"] = b"slipped in after signing"

    _refused(world, _variant(world, "extra", add), BundleVerificationError,
             "data/extra.txt is in the bundle but not in the manifest")


def test_hash_mismatch_is_refused(world: dict[str, Any]) -> None:
    def flip(files: dict[str, bytes]) -> None:
        path = _attachment_path(files)
        data = bytearray(files[path])
        data[10] ^= 0xFF
        files[path] = bytes(data)

    _refused(world, _variant(world, "flip", flip), BundleVerificationError,
             "does not match its hash in the manifest")


def test_payload_oxum_mismatch_is_refused(world: dict[str, Any]) -> None:
    def oxum(files: dict[str, bytes]) -> None:
        items = [(k, "1.1" if k == layout.L_OXUM else v)
                 for k, v in layout.parse_tag_file(files[layout.BAG_INFO])]
        files[layout.BAG_INFO] = layout.format_tag_file(items)
        reseal(files, world["source"], oxum=False)

    _refused(world, _variant(world, "oxum", oxum), BundleVerificationError, "Payload-Oxum says")


def test_changed_tag_file_is_refused(world: dict[str, Any]) -> None:
    def edit(files: dict[str, bytes]) -> None:
        files[layout.BAG_INFO] += b"Contact-Name: someone else\n"  # tag manifest not updated

    _refused(world, _variant(world, "tag", edit), BundleVerificationError,
             "bag-info.txt does not match the tag manifest")


# ----- format version and schemas ---------------------------------------------------------------
def test_unknown_major_format_version_is_refused(world: dict[str, Any]) -> None:
    def future(files: dict[str, bytes]) -> None:
        items = [(k, "3.0" if k == layout.L_FORMAT else v)
                 for k, v in layout.parse_tag_file(files[layout.BAG_INFO])]
        files[layout.BAG_INFO] = layout.format_tag_file(items)
        reseal(files, world["source"])

    _refused(world, _variant(world, "v2", future), BundleVerificationError,
             "format version 3.0, which this version of Outbound cannot read")


def test_json_failing_its_schema_is_refused(world: dict[str, Any]) -> None:
    def bad_kind(files: dict[str, bytes]) -> None:
        doc = json.loads(files[layout.MATTER_JSON])
        doc["matter"]["kind"] = "spaceflight"
        files[layout.MATTER_JSON] = json.dumps(doc).encode()
        reseal(files, world["source"])  # correctly hashed and signed: only the schema objects

    _refused(world, _variant(world, "schema", bad_kind), BundleVerificationError,
             "data/matter.json at matter/kind: 'spaceflight' is not one of")


def test_edited_audit_trail_is_refused(world: dict[str, Any]) -> None:
    def edit(files: dict[str, bytes]) -> None:
        lines = files[layout.AUDIT_JSONL].decode().splitlines()
        event = json.loads(lines[0])
        event["actor"] = "someone else"
        lines[0] = json.dumps(event)
        files[layout.AUDIT_JSONL] = ("\n".join(lines) + "\n").encode()
        reseal(files, world["source"])

    _refused(world, _variant(world, "audit", edit), BundleVerificationError,
             "its content was changed after it was recorded")


# ----- signatures -------------------------------------------------------------------------------
def test_bad_signature_is_always_refused(world: dict[str, Any]) -> None:
    def forge(files: dict[str, bytes]) -> None:
        other = Ed25519PrivateKey.generate()
        files[layout.SIGNATURE] = base64.b64encode(other.sign(files[layout.TAGMANIFEST]))

    path = _variant(world, "forged", forge)
    _refused(world, path, BundleSignatureError, "the signature does not match the tag manifest")
    _refused(world, path, BundleSignatureError, "the signature does not match",
             allow_unsigned=True)


def test_unsigned_bundle_needs_allow_unsigned(world: dict[str, Any], vault_factory: Any) -> None:
    def unsign(files: dict[str, bytes]) -> None:
        items = [(k, v) for k, v in layout.parse_tag_file(files[layout.BAG_INFO])
                 if k != layout.L_PUBLIC_KEY]
        files[layout.BAG_INFO] = layout.format_tag_file(items)
        reseal(files, None)
        sign(files, None)

    path = _variant(world, "unsigned", unsign)
    assert verify_bundle(path).signature == "missing"
    _refused(world, path, BundleSignatureError, "is not signed")
    fresh, _ = vault_factory("fresh.obv")
    result = import_bundle(fresh, path, actor="importer", allow_unsigned=True)
    assert result.signature == "missing" and result.signer_fingerprint is None


def test_stripped_signature_is_refused(world: dict[str, Any]) -> None:
    _refused(world, _variant(world, "stripped", lambda f: f.pop(layout.SIGNATURE)),
             BundleSignatureError, "the signature file is missing", allow_unsigned=True)


def test_deflate_stream_damage_is_reported(world: dict[str, Any]) -> None:
    """A member whose compressed bytes are corrupt (CRC or inflate error) is named."""
    data = bytearray(world["good"].read_bytes())
    with zipfile.ZipFile(world["good"]) as zf:
        info = zf.getinfo(f"{world['base']}/{layout.INTAKE_JSON}")
    start = info.header_offset + 30 + len(info.filename.encode()) + 5
    data[start : start + 8] = zlib.compress(b"x")[:8]
    path = world["folder"] / "crc.zip"
    path.write_bytes(bytes(data))
    _refused(world, path, BundleVerificationError, "data/intake.json")
