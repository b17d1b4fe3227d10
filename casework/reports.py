"""Reports across matters: how many matters were opened in a date range, grouped by kind, tier,
status, recommendation or client, and the matters behind each count.

What the report decides, and says wherever it is printed (`DATE_BASIS`, `PROVISIONAL_NOTE`):

* The date is the day the matter was opened (its creation), in the reader's time zone; both ends
  of the range are included. Matters of every status count, archived ones too.
* A matter whose intake still leaves required facts unanswered has a provisional assessment.
  Grouped by tier or by recommendation it counts under "Provisional — intake incomplete", never
  under the tier or recommendation it would provisionally get; counsel's override of the
  recommendation is a decision, so an overridden matter counts under the recommendation counsel
  chose. Grouped by kind, status or client every matter counts in its group and each group says
  how many of its matters are provisional.

Counting is one GROUP BY over the matter table (no matter is loaded); the lists are read only
for the group asked for, or streamed in group order for an export.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast

from sqlalchemy.orm import Session

from forms import vocabulary
from forms.errors import OutboundError
from memos import labels

if TYPE_CHECKING:  # ReportLab is imported only when a report is printed
    from memos.render import PageSize

DIMENSIONS: dict[str, str] = {
    "kind": "Kind",
    "tier": "Tier",
    "status": "Status",
    "recommendation": "Recommendation",
    "client": "Client",
}

# Group keys beside the vocabulary's codes.
PROVISIONAL = "provisional"  # tier / recommendation of a matter whose intake is incomplete
NONE = "none"  # no tier or recommendation determined yet
NO_CLIENT = ""  # the client left blank

DATE_BASIS = "Matters are counted by the day they were opened; both dates are included."
PROVISIONAL_NOTE = (
    "Matters whose intake leaves required facts unanswered are provisional: by tier and by "
    "recommendation they count as “Provisional — intake incomplete”, not under the tier or "
    "recommendation they would provisionally get (a recommendation counsel overrode counts as "
    "counsel chose it)."
)

_PROVISIONAL_SQL = "coalesce(missing_required, 0) > 0"
_GROUP_SQL = {
    "kind": "kind",
    "status": "status",
    "client": "client",
    "tier": (
        f"CASE WHEN {_PROVISIONAL_SQL} THEN '{PROVISIONAL}' "
        f"WHEN tier IS NULL THEN '{NONE}' ELSE CAST(tier AS TEXT) END"
    ),
    "recommendation": (
        "CASE WHEN override_recommendation IS NOT NULL THEN override_recommendation "
        f"WHEN {_PROVISIONAL_SQL} THEN '{PROVISIONAL}' "
        f"ELSE coalesce(recommendation, '{NONE}') END"
    ),
}
# The order groups are shown in (codes not listed follow, alphabetically); clients go by count.
_ORDER: dict[str, tuple[str, ...]] = {
    "kind": tuple(vocabulary.KINDS),
    "status": tuple(vocabulary.MATTER_STATUSES),
    "tier": (*(str(t) for t in vocabulary.TIERS), NONE, PROVISIONAL),
    "recommendation": (*vocabulary.RECOMMENDATIONS, NONE, PROVISIONAL),
}

PROVISIONAL_WORDS = "Provisional — intake incomplete"
_SPECIAL_WORDS = {
    "tier": {NONE: "Not yet determined", PROVISIONAL: PROVISIONAL_WORDS},
    "recommendation": {NONE: "No recommendation yet", PROVISIONAL: PROVISIONAL_WORDS},
}


@dataclass(frozen=True)
class DateRange:
    """Calendar days, both included; None leaves that end open. `tz` is the time zone the days
    are read in (the computer's when None)."""

    start: date | None = None
    end: date | None = None
    tz: tzinfo | None = None

    def __post_init__(self) -> None:
        if self.start and self.end and self.start > self.end:
            raise OutboundError(
                f"the start date {self.start.isoformat()} is after the end date "
                f"{self.end.isoformat()}; give the earlier date first"
            )

    @property
    def zone(self) -> tzinfo:
        return self.tz or datetime.now().astimezone().tzinfo or UTC

    def _instant(self, day: date) -> str:
        """Local midnight starting `day`, as the vault writes times (ISO UTC text)."""
        moment = datetime.combine(day, time(0), self.zone).astimezone(UTC)
        return moment.strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    def where(self) -> tuple[str, dict[str, str]]:
        """The SQL condition on `created_at` and its parameters (text compares as time)."""
        clauses, params = [], {}
        if self.start is not None:
            clauses.append("created_at >= :range_start")
            params["range_start"] = self._instant(self.start)
        if self.end is not None:
            clauses.append("created_at < :range_end")
            params["range_end"] = self._instant(self.end + timedelta(days=1))
        return (" AND ".join(clauses) or "1 = 1"), params

    def local_day(self, iso_utc: str) -> str:
        """The day (yyyy-mm-dd) of a vault time in this range's time zone."""
        try:
            moment = datetime.fromisoformat(iso_utc.replace("Z", "+00:00"))
        except ValueError:
            return iso_utc[:10]
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return moment.astimezone(self.zone).date().isoformat()

    def words(self) -> str:
        """"1 January 2026 to 31 March 2026", with open ends said as such."""
        if self.start is None and self.end is None:
            return "All matters, whenever opened"
        if self.start is None:
            return f"Opened on or before {long_date(self.end)}"  # type: ignore[arg-type]
        if self.end is None:
            return f"Opened on or after {long_date(self.start)}"
        return f"Opened from {long_date(self.start)} to {long_date(self.end)}, both included"


def long_date(day: date) -> str:
    return f"{day.day} {day.strftime('%B')} {day.year}"


def parse_day(text: str, what: str) -> date:
    """A yyyy-mm-dd date typed by the user, or one error saying how to write it."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise OutboundError(
            f"{what} {text!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-03-31"
        ) from None


def check_dimension(dimension: str) -> str:
    if dimension not in DIMENSIONS:
        raise OutboundError(
            f"cannot group a report by {dimension!r}; choose one of {', '.join(DIMENSIONS)}"
        )
    return dimension


def group_words(dimension: str, key: str, *, short: bool = False) -> str:
    """The English words for a group (the window translates its own, desktop/ui/labels.py)."""
    special = _SPECIAL_WORDS.get(dimension, {}).get(key)
    if special:
        return special
    if dimension == "kind":
        return labels.KINDS.get(key, labels.humanise(key))
    if dimension == "status":
        return vocabulary.MATTER_STATUSES.get(key, labels.humanise(key))
    if dimension == "tier":
        return f"Tier {key}" if short else labels.tier(int(key))
    if dimension == "recommendation":
        return labels.recommendation(key)
    return key.strip() or "No client given"


@dataclass(frozen=True)
class ReportGroup:
    key: str  # the code (kind, status, recommendation), tier number, client name or special key
    label: str  # English words
    short: str  # a chart's label
    count: int
    provisional: int  # of `count`, matters whose assessment is provisional


@dataclass(frozen=True)
class ReportMatter:
    id: str
    reference: str
    title: str
    person: str
    client: str
    kind: str
    tier: int | None
    status: str
    recommendation: str | None  # counsel's override where there is one
    overridden: bool
    provisional: bool
    created_at: str  # ISO UTC, as stored
    group: str  # the key of the group it counts in


@dataclass(frozen=True)
class Report:
    dimension: str
    dates: DateRange
    groups: list[ReportGroup]
    generated_at: datetime = field(default_factory=lambda: datetime.now(UTC))

    @property
    def total(self) -> int:
        return sum(g.count for g in self.groups)

    @property
    def provisional(self) -> int:
        return sum(g.provisional for g in self.groups)

    def group(self, key: str) -> ReportGroup | None:
        return next((g for g in self.groups if g.key == key), None)

    def as_dict(self) -> dict[str, Any]:
        """Codes, for `--json`."""
        return {
            "by": self.dimension,
            "date": "created",
            "from": self.dates.start.isoformat() if self.dates.start else None,
            "to": self.dates.end.isoformat() if self.dates.end else None,
            "inclusive": True,
            "time_zone": datetime.now(self.dates.zone).strftime("%z"),
            "generated_at": self.generated_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "total": self.total,
            "provisional": self.provisional,
            "groups": [
                {"key": g.key, "label": g.label, "count": g.count, "provisional": g.provisional}
                for g in self.groups
            ],
        }


def _driver(session: Session) -> Any:
    driver = session.connection().connection.driver_connection
    assert driver is not None
    return driver


def _sort_key(dimension: str, key: str, count: int) -> tuple[Any, ...]:
    if dimension == "client":
        return (-count, key)
    order = _ORDER[dimension]
    return (order.index(key) if key in order else len(order), key)


def count_groups(session: Session, dimension: str, dates: DateRange) -> list[ReportGroup]:
    """Counts per group: one GROUP BY over the indexed column, nothing loaded per matter."""
    check_dimension(dimension)
    where, params = dates.where()
    # NOT INDEXED: the date range is not indexed, so every row is read anyway; one pass over
    # the table and a sort of the group keys beats walking the (column, reference) index and
    # fetching each row from it (plain SQLite on the bench's 100,000 matters: 102 against 153 ms
    # by kind, 226 against 291 ms by client; figure 11 in bench/results.json has ours).
    sql = (
        f"SELECT {_GROUP_SQL[dimension]} AS grp, count(*), "
        f"coalesce(sum({_PROVISIONAL_SQL}), 0) FROM matter NOT INDEXED WHERE {where} "
        "GROUP BY grp"
    )
    rows = _driver(session).execute(sql, params).fetchall()
    found = [(str(key if key is not None else ""), int(n), int(p)) for key, n, p in rows]
    found.sort(key=lambda r: _sort_key(dimension, r[0], r[1]))
    return [
        ReportGroup(
            key, group_words(dimension, key), group_words(dimension, key, short=True), n, p
        )
        for key, n, p in found
    ]


def build_report(session: Session, dimension: str, dates: DateRange) -> Report:
    return Report(dimension, dates, count_groups(session, dimension, dates))


_MATTER_COLUMNS = (
    "id, reference, title, person_name, client, kind, tier, status, "
    "coalesce(override_recommendation, recommendation), override_recommendation IS NOT NULL, "
    f"{_PROVISIONAL_SQL}, created_at"
)


def _matter(row: tuple[Any, ...], group: str) -> ReportMatter:
    return ReportMatter(
        row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8],
        bool(row[9]), bool(row[10]), row[11], group,
    )


def group_matters(
    session: Session, dimension: str, dates: DateRange, key: str, *, limit: int | None = None
) -> list[ReportMatter]:
    """The matters behind one count, oldest first (then by reference)."""
    check_dimension(dimension)
    where, params = dates.where()
    sql = (
        f"SELECT {_MATTER_COLUMNS} FROM matter WHERE {where} "
        f"AND ({_GROUP_SQL[dimension]}) = :group_key ORDER BY created_at, reference"
    )
    if limit is not None:
        sql += " LIMIT :limit"
        params = {**params, "limit": limit}  # type: ignore[dict-item]
    cursor = _driver(session).execute(sql, {**params, "group_key": key})
    return [_matter(row, key) for row in cursor.fetchall()]


def iter_matters(session: Session, dimension: str, dates: DateRange) -> Iterator[ReportMatter]:
    """Every matter of the report, group by group in the report's order, streamed."""
    check_dimension(dimension)
    where, params = dates.where()
    if dimension == "client":
        rank = "n.total DESC, m.grp"
    else:
        order = _ORDER[dimension]
        cases = " ".join(f"WHEN '{code}' THEN {i}" for i, code in enumerate(order))
        rank = f"CASE m.grp {cases} ELSE {len(order)} END, m.grp"
    sql = (
        f"WITH m AS (SELECT {_GROUP_SQL[dimension]} AS grp, {_MATTER_COLUMNS} "
        f"FROM matter WHERE {where}), "
        "n AS (SELECT grp, count(*) AS total FROM m GROUP BY grp) "
        "SELECT m.* FROM m JOIN n ON n.grp IS m.grp "
        f"ORDER BY {rank}, m.created_at, m.reference"
    )
    cursor = _driver(session).execute(sql, params)
    while batch := cursor.fetchmany(500):
        for row in batch:
            yield _matter(tuple(row[1:]), str(row[0] if row[0] is not None else ""))


# ----- words for one matter (CSV, PDF, command line) ---------------------------------------------
def tier_words(matter: ReportMatter) -> str:
    if matter.tier is None:
        return "Not yet determined"
    return f"Tier {matter.tier}" + (" (provisional)" if matter.provisional else "")


def recommendation_words(matter: ReportMatter) -> str:
    if matter.overridden and matter.recommendation:
        return labels.recommendation(matter.recommendation) + " (overridden)"
    if matter.provisional:
        return PROVISIONAL_WORDS
    return labels.recommendation(matter.recommendation) if matter.recommendation else "-"


CSV_HEADER = (
    "Reference", "Title", "Person", "Client", "Kind", "Tier", "Status", "Recommendation",
    "Provisional", "Opened on",
)


def matter_cells(matter: ReportMatter, dates: DateRange) -> tuple[str, ...]:
    """One matter in words, in CSV_HEADER's order."""
    return (
        matter.reference,
        matter.title,
        matter.person,
        matter.client,
        group_words("kind", matter.kind),
        tier_words(matter),
        group_words("status", matter.status),
        recommendation_words(matter),
        "Yes" if matter.provisional else "No",
        dates.local_day(matter.created_at),
    )


def write_csv(
    out: IO[str], report: Report, matters: Iterator[ReportMatter]
) -> int:
    """One row per matter with the group it counts in; UTF-8 with a byte-order mark so that
    Excel reads Chinese names (the caller opens `out` with encoding "utf-8-sig"). Returns the
    number of matters written."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow((f"Grouped by {DIMENSIONS[report.dimension].lower()}", *CSV_HEADER))
    written = 0
    for matter in matters:
        writer.writerow((group_words(report.dimension, matter.group),
                         *matter_cells(matter, report.dates)))
        written += 1
    return written


def csv_text(report: Report, matters: Iterator[ReportMatter]) -> str:
    buffer = io.StringIO()
    write_csv(buffer, report, matters)
    return buffer.getvalue()


# ----- the printed report -------------------------------------------------------------------------
PDF_LIST_LIMIT = 500  # matters printed per group; the CSV export holds every one

_LIST_COLUMNS: tuple[tuple[str, float], ...] = (
    ("Reference", 0.11), ("Title", 0.27), ("Person", 0.10), ("Kind", 0.12), ("Tier", 0.10),
    ("Status", 0.08), ("Recommendation", 0.14), ("Opened on", 0.08),
)


def report_title(dimension: str) -> str:
    return f"Matters by {DIMENSIONS[dimension].lower()}"


def zone_words(dates: DateRange) -> str:
    offset = datetime.now(dates.zone).strftime("%z")
    return f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"


def printable(
    session: Session, report: Report, page_size: str | None = None
) -> tuple[Any, PageSize]:
    """The report's words for memos.report_pdf.render_report and the page to print them on
    (`page_size`, else the vault's: a setting kept as A4 or Letter)."""
    from casework.settings import print_settings

    organisation, size = print_settings(session, page_size)
    return pdf_content(session, report, organisation=organisation), cast("PageSize", size)


def pdf_content(
    session: Session, report: Report, *, organisation: str
) -> Any:
    """The report in words for memos.report_pdf (the lists read group by group, capped)."""
    from memos.report_pdf import CountLine, MatterList, ReportContent

    dimension = report.dimension
    # A kind or status column would repeat the heading above each list: left out. (Tier and
    # recommendation stay: the provisional group's matters differ in them.)
    dropped = DIMENSIONS[dimension] if dimension in ("kind", "status") else None
    columns = [(h, w) for h, w in _LIST_COLUMNS if h != dropped]
    spare = 1.0 - sum(w for _h, w in columns)
    widths = tuple(w + (spare if h == "Title" else 0.0) for h, w in columns)  # sum to 1
    keep = [i for i, (h, _w) in enumerate(_LIST_COLUMNS) if h != dropped]
    lists = []
    for group in report.groups:
        matters = group_matters(session, dimension, report.dates, group.key,
                                limit=PDF_LIST_LIMIT)
        rows = []
        for m in matters:
            cells = (m.reference, m.title, m.person, group_words("kind", m.kind), tier_words(m),
                     group_words("status", m.status), recommendation_words(m),
                     report.dates.local_day(m.created_at))
            rows.append(tuple(cells[i] for i in keep))
        noun = "matter" if group.count == 1 else "matters"
        lists.append(MatterList(f"{group.label} — {group.count} {noun}", rows,
                                max(0, group.count - len(rows))))
    generated = report.generated_at.astimezone(report.dates.zone)
    return ReportContent(
        organisation=organisation,
        title=report_title(dimension),
        facts=[
            ("Period", report.dates.words()),
            ("Dates read in", f"{zone_words(report.dates)} (this computer's time zone)"),
            ("Matters", f"{report.total}, of which {report.provisional} provisional"),
            ("Generated", generated.strftime("%Y-%m-%d %H:%M")),
        ],
        notes=[DATE_BASIS + " Matters of every status count, archived ones too.",
               PROVISIONAL_NOTE],
        dimension=DIMENSIONS[dimension],
        counts=[CountLine(g.label, g.short, g.count, g.provisional) for g in report.groups],
        list_headings=tuple(h for h, _w in columns),
        list_widths=widths,
        lists=lists,
        footer=f"Outbound · {report_title(dimension)} · generated {generated:%Y-%m-%d}",
    )


# ----- files ------------------------------------------------------------------------------------
def check_writable(path: Path) -> Path:
    """The path, or one error saying why a file cannot be written there (before any work)."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise OutboundError(f"{path} is a folder; give a file name to write the report to")
    if not folder.is_dir():
        raise OutboundError(f"the folder {folder} does not exist; create it or choose another")
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise OutboundError(f"cannot write to {path}: permission denied; choose another place")
    return path


class StagedFile:
    """A file written beside its destination and moved into place only when every export of
    the report has been written: a failure leaves no file, old or half-written, behind."""

    def __init__(self, dest: Path) -> None:
        self.dest = dest
        handle, name = tempfile.mkstemp(prefix=".outbound-report-", dir=dest.parent or ".")
        os.close(handle)
        self.temp = Path(name)

    def commit(self) -> None:
        os.replace(self.temp, self.dest)

    def discard(self) -> None:
        self.temp.unlink(missing_ok=True)
