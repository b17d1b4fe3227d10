"""Screenshots of the window for documentation and review: `python -m desktop.screenshots OUT`
(`--lang zh_CN` for the Chinese window; `make screenshots` takes both).

Builds a demo vault in a temporary folder (matters from tests/scenarios/*.yaml when the review
engine can take them), then saves `QWidget.grab()` PNGs. QSettings go to the temporary folder
too, so the user's recent-vault list is never touched.

Adding a shot is one function:

    @shot("07-export-dialog")
    def export_dialog(ctx: Context) -> QWidget:
        return ExportDialog(ctx.vault, ctx.first_matter_id(), ctx.main_window())

The function returns the widget to grab; the runner shows it at its size, lets it settle,
saves `<name>.png` and closes it. A function that writes its own files (several tabs of one
window, say) saves them into `ctx.outdir` and returns None.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
SCENARIOS = REPO / "tests" / "scenarios"
PASSPHRASE = "demo vault passphrase for screenshots"  # noqa: S105 - a throwaway demo vault
SAMPLE_RECOVERY_KEY = "7K2M-9QPR-W4TX-3HVB-N6CD-8FJZ-5GYS-2ME0"
DEFAULT_SIZE = (1280, 800)
SMALL_SIZE = (1024, 700)  # a small laptop window: nothing may be cut off here either
ACTOR = "Wang Li"
SIGNER_PASSPHRASE = "Wang Li's own signing phrase"  # noqa: S105 - a throwaway demo vault

ShotFn = Callable[["Context"], Any]
SHOTS: list[tuple[str, ShotFn]] = []


def shot(name: str) -> Callable[[ShotFn], ShotFn]:
    def register(fn: ShotFn) -> ShotFn:
        SHOTS.append((name, fn))
        return fn

    return register


@dataclass
class Context:
    tmp: Path
    vault: Any
    outdir: Path
    matters: list[str] = field(default_factory=list)
    _main: Any = None
    _exports: list[Any] = field(default_factory=list)
    extra_vaults: list[Any] = field(default_factory=list)  # locked at the end
    closing: list[Any] = field(default_factory=list)  # windows a shot leaves open behind it
    # sees each matter-window tab a shot grabs itself: (name, window); see walk_screens
    inspect: Callable[[str, Any], None] | None = None

    @property
    def vault_path(self) -> Path:
        return Path(self.vault.path)

    def main_window(self) -> Any:
        """One main window on the demo vault, shared by the shots that need a parent."""
        if self._main is None:
            from desktop.ui.main_window import MainWindow

            self._main = MainWindow(self.vault, actor=ACTOR)
            self._main.resize(*DEFAULT_SIZE)
        return self._main

    def first_matter_id(self) -> str | None:
        return self.matters[0] if self.matters else None

    def first_matter(self) -> tuple[str, str]:
        """(reference, title) of the first demo matter, or a placeholder."""
        matter_id = self.first_matter_id()
        if matter_id is None:
            return "LT-2026-0001", ""
        from casework.workspace import Workspace

        matter = Workspace(self.vault, ACTOR).matter(matter_id)
        return matter.reference, matter.title or ""

    def busiest_matter_id(self) -> str | None:
        if not self.matters:
            return None
        from casework.workspace import Workspace

        counts = Workspace(self.vault, ACTOR).checklist_sizes()
        return max(self.matters, key=lambda m: counts.get(m, 0))

    def exported(self) -> list[Any]:
        """The first demo matter exported once (unencrypted) into the temporary folder."""
        if not self._exports:
            from casework.workspace import Workspace

            reference, _title = self.first_matter()
            dest = self.tmp / f"{reference}.outbound-bundle.zip"
            matter_id = self.first_matter_id() or reference
            self._exports.append(
                Workspace(self.vault, ACTOR).export_bundle(matter_id, dest).value
            )
        return self._exports


# ----- the demo vault --------------------------------------------------------------------------
def load_scenarios() -> list[dict[str, Any]]:
    try:
        import yaml
    except ImportError:  # pragma: no cover
        return []
    found = []
    for path in sorted(SCENARIOS.glob("*.yaml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError):
            continue
        if isinstance(data, dict) and data.get("kind") and isinstance(data.get("answers"), dict):
            found.append({**data, "_file": path.name})
    return found


def build_demo_vault(folder: Path) -> tuple[Any, list[str]]:
    from casework.vaults import Vault
    from casework.workspace import Workspace

    vault, _recovery = Vault.create(folder / "Lanting legal.outbound", PASSPHRASE)
    workspace = Workspace(vault, ACTOR)
    workspace.update_settings(
        organisation="Lanting Intelligence Co., Ltd.", reference_prefix="LT"
    )
    # Wang Li signs with a personal certificate under her own signing passphrase (issue 14).
    workspace.add_counsel(
        name="Wang Li", title="Senior Legal Counsel", new_certificate=True,
        passphrase=SIGNER_PASSPHRASE,
    )
    workspace.add_counsel(name="Chen Yu", title="General Counsel")
    matter_ids: list[str] = []
    for scenario in load_scenarios():
        try:
            matter = workspace.create_matter(
                kind=str(scenario["kind"]),
                title=str(scenario.get("title") or ""),
                answers=dict(scenario["answers"]),
            ).value
            matter_ids.append(str(matter.id))
        except Exception as exc:  # one scenario the engine refuses does not stop the rest
            print(f"screenshots: skipped a scenario ({exc})", file=sys.stderr)
    _override_demo_verdicts(vault, matter_ids)
    return vault, matter_ids


def _override_demo_verdicts(vault: Any, matter_ids: list[str]) -> None:
    """Counsel's verdict on two demo matters, so the list shows recommendations in colour
    beside the provisional ones."""
    from casework.workspace import Workspace

    verdicts = [
        ("do_not_proceed", "The partner is on the Entity List; no technical exchange."),
        ("proceed_with_conditions", "Clean laptop and a pre-cleared slide deck."),
    ]
    workspace = Workspace(vault, ACTOR)
    for matter_id, (recommendation, reason) in zip(matter_ids[::-1], verdicts, strict=False):
        workspace.override_recommendation(matter_id, recommendation=recommendation, reason=reason)


# ----- the shots -------------------------------------------------------------------------------
@shot("01-welcome")
def welcome(ctx: Context) -> Any:
    from desktop.ui.welcome import WelcomeWindow

    window = WelcomeWindow(default_path=ctx.tmp / "Outbound" / "vault.outbound")
    window.create_page.passphrase.first.setText("maple quartz ember lantern")
    window.create_page.passphrase.second.setText("maple quartz ember lantern")
    return window


@shot("02-recovery-key")
def recovery_key(ctx: Context) -> Any:
    from desktop.ui.welcome import WelcomeWindow

    window = WelcomeWindow(default_path=ctx.tmp / "Outbound" / "vault.outbound")
    window.recovery_page.show_key(ctx.vault, SAMPLE_RECOVERY_KEY)
    window.stack.setCurrentWidget(window.recovery_page)
    return window


@shot("03-unlock")
def unlock(ctx: Context) -> Any:
    from desktop.ui.unlock import UnlockDialog

    return UnlockDialog(None, vault_path=ctx.vault_path)


@shot("04-unlock-wrong-passphrase")
def unlock_error(ctx: Context) -> Any:
    from desktop.ui.unlock import UnlockDialog

    dialog = UnlockDialog(None, vault_path=ctx.vault_path)
    from casework.vaults import WrongSecretError
    from desktop.ui.dialogs import error_text

    dialog.show_error(error_text(WrongSecretError("this passphrase does not open the vault")))
    return dialog


@shot("04b-unlock-recovery-key")
def unlock_recovery(ctx: Context) -> Any:
    from desktop.ui.unlock import UnlockDialog

    dialog = UnlockDialog(None, vault_path=ctx.vault_path)
    dialog.use_recovery.setChecked(True)
    dialog.secret.setText(SAMPLE_RECOVERY_KEY)
    return dialog


@shot("05-matter-list")
def matter_list(ctx: Context) -> Any:
    window = ctx.main_window()
    window.panel.table.selectRow(0)
    return window


@shot("05c-matter-intake-chinese")
def chinese_intake(ctx: Context) -> Any:
    """The intake of the matter whose person has a Chinese name: it renders in the bundled
    CJK font on a machine without Chinese fonts."""
    from casework.workspace import Workspace
    from desktop.ui.matter_window import MatterWindow

    workspace = Workspace(ctx.vault, ACTOR)
    chinese = [m for m in ctx.matters if not workspace.matter(m).person_name.isascii()]
    if not chinese:
        return None
    window = MatterWindow(ctx.vault, chinese[0], actor=ACTOR)
    window.resize(*DEFAULT_SIZE)
    return window


@shot("05s-matter-list-small")
def matter_list_small(ctx: Context) -> Any:
    # the shared window (closing a main window locks its vault); shots after this one only
    # use it as a parent
    window = ctx.main_window()
    window.resize(*SMALL_SIZE)
    window.panel.table.selectRow(0)
    return window


@shot("06-matter-list-empty")
def matter_list_empty(ctx: Context) -> Any:
    from casework.vaults import Vault
    from desktop.ui.main_window import MainWindow

    empty, _ = Vault.create(ctx.tmp / "empty.outbound", PASSPHRASE)
    window = MainWindow(empty, actor=ACTOR)
    window.resize(*DEFAULT_SIZE)
    return window


@shot("07-new-matter")
def new_matter(ctx: Context) -> Any:
    from desktop.ui.new_matter import NewMatterDialog

    dialog = NewMatterDialog(ctx.main_window())
    dialog.set_kind("secondment")
    return dialog


@shot("08-settings")
def settings(ctx: Context) -> Any:
    from desktop.ui.settings_dialog import SettingsDialog

    return SettingsDialog(ctx.vault, actor=ACTOR, parent=ctx.main_window())


@shot("08b-signing-passphrase")
def signing_passphrase(ctx: Context) -> Any:
    """Settings › Change signing passphrase… for the counsel selected: the current one, then
    the new one twice with the strength meter."""
    from desktop.ui.settings_dialog import SettingsDialog

    settings = SettingsDialog(ctx.vault, actor=ACTOR, parent=ctx.main_window())
    ctx.closing.append(settings)
    row = next(r for r in range(settings.counsel.rowCount()) if settings._name_at(r) == ACTOR)
    settings.counsel.selectRow(row)
    settings.open_change_passphrase()
    dialog = settings.passphrase_dialog
    dialog.current.setText(SIGNER_PASSPHRASE)
    dialog.fields.first.setText("willow harbour copper lantern")
    dialog.fields.second.setText("willow harbour copper lantern")
    return dialog


@shot("09-export-options")
def export_options(ctx: Context) -> Any:
    from desktop.ui.bundle_export import ExportOptionsDialog

    reference, title = ctx.first_matter()
    dialog = ExportOptionsDialog(reference, title, ctx.main_window())
    dialog.encrypt.setChecked(True)
    dialog.fields.first.setText("amber falcon river stone")
    dialog.fields.second.setText("amber falcon river stone")
    return dialog


@shot("10-export-progress")
def export_progress(ctx: Context) -> Any:
    from desktop.ui.bundle_common import BundleProgressDialog
    from desktop.ui.qt import Qt, translate

    reference, _title = ctx.first_matter()
    dialog = BundleProgressDialog(
        translate("ExportFlow", "Exporting {0}").format(reference),
        translate("ExportFlow", "Writing and signing the case bundle…"),
        ctx.main_window(),
    )
    dialog.setWindowModality(Qt.WindowModality.NonModal)  # a grab, not a session
    dialog.report(420, 1000)
    return dialog


@shot("11-export-result")
def export_result(ctx: Context) -> Any:
    from desktop.ui.bundle_export import ExportResultDialog

    return ExportResultDialog(ctx.exported()[0], ctx.main_window())


@shot("12-import-report")
def import_report(ctx: Context) -> Any:
    from casework.bundle_verify import verify_bundle
    from casework.signing_keys import known_in
    from desktop.ui.bundle_review import ImportReviewDialog

    report = verify_bundle(ctx.exported()[0].path, key_known=known_in(ctx.vault))
    return ImportReviewDialog(report, True, ctx.main_window())


@shot("13-import-tampered")
def import_tampered(ctx: Context) -> Any:
    import zipfile

    from casework.bundle_verify import verify_bundle
    from desktop.ui.bundle_review import ImportReviewDialog

    source = ctx.exported()[0].path
    tampered = ctx.tmp / "tampered.outbound-bundle.zip"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(tampered, "w") as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.endswith("data/matter.json"):
                data = data.replace(b"Lanting", b"Lantinq", 1)
            out.writestr(info, data)
    return ImportReviewDialog(verify_bundle(tampered), False, ctx.main_window())


@shot("14-your-name-new-vault")
def your_name(ctx: Context) -> Any:
    """The first question in a vault without counsel: the name, and adding it as counsel."""
    from casework.vaults import Vault
    from desktop.ui.actor_dialog import YourNameDialog

    fresh, _ = Vault.create(ctx.tmp / "first-name.outbound", PASSPHRASE)
    ctx.extra_vaults.append(fresh)
    dialog = YourNameDialog(fresh, ctx.main_window())
    dialog.field.setEditText(ACTOR)
    return dialog


@shot("15-sign-first-counsel")
def sign_first_counsel(ctx: Context) -> Any:
    """Sign in a vault without counsel: the signer is added in the dialog itself."""
    from casework.vaults import Vault
    from desktop.ui.sign_dialog import SignDialog

    fresh, _ = Vault.create(ctx.tmp / "first-sign.outbound", PASSPHRASE)
    ctx.extra_vaults.append(fresh)
    return SignDialog([], 1, ctx.main_window(), vault=fresh, actor=ACTOR, suggested_name=ACTOR)


@shot("15b-sign-gates")
def sign_gates(ctx: Context) -> Any:
    """Sign on a draft that cannot be final yet: the dialog says what a review still needs."""
    from casework.workspace import Workspace
    from desktop.ui.matter_window import MatterWindow

    matter_id = ctx.first_matter_id()
    if matter_id is None:
        return None
    number = Workspace(ctx.vault, ACTOR).draft_memo(matter_id).value.number
    window = MatterWindow(ctx.vault, matter_id, actor=ACTOR)
    window.tabs.setCurrentWidget(window.memo)
    window.memo.reload()
    window.memo.select_version(number)
    ctx.closing.append(window)
    return window.memo.open_sign_dialog()


@shot("16-print-preview")
def print_preview(ctx: Context) -> Any:
    """Print… on a saved memo version: the preview dialog with the pages painted."""
    import time

    from casework.workspace import Workspace
    from desktop.ui.matter_window import MatterWindow
    from desktop.ui.qt import QApplication, QThreadPool

    matter_id = ctx.first_matter_id()
    if matter_id is None:
        return None
    number = Workspace(ctx.vault, ACTOR).draft_memo(matter_id).value.number
    window = MatterWindow(ctx.vault, matter_id, actor=ACTOR)
    window.resize(*DEFAULT_SIZE)
    window.show()
    window.tabs.setCurrentWidget(window.memo)
    window.memo.reload()
    window.memo.select_version(number)
    window.memo.print_selected()
    deadline = time.monotonic() + 60
    while getattr(window.memo, "print_dialog", None) is None and time.monotonic() < deadline:
        QThreadPool.globalInstance().waitForDone(100)
        QApplication.processEvents()
    dialog = getattr(window.memo, "print_dialog", None)
    if dialog is None:
        raise RuntimeError("the print preview did not open in time")
    dialog.resize(*DEFAULT_SIZE)
    for _ in range(10):
        QApplication.processEvents()
        time.sleep(0.02)
    ctx.closing.append(window)
    return dialog


def add_history(ctx: Context, matter_id: str) -> None:
    """A decision, a memo version and an encrypted export, so the History tab shows how those
    events read (not only the opening and the first assessment)."""
    from casework.workspace import Workspace

    workspace = Workspace(ctx.vault, ACTOR)
    matter = workspace.matter(matter_id)
    item = min(matter.checklist_items, key=lambda i: i.rule_id, default=None)
    if item is not None:
        workspace.decide_item(
            item.id, status="escalated",
            note="Sent to the export-control officer for classification",
        )
    workspace.draft_memo(matter_id)
    workspace.export_bundle(
        matter_id,
        ctx.tmp / f"{matter.reference}.outbound-bundle.age",
        encrypt_passphrase="amber falcon river stone",  # noqa: S106 - a demo bundle
    )


@shot("14-blank-matter")
def blank_matter(ctx: Context) -> Any:
    """A new matter with nothing answered: the header says it is incomplete, not a verdict."""
    from casework.workspace import Workspace
    from desktop.ui.matter_window import MatterWindow

    matter_id = Workspace(ctx.vault, ACTOR).create_matter(kind="departure").value.id
    window = MatterWindow(ctx.vault, matter_id, actor=ACTOR)
    window.resize(*DEFAULT_SIZE)
    return window


def _scenario_checklist(ctx: Context, prefix: str) -> Any:
    """The checklist of a shared scenario's matter, on the item with the most actions: each
    action with its owner and due date (issue 13)."""
    from casework.workspace import Workspace
    from desktop.ui.matter_window import MatterWindow

    scenario = next(
        (s for s in load_scenarios() if str(s.get("title", "")).strip() and s.get("_file", "")
         .startswith(prefix)),
        None,
    )
    if scenario is None:
        return None
    workspace = Workspace(ctx.vault, ACTOR)
    matter_id = next(
        (m for m in ctx.matters if workspace.matter(m).title == str(scenario["title"])), None
    )
    if matter_id is None:
        return None
    window = MatterWindow(ctx.vault, matter_id, actor=ACTOR)
    window.resize(*DEFAULT_SIZE)
    window.tabs.setCurrentWidget(window.checklist)
    actions = dict((scenario.get("expect") or {}).get("actions") or {})
    if actions:
        window.checklist.select_rule(max(actions, key=lambda rule: len(actions[rule])))
    return window


@shot("17-checklist-02-actions")
def checklist_02(ctx: Context) -> Any:
    return _scenario_checklist(ctx, "02-")


@shot("17-checklist-09-actions")
def checklist_09(ctx: Context) -> Any:
    return _scenario_checklist(ctx, "09-")


@shot("17-checklist-13-actions")
def checklist_13(ctx: Context) -> Any:
    return _scenario_checklist(ctx, "13-")


@shot("19-legal-basis-panel")
def legal_basis_panel(ctx: Context) -> Any:
    """The side panel's legal basis of an export-control item: in Chinese, each PRC statute by
    its official title and article with the provision's own text (issue 16)."""
    window = _scenario_checklist(ctx, "02-")
    if window is None or not window.checklist.select_rule("EC-CLASSIFY"):
        return window
    settle(window)
    panel = window.checklist.panel
    heading = panel.basis.property("heading")
    scroll = panel.stack.currentWidget()
    scroll.verticalScrollBar().setValue(heading.y() - 8)
    return window


def _wait_for(condition: Callable[[], bool], what: str) -> None:
    """Let workers finish and their results land until `condition` holds."""
    import time

    from desktop.ui.qt import QApplication, QThreadPool

    deadline = time.monotonic() + 60
    while not condition():
        if time.monotonic() > deadline:
            raise RuntimeError(f"{what} did not arrive in time")
        QThreadPool.globalInstance().waitForDone(50)
        QApplication.processEvents()


@shot("18-reports")
def reports(ctx: Context) -> Any:
    """View ▸ Reports in the main window: the demo matters by kind (provisional parts of the
    bars shaded), the first kind picked and its matters listed. Saved here, then the window goes
    back to its list, because later shots share it."""
    window = ctx.main_window()
    window.resize(*DEFAULT_SIZE)
    window.show_reports()
    view = window.reports_view
    for name, dimension, size in (("18-reports", "kind", DEFAULT_SIZE),
                                  ("18b-reports-by-client", "client", DEFAULT_SIZE),
                                  ("18s-reports-small", "tier", SMALL_SIZE)):
        window.resize(*size)
        view.report, view.matters = None, []
        view.set_dimension(dimension)
        if view.dimension_code() == "kind":
            view.refresh()
        def counted(wanted: str = dimension) -> bool:
            return view.report is not None and bool(view.report.dimension == wanted)

        _wait_for(counted, "the report")
        if view.report.groups:
            first = view.report.groups[0].key
            view.show_group(first)
            _wait_for(lambda: len(view.matters) > 0, "the matters behind a count")
        settle(window)
        window.grab().save(str(ctx.outdir / f"{name}.png"), "PNG")
        if ctx.inspect is not None:
            ctx.inspect(name, window)
    window.resize(*DEFAULT_SIZE)
    window.stack.setCurrentWidget(window.panel)
    return None



@shot("18-due-view")
def due_view(ctx: Context) -> Any:
    """The Due view across the demo matters (issue 15), two tasks assigned so the column shows,
    on the first bucket with rows; the summary line sits in the status bar."""
    from casework.workspace import Workspace
    from desktop.ui.qt import QApplication
    from desktop.ui.workers import wait_for_jobs

    workspace = Workspace(ctx.vault, ACTOR)
    for row, name in zip(workspace.due_list()[:2], ("Wang Li", "HR: Zhou Min"), strict=False):
        if not row.assignee and row.entry == "action":
            workspace.assign_task(row.task_id, name)
    window = ctx.main_window()
    window.resize(*DEFAULT_SIZE)
    window.due.refresh_summary()
    window.due.action.setChecked(True)
    wait_for_jobs()
    QApplication.processEvents()
    return window


@shot("matter-window")
def matter_window(ctx: Context) -> Any:
    """The matter window's tabs (desktop.ui.matter_screens), when that view exists; on the demo
    matter with the most checklist items, so the checklist and memo tabs show content."""
    matter_id = ctx.busiest_matter_id()
    try:
        from desktop.ui.matter_screens import matter_window_screenshots
    except ImportError:
        return None
    if matter_id is not None:
        add_history(ctx, matter_id)
        matter_window_screenshots(
            ctx.vault, matter_id, ctx.outdir, actor=ACTOR, inspect=ctx.inspect
        )
        matter_window_screenshots(
            ctx.vault,
            matter_id,
            ctx.outdir,
            size=SMALL_SIZE,
            actor=ACTOR,
            prefix="small-matter",
            inspect=ctx.inspect,
        )
    return None


# ----- the people register (issue 15) ---------------------------------------------------------
def _link_demo_people(ctx: Context) -> str | None:
    """Link the demo matters to the people register (once) and give the tier-1 person with a
    Chinese name a second matter; returns that person's id."""
    from casework.workspace import Workspace

    workspace = Workspace(ctx.vault, ACTOR)
    if not workspace.people_register():
        for matter_id in ctx.matters:
            matter = workspace.matter(matter_id)
            if matter.person_name and matter.person_id is None:
                found = workspace.possible_duplicates(matter.person_name)
                workspace.link_person(matter_id, found[0].id if found else None)
        chosen = [r for r in workspace.people_register("tier1")
                  if not r.name.isascii() and r.noncompete_until]
        if chosen:
            workspace.new_matter_for_person(chosen[0].id, "travel")
            workspace.confirm_access(chosen[0].id)
        for number, row in enumerate(workspace.people_register(), start=1024):
            workspace.set_person_identifiers(row.id, name_zh=row.name_zh,
                                             employee_number=f"E-{number}")
    tier1 = [r for r in workspace.people_register("tier1") if not r.name.isascii()]
    # the one with most to show: a non-compete running and more than one matter
    tier1.sort(key=lambda r: (r.noncompete_until is None, -len(r.references)))
    return tier1[0].id if tier1 else None


def _wait_loaded(widget: Any, done: Callable[[], bool]) -> None:
    from desktop.ui.qt import QApplication
    from desktop.ui.workers import wait_for_jobs

    for _ in range(50):
        wait_for_jobs()
        QApplication.processEvents()
        if done():
            return


@shot("18-people-register")
def people_register(ctx: Context) -> Any:
    from desktop.ui.people_view import show_people_view

    _link_demo_people(ctx)
    window = ctx.main_window()
    window.resize(*DEFAULT_SIZE)
    view = show_people_view(window)
    _wait_loaded(view, lambda: view.table.rowCount() > 0)
    settle(window)
    window.grab().save(str(ctx.outdir / "18-people-register.png"), "PNG")
    view.set_view("tier1")
    _wait_loaded(view, lambda: view.current_view() == "tier1" and bool(view.rows))
    settle(window)
    window.grab().save(str(ctx.outdir / "18b-people-register-tier1.png"), "PNG")
    window.stack.setCurrentWidget(window.panel)
    return None


@shot("19-person-record")
def person_record(ctx: Context) -> Any:
    from desktop.ui.people_view import PersonWindow

    person_id = _link_demo_people(ctx)
    if person_id is None:
        return None
    window = ctx.main_window()
    person = PersonWindow(lambda: window.workspace, person_id, window)
    person.resize(*DEFAULT_SIZE)
    _wait_loaded(person, lambda: person.record is not None)
    return person


@shot("19b-person-edit")
def person_edit(ctx: Context) -> Any:
    """Edit… on a person's record: the identifiers counsel keep, here refusing an employee
    number that is already another person's (with the offer to open or join them)."""
    from desktop.ui.people_view import PersonWindow

    person_id = _link_demo_people(ctx)
    if person_id is None:
        return None
    window = ctx.main_window()
    person = PersonWindow(lambda: window.workspace, person_id, window)
    _wait_loaded(person, lambda: person.record is not None)
    other = next((r for r in window.workspace.people_register() if r.id != person_id), None)
    taken = window.workspace.person(other.id).employee_number if other else None
    dialog = person.ask_edit()
    if taken:
        dialog.employee_number.setText(taken)
        dialog.save()
        _wait_loaded(dialog, lambda: dialog.problem.isVisibleTo(dialog))
    ctx.closing.append(person)
    return dialog


# ----- runner ----------------------------------------------------------------------------------
def settle(widget: Any) -> None:
    from desktop.ui.qt import QApplication

    widget.show()
    for _ in range(5):
        QApplication.processEvents()


def walk_screens(
    ctx: Context,
    visit: Callable[[str, Any], None],
    *,
    only: tuple[str, ...] = (),
    tabs: bool = True,
) -> int:
    """Every shot in turn: `visit(name, widget)` with the widget shown and settled, then closed;
    with `tabs`, also each tab of the matter windows a shot grabs itself (`ctx.inspect`).
    Returns the number of shots taken."""
    ctx.inspect = visit if tabs else None
    taken = 0
    for name, fn in SHOTS:
        if only and name not in only:
            continue
        widget = fn(ctx)
        taken += 1
        if widget is None:
            continue
        settle(widget)
        visit(name, widget)
        if widget is not ctx._main:
            widget.close()
    return taken


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m desktop.screenshots")
    parser.add_argument("outdir", type=Path, help="folder for the PNG files")
    parser.add_argument("--only", action="append", default=[], help="shot name(s) to take")
    parser.add_argument(
        "--lang",
        choices=("en", "zh_CN"),
        default="en",
        help="the window's language (default en; zh_CN needs the compiled .qm: pip install -e .)",
    )
    args = parser.parse_args(argv)
    args.outdir.mkdir(parents=True, exist_ok=True)

    from desktop.ui.app import make_application
    from desktop.ui.qt import QSettings
    from desktop.ui.workers import wait_for_jobs

    with tempfile.TemporaryDirectory(prefix="outbound-shots-") as tmp_name:
        tmp = Path(tmp_name)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp))
        app = make_application([sys.argv[0]], language=args.lang)
        vault, matters = build_demo_vault(tmp)
        ctx = Context(tmp=tmp, vault=vault, outdir=args.outdir, matters=matters)

        def save(name: str, widget: Any) -> None:
            widget.grab().save(str(args.outdir / f"{name}.png"), "PNG")

        # the matter windows' tabs save their own PNGs
        taken = walk_screens(ctx, save, only=tuple(args.only), tabs=False)
        wait_for_jobs()
        for window in ctx.closing:
            window.close()
        if ctx._main is not None:
            ctx._main.close()
        for widget in app.topLevelWidgets():
            widget.close()
        app.processEvents()
        vault.lock()
        for extra in ctx.extra_vaults:
            extra.lock()
    print(f"{taken} screenshot sets in {args.outdir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
