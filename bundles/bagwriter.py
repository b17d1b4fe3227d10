"""Writes a BagIt bag into an open zip, streaming: each payload file is hashed while it is
written, so nothing is read twice and no file is held whole in memory."""

from __future__ import annotations

import hashlib
import stat
import time
import zipfile
from collections.abc import Callable, Iterable
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from bundles import layout, signing
from bundles.errors import BundleCancelledError

_FILE_ATTR = (stat.S_IFREG | 0o600) << 16


class BagWriter:
    def __init__(self, fileobj: Any, base_dir: str) -> None:
        # allowZip64 so members and archives over 4 GiB work; force_zip64 on streamed members.
        self._zip = zipfile.ZipFile(fileobj, "w", allowZip64=True)
        self._base = base_dir
        self._date_time = time.gmtime()[:6]
        self.payload: dict[str, str] = {}
        self.payload_bytes = 0
        self._tags: dict[str, str] = {}

    def _info(self, path: str, compress: int) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(f"{self._base}/{path}", date_time=self._date_time)
        info.compress_type = compress
        info.create_system = 3  # Unix, so external_attr carries a regular-file mode
        info.external_attr = _FILE_ATTR
        return info

    def add_payload_bytes(self, path: str, data: bytes, *, compress: bool = True) -> str:
        method = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
        self._zip.writestr(self._info(path, method), data)
        digest = hashlib.sha256(data).hexdigest()
        self.payload[path] = digest
        self.payload_bytes += len(data)
        return digest

    def add_payload_stream(
        self,
        path: str,
        chunks: Iterable[bytes],
        *,
        cancel: Callable[[], bool] | None = None,
        on_bytes: Callable[[int], None] | None = None,
    ) -> tuple[str, int]:
        """Stored, not deflated: attachments are mostly compressed already (PDF, Office, images),
        deflating them costs time for nothing, and a stored member can never look like a bomb."""
        digest, size = hashlib.sha256(), 0
        with self._zip.open(self._info(path, zipfile.ZIP_STORED), "w", force_zip64=True) as out:
            for chunk in chunks:
                if cancel is not None and cancel():
                    raise BundleCancelledError("export cancelled; no file was written")
                out.write(chunk)
                digest.update(chunk)
                size += len(chunk)
                if on_bytes is not None:
                    on_bytes(len(chunk))
        self.payload[path] = digest.hexdigest()
        self.payload_bytes += size
        return self.payload[path], size

    def _add_tag(self, path: str, data: bytes) -> bytes:
        self._zip.writestr(self._info(path, zipfile.ZIP_DEFLATED), data)
        self._tags[path] = hashlib.sha256(data).hexdigest()
        return data

    def finish(self, info: list[tuple[str, str]], key: Ed25519PrivateKey | None) -> None:
        """Tag files last, since they describe the payload: bagit.txt, bag-info.txt (with
        Payload-Oxum), the payload manifest, the tag manifest, then the signature over it."""
        oxum = f"{self.payload_bytes}.{len(self.payload)}"
        self._add_tag(layout.BAGIT_TXT, layout.BAGIT_TXT_BYTES)
        self._add_tag(layout.BAG_INFO, layout.format_tag_file([*info, (layout.L_OXUM, oxum)]))
        self._add_tag(layout.MANIFEST, layout.format_manifest(self.payload))
        tagmanifest = layout.format_manifest(self._tags)
        self._zip.writestr(self._info(layout.TAGMANIFEST, zipfile.ZIP_DEFLATED), tagmanifest)
        if key is not None:
            self._zip.writestr(
                self._info(layout.SIGNATURE, zipfile.ZIP_DEFLATED),
                signing.signature_file(key, tagmanifest),
            )
        self._zip.close()

    def abort(self) -> None:
        try:
            self._zip.close()
        except Exception:  # noqa: S110 - the file is being discarded anyway
            pass
