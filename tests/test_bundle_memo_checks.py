"""The bundle format verifies what it knows and asks its caller about memos (design.md, "Rooms":
`bundles` imports only `forms`): the checks passed in decide the content and sign-off results."""
# ruff: noqa: F811 - `world`, the module fixture shared with test_bundle_hostile, is a parameter

from __future__ import annotations

from typing import Any

from test_bundle_hostile import world  # noqa: F401

from bundles import verify
from bundles.limits import Limits
from bundles.memo_checks import SignoffReport
from casework.bundle_verify import verify_bundle


class _Recording:
    """Memo checks that record what they were shown and say what the test tells them to."""

    def __init__(self, problem: str | None, subject: str) -> None:
        self.problem, self.subject = problem, subject
        self.memos_seen: list[int] = []
        self.pdfs_seen: list[int] = []

    def memo_problems(self, memo: dict[str, Any]) -> list[str]:
        self.memos_seen.append(memo["number"])
        return [self.problem] if self.problem and memo["number"] == 2 else []

    def signoffs(self, memos: list[dict[str, Any]], pdfs: dict[int, bytes]) -> SignoffReport:
        self.pdfs_seen = sorted(pdfs)
        claims = [c["id"] for m in memos for c in m["signatures"]]
        return SignoffReport({claim: self.subject for claim in claims}, ["a word from the caller"])


def test_the_callers_memo_checks_decide_the_content_check(world: dict[str, Any]) -> None:
    checks = _Recording("memo version 2 is not to the caller's liking", "CN=Nobody")
    report = verify.verify_bundle(world["good"], memo_checks=checks)
    assert checks.memos_seen == [1, 2]
    content = next(c for c in report.checks if c.name == "content")
    assert (content.ok, content.message) == (False, "memo version 2 is not to the caller's liking")
    assert not report.ok
    # the same bundle passes the application's own memo checks
    assert verify_bundle(world["good"]).ok


def test_the_callers_sign_off_check_is_what_the_report_and_the_import_see(
    world: dict[str, Any],
) -> None:
    checks = _Recording(None, "CN=Wang Fang")
    with verify.open_bundle(world["good"], memo_checks=checks, passphrase=None, key_known=None,
                            limits=Limits()) as opened:
        assert opened.report.ok
        assert checks.pdfs_seen == [1]  # the signed version's PDF, read by the format
        assert set(opened.signoffs.values()) == {"CN=Wang Fang"}
        assert opened.report.warnings == ["a word from the caller"]
        signoffs = next(c for c in opened.report.checks if c.name == "memo sign-offs")
        assert signoffs.message == "1 of 1 sign-offs carried by a valid PDF signature"
    # the application's checks find that sign-off carried by no PDF signature
    assert "0 of 1 sign-offs" in next(
        c.message for c in verify_bundle(world["good"]).checks if c.name == "memo sign-offs"
    )
