"""Child process for figure 7: the longest gap between Qt event-loop ticks while an export runs
in a desktop worker and searches are typed into the main window's search box.

    python -m bench.stalls_child VAULT KEYCHAIN_JSON ATTACH_MB

Opens the main window on (a copy of) the vault, adds one ATTACH_MB attachment to the first
matter, then: a 1 ms QTimer records tick gaps; an export of that matter starts through
`desktop.ui.workers.run_in_background`; while it runs, two searches are typed into the panel's
search box (`search.setText` + `apply_filters`, as Enter does). Prints JSON: idle gaps (floor),
the longest gap during the work, and how long each search held the main thread.
"""

from __future__ import annotations

import io
import json
import os
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    vault_path, kc_json, attach_mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
    kc = json.loads(Path(kc_json).read_text())
    from bench import keyring_mem
    from models import keychain

    keyring_mem.install({(keychain.SERVICE, kc["account"]): kc["secret"]})
    from casework.attachments import add_attachment
    from casework.bundle_export import export_matter
    from casework.listing import list_matters
    from desktop.ui.app import make_application
    from desktop.ui.main_window import MainWindow
    from desktop.ui.qt import QTimer
    from desktop.ui.workers import run_in_background
    from models.vault import Vault

    vault = Vault.unlock_keychain(vault_path)
    with vault.session() as session:
        first = list_matters(session, limit=1)[0]
        blob = os.urandom(1024 * 1024)
        stream = io.BytesIO(blob * attach_mb)
        add_attachment(session, first.id, name="large-evidence.bin", stream=stream, actor="bench")
    app = make_application()
    window = MainWindow(vault, actor="bench")
    window.show()
    out: dict[str, object] = {}
    gaps: list[tuple[float, float]] = []  # (time, gap)
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append((now, now - last[0]))
        last[0] = now

    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(tick)
    phases: dict[str, float] = {}
    search_times: dict[str, float] = {}
    dest = Path(tempfile.mkdtemp(prefix="ob-bench-stall-")) / "bundle.zip"

    def search(text: str) -> None:
        start = time.perf_counter()
        window.panel.search.setText(text)
        window.panel.apply_filters()
        search_times[text] = time.perf_counter() - start

    def start_work() -> None:
        phases["work_start"] = time.perf_counter()
        job = run_in_background(
            lambda: export_matter(vault, first.reference, dest, actor="bench"),
            on_done=lambda _r: done("ok"),
            on_error=lambda exc: done(f"error: {exc}"),
        )
        out["job"] = repr(job)[:60]
        QTimer.singleShot(150, lambda: search("明哲"))
        QTimer.singleShot(600, lambda: search("Xinhe"))
        QTimer.singleShot(1100, lambda: search(""))

    def done(status: str) -> None:
        phases["work_end"] = time.perf_counter()
        out["export"] = status
        QTimer.singleShot(1200, app.quit)  # let the searches finish if export was quick

    def idle_done() -> None:
        phases["idle_end"] = time.perf_counter()
        start_work()

    timer.start()
    phases["idle_start"] = time.perf_counter() + 0.3  # ignore the first paints
    QTimer.singleShot(1300, idle_done)
    QTimer.singleShot(300_000, app.quit)
    app.exec()
    timer.stop()
    idle = [g for t, g in gaps if phases["idle_start"] <= t <= phases["idle_end"]]
    work_end = phases.get("work_end", time.perf_counter()) + 1.2
    busy = [(t, g) for t, g in gaps if phases["work_start"] <= t <= work_end]
    worst = max(busy, key=lambda tg: tg[1]) if busy else (0.0, 0.0)
    out.update(
        idle_max_gap_s=max(idle) if idle else None,
        busy_max_gap_s=worst[1],
        busy_max_gap_at_s=worst[0] - phases["work_start"],
        busy_ticks=len(busy),
        export_s=phases.get("work_end", 0) - phases["work_start"],
        search_s=search_times,
        gaps_over_100ms=sum(1 for _, g in busy if g > 0.1),
    )
    window.vault.lock() if window.vault is not None else None
    print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main()
