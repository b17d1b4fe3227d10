"""Article numbers as a Chinese citation writes them: `Art. 14` -> `第十四条`,
`Arts. 17–18` -> `第十七条至第十八条`, `Art. 28(4)–(5)` -> `第二十八条第（四）项至第（五）项`.
Used where the legal bases give no Chinese article of their own; anything else (US sections,
`list entries`) is left as written."""

from __future__ import annotations

import re

_DIGITS = "零一二三四五六七八九"
_ONE = re.compile(r"^Art\. (\d{1,3})$")
_RANGE = re.compile(r"^Arts\. (\d{1,3})[–-](\d{1,3})$")
_ITEMS = re.compile(r"^Art\. (\d{1,3})\((\d{1,2})\)[–-]\((\d{1,2})\)$")
_PARA = re.compile(r"^Art\. (\d{1,3}) ¶(\d{1,2})$")
_OWN = re.compile(r"^Art\. [\d-]+ \((第.+)\)$")
_TEXT_OF = re.compile(r"^Art\. (\d{1,3}) \((\d{4}) text\)$")


def numeral(n: int) -> str:
    """1 -> 一, 10 -> 十, 14 -> 十四, 20 -> 二十, 105 -> 一百零五, 219 -> 二百一十九."""
    if n < 10:
        return _DIGITS[n]
    if n < 20:
        return "十" + (_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return _DIGITS[n // 10] + "十" + (_DIGITS[n % 10] if n % 10 else "")
    hundreds, rest = divmod(n, 100)
    if rest == 0:
        return _DIGITS[hundreds] + "百"
    if rest < 10:
        return _DIGITS[hundreds] + "百零" + _DIGITS[rest]
    tens = numeral(rest)
    return _DIGITS[hundreds] + "百" + ("一" + tens if rest < 20 else tens)


def article_zh(article: str) -> str:
    text = article.strip()
    if m := _ONE.match(text):
        return f"第{numeral(int(m[1]))}条"
    if m := _RANGE.match(text):
        return f"第{numeral(int(m[1]))}条至第{numeral(int(m[2]))}条"
    if m := _ITEMS.match(text):
        head = f"第{numeral(int(m[1]))}条"
        return f"{head}第（{numeral(int(m[2]))}）项至第（{numeral(int(m[3]))}）项"
    if m := _PARA.match(text):
        return f"第{numeral(int(m[1]))}条第{numeral(int(m[2]))}款"
    if m := _TEXT_OF.match(text):
        return f"第{numeral(int(m[1]))}条（{m[2]}年文本）"
    if m := _OWN.match(text):
        return m[1]
    return article
