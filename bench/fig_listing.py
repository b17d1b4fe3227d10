"""Figure 3: the matter list's first page, two sorts and two searches, against the same SQL on
plain SQLite (stdlib sqlite3) over a plaintext copy made with sqlcipher_export.

Ours runs what the window runs: `count_matters` and `list_matters` through `vault.session()`
with the list model's filter (archived hidden). The SQL text and parameters are captured from
our own engine (before_cursor_execute) and replayed on the plain copy, so both sides run exactly
the same statements. The list model does not recount on a sort, so a sort is one page query;
the first page and a search are a count plus a page.
"""

from __future__ import annotations

from typing import Any

from bench.generate import BuiltVault
from bench.measure import against_plain, vault_and_plain
from bench.report import Result

LIMIT_100K_S = 0.050
MAX_RATIO = 1.3

CASES: list[tuple[str, dict[str, Any], bool]] = [
    # (case, list_matters arguments, recount?)
    ("first page (updated desc)", {"sort": "updated", "descending": True}, True),
    ("sort by client", {"sort": "client", "descending": False}, False),
    ("sort by tier", {"sort": "tier", "descending": False}, False),
    ("search 'Xinhe' (FTS5 trigram)", {"search": "Xinhe"}, True),
    ("search '明哲' (2 chars: bigram index)", {"search": "明哲"}, True),
]


def run(built: BuiltVault, *, runs: int = 7) -> list[Result]:
    from casework import listing
    from casework.listing import MatterFilter, count_matters, list_matters

    n = int(built.meta["n"])
    results = []
    with vault_and_plain(built) as (vault, plain):
        for case, args, recount in CASES:
            args = dict(args)
            search = args.pop("search", "")
            flt = MatterFilter(include_archived=False, search=search)
            sort = {"sort": "updated", "descending": True, **args}

            def ours(flt: MatterFilter = flt, sort: dict[str, Any] = sort,
                     recount: bool = recount) -> None:
                if recount:
                    with vault.session() as session:
                        count_matters(session, flt)
                with vault.session() as session:
                    list_matters(session, flt, offset=0, limit=100, **sort)

            # the listing runs on the session connection's bare cursor: only its matter queries
            measured = against_plain(listing, ours, plain, runs=runs,
                                     keep=lambda sql: "FROM matter" in sql)
            met = measured.meets(MAX_RATIO, n=n, limit_100k_s=LIMIT_100K_S)
            note = None
            if not met and "TEMP B-TREE" in measured.plans:
                note = ("sorts with a temp b-tree (no index serves the ORDER BY): "
                        f"query plan: {measured.plans}")
            results.append(measured.result(
                figure="3 matter list",
                case=case,
                n=n,
                goal="≤1.3× plain" + (", ≤50 ms" if n >= 100_000 else ""),
                met=met,
                note=note,
                rows=measured.last_rows(plain),
                count=_count(vault, flt) if recount else None,
            ))
    return results


def _count(vault: Any, flt: Any) -> int:
    from casework.listing import count_matters

    with vault.session() as session:
        return count_matters(session, flt)
