"""`outbound assess FILE [--json]`: assess a scenario file without a vault; writes nothing.

Imports only `forms` (and PyYAML), lazily, so the command starts fast and never loads Qt or
the database layer.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from forms.errors import OutboundError

MAX_INPUT_BYTES = 1_000_000  # scenario files are a few kilobytes; refuse anything absurd


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "assess",
        help="assess a scenario file (YAML or JSON with kind and answers); writes nothing",
        description="Assess a matter described in a file with `kind` and `answers`.",
    )
    parser.add_argument("file", type=Path, help="YAML or JSON file with kind and answers")
    parser.add_argument("--json", action="store_true", help="print the result as one JSON object")
    parser.add_argument(
        "--today",
        help="assess as of this ISO date (default: the file's `today`, else the system date)",
        default=None,
    )
    parser.add_argument(
        "--policy",
        default=None,
        metavar="N",
        help="review policy version to apply: 1 or 2 (default: the latest)",
    )
    parser.set_defaults(handler=run_assess)


def _impossible_date(text: str) -> str | None:
    """The first date-looking value YAML could not turn into a date (e.g. 2026-13-40)."""
    import re
    from datetime import date

    for match in re.finditer(r"\b\d{4}-\d{1,2}-\d{1,2}\b", text):
        year, month, day = (int(part) for part in match.group(0).split("-"))
        try:
            date(year, month, day)
        except ValueError:
            return match.group(0)
    return None


def read_scenario(path: Path) -> tuple[str, dict[str, Any]]:
    """Read `kind` and `answers` from a YAML or JSON file; OutboundError on anything malformed."""
    kind, answers, _today = read_scenario_file(path)
    return kind, answers


def read_scenario_file(path: Path) -> tuple[str, dict[str, Any], Any]:
    """`kind`, `answers` and the optional `today` (a date) of a scenario file."""
    import yaml

    from forms import yamlsafe

    try:
        # Read at most one byte past the limit: a device or pipe (/dev/zero) reports size 0.
        with path.open("rb") as handle:
            data = handle.read(MAX_INPUT_BYTES + 1)
        if len(data) > MAX_INPUT_BYTES:
            raise OutboundError(f"{path}: the file is larger than {MAX_INPUT_BYTES:,} bytes, "
                                "the limit for a scenario file")
        text = data.decode("utf-8")
    except OSError as exc:
        raise OutboundError(f"{path}: cannot read the file ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise OutboundError(f"{path}: the file is not UTF-8 text") from None
    try:
        document = yamlsafe.safe_load(text)  # JSON is YAML too
    except RecursionError:
        raise OutboundError(f"{path}: the file is nested too deeply") from None
    except ValueError:  # YAML reads 2026-13-40 as a date and fails
        bad = _impossible_date(text)
        raise OutboundError(f"{path}: {bad or 'a value'} is not a valid date") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        why = f": {yamlsafe.ALIAS_PROBLEM}" if isinstance(exc, yamlsafe.AliasRefusedError) else ""
        raise OutboundError(f"{path}: not valid YAML or JSON{where}{why}") from None
    if not isinstance(document, dict):
        raise OutboundError(f"{path}: expected a mapping with 'kind' and 'answers'")
    kind = document.get("kind")
    if not isinstance(kind, str) or not kind:
        raise OutboundError(f"{path}: 'kind' is missing or not text")
    answers = document.get("answers", {})
    if answers is None:
        answers = {}
    if not isinstance(answers, dict):
        raise OutboundError(f"{path}: 'answers' must be a mapping from fact ids to values")
    return kind, answers, _file_today(path, document.get("today"))


def _file_today(path: Path, value: object) -> Any:
    from datetime import date, datetime

    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise OutboundError(f"{path}: today: {value!r} is not a date (YYYY-MM-DD)")


def policy_version_argument(text: str | None) -> int | None:
    """`--policy N` checked against the shipped policies (None: the latest)."""
    return _policy_version(text)


def _policy_version(text: str | None) -> int | None:
    from forms.rules import POLICY_VERSIONS

    if text is None:
        return None
    if text.strip().isdigit() and int(text) in POLICY_VERSIONS:
        return int(text)
    known = " or ".join(str(v) for v in POLICY_VERSIONS)
    raise OutboundError(f"--policy: {text!r} is not a review policy version (use {known})")


def run_assess(args: argparse.Namespace) -> int:
    from datetime import date

    from forms.assessment import assess

    policy = _policy_version(args.policy)
    today = None
    if args.today is not None:
        try:
            today = date.fromisoformat(args.today)
        except ValueError:
            raise OutboundError(f"--today: {args.today!r} is not a date (YYYY-MM-DD)") from None
    kind, answers, file_today = read_scenario_file(args.file)
    assessment = assess(kind, answers, today=today or file_today, policy_version=policy)
    if args.json:
        json.dump(assessment.to_contract_json(), sys.stdout, ensure_ascii=False, sort_keys=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(format_summary(assessment))
    return 0


def _due_text(action: Any) -> str:
    from forms.dues import APPROXIMATE_LABEL, UNKNOWN_DUE

    if action.due is None:
        return "none"
    if action.due == UNKNOWN_DUE:
        return f"unknown: establish the date ({action.reference})"
    text = action.due_json()
    if action.approximate:
        text += f" {APPROXIMATE_LABEL}"
    if action.overdue:
        text += " — overdue at assessment"
    return str(text)


def format_summary(assessment: Any) -> str:
    """A readable summary: tier and why, recommendation, checklist by area, missing facts."""
    lines = [f"Tier {assessment.tier} — {assessment.tier_label}"]
    lines += [f"  {reason}" for reason in assessment.tier_reasons]
    lines.append(f"Recommendation: {assessment.recommendation}")
    lines.append(f"Review policy version {assessment.rule_set_version}")
    lines.append("")
    if assessment.items:
        lines.append("Checklist:")
        areas: dict[str, list[Any]] = {}
        for item in assessment.items:
            areas.setdefault(item.area, []).append(item)
        for area, items in areas.items():
            lines.append(f"  {area}")
            for item in items:
                flag = ", blocking" if item.blocking else ""
                lines.append(f"    [{item.severity}{flag}] {item.rule}: {item.title}")
                lines.append(f"      basis: {', '.join(item.basis)}")
                if item.to_confirm:
                    lines.append(f"      to confirm: {', '.join(item.to_confirm)}")
                for action in item.actions:
                    lines.append(f"      - {action.text}")
                    lines.append(f"        owner: {action.owner}; due: {_due_text(action)}")
    else:
        lines.append("Checklist: nothing triggered.")
    lines.append("")
    if assessment.missing:
        lines.append("Missing required facts:")
        lines += [f"  {fact}" for fact in assessment.missing]
    else:
        lines.append("Missing required facts: none.")
    return "\n".join(lines) + "\n"
