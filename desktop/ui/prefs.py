"""Per-computer preferences in QSettings: geometry, header state, recent vault paths, and the
user's name (who the audit trail and memos say acted). Never matter data, never secrets. Always
the INI format, so tests can point it at a temporary folder with
`QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)`."""

from __future__ import annotations

import getpass
import os
from pathlib import Path

from desktop.ui.qt import QByteArray, QSettings, QWidget

ORGANISATION = "Outbound"
APPLICATION = "Outbound"
RECENT_KEY = "vaults/recent"
MAX_RECENT = 8
ACTOR_KEY = "user/name"
LANGUAGE_KEY = "ui/language"
LANGUAGES = ("", "zh_CN", "en")  # "": the system's language
ACTOR_ENV = "OUTBOUND_ACTOR"  # set by scripts, tests and benchmarks: wins, and nothing is asked


def app_settings() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def recent_vaults(*, existing_only: bool = True) -> list[Path]:
    raw = app_settings().value(RECENT_KEY, [])
    if isinstance(raw, str):  # QSettings gives a bare string for a one-item list
        raw = [raw]
    items = raw if isinstance(raw, list | tuple) else []
    paths = [Path(p) for p in items if isinstance(p, str) and p]
    return [p for p in paths if p.exists()] if existing_only else paths


def add_recent_vault(path: Path) -> None:
    path = Path(path).resolve()
    paths = [p for p in recent_vaults(existing_only=False) if p.resolve() != path]
    values = [str(p) for p in [path, *paths][:MAX_RECENT]]
    settings = app_settings()
    settings.setValue(RECENT_KEY, values)
    settings.sync()


def forget_recent_vault(path: Path) -> None:
    path = Path(path).resolve()
    values = [str(p) for p in recent_vaults(existing_only=False) if p.resolve() != path]
    settings = app_settings()
    settings.setValue(RECENT_KEY, values)
    settings.sync()


def save_geometry(key: str, widget: QWidget) -> None:
    settings = app_settings()
    settings.setValue(f"geometry/{key}", widget.saveGeometry())
    settings.sync()


def restore_geometry(key: str, widget: QWidget) -> bool:
    value = app_settings().value(f"geometry/{key}")
    if isinstance(value, QByteArray) and not value.isEmpty():
        return bool(widget.restoreGeometry(value))
    return False


def save_state(key: str, state: QByteArray) -> None:
    settings = app_settings()
    settings.setValue(f"state/{key}", state)
    settings.sync()


def load_state(key: str) -> QByteArray | None:
    value = app_settings().value(f"state/{key}")
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


# ----- the window's language ---------------------------------------------------------------------
def interface_language() -> str:
    """The language chosen in Settings: "zh_CN", "en", or "" to follow the system's."""
    value = app_settings().value(LANGUAGE_KEY, "")
    return value if isinstance(value, str) and value in LANGUAGES else ""


def set_interface_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"not a language Outbound offers: {language!r}")
    settings = app_settings()
    settings.setValue(LANGUAGE_KEY, language)
    settings.sync()


# ----- who is acting ----------------------------------------------------------------------------
def login_name() -> str:
    """The computer login: the suggestion when the user is first asked for their name."""
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers): the user types theirs
        return ""


def full_name() -> str:
    """The user's full name as the computer's account records it ("Wang Li"), or ""."""
    try:
        import pwd

        gecos = pwd.getpwnam(getpass.getuser()).pw_gecos
    except Exception:  # Windows, or no account entry (some containers)
        return ""
    return " ".join(gecos.split(",", 1)[0].split())


def actor_name() -> str:
    """The name the user gave ("Your name"), or "" when they have not been asked yet."""
    value = app_settings().value(ACTOR_KEY, "")
    return " ".join(value.split()) if isinstance(value, str) else ""


def set_actor_name(name: str) -> None:
    settings = app_settings()
    settings.setValue(ACTOR_KEY, " ".join(name.split()))
    settings.sync()


def actor_from_environment() -> str:
    return " ".join(os.environ.get(ACTOR_ENV, "").split())


def current_actor() -> str:
    """Who the audit trail records and memos sign as: $OUTBOUND_ACTOR when a script set it,
    else the user's name from this computer's preferences, else the computer login."""
    return actor_from_environment() or actor_name() or login_name() or "unknown"


def should_ask_actor() -> bool:
    """True until the user has given their name on this computer (never under a script)."""
    return not actor_from_environment() and not actor_name()
