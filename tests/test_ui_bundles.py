"""Case bundles in the window: export with progress and cancel, encrypted bundles, tampering."""

# ruff: noqa: F811 - pytest fixtures imported from test_ui_support are redefined as arguments
from __future__ import annotations

import threading
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from test_ui_support import Dialogs, ui_env, wait_listed  # noqa: F401

SCENARIOS = Path(__file__).resolve().parent / "scenarios"
TRANSPORT = "amber falcon river stone"


@pytest.fixture
def window(ui_env: Dialogs, qtbot: Any, vault_factory: Any) -> Any:
    from casework.matters import create_matter
    from desktop.ui.main_window import MainWindow

    data = yaml.safe_load(
        (SCENARIOS / "02-training-lead-joins-us-lab.yaml").read_text(encoding="utf-8")
    )
    vault, _ = vault_factory("source.outbound")
    with vault.session() as session:
        matter = create_matter(
            session, kind="departure", actor="tester", title=data["title"], answers=data["answers"]
        )
        window_matter = (matter.id, matter.reference)
    main = MainWindow(vault, actor="tester")
    main.matter = window_matter  # (id, reference) of the one matter
    qtbot.addWidget(main)
    main.show()
    return main


@pytest.fixture
def second_window(ui_env: Dialogs, qtbot: Any, vault_factory: Any) -> Any:
    from desktop.ui.main_window import MainWindow

    vault, _ = vault_factory("destination.outbound")
    main = MainWindow(vault, actor="recipient")
    qtbot.addWidget(main)
    main.show()
    return main


def export(qtbot: Any, ui_env: Dialogs, window: Any, dest: Path, passphrase: str = "") -> Any:
    from desktop.ui.bundle_export import export_bundle

    ui_env.save_path = str(dest)
    flow = export_bundle(window, window.matter[0])
    assert flow is not None and flow.options.isVisible()
    if passphrase:
        flow.options.encrypt.setChecked(True)
        assert not flow.options.ok.isEnabled()  # not until the passphrase is given twice
        qtbot.keyClicks(flow.options.fields.first, passphrase)
        qtbot.keyClicks(flow.options.fields.second, passphrase)
        assert flow.options.suggested_name().endswith(".outbound-bundle.age")
    else:
        assert flow.options.suggested_name() == f"{window.matter[1]}.outbound-bundle.zip"
    assert flow.options.ok.isEnabled()
    flow.options.ok.click()
    return flow


def passphrase_answers(monkeypatch: pytest.MonkeyPatch, answers: list[str]) -> list[str]:
    """Replace QInputDialog.getText: answer in turn (then cancel); returns the labels shown."""
    from desktop.ui import bundle_import

    labels: list[str] = []
    queue = list(answers)

    def fake(parent: Any, title: str, label: str, *args: Any, **kwargs: Any) -> Any:
        labels.append(label)
        return (queue.pop(0), True) if queue else ("", False)

    monkeypatch.setattr(bundle_import.QInputDialog, "getText", staticmethod(fake))
    return labels


def test_export_shows_the_result_and_the_file_verifies(
    qtbot: Any, ui_env: Dialogs, window: Any, tmp_path: Path
) -> None:
    from casework.bundle_verify import verify_bundle

    dest = tmp_path / "out" / "bundle.zip"
    dest.parent.mkdir()
    flow = export(qtbot, ui_env, window, dest)
    assert flow.progress is not None
    qtbot.waitUntil(lambda: flow.result is not None or flow.error is not None, timeout=30_000)
    assert flow.error is None
    dialog = flow.result_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.sha256.text() == flow.result.sha256
    assert dialog.fingerprint.text() == flow.result.signer_fingerprint
    assert str(dest) in dialog.file.text()
    assert verify_bundle(dest).ok
    assert flow.progress is None  # closed and gone


def test_export_cancel_leaves_no_file(
    qtbot: Any, ui_env: Dialogs, window: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from casework.workspace import Workspace

    real = Workspace.export_bundle
    started = threading.Event()

    def held(self: Any, *args: Any, cancel: Any, **kwargs: Any) -> Any:
        started.set()
        deadline = time.monotonic() + 20
        while not cancel() and time.monotonic() < deadline:  # the user clicks Cancel meanwhile
            time.sleep(0.01)
        return real(self, *args, cancel=cancel, **kwargs)

    monkeypatch.setattr(Workspace, "export_bundle", held)
    dest = tmp_path / "cancelled.outbound-bundle.zip"
    flow = export(qtbot, ui_env, window, dest)
    qtbot.waitUntil(started.is_set, timeout=10_000)
    assert flow.progress.isVisible()
    flow.progress.cancel_button.click()
    qtbot.waitUntil(lambda: flow.cancelled or flow.error is not None, timeout=20_000)
    assert flow.cancelled and flow.error is None
    assert not dest.exists()
    assert list(tmp_path.iterdir()) == [] or all(
        not p.name.startswith(".cancelled") for p in tmp_path.iterdir()
    )
    assert ui_env.messages == []  # a cancel is not an error
    assert "cancelled" in window.statusBar().currentMessage()


def test_encrypted_bundle_asks_the_passphrase_and_a_wrong_one_is_explained(
    qtbot: Any,
    ui_env: Dialogs,
    window: Any,
    second_window: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.ui.bundle_import import import_bundle

    dest = tmp_path / "carried.outbound-bundle.age"
    flow = export(qtbot, ui_env, window, dest, passphrase=TRANSPORT)
    qtbot.waitUntil(lambda: flow.result is not None or flow.error is not None, timeout=30_000)
    assert flow.result.encrypted and dest.read_bytes().startswith(b"age-encryption.org/v1")
    assert flow.options.fields.passphrase() == ""  # not kept in the dialog

    # a wrong passphrase, then the user gives up: a clear reason, nothing imported
    labels = passphrase_answers(monkeypatch, ["wrong passphrase"])
    ui_env.open_path = str(dest)
    importing = import_bundle(second_window)
    qtbot.waitUntil(lambda: len(labels) == 2, timeout=20_000)
    assert "is encrypted" in labels[0]
    assert "passphrase is wrong" in labels[1]
    assert importing.review is None and importing.result is None
    wait_listed(qtbot, second_window)
    assert second_window.model.rowCount() == 0

    # wrong, then right: the report is shown and the import goes through
    labels = passphrase_answers(monkeypatch, ["still wrong", TRANSPORT])
    importing = import_bundle(second_window)
    qtbot.waitUntil(lambda: importing.review is not None, timeout=30_000)
    assert "passphrase is wrong" in labels[1]
    review = importing.review
    names = [
        review.checks.topLevelItem(i).text(1) for i in range(review.checks.topLevelItemCount())
    ]
    assert names[0] == "Decryption"
    assert review.import_button.isEnabled()
    review.import_button.click()
    qtbot.waitUntil(
        lambda: importing.result is not None or importing.error is not None, timeout=30_000
    )
    assert importing.error is None
    wait_listed(qtbot, second_window)
    assert second_window.model.rowCount() == 1
    assert importing.passphrase is None


def test_tampered_bundle_shows_the_failed_check_and_imports_nothing(
    qtbot: Any, ui_env: Dialogs, window: Any, second_window: Any, tmp_path: Path
) -> None:
    from desktop.ui.bundle_import import import_bundle

    dest = tmp_path / "original.outbound-bundle.zip"
    flow = export(qtbot, ui_env, window, dest)
    qtbot.waitUntil(lambda: flow.result is not None or flow.error is not None, timeout=30_000)

    # change one payload file's bytes, keep the rest: its hash no longer matches the manifest
    tampered = tmp_path / "tampered.outbound-bundle.zip"
    with zipfile.ZipFile(dest) as src, zipfile.ZipFile(tampered, "w") as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.endswith("data/matter.json"):
                data = data.replace(b"Lanting", b"Lantinq", 1)
            out.writestr(info, data)

    ui_env.open_path = str(tampered)
    importing = import_bundle(second_window)
    qtbot.waitUntil(
        lambda: importing.review is not None or importing.error is not None, timeout=30_000
    )
    review = importing.review
    assert review is not None, ui_env.texts()
    assert not review.importable and review.import_button is None
    assert "failed verification" in review.headline.text()
    rows = [
        (review.checks.topLevelItem(i).text(0), review.checks.topLevelItem(i).text(1))
        for i in range(review.checks.topLevelItemCount())
    ]
    assert ("✗ Failed", "File hashes") in rows
    assert review.failures.isVisible() and "matter.json" in review.failures.text()
    # coherent: what failed leads (headline, then the failures, then failed rows first), and
    # nothing is green: the signature over changed files is no sign that the bundle is fine
    assert "A file was changed, added or removed after export" in review.headline.text()
    layout = review.layout()
    assert layout.indexOf(review.failures) == layout.indexOf(review.headline) + 1
    assert rows[0][0] == "✗ Failed"
    assert ("– Not relied on", "Signature") in rows
    assert "Valid" not in review.signature.text()
    assert "does not vouch for this bundle" in review.signature.text()
    from desktop.ui.bundle_common import OK_COLOUR
    from desktop.ui.qt import QColor
    from desktop.ui.widgets import readable

    green = QColor(readable(OK_COLOUR))
    assert readable(OK_COLOUR) not in review.signature.styleSheet()
    for i in range(review.checks.topLevelItemCount()):
        assert review.checks.topLevelItem(i).foreground(0).color() != green
    shown = " ".join(
        [review.headline.text(), review.failures.text(), review.signature.text()]
        + [review.checks.topLevelItem(i).text(c) for i in range(len(rows)) for c in (1, 2)]
    )
    for jargon in ("BagIt", "Bag information", "Tag manifest", "tag manifest", "bag-info"):
        assert jargon not in shown, jargon
    review.reject()
    wait_listed(qtbot, second_window)
    assert second_window.model.rowCount() == 0
    with second_window.vault.session() as session:
        from casework.bundle_store import matter_exists

        assert not matter_exists(session, window.matter[0])


def test_importing_into_the_same_vault_needs_as_copy(
    qtbot: Any, ui_env: Dialogs, window: Any, tmp_path: Path
) -> None:
    from desktop.ui.bundle_import import import_bundle

    dest = tmp_path / "again.outbound-bundle.zip"
    flow = export(qtbot, ui_env, window, dest)
    qtbot.waitUntil(lambda: flow.result is not None or flow.error is not None, timeout=30_000)
    ui_env.open_path = str(dest)
    importing = import_bundle(window)
    qtbot.waitUntil(lambda: importing.review is not None, timeout=30_000)
    review = importing.review
    assert review.report.key_known is True
    assert review.as_copy.isVisible() and not review.import_button.isEnabled()
    review.as_copy.setChecked(True)
    review.import_button.click()
    qtbot.waitUntil(
        lambda: importing.result is not None or importing.error is not None, timeout=30_000
    )
    assert importing.result.as_copy
    wait_listed(qtbot, window)
    assert window.model.rowCount() == 2
    assert importing.result_dialog.isVisible()


def test_not_a_bundle_is_a_clear_error(
    qtbot: Any, ui_env: Dialogs, second_window: Any, tmp_path: Path
) -> None:
    from desktop.ui.bundle_import import import_bundle

    junk = tmp_path / "notes.zip"
    junk.write_text("not a zip at all", encoding="utf-8")
    ui_env.open_path = str(junk)
    importing = import_bundle(second_window)
    qtbot.waitUntil(lambda: importing.error is not None, timeout=20_000)
    assert ui_env.messages and "not a case bundle" in ui_env.messages[-1][2]
