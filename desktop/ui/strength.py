"""A simple, honest passphrase strength estimate: length and character classes give a rough
entropy in bits; repeats, sequences, keyboard rows and common passwords are penalised. It is a
guide for the meter, not a guarantee, and the meter says so in its tooltip."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

COMMON = (
    "password",
    "passwort",
    "passphrase",
    "123456",
    "12345678",
    "qwerty",
    "azerty",
    "letmein",
    "welcome",
    "admin",
    "iloveyou",
    "monkey",
    "dragon",
    "football",
    "baseball",
    "sunshine",
    "princess",
    "abc123",
    "111111",
    "000000",
    "outbound",
    "secret",
    "changeme",
    "trustno1",
    "master",
    "login",
    "vault",
    "woaini",
    "123123",
    "654321",
    "666666",
    "888888",
)
ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890", "abcdefghijklmnopqrstuvwxyz")
LEVELS = ("weak", "fair", "good", "strong")


@dataclass(frozen=True)
class Strength:
    level: str  # weak | fair | good | strong
    bits: float
    hints: tuple[str, ...]

    @property
    def score(self) -> int:
        return LEVELS.index(self.level)


def _pool(text: str) -> int:
    size = 0
    if re.search(r"[a-z]", text):
        size += 26
    if re.search(r"[A-Z]", text):
        size += 26
    if re.search(r"[0-9]", text):
        size += 10
    if re.search(r"[^A-Za-z0-9\s]", text):
        size += 33
    if re.search(r"\s", text):
        size += 1
    if any(ord(ch) > 127 for ch in text):
        size += 100  # CJK and other scripts: a large alphabet
    return max(size, 1)


def _sequence_chars(lower: str) -> int:
    """How many characters sit in runs of 3+ along a keyboard row or the alphabet."""
    flagged = [False] * len(lower)
    for row in ROWS:
        for direction in (row, row[::-1]):
            for i in range(len(lower) - 2):
                if lower[i : i + 3] in direction:
                    flagged[i] = flagged[i + 1] = flagged[i + 2] = True
    return sum(flagged)


def estimate(passphrase: str) -> Strength:
    if not passphrase:
        return Strength("weak", 0.0, ("empty",))
    lower = passphrase.lower()
    hints: list[str] = []
    effective = float(len(passphrase))
    for word in COMMON:
        if word in lower:
            effective -= len(word) * lower.count(word) - 1
            hints.append("common")
    repeats = sum(len(m.group(0)) - 1 for m in re.finditer(r"(.)\1{2,}", passphrase))
    if repeats:
        effective -= repeats
        hints.append("repeats")
    sequence = _sequence_chars(lower)
    if sequence:
        effective -= sequence * 0.7
        hints.append("sequence")
    distinct = len(set(passphrase))
    if distinct < len(passphrase) / 3:
        effective = min(effective, distinct * 1.5)
        hints.append("few distinct")
    effective = max(effective, 0.0)
    bits = effective * math.log2(_pool(passphrase))
    if len(passphrase) < 10:
        hints.append("short")
        bits = min(bits, 45.0)
    if bits < 45:
        level = "weak"
    elif bits < 60:
        level = "fair"
    elif bits < 80:
        level = "good"
    else:
        level = "strong"
    return Strength(level, round(bits, 1), tuple(dict.fromkeys(hints)))
