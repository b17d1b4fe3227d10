"""Bundles that would exhaust memory (issue 11, item 6): a 1.2 MB bundle of 1,000 one-MiB members
once made `bundle verify` peak at 1.09 GB, since every JSON and PDF member was held whole. Verified
here in a child process whose address space is capped with `resource.setrlimit`: it must come back
with a refusal, not a MemoryError."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from bundles import layout
from bundles.limits import Limits

REPO = Path(__file__).resolve().parent.parent
MiB = 1024 * 1024
CAP_MIB = 400  # far below the 1.09 GB the bundle once took; far above what verify needs

CHILD = """
import json, resource, sys
cap = int(sys.argv[2]) * 1024 * 1024
resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
from pathlib import Path
from casework.bundle_verify import verify_bundle
report = verify_bundle(Path(sys.argv[1]))
print(json.dumps([[c.name, c.ok, c.message] for c in report.checks]))
"""


def _build(dest: Path, count: int, name: Callable[[int], str]) -> Path:
    """`count` members of one MiB of zeros (deflated to about a kilobyte each), under a correct
    manifest and tag manifest, written one member at a time."""
    zero = bytes(MiB)
    digest = hashlib.sha256(zero).hexdigest()
    payload: dict[str, str] = {}
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        for number in range(1, count + 1):
            path = name(number)
            zf.writestr(f"bag/{path}", zero)
            payload[path] = digest
        info = [(layout.L_FORMAT, "1.0"),
                (layout.L_UUID, "00000000-0000-4000-8000-000000000000"),
                (layout.L_EXTERNAL_ID, "OB-2026-0001"),
                (layout.L_OXUM, f"{count * MiB}.{count}")]
        tags = {layout.BAGIT_TXT: layout.BAGIT_TXT_BYTES,
                layout.BAG_INFO: layout.format_tag_file(info),
                layout.MANIFEST: layout.format_manifest(payload)}
        for path, data in tags.items():
            zf.writestr(f"bag/{path}", data)
        zf.writestr(f"bag/{layout.TAGMANIFEST}", layout.format_manifest(
            {p: hashlib.sha256(d).hexdigest() for p, d in tags.items()}))
    return dest


def _verify_capped(path: Path) -> list[list[object]]:
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), str(CAP_MIB)],
        cwd=REPO, capture_output=True, text=True, timeout=600, check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout)


def test_thousand_one_mib_members_are_refused_within_a_memory_cap(tmp_path: Path) -> None:
    path = _build(tmp_path / "thousand.zip", 1000, lambda n: layout.memo_json(n))
    assert path.stat().st_size < 2 * MiB
    checks = _verify_capped(path)
    assert checks[0][:2] == ["zip structure", False], checks
    assert "documents and memo PDFs are 1,048,576,000 bytes in all" in str(checks[0][2])


@pytest.mark.parametrize(
    ("kind", "name", "limit"),
    [
        ("memo PDF", lambda n: layout.memo_pdf(n), "max_memo_pdf_bytes"),
        ("memo JSON", lambda n: layout.memo_json(n), "max_memo_json_bytes"),
        ("document", lambda n: layout.INTAKE_JSON, "max_document_bytes"),
        ("audit trail", lambda n: layout.AUDIT_JSONL, "max_audit_bytes"),
    ],
)
def test_a_member_over_the_limit_of_its_kind_is_refused_before_reading(
    tmp_path: Path, kind: str, name: Callable[[int], str], limit: str
) -> None:
    from casework.bundle_verify import verify_bundle

    path = _build(tmp_path / "one.zip", 1, name)
    report = verify_bundle(path, limits=Limits(**{limit: MiB - 1}))
    assert [c.name for c in report.checks] == ["zip structure"], kind
    assert f"is 1,048,576 bytes, more than the limit of {MiB - 1:,}" in report.checks[0].message


def test_the_same_bundle_without_a_cap_is_refused_the_same_way(tmp_path: Path) -> None:
    """The check is a limit on what is read, not luck under the cap: refused in-process too,
    at the zip structure, before any member is read."""
    from casework.bundle_verify import verify_bundle

    path = _build(tmp_path / "memo.zip", 300, lambda n: layout.memo_json(n))
    report = verify_bundle(path)
    assert [c.name for c in report.checks] == ["zip structure"]
    assert "JSON documents are 314,572,800 bytes in all" in report.checks[0].message


CHILD_ENCRYPTED = """
import resource, sys
cap = int(sys.argv[2]) * 1024 * 1024
resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
from pathlib import Path
from bundles.errors import BundleError
from casework.bundle_verify import verify_bundle
try:
    verify_bundle(Path(sys.argv[1]), passphrase="transport words")
except BundleError as exc:
    print(type(exc).__name__, exc)
"""


def test_age_work_factor_above_what_outbound_writes_is_refused(tmp_path: Path) -> None:
    """scrypt work factor 22 costs 4 GiB per passphrase tried: refused before decrypting."""
    import re

    from bundles.transport import MAX_SCRYPT_WORK_FACTOR, encrypt

    sealed = encrypt(b"PK\x05\x06" + bytes(18), "transport words")
    factor = int(re.search(rb"-> scrypt \S+ (\d+)\n", sealed).group(1))  # type: ignore[union-attr]
    assert factor <= MAX_SCRYPT_WORK_FACTOR  # what this machine writes is accepted
    path = tmp_path / "costly.zip.age"
    path.write_bytes(re.sub(rb"(-> scrypt \S+ )\d+\n", rb"\g<1>22\n", sealed, count=1))
    result = subprocess.run(
        [sys.executable, "-c", CHILD_ENCRYPTED, str(path), str(CAP_MIB)],
        cwd=REPO, capture_output=True, text=True, timeout=600, check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.startswith("BundleTooLargeError")
    assert "scrypt work factor 22" in result.stdout and "4,096 MiB" in result.stdout
