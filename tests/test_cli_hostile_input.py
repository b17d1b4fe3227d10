"""Malformed and resource-exhausting command-line input (issue 11, items 11, 14, 17): each gives
one line on stderr and exit 2 (1 for a failed check), never a traceback, within a memory cap
where the input once took gigabytes, and the vault stays byte-identical."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from test_cli_matter import PASSPHRASE, REPO, SCENARIOS, assert_user_error, run_cli

CAP_MIB = 400
ALIAS_BOMB = (
    "kind: travel\n"
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    + "".join(
        f"{name}: &{name} [{', '.join(['*' + prev] * 9)}]\n"
        for prev, name in zip("abcdefgh", "bcdefghi", strict=True)
    )
    # Without the alias check the answer's error message alone expands it: MemoryError.
    + "answers:\n  person.name: *i\n"
)


def run_capped(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The CLI in a child whose address space is capped: a runaway allocation fails there."""
    cap = CAP_MIB * 1024 * 1024

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))

    full_env = {**os.environ, "OUTBOUND_PASSPHRASE": PASSPHRASE, "OUTBOUND_ACTOR": "Margaret Lin",
                "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args], cwd=REPO, env=full_env, capture_output=True,
        text=True, timeout=120, preexec_fn=limit, check=False,
    )


@pytest.fixture(scope="module")
def vault(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """A vault (cheap key derivation, as every test vault) with one matter whose answers hold a
    NUL, an ESC sequence and a right-to-left override, and a draft memo."""
    import models.keywrap as keywrap
    from casework import matters
    from casework.memo_workflow import draft_memo
    from models.vault import Vault

    root = tmp_path_factory.mktemp("cli-hostile")
    path = root / "client.obv"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(keywrap, "DEFAULT_ARGON2", keywrap.Argon2Params(8 * 1024, 1, 1))
        made, _ = Vault.create(path, PASSPHRASE)
    with made.session() as s:
        m = matters.create_matter(
            s, kind="travel", actor="a", title="Trip \x1b]0;owned\x07 report",
            answers={"person.name": "Evil\x00Name \x1b[31mred\x1b[0m", "matter.client":
                     "Acme \u202eexe.fdp"},
        )
        draft_memo(s, m.reference, actor="a")
        reference = m.reference
    made.lock()
    return {"path": path, "ref": reference, "root": root}


def _unchanged(vault: dict[str, Any]) -> bytes:
    return vault["path"].read_bytes()


# ----- item 11: YAML alias bombs ---------------------------------------------------------------
def test_alias_bomb_scenario_is_refused_within_a_memory_cap(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text(ALIAS_BOMB)
    assert len(ALIAS_BOMB) < 1000
    assert_user_error(run_capped("assess", str(bomb)), "aliases", "not accepted")


def test_alias_bomb_in_matter_new_changes_nothing(vault: dict[str, Any], tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text(ALIAS_BOMB)
    before = _unchanged(vault)
    assert_user_error(run_capped("matter", "new", str(vault["path"]), "--scenario", str(bomb)),
                      "aliases")
    assert _unchanged(vault) == before


def test_alias_in_a_definition_file_is_refused(tmp_path: Path) -> None:
    from forms.errors import DefinitionError
    from forms.loading import read_yaml_mapping

    path = tmp_path / "v9.yaml"
    path.write_text("id: x\nsections: &s []\nagain: *s\n")
    with pytest.raises(DefinitionError, match=r"v9\.yaml: not valid YAML at line 3: YAML aliases"):
        read_yaml_mapping(path)


def test_yamlsafe_reads_plain_yaml_and_refuses_any_alias() -> None:
    from forms import yamlsafe

    assert yamlsafe.safe_load("a: 1\nb: [x, '2026-01-01']\n") == {"a": 1, "b": ["x", "2026-01-01"]}
    assert yamlsafe.safe_load((SCENARIOS[0]).read_text()) is not None
    with pytest.raises(yamlsafe.AliasRefusedError):
        yamlsafe.safe_load("a: &x 1\nb: *x\n")


# ----- item 14: files that are not what they claim ---------------------------------------------
def test_assess_dev_zero_is_refused_within_a_memory_cap() -> None:
    assert_user_error(run_capped("assess", "/dev/zero"), "larger than 1,000,000 bytes")


def test_non_utf8_passphrase_file(vault: dict[str, Any], tmp_path: Path) -> None:
    latin1 = tmp_path / "pass.txt"
    latin1.write_bytes("pässwörd\n".encode("latin-1"))
    before = _unchanged(vault)
    result = run_cli("matter", "list", str(vault["path"]), "--passphrase-file", str(latin1))
    assert_user_error(result, "is not UTF-8 text")
    assert _unchanged(vault) == before


def test_passphrase_file_dev_zero_within_a_memory_cap(vault: dict[str, Any]) -> None:
    before = _unchanged(vault)
    result = run_capped("matter", "list", str(vault["path"]), "--passphrase-file", "/dev/zero")
    assert_user_error(result, "/dev/zero", "no line break")
    assert _unchanged(vault) == before


def test_memo_render_to_a_folder(vault: dict[str, Any], tmp_path: Path) -> None:
    before = _unchanged(vault)
    result = run_cli("memo", "render", str(vault["path"]), vault["ref"], "--out", str(tmp_path))
    assert_user_error(result, "is a folder; give a file name")
    assert _unchanged(vault) == before and not list(tmp_path.iterdir())


def test_huge_memo_summary_is_refused_before_rendering(vault: dict[str, Any],
                                                       tmp_path: Path) -> None:
    summary = tmp_path / "summary.txt"
    summary.write_text("word " * 2_000_000)  # 10 MB: once made `memo render` run past 300 s
    before = _unchanged(vault)
    result = run_capped("memo", "draft", str(vault["path"]), vault["ref"],
                        "--summary-file", str(summary))
    assert_user_error(result, "too long for a memo", "20,000 characters")
    assert _unchanged(vault) == before


def test_actor_name_over_the_limit(vault: dict[str, Any]) -> None:
    before = _unchanged(vault)
    result = run_cli("matter", "new", str(vault["path"]), "--scenario", str(SCENARIOS[0]),
                     env={"OUTBOUND_ACTOR": "x" * 250})
    assert_user_error(result, "250 characters long; the limit is 200")
    assert _unchanged(vault) == before


# ----- item 17: terminal output ----------------------------------------------------------------
def test_matter_show_escapes_control_and_bidi_characters(vault: dict[str, Any]) -> None:
    result = run_cli("matter", "show", str(vault["path"]), vault["ref"])
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "\x00" not in out and "\x1b" not in out and "\u202e" not in out and "\x07" not in out
    assert "Evil\\x00Name \\x1b[31mred\\x1b[0m" in out
    assert "Acme \\u202eexe.fdp" in out
    assert "Trip \\x1b]0;owned\\x07 report" in out
    listed = run_cli("matter", "list", str(vault["path"]))
    assert listed.returncode == 0 and "\x1b" not in listed.stdout and "\\x1b]0;" in listed.stdout


def test_json_output_keeps_the_exact_text(vault: dict[str, Any]) -> None:
    import json

    result = run_cli("matter", "show", str(vault["path"]), vault["ref"], "--json")
    data = json.loads(result.stdout)
    assert data["intake"]["answers"]["person.name"] == "Evil\x00Name \x1b[31mred\x1b[0m"


def test_safe_leaves_ordinary_text_alone() -> None:
    from desktop.cli.terminal import safe

    assert safe("陈思远 — Zürich\tx") == "陈思远 — Zürich\\x09x"
    assert safe("plain") == "plain"
    assert safe("a\u2028b\u200fc") == "a\\u2028b\\u200fc"
