"""Vault settings: organisation name, reference prefix, page size, idle-lock minutes."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from forms.errors import OutboundError
from models.audit import record_event
from models.entities import Setting
from models.vault import DEFAULT_SETTINGS

PREFIX_PATTERN = re.compile(r"^[A-Z][A-Z0-9]{0,9}$")


class SettingsError(OutboundError):
    pass


def get_settings(session: Session) -> dict[str, Any]:
    values = dict(DEFAULT_SETTINGS)
    for row in session.execute(select(Setting)).scalars():
        values[row.key] = row.value
    return values


def print_settings(session: Session, page_size: str | None = None) -> tuple[str, str]:
    """What a printed page takes from the settings: the organisation it names, and its size
    (`page_size` when given, else the vault's, else A4)."""
    values = get_settings(session)
    return str(values.get("organisation") or ""), page_size or str(values.get("page_size") or "A4")


def _organisation(value: Any) -> str:
    if not isinstance(value, str) or len(value) > 300:
        raise SettingsError("the organisation name must be text of at most 300 characters")
    return value.strip()


def _reference_prefix(value: Any) -> str:
    if not isinstance(value, str) or not PREFIX_PATTERN.match(value.strip().upper()):
        raise SettingsError(
            "the reference prefix must be 1 to 10 letters or digits, starting with a letter"
        )
    return value.strip().upper()


def _idle_lock_minutes(value: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 480:
        raise SettingsError("the idle lock must be between 1 and 480 minutes")
    return value


def _page_size(value: Any) -> str:
    if value not in ("A4", "Letter"):
        raise SettingsError("the page size must be A4 or Letter")
    return str(value)


def _memo_marking(value: Any) -> str:
    if value not in ("none", "organisation", "us_privilege"):
        raise SettingsError("the memo marking must be none, organisation or us_privilege")
    return str(value)


def _memo_text(value: Any) -> str:
    if not isinstance(value, str) or len(value) > 600:
        raise SettingsError("a memo text setting must be text of at most 600 characters")
    return value.strip()


def _memo_language(value: Any) -> str:
    if value not in ("en", "zh", "bilingual"):
        raise SettingsError("the memo language must be en, zh or bilingual")
    return str(value)


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise SettingsError("this setting is on or off (true or false)")
    return value


# One validator per setting, by name: a setting without one is refused, never validated as
# whichever setting happened to come last.
VALIDATORS: dict[str, Callable[[Any], Any]] = {
    "organisation": _organisation,
    "reference_prefix": _reference_prefix,
    "idle_lock_minutes": _idle_lock_minutes,
    "page_size": _page_size,
    "memo_marking": _memo_marking,
    "memo_marking_text": _memo_text,
    "us_counsel_note": _memo_text,
    "one_person_waiver": _flag,
    "memo_language": _memo_language,
}


def _validate(key: str, value: Any) -> Any:
    validator = VALIDATORS.get(key)
    if key not in DEFAULT_SETTINGS or validator is None:
        raise SettingsError(f"unknown setting '{key}'")
    return validator(value)


def update_settings(session: Session, actor: str, **changes: Any) -> dict[str, Any]:
    clean = {key: _validate(key, value) for key, value in changes.items()}
    for key, value in clean.items():
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=value))
        else:
            row.value = value
    if clean:
        record_event(
            session,
            actor=actor,
            action="settings.update",
            entity="setting",
            entity_id=",".join(sorted(clean)),
            details=clean,
        )
    return get_settings(session)
