"""Recovery keys: 160 random bits written as 32 Crockford base32 characters in groups of four.

Crockford's alphabet leaves out I, L, O and U, so a key copied by hand is hard to mistype; when
read back, I and L are taken as 1 and O as 0, and spaces, dashes and case are ignored.
"""

from __future__ import annotations

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {c: i for i, c in enumerate(ALPHABET)} | {"I": 1, "L": 1, "O": 0}
SECRET_BYTES = 20
GROUP = 4


def new_recovery_secret() -> bytes:
    return secrets.token_bytes(SECRET_BYTES)


def format_recovery_key(secret: bytes) -> str:
    number = int.from_bytes(secret, "big")
    chars = []
    for _ in range(SECRET_BYTES * 8 // 5):
        chars.append(ALPHABET[number & 31])
        number >>= 5
    text = "".join(reversed(chars))
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def parse_recovery_key(text: str) -> bytes | None:
    """The secret a typed recovery key stands for, or None when it cannot be one."""
    cleaned = "".join(ch for ch in text.upper() if ch not in " -\t\r\n")
    if len(cleaned) != SECRET_BYTES * 8 // 5:
        return None
    number = 0
    for ch in cleaned:
        value = _DECODE.get(ch)
        if value is None:
            return None
        number = (number << 5) | value
    return number.to_bytes(SECRET_BYTES, "big")
