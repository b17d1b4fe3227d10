"""What a bundle's memo versions mean, checked after their schemas (for `bundles.verify`, through
`casework.bundle_verify.MEMO_CHECKS`: the bundle format knows nothing of the memo model). A
schema-valid memo version can still be one this app would choke on later: content the memo model
cannot read, a fingerprint that is not its content's, a signature over another fingerprint,
counsel's text over the limit. Each is refused, with the reason, before anything is written.
"""

from __future__ import annotations

from typing import Any

from forms import limits
from memos.canonical import fingerprint
from memos.content import MemoContent
from memos.errors import MemoError


def memo_problems(memo: dict[str, Any]) -> list[str]:
    where = f"memo version {memo['number']}"
    content = memo["content"]
    try:
        MemoContent.from_dict(content)
    except (MemoError, TypeError, ValueError, KeyError, AttributeError) as exc:
        return [f"{where} is not a memo Outbound can show ({exc})"]
    problems = []
    if fingerprint(content) != memo["sha256"]:
        problems.append(f"{where}: its fingerprint {memo['sha256'][:12]}… is not the fingerprint "
                        "of its content: the memo was changed after it was fingerprinted")
    for signature in memo["signatures"]:
        if signature["fingerprint"] != memo["sha256"]:
            problems.append(f"{where}: a signature is over a different fingerprint than the "
                            "version's")
            break
    for what, text in _narrative(content):
        if len(text) > limits.MEMO_NARRATIVE:
            problems.append(f"{where}: the {what} is {len(text):,} characters long; the limit "
                            f"is {limits.MEMO_NARRATIVE:,}")
    return problems


def _narrative(content: dict[str, Any]) -> list[tuple[str, str]]:
    """Counsel's free text in a memo's content (already known to fit the memo model)."""
    texts = [("summary", content.get("summary", ""))]
    conditions = content.get("conditions") or {}
    texts.append(("conditions", conditions.get("narrative", "")))
    texts += [("note on an area", a.get("counsel_note", "")) for a in content.get("analysis", [])]
    return [(what, text) for what, text in texts if isinstance(text, str)]
