"""The shipped YAML's parsed sidecars (forms.loading): used only when they match their YAML byte
for byte, and only for the package's own files; what a command reads is always the YAML's."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from forms import loading
from forms.yamlsafe import safe_load

SHIPPED = sorted(loading.DATA_DIR.rglob("*.yaml"))


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: str(p.relative_to(loading.DATA_DIR)))
def test_each_shipped_file_has_a_sidecar_equal_to_its_yaml(path: Path) -> None:
    sidecar = loading.parsed_sidecar(path)
    assert sidecar.exists(), "the install (setup.py build_py) writes the sidecars"
    stored = json.loads(sidecar.read_text(encoding="utf-8"))
    assert stored["document"] == safe_load(path.read_text(encoding="utf-8"))
    assert loading.read_yaml_mapping(path) == stored["document"]


def _shipped_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "data"
    data.mkdir()
    path = data / "rules.yaml"
    path.write_text("title: {en: Rules, zh: 规则}\nversion: 2\n", encoding="utf-8")
    monkeypatch.setattr(loading, "DATA_DIR", data)
    loading.write_parsed_sidecar(path)
    return path


def test_a_sidecar_that_no_longer_matches_its_yaml_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _shipped_copy(tmp_path, monkeypatch)
    path.write_text("title: {en: Edited, zh: 已改}\nversion: 3\n", encoding="utf-8")
    assert loading.read_yaml_mapping(path) == {"title": {"en": "Edited", "zh": "已改"},
                                               "version": 3}


def test_a_matching_sidecar_is_read_instead_of_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _shipped_copy(tmp_path, monkeypatch)
    monkeypatch.setattr(loading, "safe_load", lambda text: pytest.fail("parsed the YAML"))
    assert loading.read_yaml_mapping(path)["version"] == 2


def test_a_users_file_is_always_parsed_whatever_lies_beside_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = _shipped_copy(tmp_path, monkeypatch)
    users = tmp_path / "elsewhere"
    users.mkdir()
    mine = users / "rules.yaml"
    shutil.copy(shipped, mine)
    # a sidecar naming the right bytes but a different document: not the package's, not read
    forged = json.loads(loading.parsed_sidecar(shipped).read_text(encoding="utf-8"))
    forged["document"]["version"] = 99
    loading.parsed_sidecar(mine).write_text(json.dumps(forged), encoding="utf-8")
    assert loading.read_yaml_mapping(mine)["version"] == 2
