"""What verifying a bundle asks of its caller about the memo versions in it.

The bundle format knows a memo version only as a JSON document and a PDF. Whether that content is
a memo this app can use, whether its fingerprint is its content's and whether its claimed
sign-offs are carried by PAdES signatures in the PDF is memo knowledge: the application layer
supplies it (`casework.bundle_verify.MEMO_CHECKS`), so `bundles` imports nothing of `memos`
(design.md, "Rooms").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol


@dataclass
class SignoffReport:
    # signature id -> certificate subject of the PDF signature carrying it (None: not verified)
    verified_by: dict[str, str | None] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    @property
    def unverified(self) -> int:
        return sum(1 for subject in self.verified_by.values() if subject is None)


class MemoChecks(Protocol):
    def memo_problems(self, memo: dict[str, Any]) -> list[str]:
        """Why one schema-valid memo version (its memo JSON) is not one this app can use."""
        ...

    def signoffs(self, memos: list[dict[str, Any]], pdfs: dict[int, bytes]) -> SignoffReport:
        """Each sign-off the memo versions claim, checked against the PDF (by version number)
        signatures; never a failure, reported as warnings."""
        ...
