"""Every screen in Chinese: the screen walk of desktop/screenshots.py with the zh_CN translation
installed, reading every word a user sees (tests/ui_words.py). No English may be left but proper
names, codes and what docs/glossary-zh.md keeps in English — and, until the content carries its
Chinese (issue 16, "The content"), the English of the YAML content, the demo data and the
domain layers' messages, which are recognised by their source and taken out first. The intake
definitions carry their Chinese already: their English excuses nothing."""

from __future__ import annotations

import ast
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from ui_words import visible_texts

REPO = Path(__file__).resolve().parent.parent
TS = REPO / "resources" / "translations" / "outbound_zh_CN.ts"
# docs/glossary-zh.md, section 5, plus the language menu's own name for English
KEPT_IN_ENGLISH = {"Outbound", "Ctrl", "US", "Letter", "English", "pfx"}
WORD = re.compile(r"[A-Za-z]*[a-z][A-Za-z]*")  # codes (CN, SHA, PDF, LT) have no lower case
# paths, UUIDs, fingerprints (35a2:49e7:…) and digests
PATHS_AND_HEX = re.compile(
    r"\S*[/\\]\S*"
    r"|\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b"
    r"|\b[0-9a-f]{4}(?::[0-9a-f]{4})+\b"
    r"|\b[0-9a-f]{8,}\b|\b[0-9a-f]*[0-9][0-9a-f]*\b"
)


def domain_modules() -> list[Path]:
    """Every module of the layers under the window (models, forms, memos, bundles, and any
    package added beside them): their messages are shared with the command line."""
    not_domain = {"desktop", "tests", "bench", "packaging", "migrations", "resources"}
    return [
        module
        for package in sorted(REPO.iterdir())
        if (package / "__init__.py").exists() and package.name not in not_domain
        for module in package.rglob("*.py")
    ]


def _strings(value: Any, *, bilingual: bool = True) -> Iterable[str]:
    """Every string of a YAML document; with `bilingual=False` the English of a text that
    carries its Chinese ({en, zh}) is left out: the window must show its Chinese."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        if not bilingual and set(value) == {"en", "zh"}:
            yield value["zh"]
            return
        for key, item in value.items():
            yield from _strings(key, bilingual=bilingual)
            yield from _strings(item, bilingual=bilingual)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item, bilingual=bilingual)


@cache
def content() -> frozenset[str]:
    """The YAML content (definitions, rules, legal bases, countries) and the demo data
    (scenarios, desktop/screenshots.py): English until the content carries its Chinese."""
    found: set[str] = set()
    data = REPO / "forms" / "data"
    for path in [*data.rglob("*.yaml"), *(REPO / "tests" / "scenarios").glob("*.yaml")]:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        # definitions, rules and legal bases carry their Chinese (issue 16): their English
        # excuses nothing
        found.update(_strings(document, bilingual=data not in path.parents))
    found.update(_strings(json.loads((data / "countries.json").read_text(encoding="utf-8"))))
    found.update(_literals([REPO / "desktop" / "screenshots.py"]))
    return frozenset(s.strip() for s in found)


def _literals(modules: Iterable[Path]) -> Iterable[str]:
    for module in modules:
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                yield node.value


@cache
def not_the_windows_words() -> tuple[str, ...]:
    """English whose source is not the window: the content, and the phrases of the domain
    layers' messages (shared with the command line, which stays English; a phrase, not a single
    word, so a key such as "attachments" excuses nothing)."""
    phrases = {s for s in _literals(domain_modules()) if " " in s.strip()}
    cleaned = {s.strip(" ,;:.") for s in content() | phrases}
    return tuple(
        sorted((s for s in cleaned if len(s) >= 2 and WORD.search(s)), key=len, reverse=True)
    )


def _piece(value: ast.expr) -> str:
    """An f-string's constant part, held to word boundaries, or a wildcard for a value."""
    if not isinstance(value, ast.Constant):
        return ".+"
    text = str(value.value)
    before = r"(?<![A-Za-z])" if text[:1].isalpha() else ""
    after = r"(?![A-Za-z])" if text[-1:].isalpha() else ""
    return before + re.escape(text) + after


@cache
def domain_patterns() -> tuple[re.Pattern[str], ...]:
    """The domain layers' f-string messages ("{count} files, {size} bytes") as patterns, each
    value a wildcard; only those with a word of their own, so "{a} {b}" excuses nothing."""
    found = set()
    for module in domain_modules():
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.JoinedStr):
                continue
            constants = [v.value for v in node.values if isinstance(v, ast.Constant)]
            if re.search(r"[a-z]{3,}", " ".join(constants)):
                found.add("".join(_piece(v) for v in node.values))
    return tuple(re.compile(pattern) for pattern in sorted(found))


def english_words(text: str) -> list[str]:
    text = PATHS_AND_HEX.sub(" ", text)
    return [w for w in WORD.findall(text) if len(w) > 1 and w not in KEPT_IN_ENGLISH]


def _without_literals(text: str) -> str:
    lowered = text.lower()
    for source in not_the_windows_words():
        if len(source) <= len(text) and source.lower() in lowered:
            pattern = r"(?<![A-Za-z])" + re.escape(source) + r"(?![A-Za-z])"
            text = re.sub(pattern, " ", text, flags=re.IGNORECASE)
            lowered = text.lower()
            if not english_words(text):
                break
    return text


def _without_messages(text: str) -> str:
    for pattern in domain_patterns():
        text = pattern.sub(" ", text)
    return text


def english_left(text: str) -> list[str]:
    """The English words of `text` that are the window's own (untranslated): what is left once
    the content and the domain layers' messages are taken out, whole messages or pieces first,
    whichever explains more."""
    if not english_words(text):
        return []
    first = english_words(_without_literals(_without_messages(text)))
    if not first:
        return []
    second = english_words(_without_messages(_without_literals(text)))
    return min(first, second, key=len)


@cache
def translated_sources() -> frozenset[str]:
    """The English source strings the .ts translates into something else."""
    sources = set()
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = [] if translation is None else list(translation.iter("numerusform"))
        text = forms[0].text if forms else (translation.text if translation is not None else "")
        if text and text != source and WORD.search(source):
            sources.add(source.replace("&", ""))
    return frozenset(sources)


def test_the_check_finds_english_the_window_owns() -> None:
    assert english_left("Drop files here to add them.") == [
        "Drop",
        "files",
        "here",
        "to",
        "add",
        "them",
    ]
    assert english_left("保存版本(&V)") == []
    # names, codes, paths, digests and content stay
    assert english_left("李明哲 · LT-2026-0003 · /tmp/x/Lanting legal.outbound · 8ed1f23d") == []
    assert english_left("AI chip architect seconded to the Munich R&D centre for a year") == []
    assert english_left("JP — Japan 日本") == []
    assert english_left("Ctrl+N · SHA-256 · PDF · A4 · US Letter") == []
    assert english_left("LT-2026-0001 (7aaa0349-cdff-4f37-8f43-9f6bf7a7f9c4) e099:bfbe:5c43") == []
    assert english_left("审查建议：Proceed with conditions") == []  # a rule's English, for now
    assert "Translate" in english_left("Translate me, I am the window")


@pytest.fixture
def chinese(qapp: Any, tmp_path: Path) -> Any:
    from PySide6.QtCore import QLocale, QSettings

    from desktop.ui.app import install_translators

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    before = QLocale()
    installed = install_translators(qapp, "zh_CN")
    names = sorted(Path(t.filePath()).name for t in installed)
    assert names == ["outbound_zh_CN.qm", "qtbase_zh_CN.qm"], (
        f"translations loaded: {names}; the .qm is compiled by the build: pip install -e ."
    )
    yield qapp
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)


def test_every_screen_reads_chinese(chinese: Any, tmp_path: Path) -> None:
    from desktop import screenshots
    from desktop.ui.workers import wait_for_jobs

    vault, matters = screenshots.build_demo_vault(tmp_path)
    outdir = tmp_path / "shots"
    outdir.mkdir()
    ctx = screenshots.Context(tmp=tmp_path, vault=vault, outdir=outdir, matters=matters)
    english: dict[str, set[str]] = {}
    untranslated: dict[str, set[str]] = {}
    screens: list[str] = []

    def read(name: str, widget: Any) -> None:
        screens.append(name)
        for kind, text in visible_texts(widget):
            left = english_left(text)
            if left:
                english.setdefault(name, set()).add(f"{kind}: {text!r} ({' '.join(left)})")
            shown = text.replace("&", "").strip()
            if shown in translated_sources() and text.strip() not in content():
                untranslated.setdefault(name, set()).add(f"{kind}: {text!r}")

    try:
        screenshots.walk_screens(ctx, read)
        wait_for_jobs()
    finally:
        for window in [*ctx.closing, ctx._main]:
            if window is not None:
                window.close()
        vault.lock()
        for extra in ctx.extra_vaults:
            extra.lock()
    # every shot, and the matter window's five tabs at both sizes
    assert {"01-welcome", "08-settings", "16-print-preview", "small-matter-history"} <= set(screens)
    assert len(screens) >= len(screenshots.SHOTS) + 9
    assert not untranslated, json.dumps({k: sorted(v) for k, v in untranslated.items()}, indent=1)
    assert not english, json.dumps(
        {k: sorted(v) for k, v in english.items()}, indent=1, ensure_ascii=False
    )
