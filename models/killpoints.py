"""Named crash points for the crash suite (tests/test_vault_crash.py).

`kill_point("rekey.reencrypted")` kills this process with SIGKILL when the environment variable
OUTBOUND_KILL_AT names that step ("NAME", or "NAME#N" for its N-th occurrence in the process).
Unset, as in every real use, it costs one dictionary look-up. A real SIGKILL, not an exception:
no `finally`, no atexit and no flush runs, exactly as when the power goes.
"""

from __future__ import annotations

import os
import signal

KILL_AT_ENV = "OUTBOUND_KILL_AT"
_seen: dict[str, int] = {}


def kill_point(step: str) -> None:
    wanted = os.environ.get(KILL_AT_ENV)
    if not wanted:
        return
    name, _, nth = wanted.partition("#")
    if name != step:
        return
    _seen[step] = _seen.get(step, 0) + 1
    if _seen[step] == (int(nth) if nth.isdigit() else 1):
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))
