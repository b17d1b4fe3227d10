"""The matter window's memo tab: versions, signing, printing to a PDF file, Save as PDF."""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments

from __future__ import annotations

import io
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from test_ui_support import ui_env  # noqa: F401

SCENARIOS = Path(__file__).resolve().parent / "scenarios"
LI_WEN_PHRASE = "Li Wen's own signing phrase"


@cache
def _certificate() -> tuple[bytes, bytes]:
    from memos.pades import generate_self_signed

    return generate_self_signed("Li Wen", "Lanting")


@pytest.fixture
def window(qtbot: Any, vault_factory: Any) -> Any:
    from casework.counsel import SIGNING_KEY_PURPOSE, add_counsel, set_certificate
    from casework.matters import create_matter
    from desktop.ui.matter_window import MatterWindow
    from desktop.ui.workers import wait_for_jobs

    data = yaml.safe_load(
        (SCENARIOS / "02-training-lead-joins-us-lab.yaml").read_text(encoding="utf-8")
    )
    vault, _ = vault_factory()
    with vault.session() as session:
        matter_id = create_matter(
            session, kind="departure", actor="tester", answers=data["answers"]
        ).id
        person = add_counsel(session, name="Li Wen", title="Senior Counsel", actor="tester")
        key_pem, cert_pem = _certificate()
        set_certificate(session, person, key_pem=key_pem, cert_pem=cert_pem,
                        wrapping_key=vault.subkey(SIGNING_KEY_PURPOSE), actor="tester",
                        passphrase=LI_WEN_PHRASE)
    win = MatterWindow(vault, matter_id, actor="tester")
    qtbot.addWidget(win)
    win.show()
    win.tabs.setCurrentWidget(win.memo)
    yield win
    wait_for_jobs()


def versions(window: Any) -> list[tuple[int, str, str]]:
    from casework.memo_store import list_versions

    with window.vault.session() as session:
        return [(v.number, v.state, v.sha256) for v in list_versions(session, window.matter_id)]


def test_live_preview_renders_in_the_background(qtbot: Any, window: Any):
    memo = window.memo
    qtbot.waitUntil(lambda: memo.preview_bytes is not None, timeout=20_000)
    assert memo.preview_bytes.startswith(b"%PDF")
    assert memo.document.pageCount() >= 1
    memo.summary.setPlainText("The move may go ahead once the conditions are met.")
    assert memo.timer.isActive()  # debounced, not rendered on every keystroke
    memo.preview_bytes = None
    qtbot.waitUntil(lambda: memo.preview_bytes is not None, timeout=20_000)


def test_save_sign_print_and_a_signed_version_stays_signed(qtbot: Any, window: Any, tmp_path: Path):
    from pypdf import PdfReader

    from desktop.ui.print_pdf import print_pdf_to_file

    memo = window.memo
    memo.summary.setPlainText("Counsel's summary, first version.")
    memo.to.setText("General Counsel")
    assert memo.save_version() == 1
    assert versions(window)[0][:2] == (1, "draft")
    assert memo.selected_version() == 1

    dialog = memo.open_sign_dialog()
    assert dialog is not None and not dialog.ok.isEnabled()  # Li Wen's passphrase first
    assert "Type Li Wen's signing passphrase." in dialog.ok.toolTip()
    dialog.counsel.setCurrentIndex(dialog.counsel.findData("Li Wen"))
    # The gates, in words: no final signature yet, and why.
    gates = dialog.gates.text()
    assert "Only a “Prepared by” (draft) signature is possible" in gates
    assert "neither answered nor listed as an assumption" in gates
    dialog.capacity.setCurrentIndex(dialog.capacity.findData("prepared"))
    qtbot.keyClicks(dialog.signer_passphrase, LI_WEN_PHRASE)
    assert dialog.signer_passphrase.echoMode() == dialog.signer_passphrase.EchoMode.Password
    assert dialog.ok.isEnabled()
    dialog.ok.click()
    qtbot.waitUntil(lambda: versions(window)[0][1] == "signed", timeout=30_000)
    qtbot.waitUntil(lambda: not memo.busy, timeout=10_000)
    first_sha = versions(window)[0][2]
    assert "Li Wen" in memo.version_list.topLevelItem(1).text(3)

    memo.select_version(1)
    qtbot.waitUntil(lambda: memo.selected_pdf() is not None, timeout=20_000)
    out = tmp_path / "printed.pdf"
    pages = print_pdf_to_file(memo.selected_pdf(), out, title="memo")
    assert pages >= 1
    reader = PdfReader(str(out))
    text = "".join(page.extract_text() or "" for page in reader.pages)
    reference = memo.reference
    assert reference and reference in text

    # editing after signing makes a new draft; the signed version does not change
    memo.summary.setPlainText("Counsel's summary, revised after signing.")
    assert memo.save_version() == 2
    saved = versions(window)
    assert saved[0] == (1, "signed", first_sha)
    assert saved[1][:2] == (2, "draft")


def test_print_dialog_gets_rasterised_pages(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch
):
    memo = window.memo
    memo.save_version()
    captured: list[Any] = []
    monkeypatch.setattr(memo, "_open_print_preview", lambda pages, n: captured.append(pages))
    memo.print_selected()
    qtbot.waitUntil(lambda: bool(captured), timeout=30_000)
    image = captured[0][0].image
    assert image.width() > 2000  # an A4/Letter page at 300 dpi


def test_save_as_pdf_writes_the_selected_version(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
):
    from desktop.ui import memo_tab

    memo = window.memo
    memo.save_version()
    target = tmp_path / "export"
    monkeypatch.setattr(
        memo_tab.QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (str(target), "")),
    )
    memo.export_selected()
    written = tmp_path / "export.pdf"
    qtbot.waitUntil(written.exists, timeout=20_000)
    assert written.read_bytes().startswith(b"%PDF")
    assert not list(tmp_path.glob(".outbound-*"))  # no partial file left behind


def test_sign_dialog_without_counsel_explains_what_to_do(qtbot: Any):
    from desktop.ui.sign_dialog import SignDialog

    dialog = SignDialog([], 1)
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled()
    assert dialog.ok.toolTip()  # says why Sign is greyed
    assert "counsel" in dialog.hint.text()


def test_first_signature_in_a_new_vault_adds_counsel_and_a_certificate_in_the_dialog(
    qtbot: Any, vault_factory: Any
):
    """A new vault has no counsel: the Sign dialog adds the signer and creates their personal
    certificate on the spot, and the signed PDF carries their digital signature."""
    from casework.counsel import list_counsel
    from casework.matters import create_matter
    from casework.memo_store import get_version
    from desktop.ui.matter_window import MatterWindow

    vault, _ = vault_factory()
    with vault.session() as session:
        matter_id = create_matter(session, kind="departure", actor="Wang Li").id
    window = MatterWindow(vault, matter_id, actor="Wang Li")
    qtbot.addWidget(window)
    window.show()
    memo = window.memo
    window.tabs.setCurrentWidget(memo)
    assert memo.save_version() == 1
    dialog = memo.open_sign_dialog()
    assert dialog is not None and dialog.counsel.count() == 0
    assert dialog.add_box.isVisible() and not dialog.ok.isEnabled()
    assert dialog.new_name.text() == "Wang Li"  # who is working, as a suggestion
    qtbot.keyClicks(dialog.new_title, "Senior Legal Counsel")
    dialog.add_button.click()
    with vault.session() as session:
        assert [(c.name, c.title) for c in list_counsel(session)] == [
            ("Wang Li", "Senior Legal Counsel")
        ]
    assert dialog.counsel.currentData() == "Wang Li" and not dialog.add_box.isVisible()
    assert "no signing certificate" in dialog.certificate_state.text()
    assert dialog.create_certificate.isEnabled()
    dialog.create_certificate.click()
    asked = dialog.passphrase_dialog  # the new key's signing passphrase, typed twice
    qtbot.keyClicks(asked.fields.first, "Wang Li's own signing phrase")
    qtbot.keyClicks(asked.fields.second, "Wang Li's own signing phrase")
    asked.ok.click()
    qtbot.waitUntil(lambda: dialog.passphrase_dialog is None, timeout=60_000)
    assert dialog.key_states["Wang Li"] == "protected"
    assert "has a signing certificate" in dialog.certificate_state.text()
    assert not dialog.ok.isEnabled()  # asked at signing, like every signature
    qtbot.keyClicks(dialog.signer_passphrase, "Wang Li's own signing phrase")
    assert dialog.ok.isEnabled()
    dialog.ok.click()
    qtbot.waitUntil(lambda: versions(window)[0][1] == "signed", timeout=30_000)
    qtbot.waitUntil(lambda: not memo.busy, timeout=10_000)
    with vault.session() as session:
        assert b"/ByteRange" in (get_version(session, matter_id, 1).pdf or b"")


def test_greyed_print_and_pdf_buttons_say_why(qtbot: Any, window: Any):
    memo = window.memo
    assert not memo.print_button.isEnabled() and not memo.export_button.isEnabled()
    assert not memo.sign_button.isEnabled()
    for button in (memo.print_button, memo.export_button, memo.sign_button):
        assert "Save a version first" in button.toolTip()
    assert memo.buttons_hint.isVisibleTo(memo) and "Save a version" in memo.buttons_hint.text()
    memo.save_version()
    assert memo.print_button.isEnabled() and not memo.buttons_hint.isVisibleTo(memo)
    memo.select_version(None)  # the working draft
    assert not memo.print_button.isEnabled()
    assert "select a saved version" in memo.print_button.toolTip()
    assert "select a saved version" in memo.buttons_hint.text()


def test_print_pdf_to_file_from_plain_bytes(qtbot: Any, tmp_path: Path):
    import io

    from pypdf import PdfReader
    from reportlab.pdfgen import canvas

    from desktop.ui.print_pdf import print_pdf_to_file

    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer)
    sheet.drawString(72, 720, "OB-2030-0042 first page")
    sheet.showPage()
    sheet.drawString(72, 720, "second page")
    sheet.showPage()
    sheet.save()
    out = tmp_path / "out.pdf"
    assert print_pdf_to_file(buffer.getvalue(), out) == 2
    reader = PdfReader(str(out))
    assert len(reader.pages) == 2
    assert "OB-2030-0042" in reader.pages[0].extract_text()


def test_print_button_opens_a_preview_that_paints_every_page_and_closes(qtbot: Any, window: Any):
    """Print… through the real button: the preview paints all pages under a real event loop
    (the printer it paints on must outlive the call that made it), then closes cleanly."""
    import gc

    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget

    memo = window.memo
    memo.summary.setPlainText("A summary long enough to be printed.")
    assert memo.save_version() == 1
    qtbot.waitUntil(memo.print_button.isEnabled, timeout=10_000)
    memo.print_button.click()
    qtbot.waitUntil(
        lambda: (
            isinstance(getattr(memo, "print_dialog", None), QPrintPreviewDialog)
            and memo.print_dialog.isVisible()
        ),
        timeout=30_000,
    )
    dialog = memo.print_dialog
    preview = dialog.findChild(QPrintPreviewWidget)
    gc.collect()  # a printer only the dialog's C++ side points at would be freed here
    for _ in range(3):
        preview.updatePreview()
        qtbot.wait(50)  # the real event loop paints the preview pages
    expected = len(memo._pages)
    assert expected >= 1
    assert preview.pageCount() == expected
    for page in range(1, expected + 1):
        preview.setCurrentPage(page)
        qtbot.wait(20)
    dialog.close()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5_000)
    qtbot.wait(50)
    assert memo._pages == []


def test_plain_print_dialog_prints_every_page(qtbot: Any, tmp_path: Path, monkeypatch: Any):
    """The plain Print dialog path (recovery kit): only the modal exec is replaced, by a user
    who chose to print to a file; our code makes the printer, paints, and frees nothing early."""
    import gc
    import io

    from pypdf import PdfReader
    from reportlab.pdfgen import canvas

    from desktop.ui import qt
    from desktop.ui.printing import print_pdf

    buffer = io.BytesIO()
    sheet = canvas.Canvas(buffer)
    for page in range(3):
        sheet.drawString(72, 720, f"Recovery kit page {page + 1}")
        sheet.showPage()
    sheet.save()
    out = tmp_path / "printed.pdf"

    def user_prints_to_file(dialog: Any) -> int:
        gc.collect()
        printer = dialog.printer()
        printer.setOutputFormat(qt.QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return int(qt.QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(qt.QPrintDialog, "exec", user_prints_to_file)
    parent = qt.QWidget()
    qtbot.addWidget(parent)
    parent.show()
    assert print_pdf(parent, buffer.getvalue(), title="Kit")
    gc.collect()
    qtbot.wait(20)
    assert not parent.findChildren(qt.QPrintDialog)  # answered dialogs do not linger
    parent.close()
    qtbot.wait(20)
    reader = PdfReader(str(out))
    assert len(reader.pages) == 3
    assert "Recovery kit page 3" in " ".join(reader.pages[2].extract_text().split())


def test_typed_narrative_survives_closing_the_window(qtbot: Any, vault_factory: Any):
    """Counsel types Conditions and closes the window without saving a version: reopening
    shows the text, and no memo version was made for it."""
    from casework.matters import create_matter
    from desktop.ui.matter_window import MatterWindow

    vault, _ = vault_factory()
    with vault.session() as session:
        matter_id = create_matter(session, kind="departure", actor="tester").id
    window = MatterWindow(vault, matter_id, actor="tester")
    window.show()
    window.tabs.setCurrentWidget(window.memo)
    memo = window.memo
    memo.conditions.setFocus()
    qtbot.keyClicks(memo.conditions, "Export licence before the first day.")
    window.close()
    assert versions_of(vault, matter_id) == []
    again = MatterWindow(vault, matter_id, actor="tester")
    assert again.memo.conditions.toPlainText() == "Export licence before the first day."
    assert again.memo.restored_draft
    again.close()
    qtbot.wait(10)


def test_narrative_is_kept_after_a_pause_and_saving_a_version_clears_the_draft(
    qtbot: Any, window: Any
):
    from casework.memo_store import get_working_draft

    memo = window.memo
    qtbot.keyClicks(memo.summary, "Kept while typing.")
    assert memo.draft_timer.isActive()

    def kept() -> dict[str, Any] | None:
        with window.vault.session() as session:
            return get_working_draft(session, window.matter_id)

    qtbot.waitUntil(lambda: (kept() or {}).get("summary") == "Kept while typing.", timeout=10_000)
    assert versions_of(window.vault, window.matter_id) == []  # kept, not a version
    assert memo.save_version() == 1
    assert kept() is None


def test_idle_lock_keeps_the_typed_narrative(
    ui_env: Any, qtbot: Any, tmp_path: Path, vault_factory: Any
):
    """The shell locks (as the idle timer does) with a matter window open and text typed."""
    from casework.matters import create_matter
    from desktop.ui.main_window import MainWindow
    from models.vault import Vault

    vault, _ = vault_factory()
    with vault.session() as session:
        matter_id = create_matter(session, kind="departure", actor="tester").id
    main = MainWindow(vault, actor="tester")
    qtbot.addWidget(main)
    main.show()
    main.open_matter(matter_id)
    window = main.matter_windows[matter_id]
    qtbot.keyClicks(window.memo.summary, "Typed just before the lock.")
    main.idle.idle.emit()  # what the idle watcher does after the timeout
    assert vault.is_locked
    qtbot.wait(10)
    reopened = Vault.unlock_passphrase(vault.path, "correct horse battery")
    try:
        from casework.memo_store import get_working_draft

        with reopened.session() as session:
            draft = get_working_draft(session, matter_id)
        assert draft is not None and draft["summary"] == "Typed just before the lock."
    finally:
        reopened.lock()


def versions_of(vault: Any, matter_id: str) -> list[int]:
    from casework.memo_store import list_versions

    with vault.session() as session:
        return [v.number for v in list_versions(session, matter_id)]


def test_memo_language_is_chosen_for_the_next_version(qtbot: Any, window: Any) -> None:
    """The tab starts on the vault's language; choosing 中文 previews and saves the next
    version in Chinese; a saved version keeps its language when the choice changes."""
    from pypdf import PdfReader

    from casework.memo_store import list_versions

    memo = window.memo
    assert memo.language.currentData() == "en"
    qtbot.waitUntil(lambda: memo.preview_bytes is not None, timeout=20_000)
    memo.preview_bytes = None
    memo.language.setCurrentIndex(memo.language.findData("zh"))
    assert memo.timer.isActive()
    qtbot.waitUntil(lambda: memo.preview_bytes is not None, timeout=20_000)
    first_page = PdfReader(io.BytesIO(memo.preview_bytes)).pages[0].extract_text()
    assert "问题与简要结论" in "".join(first_page.split())
    assert memo.save_version() == 1
    memo.language.setCurrentIndex(memo.language.findData("bilingual"))
    assert memo.save_version() == 2
    with window.vault.session() as session:
        stored = [v.content.get("language", "en") for v in list_versions(session, memo.matter_id)]
    assert stored == ["zh", "bilingual"]
