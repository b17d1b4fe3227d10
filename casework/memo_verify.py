"""What a memo PDF says of itself, checked without a vault (`outbound memo verify FILE`): its
PDF signatures, each intact or not, and the memo fingerprint it was rendered with. Matching it
against a vault's signed memos is `Workspace.match_memo`."""

from __future__ import annotations

from dataclasses import dataclass

from memos.verify import PdfVerification, extract_fingerprint, verify_pdf

__all__ = ["MemoPdfCheck", "verify_memo_pdf"]


@dataclass(frozen=True)
class MemoPdfCheck:
    report: PdfVerification  # every embedded PDF signature, checked
    fingerprint: str | None  # from the PDF's metadata; anyone can write it: only a signature signs


def verify_memo_pdf(pdf: bytes) -> MemoPdfCheck:
    """The PDF's signatures and recorded fingerprint; a file that is not a readable PDF raises
    memos' VerificationError (an OutboundError saying so)."""
    report = verify_pdf(pdf)  # first: its refusal of a file that is no PDF is the one shown
    return MemoPdfCheck(report, extract_fingerprint(pdf))
