"""Reports across matters on a real vault: counts by kind, tier, status, recommendation and
client over a date range (both ends included, read in a stated time zone), provisional matters
counted as provisional, the matters behind each count, and the CSV and PDF exports."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
from collections import Counter
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from report_support import CHINESE_CLIENT, CHINESE_PERSON, ReportVault, build
from sqlalchemy import select

from casework import reports
from casework.reports import PROVISIONAL, DateRange
from forms.errors import OutboundError
from models.entities import AuditEvent, Matter

QUARTER = DateRange(date(2026, 1, 1), date(2026, 3, 31), UTC)
IN_QUARTER = {"first-day", "last-day", "mid-secondment", "mid-collab", "provisional-departure",
              "provisional-overridden", "chinese-client", "archived"}


@pytest.fixture
def made(vault_factory: Any) -> ReportVault:
    vault, _ = vault_factory()
    return build(vault)


def expected_key(dimension: str, matter: Matter) -> str:
    """The group a matter belongs in, worked out from the matter itself (the rule the report
    states): provisional matters count as provisional by tier and by recommendation, unless
    counsel overrode the recommendation."""
    provisional = bool(matter.missing_required)
    if dimension == "tier":
        return PROVISIONAL if provisional else str(matter.tier)
    if dimension == "recommendation":
        if matter.override_recommendation:
            return matter.override_recommendation
        return PROVISIONAL if provisional else str(matter.recommendation)
    return str(getattr(matter, dimension))


@pytest.mark.parametrize("dimension", list(reports.DIMENSIONS))
def test_counts_and_lists_hold_the_matters_opened_in_the_range(
    made: ReportVault, dimension: str
) -> None:
    in_range = [made.workspace.matter(made.ids[label]) for label in sorted(IN_QUARTER)]
    expected = Counter(expected_key(dimension, m) for m in in_range)

    report = made.workspace.report(dimension, QUARTER)

    assert {g.key: g.count for g in report.groups} == dict(expected)
    assert report.total == len(IN_QUARTER) == 8
    for group in report.groups:
        listed = made.workspace.report_matters(dimension, QUARTER, group.key)
        assert len(listed) == group.count
        assert {m.reference for m in listed} == {
            m.reference for m in in_range if expected_key(dimension, m) == group.key
        }
        assert [m.created_at for m in listed] == sorted(m.created_at for m in listed)
        assert group.provisional == sum(m.provisional for m in listed)


def test_both_ends_of_the_range_are_included_and_nothing_beyond(made: ReportVault) -> None:
    refs = {made.ids[label]: label for label in made.ids}
    listed = {
        refs[m.id]
        for g in made.workspace.report("kind", QUARTER).groups
        for m in made.workspace.report_matters("kind", QUARTER, g.key)
    }
    assert listed == IN_QUARTER  # the first and last instants in, the day before and after out

    one_day = made.workspace.report("kind", DateRange(date(2026, 3, 31), date(2026, 3, 31), UTC))
    assert one_day.total == 1
    assert made.workspace.report("kind", DateRange(None, None, UTC)).total == len(made.ids)
    open_start = made.workspace.report("kind", DateRange(None, date(2025, 12, 31), UTC))
    assert open_start.total == 1  # only the day before


def test_the_days_are_read_in_the_readers_time_zone(made: ReportVault) -> None:
    """In Beijing (UTC+8) the matter opened at 23:59:59 UTC on 31 December 2025 was opened on
    1 January 2026, and the one opened at 23:59:59 UTC on 31 March on 1 April."""
    beijing = timezone(timedelta(hours=8))
    quarter = DateRange(date(2026, 1, 1), date(2026, 3, 31), beijing)
    listed = {
        m.id
        for g in made.workspace.report("kind", quarter).groups
        for m in made.workspace.report_matters("kind", quarter, g.key)
    }
    assert made.ids["day-before"] in listed
    assert made.ids["last-day"] not in listed
    first = made.workspace.report_matters("kind", quarter, "travel")[0]
    assert quarter.local_day(first.created_at) == "2026-01-01"


def test_provisional_matters_count_as_provisional_not_under_their_provisional_tier(
    made: ReportVault,
) -> None:
    departure = made.workspace.matter(made.ids["provisional-departure"])
    assert departure.tier == 1 and departure.missing_required  # its provisional tier: 1

    by_tier = made.workspace.report("tier", QUARTER)
    provisional = by_tier.group(PROVISIONAL)
    assert provisional is not None and provisional.label == "Provisional — intake incomplete"
    behind = {m.id for m in made.workspace.report_matters("tier", QUARTER, PROVISIONAL)}
    assert behind == {made.ids[k] for k in
                      ("provisional-departure", "provisional-overridden", "chinese-client")}
    tier_one = {m.id for m in made.workspace.report_matters("tier", QUARTER, "1")}
    assert made.ids["provisional-departure"] not in tier_one
    assert tier_one == {made.ids["first-day"]}

    # counsel's override is a decision: counted under it, the other two as provisional
    by_rec = made.workspace.report("recommendation", QUARTER)
    assert made.ids["provisional-overridden"] in {
        m.id for m in made.workspace.report_matters("recommendation", QUARTER, "do_not_proceed")
    }
    assert by_rec.group(PROVISIONAL).count == 2  # type: ignore[union-attr]

    # by kind every matter counts in its kind, and the group says how many are provisional
    departures = made.workspace.report("kind", QUARTER).group("departure")
    assert departures is not None and (departures.count, departures.provisional) == (3, 2)


def test_groups_come_in_the_vocabularys_order_and_clients_by_count(made: ReportVault) -> None:
    statuses = [g.key for g in made.workspace.report("status", QUARTER).groups]
    assert statuses == ["intake", "review", "archived"]
    clients = made.workspace.report("client", QUARTER).groups
    assert [g.count for g in clients] == sorted((g.count for g in clients), reverse=True)
    assert clients[0].label == "Lanting Intelligence Co., Ltd."
    assert CHINESE_CLIENT in [g.label for g in clients]
    words = [g.label for g in made.workspace.report("tier", QUARTER).groups]
    assert words == ["Tier 1 — critical knowledge carrier", "Tier 2 — sensitive access",
                     "Tier 3 — general staff", "Provisional — intake incomplete"]


def test_counting_reads_no_matter_rows(made: ReportVault) -> None:
    """The counts come from one GROUP BY in SQL (a matter's row never reaches Python)."""
    plans = []
    with made.vault.session() as session:
        driver = session.connection().connection.driver_connection
        driver.set_trace_callback(plans.append)
        reports.count_groups(session, "kind", QUARTER)
        driver.set_trace_callback(None)
    assert len(plans) == 1 and "GROUP BY" in plans[0]


def test_bad_dimension_and_reversed_range_are_refused_in_words() -> None:
    with pytest.raises(OutboundError, match="choose one of kind, tier, status"):
        reports.check_dimension("person")
    with pytest.raises(OutboundError, match="2026-04-01 is after the end date 2026-03-31"):
        DateRange(date(2026, 4, 1), date(2026, 3, 31))
    with pytest.raises(OutboundError, match="YYYY-MM-DD"):
        reports.parse_day("31/03/2026", "--to")


def test_csv_has_a_bom_a_header_and_round_trips_chinese(made: ReportVault, tmp_path: Path) -> None:
    out = tmp_path / "q1.csv"
    made.workspace.export_report("client", QUARTER, csv_path=out)

    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads the file as UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert rows[0] == ["Grouped by client", *reports.CSV_HEADER]
    body = rows[1:]
    assert len(body) == 8  # one row per matter in the range
    chinese = [r for r in body if r[0] == CHINESE_CLIENT]
    assert len(chinese) == 1
    row = dict(zip(rows[0], chinese[0], strict=True))
    assert row["Person"] == CHINESE_PERSON and row["Client"] == CHINESE_CLIENT
    assert row["Kind"] == "Departure" and row["Provisional"] == "Yes"
    assert row["Recommendation"] == "Provisional — intake incomplete"
    assert row["Opened on"] == "2026-03-01"
    # rows come group by group, in the report's order
    order = [g.label for g in made.workspace.report("client", QUARTER).groups]
    seen = list(dict.fromkeys(r[0] for r in body))
    assert seen == order


def test_pdf_holds_the_counts_the_lists_and_chinese(made: ReportVault, tmp_path: Path) -> None:
    out = tmp_path / "q1.pdf"
    made.workspace.export_report("tier", QUARTER, pdf_path=out)

    assert out.read_bytes().startswith(b"%PDF-")
    reader = PdfReader(str(out))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Matters by tier" in text
    assert "Opened from 1 January 2026 to 31 March 2026, both included" in text
    assert "Provisional — intake incomplete" in text
    assert CHINESE_PERSON in text  # in the bundled CJK font, not as empty boxes
    report = made.workspace.report("tier", QUARTER)
    for group in report.groups:
        noun = "matter" if group.count == 1 else "matters"
        assert f"{group.label} — {group.count} {noun}" in text
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("OutboundCJK" in name or "Droid" in name for name in fonts), fonts

    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(out),
                        str(tmp_path / "page")], check=True, timeout=60)
        assert (tmp_path / "page-1.png").stat().st_size > 10_000


def test_an_export_that_cannot_be_written_writes_nothing(made: ReportVault, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(OutboundError, match="does not exist"):
        made.workspace.export_report(
            "kind", QUARTER, csv_path=folder / "q1.csv", pdf_path=folder / "missing" / "q1.pdf"
        )
    with pytest.raises(OutboundError, match="is a folder"):
        made.workspace.export_report("kind", QUARTER, csv_path=folder)
    assert list(folder.iterdir()) == []  # neither the CSV nor a temporary file


def test_a_failure_while_writing_leaves_no_file_behind(
    made: ReportVault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The PDF fails after the CSV was written: the CSV is not left behind either, and an
    earlier file of that name is kept as it was."""
    import memos.report_pdf

    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "q1.csv").write_text("last quarter's", encoding="utf-8")

    def disk_full(*_args: Any, **_kwargs: Any) -> bytes:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(memos.report_pdf, "render_report", disk_full)
    with pytest.raises(OutboundError, match="No space left on device; nothing was saved"):
        made.workspace.export_report(
            "kind", QUARTER, csv_path=folder / "q1.csv", pdf_path=folder / "q1.pdf"
        )
    assert [p.name for p in folder.iterdir()] == ["q1.csv"]
    assert (folder / "q1.csv").read_text(encoding="utf-8") == "last quarter's"


def test_an_export_is_recorded_in_the_vaults_audit_trail(
    made: ReportVault, tmp_path: Path
) -> None:
    made.workspace.export_report("status", QUARTER, csv_path=tmp_path / "q1.csv")
    with made.vault.session() as session:
        event = session.execute(
            select(AuditEvent).where(AuditEvent.action == "report.export")
        ).scalar_one()
        details = json.loads(event.details)
    assert event.matter_id is None and event.actor == "Margaret Lin"
    assert (details["by"], details["from"], details["to"], details["total"]) == (
        "status", "2026-01-01", "2026-03-31", 8)


def test_report_json_keeps_codes_and_says_which_date(made: ReportVault) -> None:
    data = made.workspace.report("recommendation", QUARTER).as_dict()
    assert data["date"] == "created" and data["inclusive"] is True
    assert {g["key"] for g in data["groups"]} >= {"do_not_proceed", PROVISIONAL}
    assert datetime.fromisoformat(data["generated_at"].replace("Z", "+00:00")).tzinfo


def _pages(pdf: bytes) -> tuple[str, list[tuple[float, float]]]:
    pages = PdfReader(io.BytesIO(pdf)).pages
    text = "".join("".join((p.extract_text() or "").split()) for p in pages)
    return text, [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in pages]


def test_the_printed_report_names_the_organisation_on_the_vaults_page_size(
    made: ReportVault, tmp_path: Path
) -> None:
    """Printed from the window (report_pdf) or exported (export_report): the vault's
    organisation and page size; a size asked for wins over the vault's."""
    made.workspace.update_settings(organisation="Lanting Intelligence Co., Ltd.",
                                   page_size="Letter")
    out = tmp_path / "q1.pdf"
    made.workspace.export_report("kind", QUARTER, pdf_path=out)
    for pdf in (made.workspace.report_pdf("kind", QUARTER), out.read_bytes()):
        text, sizes = _pages(pdf)
        assert "LantingIntelligenceCo.,Ltd." in text
        assert set(sizes) == {(792, 612)}  # Letter, landscape
    _text, sizes = _pages(made.workspace.report_pdf("kind", QUARTER, page_size="A4"))
    assert set(sizes) == {(842, 595)}  # A4, landscape
