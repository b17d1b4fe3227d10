"""The main path, end to end through the widgets (pytest-qt, offscreen):

welcome screen → vault → New matter → intake for scenario 02 → checklist decisions → override
→ counsel and certificate in Settings → memo version → signature → print to a PDF file →
export the case bundle → import it into a second vault → the matter is in that vault's list.

Every modal question is answered by patched statics (QFileDialog, QMessageBox, QInputDialog);
background work is awaited with `qtbot.waitUntil`; nothing blocks on `exec()`.
"""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments
from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from test_ui_matter_intake import fill
from test_ui_support import Dialogs, ui_env, wait_listed  # noqa: F401

from desktop.ui.qt import QDialogButtonBox, Qt

SCENARIO = Path(__file__).resolve().parent / "scenarios" / "02-training-lead-joins-us-lab.yaml"
PASSPHRASE = "maple quartz ember lantern"
SLOW = 30_000


def create_vault_through_welcome(qtbot: Any, path: Path) -> Any:
    """The first-run flow as `run_app` starts it: the controller's welcome screen, a
    passphrase typed twice, the recovery-key gate, then the main window."""
    from desktop.ui.app import AppController

    controller = AppController(default_vault_path=path)
    controller.start(None)  # no recent vault: the welcome screen
    welcome = controller.welcome
    assert welcome is not None and welcome.isVisible()
    page = welcome.create_page
    assert page.location.text() == str(path)
    qtbot.keyClicks(page.passphrase.first, PASSPHRASE)
    qtbot.keyClicks(page.passphrase.second, PASSPHRASE)
    assert page.create_button.isEnabled()
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    recovery = welcome.recovery_page
    qtbot.waitUntil(lambda: welcome.stack.currentWidget() is recovery, timeout=SLOW)
    recovery.stored.setChecked(True)
    qtbot.mouseClick(recovery.continue_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=SLOW)
    main = controller.main_window
    qtbot.addWidget(main)
    assert main.isVisible() and main.vault.path == path
    return controller


def item_status(vault: Any, matter_id: str, rule: str) -> tuple[str, str]:
    from models.entities import ChecklistItem

    with vault.session() as session:
        for item in session.query(ChecklistItem).filter_by(matter_id=matter_id):
            if item.rule_id == rule:
                return item.status, item.note or ""
    raise AssertionError(rule)


def memo_states(vault: Any, matter_id: str) -> list[tuple[int, str]]:
    from casework.memo_store import list_versions

    with vault.session() as session:
        return [(v.number, v.state) for v in list_versions(session, matter_id)]


def test_main_path_from_first_run_to_import_in_a_second_vault(
    ui_env: Dialogs, qtbot: Any, tmp_path: Path, vault_factory: Any
) -> None:
    from desktop.ui.bundle_export import ExportFlow
    from desktop.ui.bundle_import import ImportFlow
    from desktop.ui.print_pdf import paint_pages, pdf_printer

    data = yaml.safe_load(SCENARIO.read_text(encoding="utf-8"))

    # ----- 1. a vault through the welcome screen -------------------------------------------
    controller = create_vault_through_welcome(qtbot, tmp_path / "counsel.outbound")
    main = controller.main_window
    wait_listed(qtbot, main)
    assert main.model.rowCount() == 0

    # ----- 2. a departure matter through the New matter dialog -----------------------------
    main.action_new.trigger()
    dialog = main.new_matter_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.set_kind("departure")
    qtbot.keyClicks(dialog.title, data["title"])
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: len(main.matter_windows) == 1, timeout=SLOW)
    wait_listed(qtbot, main)
    assert main.model.rowCount() == 1
    matter_id, window = next(iter(main.matter_windows.items()))
    qtbot.waitExposed(window)
    vault = main.vault

    # ----- 3. the intake for scenario 02, through the form's widgets ------------------------
    form = window.intake
    assert window.checklist.model.rule_ids() == []
    fill(qtbot, form, data["answers"])
    assert form.field_problems() == {}
    form.save_now()
    qtbot.waitUntil(form.is_idle, timeout=SLOW)

    # ----- 4. the expected rules on the checklist; decisions with notes ---------------------
    window.tabs.setCurrentWidget(window.checklist)
    tab = window.checklist
    assert sorted(tab.model.rule_ids()) == sorted(data["expect"]["rules"])
    assert "Tier 1" in window.header.tier.text()
    for rule, note in (
        ("EXIT-REVIEW", "Exit restriction check made with HR."),
        ("TRADE-SECRET", "Confidentiality reminder signed on the last day."),
    ):
        assert tab.select_rule(rule)
        tab.panel.status.setCurrentIndex(tab.panel.status.findData("done"))
        tab.panel.note.setPlainText(note)
        tab.panel.save_button.click()  # recorded in a worker
        qtbot.waitUntil(lambda r=rule, n=note: item_status(vault, matter_id, r) == ("done", n))

    # ----- 5. override the recommendation with a reason -------------------------------------
    override = tab.open_override_dialog()
    ok = override.buttons.button(QDialogButtonBox.StandardButton.Ok)
    override.choice.setCurrentIndex(override.choice.findData("proceed_with_conditions"))
    assert not ok.isEnabled()  # a reason is required
    override.reason.setPlainText("Classification done by the export-control officer.")
    ok.click()
    qtbot.waitUntil(lambda: "overridden" in window.header.recommendation.text())

    # ----- 6. a counsel with a personal certificate, through Settings -----------------------
    main.action_settings.trigger()
    settings = main.settings_dialog
    assert settings is not None and settings.isVisible()
    qtbot.keyClicks(settings.new_name, "Li Wen")
    qtbot.keyClicks(settings.new_title, "Senior Counsel")
    settings.add_button.click()
    assert settings.selected_counsel_id() is not None
    settings.create_certificate.click()
    asked = settings.passphrase_dialog  # Li Wen's own signing passphrase, typed twice
    qtbot.keyClicks(asked.fields.first, "Li Wen's own signing phrase")
    qtbot.keyClicks(asked.fields.second, "Li Wen's own signing phrase")
    asked.ok.click()
    qtbot.waitUntil(lambda: settings.passphrase_dialog is None, timeout=SLOW)
    assert any("certificate was created" in text for text in ui_env.texts()), ui_env.texts()
    settings.reject()

    # ----- 7. the memo: a saved version, then signed ----------------------------------------
    window.tabs.setCurrentWidget(window.memo)
    memo = window.memo
    memo.to.setText("General Counsel")
    memo.summary.setPlainText("The move may go ahead once the conditions below are met.")
    memo.save_button.click()
    assert memo_states(vault, matter_id) == [(1, "draft")]
    sign = memo.open_sign_dialog()
    assert sign is not None
    sign.counsel.setCurrentIndex(sign.counsel.findData("Li Wen"))
    # No review or approval yet (the gates): the preparer's own signature, as a draft.
    assert "Only a “Prepared by” (draft) signature is possible" in sign.gates.text()
    sign.capacity.setCurrentIndex(sign.capacity.findData("prepared"))
    qtbot.keyClicks(sign.signer_passphrase, "Li Wen's own signing phrase")
    assert sign.ok.isEnabled()
    sign.ok.click()
    qtbot.waitUntil(lambda: memo_states(vault, matter_id) == [(1, "signed")], timeout=SLOW)
    qtbot.waitUntil(lambda: not memo.busy, timeout=SLOW)
    from casework.memo_store import get_version  # the counsel's certificate made a PAdES one

    with vault.session() as session:
        assert b"/ByteRange" in (get_version(session, matter_id, 1).pdf or b"")

    # ----- 8. print: the memo tab's Print… with the preview dialog replaced by a PDF printer -
    printed = tmp_path / "printed-memo.pdf"
    pages_printed: list[int] = []
    memo._open_print_preview = lambda pages, number: pages_printed.append(  # type: ignore[method-assign]
        paint_pages(pages, pdf_printer(printed, title=f"{memo.reference} v{number}"))
    )
    memo.select_version(1)
    memo.print_button.click()
    qtbot.waitUntil(lambda: bool(pages_printed), timeout=SLOW)
    assert pages_printed[0] >= 1
    from pypdf import PdfReader

    text = "".join(page.extract_text() or "" for page in PdfReader(str(printed)).pages)
    reference = memo.reference
    assert reference and reference in text
    window.close()

    # ----- 9. export the bundle from the main window ----------------------------------------
    main.panel.table.selectRow(0)
    assert main.selected_matter_id() == matter_id and main.action_export.isEnabled()
    bundle = tmp_path / f"{reference}.outbound-bundle.zip"
    ui_env.save_path = str(bundle)
    main.action_export.trigger()
    export = main.findChild(ExportFlow)
    assert export is not None and export.options.isVisible()
    export.options.ok.click()
    qtbot.waitUntil(lambda: export.result is not None or export.error is not None, timeout=SLOW)
    assert export.error is None, ui_env.texts()
    assert bundle.is_file() and export.result_dialog.isVisible()
    assert export.result.reference == reference

    # ----- 10. import into a second vault, on a second main window --------------------------
    from desktop.ui.main_window import MainWindow

    other_vault, _ = vault_factory("recipient.outbound")
    other = MainWindow(other_vault, actor="Recipient Counsel")
    qtbot.addWidget(other)
    other.show()
    wait_listed(qtbot, other)
    assert other.model.rowCount() == 0
    ui_env.open_path = str(bundle)
    other.action_import.trigger()
    importing = other.findChild(ImportFlow)
    assert importing is not None
    qtbot.waitUntil(
        lambda: importing.review is not None or importing.error is not None, timeout=SLOW
    )
    review = importing.review
    assert review is not None, ui_env.texts()
    assert review.report.ok and review.report.signature == "valid"
    assert review.report.key_known is False  # another vault's key: the fingerprint is shown
    assert review.fingerprint.text() == export.result.signer_fingerprint
    assert reference in review.matter.text()
    assert not review.as_copy.isVisible()
    review.import_button.click()
    qtbot.waitUntil(
        lambda: importing.result is not None or importing.error is not None, timeout=SLOW
    )
    assert importing.error is None, ui_env.texts()
    assert importing.result_dialog.isVisible()
    assert importing.result.reference == reference

    # the matter is in the second vault's list, with its signed memo and decisions
    wait_listed(qtbot, other)
    assert other.model.rowCount() == 1
    shown = other.model.data(other.model.index(0, 0), Qt.ItemDataRole.DisplayRole)
    assert shown == reference
    assert memo_states(other_vault, matter_id) == [(1, "signed")]
    assert item_status(other_vault, matter_id, "EXIT-REVIEW")[0] == "done"
    from casework.matters import get_matter

    with other_vault.session() as session:
        assert get_matter(session, matter_id).override_recommendation == "proceed_with_conditions"
