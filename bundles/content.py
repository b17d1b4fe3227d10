"""Reading the bundle's JSON documents and checking them: each against its schema, then against
each other and against the bag (ids, file names, hashes), then the audit chain they carry."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from bundles import layout, schemas
from forms.audit_chain import verify_events


@dataclass
class Content:
    """The parsed documents of a bundle (valid only when the schema check passed)."""

    matter: dict[str, Any] = field(default_factory=dict)
    intake: list[dict[str, Any]] = field(default_factory=list)
    checklist: list[dict[str, Any]] = field(default_factory=list)
    memos: list[dict[str, Any]] = field(default_factory=list)
    attachments: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    person: dict[str, Any] | None = None  # format 2.0 onwards, when the matter is linked
    # Format 2.0 onwards (data/tasks.json); None when the bundle carries no tasks (1.x, or a 2.0
    # bundle written before tasks travelled): the import then builds them from the checklist.
    tasks: list[dict[str, Any]] | None = None


_DOCUMENTS = (
    (layout.MATTER_JSON, schemas.MATTER),
    (layout.INTAKE_JSON, schemas.INTAKE),
    (layout.CHECKLIST_JSON, schemas.CHECKLIST),
    (layout.ATTACHMENT_INDEX, schemas.ATTACHMENTS_INDEX),
)


def parse_and_validate(
    files: dict[str, bytes], *, max_depth: int = 64
) -> tuple[Content, list[str]]:
    """`files` holds the JSON payload files by bag path (data/...). Returns the content and
    the problems; the content is only meaningful when there are none."""
    problems: list[str] = []
    content = Content()
    parsed: dict[str, Any] = {}
    for path, schema in _DOCUMENTS:
        if path not in files:
            problems.append(f"{path} is missing")
            continue
        value = _load(files[path], path, problems, max_depth)
        if value is not None:
            problems += schemas.problems(schema, value, where=path)
            parsed[path] = value
    for path in sorted(p for p in files if layout.MEMO_JSON_RE.fullmatch(p)):
        value = _load(files[path], path, problems, max_depth)
        if value is not None:
            errors = schemas.problems(schemas.MEMO_VERSION, value, where=path)
            problems += errors
            if not errors:
                content.memos.append(value["version"])
    if layout.TASKS_JSON in files:  # optional: see Content.tasks
        value = _load(files[layout.TASKS_JSON], layout.TASKS_JSON, problems, max_depth)
        if value is not None:
            errors = schemas.problems(schemas.TASKS, value, where=layout.TASKS_JSON)
            problems += errors
            if not errors:
                content.tasks = value["tasks"]
    if layout.AUDIT_JSONL not in files:
        problems.append(f"{layout.AUDIT_JSONL} is missing")
    else:
        content.events = _load_events(files[layout.AUDIT_JSONL], problems, max_depth)
    matter_doc = parsed.get(layout.MATTER_JSON) or {}
    if layout.format_major(str(matter_doc.get("format_version"))) == 1:
        altered = (
            "so the bundle was altered after it was written; ask the sender to export the "
            "matter again"
        )
        if matter_doc.get("person") is not None:
            problems.append(
                f"{layout.MATTER_JSON} carries a person, which no 1.x bundle has, {altered}"
            )
        if layout.TASKS_JSON in files:
            problems.append(
                f"the bundle carries {layout.TASKS_JSON}, which no 1.x bundle has, {altered}"
            )
    if problems:
        return content, problems
    content.matter = parsed[layout.MATTER_JSON]["matter"]
    content.person = parsed[layout.MATTER_JSON].get("person")
    content.intake = parsed[layout.INTAKE_JSON]["revisions"]
    content.checklist = parsed[layout.CHECKLIST_JSON]["items"]
    content.attachments = parsed[layout.ATTACHMENT_INDEX]["attachments"]
    content.memos.sort(key=lambda m: m["number"])
    return content, []


def _load(data: bytes, path: str, problems: list[str], max_depth: int) -> Any:
    try:
        value = json.loads(data.decode("utf-8"), parse_constant=_refuse_constant)
    except RecursionError:
        problems.append(f"{path} is nested too deeply to be an Outbound document")
        return None
    except (UnicodeDecodeError, ValueError) as exc:
        problems.append(f"{path} is not valid JSON ({exc})")
        return None
    if _depth_over(value, max_depth):
        problems.append(f"{path} is nested more than {max_depth} levels deep, which no "
                        "Outbound document is")
        return None
    return value


def _load_events(data: bytes, problems: list[str], max_depth: int) -> list[dict[str, Any]]:
    """audit.jsonl line by line, stopping at the fifth bad line: a huge file of bad lines is
    never held parsed in full."""
    events: list[dict[str, Any]] = []
    bad = 0
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        problems.append(f"{layout.AUDIT_JSONL} is not UTF-8 text ({exc})")
        return []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{layout.AUDIT_JSONL} line {number}"
        found: list[str] = []
        event = _load(line.encode("utf-8"), where, found, max_depth)
        if not found:
            found = schemas.problems(schemas.AUDIT_EVENT, event, where=where)
        if found:
            problems += found
            bad += 1
            if bad >= 5:
                problems.append(f"{layout.AUDIT_JSONL}: stopped reading after five bad lines")
                break
            continue
        events.append(event)
    return events


def _refuse_constant(name: str) -> Any:
    """NaN and Infinity are not JSON (RFC 8259), though Python's reader accepts them."""
    raise ValueError(f"{name} is not a JSON number")


def _depth_over(value: Any, limit: int) -> bool:
    """Whether `value` nests deeper than `limit`, checked without recursion."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > limit:
            return True
        if isinstance(item, dict):
            stack.extend((v, depth + 1) for v in item.values())
        elif isinstance(item, list):
            stack.extend((v, depth + 1) for v in item)
    return False


def consistency_problems(
    content: Content,
    bag_info: dict[str, str],
    manifest: dict[str, str],
    sizes: dict[str, int],
) -> list[str]:
    """Cross-references: ids, names and hashes that must agree between the documents and the
    bag. `manifest` maps payload path to sha256, `sizes` payload path to actual size."""
    problems: list[str] = []
    matter = content.matter
    if matter["id"] != bag_info.get(layout.L_UUID):
        problems.append("matter.json names a different matter than bag-info.txt")
    if matter["reference"] != bag_info.get(layout.L_EXTERNAL_ID):
        problems.append("matter.json has a different reference than bag-info.txt")
    problems += _unique("intake revision", [r["revision"] for r in content.intake])
    problems += _unique("checklist rule", [i["rule_id"] for i in content.checklist])
    tasks = content.tasks or []
    problems += _unique("task", [_task_label(t) for t in tasks])
    ids = (
        [r["id"] for r in content.intake] + [i["id"] for i in content.checklist]
        + [t["id"] for t in tasks]
        + [m["id"] for m in content.memos]
        + [s["id"] for m in content.memos for s in m["signatures"]]
        + [a["id"] for a in content.attachments] + [e["id"] for e in content.events]
        + [matter["id"]]
    )
    problems += _unique("record id", ids)

    memo_files = {int(m.group(1)) for p in manifest if (m := layout.MEMO_JSON_RE.fullmatch(p))}
    if sorted(memo_files) != [m["number"] for m in content.memos]:
        problems.append("memo version files and their numbers do not agree")
    pdfs_expected: set[str] = set()
    for memo in content.memos:
        where = layout.memo_json(memo["number"])
        pdf = memo["pdf"]
        if memo["state"] == "signed" and pdf is None:
            problems.append(f"{where} is signed but the bundle has no PDF for it")
        if memo["state"] == "signed" and not memo["signatures"]:
            problems.append(f"{where} is signed but records no signature")
        if pdf is not None:
            path = layout.memo_pdf(memo["number"])
            pdfs_expected.add(path)
            if pdf["path"] != path or manifest.get(path) != pdf["sha256"] or (
                sizes.get(path) != pdf["size"]
            ):
                problems.append(f"{where} does not match the PDF {path} in the bundle")
    pdfs_present = {p for p in manifest if layout.MEMO_PDF_RE.fullmatch(p)}
    for extra in sorted(pdfs_present - pdfs_expected):
        problems.append(f"{extra} belongs to no memo version")

    expected_files = {layout.attachment_path(a["id"]) for a in content.attachments}
    for entry in content.attachments:
        path = layout.attachment_path(entry["id"])
        if entry["path"] != path:
            problems.append(f"attachment '{entry['name']}' is listed under the wrong file name")
        elif path not in manifest:
            problems.append(f"attachment '{entry['name']}' ({path}) is missing from the bundle")
        elif manifest[path] != entry["sha256"] or sizes.get(path) != entry["size"]:
            problems.append(
                f"attachment '{entry['name']}' does not match its hash or size in the index"
            )
    present = {p for p in manifest if layout.ATTACHMENT_RE.fullmatch(p)}
    for extra in sorted(present - expected_files):
        problems.append(f"{extra} is not in attachments/index.json")
    attachment_ids = {a["id"] for a in content.attachments}
    for task in tasks:
        evidence = task["evidence_attachment_id"]
        if evidence is not None and evidence not in attachment_ids:
            problems.append(f"task {_task_label(task)} names as its evidence the attachment "
                            f"{evidence}, which the bundle does not carry")
    known = {
        layout.MATTER_JSON, layout.INTAKE_JSON, layout.CHECKLIST_JSON, layout.ATTACHMENT_INDEX,
        layout.AUDIT_JSONL,
    } | expected_files | pdfs_present | {layout.memo_json(n) for n in memo_files}
    if content.tasks is not None:
        known.add(layout.TASKS_JSON)
    for extra in sorted(set(manifest) - known):
        problems.append(f"{extra} is not a file an Outbound bundle holds")
    return problems


def _task_label(task: dict[str, Any]) -> str:
    """'EXIT-REVIEW 2' for an action, 'key date departure.last_day' for a key date."""
    if task["entry"] == "action":
        return f"{task['rule_id']} {task['action_number']}"
    return f"key date {task['rule_id']}"


def _unique(what: str, values: list[Any]) -> list[str]:
    seen: set[Any] = set()
    dupes: set[Any] = set()
    for value in values:
        (dupes if value in seen else seen).add(value)
    return [f"{what} {v} appears more than once" for v in sorted(map(str, dupes))]


def audit_problems(content: Content) -> list[str]:
    return verify_events(content.events, label="the bundle's audit trail")
