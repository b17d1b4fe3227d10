"""The installable package: a wheel built as any installer builds it carries every module and
data file, and the `outbound` it installs runs the main path outside the source tree.

The wheel is built from a copy of the checkout (no stale `build/` folder can leak into it) with
the current environment's setuptools, and installed without dependencies into a fresh virtual
environment that borrows the current environment's installed libraries through a `.pth` line
(its `.pth` files are not run, so the editable install of the checkout stays out of it). Every
command runs with the temporary folder as working directory and no PYTHONPATH, so only the
installed copy can answer, and (where the system allows) in a network namespace of its own.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SCENARIO = REPO / "tests" / "scenarios" / "02-training-lead-joins-us-lab.yaml"
PASSPHRASE = "correct horse battery staple"

DEVELOPER_TOOLS = ("tests", "bench", "packaging")  # in the checkout, not in the product


def source_files() -> list[str]:
    """The checkout's source files (relative, POSIX): tracked or new, but nothing .gitignore
    names (no .venv, build/, dist/ or caches)."""
    listed = subprocess.run(
        ["git", "-C", str(REPO), "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        capture_output=True, check=True, timeout=120,
    ).stdout.decode().split("\0")  # fmt: skip
    return [name for name in listed if name and (REPO / name).is_file()]


def _copy_source(dest: Path) -> Path:
    for name in source_files():
        (dest / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(REPO / name, dest / name)
    return dest


def build_wheel(out: Path) -> Path:
    """`pip wheel` of a copy of the checkout, offline and without build isolation."""
    source = _copy_source(out / "source")
    result = subprocess.run(
        [
            sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
            "--no-index", "--quiet", "--wheel-dir", str(out / "wheels"), str(source),
        ],
        capture_output=True, text=True, timeout=300, env=_clean_env(), cwd=out,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    (wheel,) = (out / "wheels").glob("outbound-*.whl")
    return wheel


def _clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env.update(extra)
    return env


def venv_with_current_libraries(root: Path) -> Path:
    """A fresh virtual environment whose own site-packages comes first and that falls back on
    this environment's installed libraries (plain path lines: their .pth files do not run).
    Returns its python."""
    venv.EnvBuilder(with_pip=False, symlinks=os.name != "nt").create(root)
    python = root / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    own_site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True, env=_clean_env(),
    ).stdout.strip()  # fmt: skip
    borrowed = dict.fromkeys([sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]])
    (Path(own_site) / "_borrowed_libraries.pth").write_text(
        "".join(f"{path}\n" for path in borrowed), encoding="utf-8"
    )
    return python


def install_wheel(python: Path, wheel: Path) -> None:
    result = subprocess.run(
        [
            str(python), "-m", "pip", "install", "--no-deps", "--no-index", "--ignore-installed",
            "--quiet", str(wheel),
        ],
        capture_output=True, text=True, timeout=300, env=_clean_env(), cwd=python.parent,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="module")
def built_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_wheel(tmp_path_factory.mktemp("wheel"))


@pytest.fixture(scope="module")
def installed(built_wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The `outbound` command of a fresh environment with the wheel installed."""
    root = tmp_path_factory.mktemp("venv")
    python = venv_with_current_libraries(root / "env")
    install_wheel(python, built_wheel)
    return python.parent / ("outbound.exe" if os.name == "nt" else "outbound")


def _no_network() -> list[str]:
    """A command prefix that gives the process a network namespace of its own (no interfaces
    but loopback), where the system allows it; pytest-socket covers only this process."""
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-n", "true"], capture_output=True).returncode == 0:
        return [unshare, "-n"]
    return []


def run_installed(
    outbound: Path, *args: str, cwd: Path, home: Path, passphrase: str = PASSPHRASE
) -> subprocess.CompletedProcess[str]:
    env = _clean_env(
        OUTBOUND_PASSPHRASE=passphrase,
        OUTBOUND_ACTOR="Margaret Lin",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(home / ".cache"),
    )
    return subprocess.run(
        [*_no_network(), str(outbound), *args],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=180,
    )  # fmt: skip


# ----- what the wheel holds ---------------------------------------------------------------------


def _source_packages() -> set[str]:
    """Every folder with an __init__.py that is part of the product (not the developers' tools)."""
    return {
        name.rsplit("/", 1)[0]
        for name in source_files()
        if name.endswith("/__init__.py") and name.split("/")[0] not in DEVELOPER_TOOLS
    }


def _source_data_files() -> set[str]:
    """Every data file the application reads at run time, as the checkout has them."""
    patterns = [
        "forms/data/**/*", "forms/schemas/**/*", "bundles/schemas/**/*", "migrations/*.mako",
        "resources/fonts/**/*", "resources/icons/**/*", "resources/translations/**/*",
        "resources/styles/**/*", "resources/demo/**/*",
    ]  # fmt: skip
    files = set(source_files())
    return {
        path.relative_to(REPO).as_posix()
        for pattern in patterns
        for path in REPO.glob(pattern)
        if path.relative_to(REPO).as_posix() in files
    }


def test_wheel_holds_every_package_and_data_file(built_wheel: Path) -> None:
    names = set(zipfile.ZipFile(built_wheel).namelist())
    packages = _source_packages()
    assert {"casework", "desktop/cli", "desktop/ui", "migrations/versions"} <= packages
    missing_packages = sorted(p for p in packages if f"{p}/__init__.py" not in names)
    assert not missing_packages, f"packages missing from the wheel: {missing_packages}"
    data = _source_data_files()
    assert any(name.endswith(".ttf") for name in data) and any("rules/" in n for n in data)
    missing_data = sorted(data - names)
    assert not missing_data, f"data files missing from the wheel: {missing_data}"
    modules = {
        p.relative_to(REPO).as_posix()
        for package in packages
        for p in (REPO / package).glob("*.py")
    }
    assert not sorted(modules - names), "modules missing from the wheel"
    assert not [n for n in names if n.startswith(("tests/", "bench/", "packaging/"))]


QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")  # a compiled Qt translation


def test_wheel_holds_the_translation_the_build_compiled(built_wheel: Path) -> None:
    """The .qm is never committed: building the wheel (setup.py, build_py) compiles the .ts."""
    assert "resources/translations/outbound_zh_CN.qm" not in source_files()
    with zipfile.ZipFile(built_wheel) as archive:
        compiled = archive.read("resources/translations/outbound_zh_CN.qm")
    assert compiled.startswith(QM_MAGIC) and len(compiled) > 10_000


def test_wheel_metadata_has_the_version_and_an_spdx_licence(built_wheel: Path) -> None:
    import desktop

    with zipfile.ZipFile(built_wheel) as archive:
        metadata = archive.read(f"outbound-{desktop.__version__}.dist-info/METADATA").decode()
    assert f"\nVersion: {desktop.__version__}\n" in metadata
    assert "\nLicense-Expression: LicenseRef-Proprietary\n" in metadata
    assert "Requires-Dist: PySide6-Essentials" in metadata


# ----- what the installed command does ----------------------------------------------------------


def test_installed_outbound_runs_the_main_path_outside_the_checkout(
    installed: Path, tmp_path: Path
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    scenario = work / "scenario.yaml"
    shutil.copyfile(SCENARIO, scenario)

    def ok(*args: str) -> str:
        result = run_installed(installed, *args, cwd=work, home=tmp_path)
        assert result.returncode == 0, (args, result.stdout, result.stderr)
        return result.stdout

    import desktop

    assert ok("--version").splitlines()[0] == f"Outbound {desktop.__version__}"
    assessed = json.loads(ok("assess", str(scenario), "--json"))
    assert assessed["tier"] == 1
    vault = work / "client.outbound"
    ok("vault", "init", str(vault))
    reference = ok("matter", "new", str(vault), "--scenario", str(scenario)).strip()
    assert reference
    shown = json.loads(ok("matter", "show", str(vault), reference, "--json"))
    assert shown["reference"] == reference
    ok("memo", "draft", str(vault), reference)
    ok("memo", "render", str(vault), reference, "--out", str(work / "memo.pdf"))
    assert (work / "memo.pdf").read_bytes().startswith(b"%PDF-")
    ok("bundle", "export", str(vault), reference, "--out", str(work / "matter.zip"))
    assert "verification passed" in ok("bundle", "verify", str(work / "matter.zip"))

    # the code that ran is the installed copy, not the checkout
    where = subprocess.run(
        [str(installed.parent / "python"), "-c", "import casework, desktop; "
         "print(casework.__file__); print(desktop.__file__)"],
        cwd=work, env=_clean_env(), capture_output=True, text=True,
    )  # fmt: skip
    assert where.returncode == 0, where.stderr
    for line in where.stdout.splitlines():
        assert Path(line).resolve().is_relative_to(installed.parent.parent.resolve()), line


# ----- upgrading over the previous release ------------------------------------------------------

# The last commit before the package could be installed as a wheel at all (its wheel lacked
# casework), so its vaults are made by running that commit's source.
PREVIOUS_RELEASE = "e7c07f1"


def _previous_source(dest: Path) -> Path:
    archive = subprocess.run(
        ["git", "-C", str(REPO), "archive", "--format=tar", PREVIOUS_RELEASE],
        capture_output=True, timeout=120,
    )  # fmt: skip
    assert archive.returncode == 0, archive.stderr.decode()
    dest.mkdir()
    subprocess.run(["tar", "-x", "-C", str(dest)], input=archive.stdout, check=True, timeout=120)
    return dest


def test_new_install_opens_a_vault_made_by_the_previous_release(
    installed: Path, tmp_path: Path
) -> None:
    old = _previous_source(tmp_path / "previous")
    vault = tmp_path / "work" / "demo.outbound"
    vault.parent.mkdir()
    env = _clean_env(
        PYTHONPATH=str(old),
        OUTBOUND_PASSPHRASE="demo",
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path),
    )

    def previous(*args: str) -> str:
        result = subprocess.run(
            [sys.executable, "-m", "desktop", *args],
            cwd=old, env=env, capture_output=True, text=True, timeout=600,
        )  # fmt: skip
        assert result.returncode == 0, (args, result.stderr)
        return result.stdout

    previous("demo", str(vault))
    before = json.loads(previous("matter", "list", str(vault), "--json"))
    assert len(before) >= 8

    def new(*args: str) -> subprocess.CompletedProcess[str]:
        return run_installed(installed, *args, cwd=vault.parent, home=tmp_path, passphrase="demo")

    listed = new("matter", "list", str(vault), "--json")
    assert listed.returncode == 0, listed.stderr
    after = json.loads(listed.stdout)
    key = ("reference", "kind", "person", "status")
    assert [{k: m[k] for k in key} for m in after] == [{k: m[k] for k in key} for m in before]
    checked = new("vault", "check", str(vault))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    from models.migrate import head_revision

    previous_head = max(p.name[:4] for p in (old / "migrations" / "versions").glob("0*.py"))
    backups = list(vault.parent.glob(f"{vault.name}.before-upgrade-*"))
    if head_revision() != previous_head:  # the new release migrates, keeping a copy first
        assert backups, "no encrypted copy was kept before the upgrade"
    else:  # nothing to migrate: the vault was opened as it was
        assert not backups
