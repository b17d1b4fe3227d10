"""Verify a case bundle without any vault: the zip, the bag, the signature, the JSON and the
audit chain inside. Given `key_known` (the vault's list of known signers, from casework), also
say whether the signing key is known. What the memo versions inside mean (their content, their
fingerprints, the PDF signatures behind their sign-offs) the caller checks: `memo_checks`, which
`casework.bundle_verify` supplies (the bundle format imports nothing of `memos`).

Order matters: the zip's directory is checked before any member is read; tag files before the
payload; the payload by streaming hashes; JSON is parsed only once its bytes matched the manifest
(even then it is validated, since the manifest proves integrity, not good intent).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, TypedDict

from bundles import content as content_mod
from bundles import layout, signing, transport, zipsafety
from bundles.errors import NotABundleError
from bundles.limits import Limits
from bundles.memo_checks import MemoChecks

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]
KeyKnown = Callable[[bytes], bool]  # is this raw Ed25519 public key one the vault knows?


class VerifyOptions(TypedDict, total=False):
    """`verify_bundle`'s options besides the memo checks, for a caller that supplies those and
    passes the rest through (`casework.bundle_verify`)."""

    passphrase: str | None
    key_known: KeyKnown | None
    limits: Limits
    progress: Progress | None
    cancel: Cancel | None


def _count(n: int, noun: str) -> str:
    """ "1 intake revision", "2 intake revisions" (this text reaches the CLI and the window)."""
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _agreed(parsed: content_mod.Content) -> str:
    counts = [_count(len(parsed.intake), "intake revision"),
              _count(len(parsed.checklist), "checklist item")]
    if parsed.tasks is not None:  # a bundle written before tasks travelled has none to count
        counts.append(_count(len(parsed.tasks), "task"))
    counts += [_count(len(parsed.memos), "memo version"),
               _count(len(parsed.attachments), "attachment")]
    return ", ".join(counts) + " agree"


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    message: str


@dataclass
class VerifyReport:
    path: Path
    bundle_sha256: str = ""
    encrypted: bool = False
    checks: list[Check] = field(default_factory=list)
    format_version: str | None = None
    matter_uuid: str | None = None
    reference: str | None = None
    exporter: str | None = None
    organisation: str | None = None
    bagging_date: str | None = None
    signature: str = "missing"  # "valid" | "missing" | "invalid"
    signer_fingerprint: str | None = None
    signer_public_key: bytes | None = None
    key_known: bool | None = None  # None when verified without a vault
    # Not failures, but what counsel must know: e.g. a memo sign-off no PDF signature carries.
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(c.ok for c in self.checks)

    @property
    def ok_apart_from_signature(self) -> bool:
        return all(c.ok for c in self.checks if c.name != "signature")

    @property
    def failures(self) -> list[Check]:
        return [c for c in self.checks if not c.ok]

    def add(self, name: str, problems: list[str], ok_message: str) -> bool:
        if problems:
            self.checks.append(Check(name, False, "; ".join(problems)))
            return False
        self.checks.append(Check(name, True, ok_message))
        return True


@dataclass
class OpenedBundle:
    """A verified bundle kept open so import can stream its attachments from the same file."""

    report: VerifyReport
    zip: zipfile.ZipFile | None = None
    members: dict[str, zipfile.ZipInfo] = field(default_factory=dict)
    manifest: dict[str, str] = field(default_factory=dict)
    content: content_mod.Content = field(default_factory=content_mod.Content)
    memo_pdfs: dict[int, bytes] = field(default_factory=dict)
    # Attachments whose SHA-256 is left to the import, which hashes them as it stores them
    # (one read instead of two); the import refuses the bundle if one does not match.
    deferred: set[str] = field(default_factory=set)
    # Each memo signature's id -> the certificate subject of the PDF signature carrying it.
    signoffs: dict[str, str | None] = field(default_factory=dict)


def verify_bundle(
    path: Path,
    *,
    memo_checks: MemoChecks,
    passphrase: str | None = None,
    key_known: KeyKnown | None = None,
    limits: Limits = Limits(),  # noqa: B008 - frozen dataclass, safe as a default
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> VerifyReport:
    """Every check, reported; raises only for a file that cannot be read as a bundle at all
    (NotABundleError, BundlePassphraseError, BundleTooLargeError)."""
    with open_bundle(
        path, memo_checks=memo_checks, passphrase=passphrase, key_known=key_known, limits=limits,
        progress=progress, cancel=cancel,
    ) as opened:
        return opened.report


@contextlib.contextmanager
def open_bundle(
    path: Path,
    *,
    memo_checks: MemoChecks,
    passphrase: str | None,
    key_known: KeyKnown | None,
    limits: Limits,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    defer_attachments: bool = False,
) -> Iterator[OpenedBundle]:
    """The bundle verified and kept open. With `defer_attachments` (import only) attachment
    files are not hashed here: the caller must hash each as it streams it and refuse the bundle
    unless it matches the manifest (progress then counts those bytes too, as not yet done)."""
    path = Path(path)
    if not path.is_file():
        raise NotABundleError(f"{path} does not exist or is not a file")
    report = VerifyReport(path=path, bundle_sha256=_file_sha256(path))
    source: BinaryIO
    if transport.is_encrypted(path):
        report.encrypted = True
        source = io.BytesIO(transport.decrypt_file(path, passphrase, limits))
        report.checks.append(Check("decryption", True, "decrypted with the transport passphrase"))
    else:
        source = path.open("rb")
    opened = OpenedBundle(report=report)
    try:
        try:
            opened.zip = zipfile.ZipFile(source)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError) as exc:
            raise NotABundleError(_unreadable_message(path, source, exc)) from exc
        _Verifier(
            opened, source, memo_checks, key_known, limits, progress, cancel, defer_attachments
        ).run()
        yield opened
    finally:
        if opened.zip is not None:
            opened.zip.close()
        source.close()


def _unreadable_message(path: Path, source: BinaryIO, exc: Exception) -> str:
    source.seek(0)
    if source.read(4) == b"PK\x03\x04":
        # Starts like a zip but its directory (at the end) cannot be read: cut short in transit.
        return (f"{path.name} is truncated or damaged: it starts as a zip file but its end is "
                f"missing or unreadable ({exc}); copy it again from the source")
    return f"{path.name} is not a case bundle: it is not a zip file ({exc})"


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


class _Verifier:
    def __init__(
        self,
        opened: OpenedBundle,
        source: BinaryIO,
        memo_checks: MemoChecks,
        key_known: KeyKnown | None,
        limits: Limits,
        progress: Progress | None,
        cancel: Cancel | None,
        defer_attachments: bool = False,
    ) -> None:
        assert opened.zip is not None
        self.defer_attachments = defer_attachments
        self.o, self.zf, self.source = opened, opened.zip, source
        self.r = opened.report
        self.memo_checks = memo_checks
        self.key_known, self.limits = key_known, limits
        self.progress, self.cancel = progress, cancel
        self.bag_info: dict[str, str] = {}
        self.payload_ok = False

    def run(self) -> None:
        # Each step returns False when later steps cannot sensibly run.
        for step in (self.zip_structure, self.bag_declaration, self.bag_info_file,
                     self.payload, self.tags_and_signature, self.documents):
            if not step():
                return

    # ----- zip --------------------------------------------------------------------------------
    def zip_structure(self) -> bool:
        problems = zipsafety.directory_problems(self.zf, self.source, self.limits)
        if not problems:
            problems = self._collect_members()
        if not problems:  # what would be held in memory, bounded before anything is read
            problems = self._inline_size_problems(self._inline_members(self.o.members))
        n = len(self.zf.infolist())
        return self.r.add("zip structure", problems, f"{n} entries; names, types, sizes, "
                                                     "compression ratios and layout are safe")

    def _collect_members(self) -> list[str]:
        bases = set()
        for info in self.zf.infolist():
            if info.is_dir():
                continue
            base, sep, rel = info.filename.partition("/")
            if not sep or not rel:
                return [f"entry {info.filename!r} is outside the bundle's folder"]
            bases.add(base)
            self.o.members[rel] = info
        if len(bases) != 1:
            return ["the zip must hold exactly one bag folder; found "
                    + (", ".join(sorted(bases)) or "none")]
        if not layout.BASE_DIR_RE.fullmatch(bases.pop()):
            return ["the bag folder's name is not a plain file name"]
        problems = []
        for rel in sorted(self.o.members):
            if rel == layout.FETCH_TXT:
                problems.append("the bundle has a fetch.txt, which asks the reader to download "
                                "files from elsewhere; Outbound bundles never do")
            elif layout.OTHER_MANIFEST_RE.fullmatch(rel) and rel not in layout.TAG_FILES:
                problems.append(f"the bundle has {rel}, a manifest Outbound neither writes nor "
                                "checks (its bundles carry SHA-256 manifests only)")
        return problems

    def _read_small(self, rel: str, limit: int | None = None) -> bytes:
        return zipsafety.read_member(
            self.zf, self.o.members[rel], limit or self.limits.max_tag_file_bytes
        )

    def _inline_limit(self, kind: str) -> int:
        return {
            "document": self.limits.max_document_bytes,
            "audit": self.limits.max_audit_bytes,
            "memo-json": self.limits.max_memo_json_bytes,
            "memo-pdf": self.limits.max_memo_pdf_bytes,
        }[kind]

    @staticmethod
    def _inline_members(members: dict[str, zipfile.ZipInfo]) -> dict[str, str]:
        """Payload path -> kind, for the members verification reads whole into memory."""
        return {p: kind for p in members
                if (kind := layout.payload_kind(p)) not in (None, "attachment")}

    def _inline_size_problems(self, wanted: dict[str, str]) -> list[str]:
        """The documents and memo PDFs verification holds in memory, bounded by kind and in
        all, on the sizes the zip declares (reading then stops at the declared size)."""
        limits, problems = self.limits, []
        memos = sum(1 for kind in wanted.values() if kind == "memo-json")
        if memos > limits.max_memo_versions:
            problems.append(f"the bundle has {memos:,} memo versions, more than the limit of "
                            f"{limits.max_memo_versions:,}")
        total = json_total = 0
        for path, kind in sorted(wanted.items()):
            size, limit = self.o.members[path].file_size, self._inline_limit(kind)
            total += size
            json_total += size if kind != "memo-pdf" else 0
            if size > limit:
                problems.append(f"{path} is {size:,} bytes, more than the limit of {limit:,} for "
                                "such a file")
        if json_total > limits.max_json_total_bytes:
            problems.append(f"the bundle's JSON documents are {json_total:,} bytes in all, more "
                            f"than the limit of {limits.max_json_total_bytes:,}")
        if total > limits.max_inline_bytes:
            problems.append(f"the bundle's documents and memo PDFs are {total:,} bytes in all, "
                            f"more than the limit of {limits.max_inline_bytes:,}")
        return problems[:5]

    # ----- bag --------------------------------------------------------------------------------
    def bag_declaration(self) -> bool:
        if layout.BAGIT_TXT not in self.o.members:
            return self.r.add("bag declaration", ["bagit.txt is missing: this is not a BagIt bag"],
                              "")
        try:
            tags = dict(layout.parse_tag_file(self._read_small(layout.BAGIT_TXT)))
        except (zipsafety.MemberError, UnicodeDecodeError, ValueError) as exc:
            return self.r.add("bag declaration", [f"bagit.txt is unreadable ({exc})"], "")
        problems = []
        if tags.get("BagIt-Version") != "1.0":
            problems.append(f"bagit.txt declares BagIt-Version {tags.get('BagIt-Version')!r}, "
                            "expected 1.0")
        if (tags.get("Tag-File-Character-Encoding") or "").upper() != "UTF-8":
            problems.append("bagit.txt must declare Tag-File-Character-Encoding: UTF-8")
        return self.r.add("bag declaration", problems, "BagIt 1.0, UTF-8")

    def bag_info_file(self) -> bool:
        if layout.BAG_INFO not in self.o.members:
            return self.r.add("bag-info", ["bag-info.txt is missing"], "")
        try:
            items = layout.parse_tag_file(self._read_small(layout.BAG_INFO))
        except (zipsafety.MemberError, UnicodeDecodeError, ValueError) as exc:
            return self.r.add("bag-info", [f"bag-info.txt is unreadable ({exc})"], "")
        info: dict[str, str] = {}
        problems = []
        for label, value in items:
            if label in info and label.startswith(("Outbound-", "Payload-Oxum", "External-Id")):
                problems.append(f"bag-info.txt gives {label} twice")
            info.setdefault(label, value)
        self.bag_info = info
        r = self.r
        r.format_version = info.get(layout.L_FORMAT)
        r.matter_uuid, r.reference = info.get(layout.L_UUID), info.get(layout.L_EXTERNAL_ID)
        r.exporter, r.organisation = info.get(layout.L_EXPORTER), info.get(layout.L_ORG)
        r.bagging_date = info.get(layout.L_DATE)
        if r.format_version is None:
            problems.append(f"bag-info.txt has no {layout.L_FORMAT}: not an Outbound bundle")
        else:
            major = layout.format_major(r.format_version)
            if major not in layout.READABLE_MAJORS:
                problems.append(
                    f"the bundle uses format version {r.format_version}, which this version of "
                    f"Outbound cannot read (it reads "
                    f"{' and '.join(f'{m}.x' for m in layout.READABLE_MAJORS)}); update Outbound"
                )
        for label in (layout.L_UUID, layout.L_EXTERNAL_ID, layout.L_OXUM):
            if label not in info:
                problems.append(f"bag-info.txt has no {label}")
        return r.add("bag-info", problems, f"Outbound bundle format {r.format_version}")

    def payload(self) -> bool:
        if layout.MANIFEST not in self.o.members:
            return self.r.add("payload manifest", ["manifest-sha256.txt is missing"], "")
        try:
            manifest = layout.parse_manifest(self._read_small(layout.MANIFEST))
        except (zipsafety.MemberError, UnicodeDecodeError, ValueError) as exc:
            return self.r.add("payload manifest", [f"manifest-sha256.txt is unreadable ({exc})"],
                              "")
        self.o.manifest = manifest
        problems = []
        for path in manifest:
            why = zipsafety.name_problem(path)
            if why is not None or not path.startswith("data/"):
                problems.append(f"manifest entry {path!r} "
                                f"{why or 'is not a payload file (outside data/)'}")
        payload_files = {p for p in self.o.members if p.startswith("data/")}
        for path in sorted(set(manifest) - payload_files):
            problems.append(f"{path} is listed in the manifest but missing from the bundle")
        for path in sorted(payload_files - set(manifest)):
            problems.append(f"{path} is in the bundle but not in the manifest")
        total = sum(self.o.members[p].file_size for p in manifest if p in self.o.members)
        done = 0

        def advance(n: int) -> None:
            nonlocal done
            done += n
            if self.progress is not None:
                self.progress(done, total)

        for path in sorted(set(manifest) & payload_files):
            if self.defer_attachments and layout.ATTACHMENT_RE.fullmatch(path):
                self.o.deferred.add(path)
                continue
            try:
                digest, _ = zipsafety.hash_member(
                    self.zf, self.o.members[path], cancel=self.cancel, on_bytes=advance
                )
            except zipsafety.MemberError as exc:
                problems.append(str(exc))
                continue
            if digest != manifest[path]:
                problems.append(f"{path} does not match its hash in the manifest: it was changed")
        self.payload_ok = self.r.add(
            "payload manifest", problems,
            f"{len(manifest)} payload files present and matching their SHA-256",
        )
        self._oxum(payload_files)
        return True

    def _oxum(self, payload_files: set[str]) -> None:
        declared = self.bag_info.get(layout.L_OXUM, "")
        count = len(payload_files)
        size = sum(self.o.members[p].file_size for p in payload_files)
        actual = f"{size}.{count}"
        problems = [] if declared == actual else [
            f"Payload-Oxum says {declared!r} (bytes.files) but the payload is {actual}"
        ]
        self.r.add("payload oxum", problems, f"{count} files, {size} bytes")

    def tags_and_signature(self) -> bool:
        members = self.o.members
        if layout.TAGMANIFEST not in members:
            self.r.add("tag manifest", ["tagmanifest-sha256.txt is missing"], "")
            tagmanifest = b""
        else:
            try:
                tagmanifest = self._read_small(layout.TAGMANIFEST)
                entries = layout.parse_manifest(tagmanifest)
            except (zipsafety.MemberError, UnicodeDecodeError, ValueError) as exc:
                self.r.add("tag manifest", [f"tagmanifest-sha256.txt is unreadable ({exc})"], "")
                entries, tagmanifest = {}, b""
            else:
                self._tag_entries(entries)
        signature_bytes = None
        if layout.SIGNATURE in members:
            try:
                signature_bytes = self._read_small(layout.SIGNATURE)
            except zipsafety.MemberError as exc:
                signature_bytes = str(exc).encode()
        result = signing.check_signature(
            self.bag_info.get(layout.L_PUBLIC_KEY), signature_bytes, tagmanifest
        )
        self.r.signature = result.status if tagmanifest else "invalid"
        self.r.signer_fingerprint, self.r.signer_public_key = result.fingerprint, result.public_key
        if self.key_known is not None and result.public_key is not None:
            self.r.key_known = self.key_known(result.public_key)
        message = result.message
        if self.r.key_known is not None and result.status == "valid":
            message += " (known to this vault)" if self.r.key_known else (
                " (NOT known to this vault: check the fingerprint with the sender)"
            )
        self.r.checks.append(Check("signature", self.r.signature == "valid", message))
        return True

    def _tag_entries(self, entries: dict[str, str]) -> None:
        problems = []
        for path in sorted(self.o.members):
            if not path.startswith("data/") and path not in layout.TAG_FILES and (
                path not in entries
            ):
                problems.append(f"{path} is outside data/ and not in the tag manifest: nothing "
                                "vouches for it")
        for required in (layout.BAGIT_TXT, layout.BAG_INFO, layout.MANIFEST):
            if required not in entries:
                problems.append(f"the tag manifest does not cover {required}")
        for path, digest in sorted(entries.items()):
            if path.startswith("data/") or path in (layout.TAGMANIFEST, layout.SIGNATURE):
                problems.append(f"the tag manifest lists {path!r}, which is not a tag file")
            elif zipsafety.name_problem(path) is not None:
                problems.append(f"the tag manifest lists an unsafe path {path!r}")
            elif path not in self.o.members:
                problems.append(f"tag file {path} is listed but missing")
            else:
                try:
                    actual = hashlib.sha256(self._read_small(path)).hexdigest()
                except zipsafety.MemberError as exc:
                    problems.append(str(exc))
                    continue
                if actual != digest:
                    problems.append(f"tag file {path} does not match the tag manifest")
        self.r.add("tag manifest", problems, f"{len(entries)} tag files matching their SHA-256")

    # ----- documents --------------------------------------------------------------------------
    def documents(self) -> bool:
        if not self.payload_ok:
            return False  # the payload was changed: its documents prove nothing
        files: dict[str, bytes] = {}
        problems: list[str] = []
        wanted = self._inline_members({p: self.o.members[p] for p in self.o.manifest
                                       if p in self.o.members})
        for path, kind in sorted(wanted.items()):
            try:
                data = self._read_small(path, self._inline_limit(kind))
            except zipsafety.MemberError as exc:
                problems.append(str(exc))
                continue
            # Re-hash what is parsed: the bytes must be the ones the manifest vouched for.
            if hashlib.sha256(data).hexdigest() != self.o.manifest[path]:
                problems.append(f"{path} changed while it was being read")
                continue
            files[path] = data
        parsed, schema_problems = content_mod.parse_and_validate(
            files, max_depth=self.limits.max_json_depth
        )
        problems += schema_problems
        if not self.r.add("schemas", problems, "every JSON file matches its schema"):
            return False
        self.o.content = parsed
        self.o.memo_pdfs = {
            int(m.group(1)): data
            for path, data in files.items() if (m := layout.MEMO_PDF_RE.fullmatch(path))
        }
        sizes = {p: self.o.members[p].file_size for p in self.o.manifest if p in self.o.members}
        self.r.add(
            "consistency",
            content_mod.consistency_problems(parsed, self.bag_info, self.o.manifest, sizes),
            _agreed(parsed),
        )
        self.r.add("audit chain", content_mod.audit_problems(parsed),
                   f"{_count(len(parsed.events), 'audit event')}, chain intact")
        from bundles.semantics import content_problems  # imports the forms definitions

        if not self.r.add("content", content_problems(parsed, self.memo_checks.memo_problems),
                          "answers, intake forms and memo versions are ones Outbound can use"):
            return False
        self._signoffs(parsed)
        return True

    def _signoffs(self, parsed: content_mod.Content) -> None:
        checked = self.memo_checks.signoffs(parsed.memos, self.o.memo_pdfs)
        self.o.signoffs = checked.verified_by
        self.r.warnings += checked.warnings
        total = len(checked.verified_by)
        verified = total - checked.unverified
        self.r.checks.append(Check(
            "memo sign-offs", True,
            f"{verified} of {total} sign-offs carried by a valid PDF signature"
            + (f"; {checked.unverified} will be imported as not verified"
               if checked.unverified else ""),
        ))
