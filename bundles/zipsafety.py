"""Checks on a zip's central directory made before any member is read, and a member reader that
re-checks sizes while it streams.

Python 3.11.7's zipfile strips `..` and absolute paths only when extracting, turns symlink entries
into ordinary files, and lacks the overlapping-entry (zip bomb) check of 3.11.9 / 3.12.3, so all
of that is checked here against the directory itself. We never extract to disk; we read members
by name, but a hostile name is still refused: it means the file was not made by Outbound.
"""

from __future__ import annotations

import hashlib
import itertools
import re
import stat
import struct
import unicodedata
import zipfile
import zlib
from collections.abc import Callable, Iterator
from typing import BinaryIO

from bundles.errors import BundleCancelledError
from bundles.limits import Limits

_LOCAL_HEADER = struct.Struct("<4sHHHHHIIIHH")
_LOCAL_MAGIC = b"PK\x03\x04"
_DRIVE = re.compile(r"^[A-Za-z]:")
_ALLOWED_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
READ_CHUNK = 1024 * 1024


class MemberError(Exception):
    """A member's bytes differ from what the directory declared (size, CRC, corrupt data)."""


def name_problem(name: str) -> str | None:
    """Why `name` is unsafe as a path inside a bundle, or None."""
    if "\x00" in name:
        return "contains a NUL character"
    if "\\" in name:
        return "contains a backslash (a Windows path separator)"
    if name.startswith("/"):
        return "is an absolute path"
    if _DRIVE.match(name):
        return "starts with a drive letter"
    if any(ord(c) < 32 or ord(c) == 127 for c in name):
        return "contains a control character"
    parts = name.rstrip("/").split("/")
    if any(p == ".." for p in parts):
        return "climbs out of the bundle folder with '..'"
    if any(p in ("", ".") for p in parts):
        return "has an empty or '.' path component"
    return None


def _kind_of(info: zipfile.ZipInfo) -> str | None:
    """'symlink' / 'special file' for entries that are not plain files or folders."""
    mode = info.external_attr >> 16
    kind = stat.S_IFMT(mode)
    if kind == stat.S_IFLNK:
        return "symbolic link"
    if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
        return "special file (device, pipe or socket)"
    return None


def directory_problems(zf: zipfile.ZipFile, fp: BinaryIO, limits: Limits) -> list[str]:
    """Every problem found in the central directory; [] when it is safe to read members."""
    infos = zf.infolist()
    problems: list[str] = []
    if len(infos) > limits.max_entries:
        return [f"the bundle has {len(infos)} entries, more than the limit of {limits.max_entries}"]
    seen: dict[str, str] = {}
    total = 0
    for info in infos:
        # orig_filename is the name as stored: zipfile's `filename` is cut at a NUL and, on
        # Windows, has backslashes turned into slashes, which would hide both problems.
        name = info.orig_filename
        shown = repr(name)
        if (why := name_problem(name)) is not None:
            problems.append(f"entry {shown} {why}")
            continue
        if (kind := _kind_of(info)) is not None:
            problems.append(f"entry {shown} is a {kind}, which a bundle never contains")
            continue
        folded = unicodedata.normalize("NFC", name).casefold()
        if folded in seen:
            same = seen[folded] == name
            problems.append(
                f"entry {shown} appears twice" if same
                else f"entries {seen[folded]!r} and {shown} {_how_names_differ(seen[folded], name)}"
            )
            continue
        seen[folded] = name
        if info.flag_bits & 0x1:
            problems.append(f"entry {shown} is zip-encrypted, which a bundle never is")
        if info.compress_type not in _ALLOWED_METHODS:
            problems.append(f"entry {shown} uses an unsupported compression method")
        if info.file_size > limits.max_entry_bytes:
            problems.append(
                f"entry {shown} declares {info.file_size} bytes, more than the limit of "
                f"{limits.max_entry_bytes}"
            )
        if info.file_size > limits.ratio_floor_bytes:
            ratio = info.file_size / max(info.compress_size, 1)
            if ratio > limits.max_ratio:
                problems.append(
                    f"entry {shown} expands {ratio:.0f} times (limit {limits.max_ratio:.0f}): "
                    "a compression bomb"
                )
        total += info.file_size
    if total > limits.max_total_bytes:
        problems.append(
            f"the bundle declares {total} bytes in all, more than the limit of "
            f"{limits.max_total_bytes}"
        )
    problems += _prefix_problems(fp, infos)
    problems += _overlap_problems(zf, fp, infos)
    return problems


def _prefix_problems(fp: BinaryIO, infos: list[zipfile.ZipInfo]) -> list[str]:
    """A bundle starts with its first entry. zipfile reads past bytes put in front of a zip (as
    self-extracting archives do), but nothing signed covers them: refuse them."""
    if not infos:
        return []
    fp.seek(0)
    first = min(info.header_offset for info in infos)
    if fp.read(4) != _LOCAL_MAGIC or first != 0:
        return [f"the file has {first:,} bytes in front of the zip's first entry that belong to "
                "no entry: something was added to it"]
    return []


def _overlap_problems(zf: zipfile.ZipFile, fp: BinaryIO, infos: list[zipfile.ZipInfo]) -> list[str]:
    """Entries must occupy disjoint byte ranges before the central directory. Overlapping local
    headers let a few kilobytes decompress to gigabytes (David Fifield's non-recursive bomb)."""
    spans: list[tuple[int, int, str]] = []
    end_of_entries = getattr(zf, "start_dir", None)
    for info in infos:
        fp.seek(info.header_offset)
        header = fp.read(_LOCAL_HEADER.size)
        if len(header) != _LOCAL_HEADER.size or header[:4] != _LOCAL_MAGIC:
            return [f"entry {info.filename!r} has no local header where the directory says"]
        fields = _LOCAL_HEADER.unpack(header)
        name_len, extra_len = fields[9], fields[10]
        start = info.header_offset
        end = start + _LOCAL_HEADER.size + name_len + extra_len + info.compress_size
        if info.flag_bits & 0x8:
            end += 12  # a data descriptor (16 with signature, 24 for zip64); lower bound
        spans.append((start, end, info.filename))
    spans.sort()
    for (_, end, name), (next_start, _, next_name) in itertools.pairwise(spans):
        if next_start < end:
            return [f"entries {name!r} and {next_name!r} overlap in the file: a zip bomb"]
    if spans and end_of_entries is not None and spans[-1][1] > end_of_entries:
        return [f"entry {spans[-1][2]!r} runs into the zip's central directory"]
    return []


def stream_member(
    zf: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    *,
    cancel: Callable[[], bool] | None = None,
    on_bytes: Callable[[int], None] | None = None,
) -> Iterator[bytes]:
    """The member's bytes in chunks. Counts what decompression actually yields and fails if it
    is more or less than the directory declared; zipfile checks the CRC at the end."""
    produced = 0
    try:
        with zf.open(info, "r") as handle:
            while True:
                if cancel is not None and cancel():
                    raise BundleCancelledError("cancelled; nothing was written")
                chunk = handle.read(READ_CHUNK)
                if not chunk:
                    break
                produced += len(chunk)
                if produced > info.file_size:
                    raise MemberError(f"{info.filename!r} is larger than its declared size")
                if on_bytes is not None:
                    on_bytes(len(chunk))
                yield chunk
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        raise MemberError(f"{info.filename!r} is damaged ({exc})") from exc
    if produced != info.file_size:
        raise MemberError(
            f"{info.filename!r} holds {produced} bytes but declares {info.file_size}"
        )


def read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """A small member (tag file, JSON, PDF) whole in memory, refusing more than `limit` bytes."""
    if info.file_size > limit:
        raise MemberError(
            f"{info.filename!r} declares {info.file_size} bytes, more than the limit of {limit} "
            "for a file read into memory"
        )
    return b"".join(stream_member(zf, info))


def hash_member(
    zf: zipfile.ZipFile,
    info: zipfile.ZipInfo,
    *,
    cancel: Callable[[], bool] | None = None,
    on_bytes: Callable[[int], None] | None = None,
) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    for chunk in stream_member(zf, info, cancel=cancel, on_bytes=on_bytes):
        digest.update(chunk)
        size += len(chunk)
    return digest.hexdigest(), size


def _how_names_differ(first: str, second: str) -> str:
    """Why two names count as one: the reason a person can act on."""
    if unicodedata.normalize("NFC", first) == unicodedata.normalize("NFC", second):
        return (
            "are the same name written with different Unicode normalization (NFC and NFD: "
            "composed and decomposed accents look identical)"
        )
    if unicodedata.normalize("NFC", first).lower() == unicodedata.normalize("NFC", second).lower():
        return "differ only by letter case"
    return "differ only by letter case or Unicode normalization"
