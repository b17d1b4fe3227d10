"""Figure 9: the Due view's first page (the five bucket counts and the first page of the first
non-empty bucket) at N matters with 10 tasks each, against the same SQL on plain SQLite (stdlib
sqlite3) over a plaintext copy made with sqlcipher_export. Also a filtered first page (one
owner role) and the matter list's "next due" look-up for a page of 100 matters.

The vault is made with the real migrations; its matters and tasks are inserted in bulk (the
due view reads only the `matter` and `task` tables and the checklist item titles, so the
services' per-matter cost would buy nothing here): kinds and statuses mixed, ~4% of matters
closed or archived, due dates spread from 200 days ago to 400 days ahead, ~6% unknown, ~12% of
tasks done, one key date per matter.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.fig_due [--n 100000] [--write]

`--write` adds (or replaces) the figure's rows in bench/results.json.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from bench.measure import against_plain
from bench.report import RESULTS, Result, table

TASKS_PER_MATTER = 10
LIMIT_100K_S = 0.100
MAX_RATIO = 1.3
SMALL_S = 0.005  # a call this short is the session's fixed cost: met if ≤ this, whatever ratio
KINDS = ("departure", "secondment", "travel", "collaboration")
OWNERS = ("legal", "hr", "security", "it", "management", "the_person")
STATUSES = ("intake", "review", "memo_draft", "signed")
TODAY = date(2026, 11, 30)
PASSPHRASE = "bench passphrase for the due view"


def build(folder: Path, n: int, *, seed: int = 7, log: Any = print) -> Any:
    """A fresh vault (real migrations) with `n` matters and 10 tasks + 1 key date each."""
    from bench.generate import cheap_argon2
    from models.vault import Vault

    undo = cheap_argon2()
    try:
        vault, _recovery = Vault.create(folder / "due.outbound", PASSPHRASE)
    finally:
        undo()
    rng = random.Random(seed)
    started = time.perf_counter()
    matters: list[tuple[Any, ...]] = []
    tasks: list[tuple[Any, ...]] = []
    items: list[tuple[Any, ...]] = []
    for i in range(n):
        matter_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        kind = KINDS[i % len(KINDS)]
        roll = rng.random()
        status = "closed" if roll < 0.02 else "archived" if roll < 0.04 else rng.choice(STATUSES)
        matters.append((matter_id, f"OB-2026-{i + 1:06d}", kind, f"Matter {i + 1}", status,
                        "2026-11-01T00:00:00.000000Z"))
        open_matter = status not in ("closed", "archived")
        for number in range(1, TASKS_PER_MATTER + 1):
            rule = f"RULE-{number % 4}"
            unknown = rng.random() < 0.06
            due = None if unknown else (TODAY + timedelta(days=rng.randint(-200, 400))).isoformat()
            done = rng.random() < 0.12
            tasks.append((str(uuid.UUID(int=rng.getrandbits(128), version=4)), matter_id, kind,
                          "action", rule, number, "Do the thing the policy requires.",
                          rng.choice(OWNERS), "5 working days before start_date", due,
                          int(not unknown and rng.random() < 0.5), "done" if done else "open",
                          int(open_matter and not done)))
        for rule_number in range(4):
            items.append((str(uuid.UUID(int=rng.getrandbits(128), version=4)), matter_id,
                          f"RULE-{rule_number}", f"Review item {rule_number}"))
        key_day = (TODAY + timedelta(days=rng.randint(-100, 300))).isoformat()
        tasks.append((str(uuid.UUID(int=rng.getrandbits(128), version=4)), matter_id, kind,
                      "key_date", "departure.last_day", 0, "Last working day", "", None, key_day,
                      0, "open", int(open_matter)))
    with vault.engine.begin() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.executemany(
            "INSERT INTO matter (id, reference, kind, title, client, person_name, status, "
            "policy_version, title_from_intake, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, '', '', ?, 2, 0, ?, ?)",
            [(*m, m[-1]) for m in matters],
        )
        raw.executemany(
            "INSERT INTO checklist_item (id, matter_id, position, rule_id, rule_version, area, "
            "title, severity, blocking, basis_ids, actions, evidence, wording, to_confirm, "
            "status, note, is_new, no_longer_applies, evidence_attachment_ids) "
            "VALUES (?, ?, 0, ?, 1, 'trade secrets', ?, 'high', 0, '[]', '[]', '[]', '', '[]', "
            "'open', '', 0, 0, '[]')",
            items,
        )
        raw.executemany(
            "INSERT INTO task (id, matter_id, matter_kind, entry, rule_id, action_number, text, "
            "owner_role, due_rule, due_on, due_approximate, status, in_due_view, assignee, "
            "note, no_longer_applies, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '', 0, "
            "'2026-11-01T00:00:00Z', '2026-11-01T00:00:00Z')",
            tasks,
        )
    with vault.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    log(f"  {n:,} matters, {len(tasks):,} task rows in {time.perf_counter() - started:.0f} s")
    return vault


def plain_copy(vault: Any, folder: Path) -> Path:
    from models.engine import connect_raw

    dest = folder / "plain.db"
    conn = connect_raw(Path(vault.path), bytes(vault._data_key))
    try:
        conn.execute(f"ATTACH DATABASE '{dest}' AS plain KEY ''")
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()
    return dest


def run(vault: Any, plain_path: Path, n: int, *, runs: int = 7) -> list[Result]:
    from casework import due

    plain = sqlite3.connect(str(plain_path), check_same_thread=False)
    with vault.session() as session:
        some_ids = [r[0] for r in session.connection().exec_driver_sql(
            "SELECT id FROM matter ORDER BY updated_at DESC, reference DESC LIMIT 100")]
    cases: list[tuple[str, Any]] = [
        ("first page (counts + overdue page of 100)",
         lambda s: due.first_page(s, due.DueFilter(), TODAY, limit=100)),
        ("first page, owner HR",
         lambda s: due.first_page(s, due.DueFilter(owner_role="hr"), TODAY, limit=100)),
        ("matter list: next due of 100 matters", lambda s: due.next_due(s, some_ids)),
    ]
    results = []
    try:
        for case, call in cases:
            def ours(call: Any = call) -> None:
                with vault.session() as session:
                    call(session)

            measured = against_plain(due, ours, plain, runs=runs, params=dict)
            results.append(measured.result(
                figure="10 due view",
                case=case,
                n=n,
                goal=f"≤{MAX_RATIO}× plain (or ≤5 ms)" + (", ≤100 ms" if n >= 100_000 else ""),
                met=measured.meets(MAX_RATIO, n=n, limit_100k_s=LIMIT_100K_S, small_s=SMALL_S),
                tasks=n * (TASKS_PER_MATTER + 1),
            ))
    finally:
        plain.close()
    return results


def merge_into_results(rows: list[Result], out: Path = RESULTS) -> None:
    """Replace this figure's rows in results.json, keeping every other figure's."""
    payload = json.loads(out.read_text(encoding="utf-8")) if out.exists() else {"meta": {}}
    kept = [r for r in payload.get("results", []) if r.get("figure") != "10 due view"]
    payload["results"] = kept + [r.as_json() for r in rows]
    payload.setdefault("meta", {})["due_view"] = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "method": "bench/fig_due.py: bulk-inserted matters and tasks on the real schema; "
                  "medians of interleaved ours/floor runs after a warm-up",
    }
    out.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def cached(n: int, *, seed: int = 7, log: Any = print) -> tuple[Any, Path]:
    """The built vault and its plain copy, from bench/cache/ (gitignored) or built there once
    (a 100,000-matter build takes minutes)."""
    from bench.generate import CACHE, head_revision
    from models.vault import Vault

    folder = CACHE / f"due-n{n}-s{seed}-rev{head_revision()}"
    done = folder / "built"
    if done.exists():
        return Vault.unlock_passphrase(folder / "due.outbound", PASSPHRASE), folder / "plain.db"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    vault = build(folder, n, seed=seed, log=log)
    plain = plain_copy(vault, folder)
    done.write_text("ok\n", encoding="utf-8")
    return vault, plain


def figure(n: int, *, runs: int = 7, log: Any = print, cache: bool = True) -> list[Result]:
    """Time the cases on the (cached) vault; without `cache`, in a temporary folder."""
    if cache:
        vault, plain = cached(n, log=log)
        try:
            return run(vault, plain, n, runs=runs)
        finally:
            vault.lock()
    with tempfile.TemporaryDirectory(prefix="outbound-due-bench-") as tmp:
        folder = Path(tmp)
        vault = build(folder, n, log=log)
        try:
            return run(vault, plain_copy(vault, folder), n, runs=runs)
        finally:
            vault.lock()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Figure 9: the due view")
    parser.add_argument("--n", type=int, default=100_000, help="matters (10 tasks each)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--write", action="store_true", help="merge into bench/results.json")
    args = parser.parse_args(argv)
    rows = figure(args.n, runs=args.runs, log=lambda text: print(text, file=sys.stderr))
    print(table(rows))
    if args.write:
        merge_into_results(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
