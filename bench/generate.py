"""Synthetic vaults of N matters, built through Outbound's own services, cached under bench/cache/.

Every matter goes through `create_matter` (normalise, assess, checklist, audit chain, FTS index);
some get a second intake revision (`save_intake` → re-assessment merge), checklist decisions with
notes (`set_item_status`), a recommendation override, a status move, a memo draft (`draft_memo`)
or a small attachment (`add_attachment`). Content is deterministic from the seed (names, clients,
countries, roles, access flags, notes); row ids (uuid4) and timestamps are not.

Above `SERVICES_LIMIT` matters the build is two-stage (documented in meta.json and in the bench
output): a seed batch of `SEED_BATCH` matters through the services, then SQL `INSERT … SELECT`
inside the vault replicating those rows under new ids and references until N is reached.

Cache key: N + seed + schema head revision. Cache vaults use a cheap Argon2 profile (the unlock
figure re-wraps a copy at the production cost); each is remembered in an in-memory keychain
whose slot secret is kept beside it (keychain.json) for the cold-start figure.
"""

from __future__ import annotations

import io
import json
import os
import random
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
CACHE = Path(__file__).resolve().parent / "cache"
SCENARIOS = REPO / "tests" / "scenarios"
PASSPHRASE = "bench passphrase — not a secret"
ACTOR = "bench"
TODAY = date(2026, 12, 1)
SERVICES_LIMIT = 10_000  # above this, seed batch + SQL replication
SEED_BATCH = 10_000
BATCH = 250  # matters per transaction while building

SURNAMES_ZH = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘")
GIVEN_ZH = ["明哲", "思远", "子涵", "立群", "一鸣", "雨桐", "嘉怡", "晓峰", "若彤", "志强", "海燕",
            "俊杰", "欣怡", "浩然", "静怡", "宇轩", "梓萱", "建国", "丽华", "文博"]
NAMES_LATIN = ["Daniel Okafor", "Maria Schneider", "Arjun Mehta", "Sofia Rossi", "Kenji Watanabe",
               "Emma Larsson", "Lucas Moreau", "Hannah Kim", "Omar Haddad", "Elena Petrova",
               "Tomás García", "Priya Raman", "Jonas Becker", "Aiko Tanaka", "Noah Williams"]
CLIENTS = ["Lanting Intelligence Co., Ltd.", "Xinhe Semiconductor Ltd.",
           "Northbridge Compute Institute", "深度星河科技", "星海智算有限公司",
           "Harbour Lithography Systems", "Qingyun Model Labs", "华芯微电子股份有限公司",
           "Pearl River EDA Software", "Tianshu Robotics", "北辰数据科技", "Meridian Optics Group"]
HOSTS = ["Xinhe Europe GmbH", "Meridian AI Research, Inc.", "State University Speech Lab",
         "Tokyo Workshop on Efficient Inference", "Gulf Compute Systems FZE", "Mobile DevCon Asia",
         "Nordic Silicon AB", "Université Paris-Saclay", "新加坡先进计算中心", "Public model hub"]
TITLES = ["Principal NPU Architect", "Head of Pre-training", "Research Scientist",
          "Senior Infrastructure Engineer", "Staff Research Scientist", "Speech Team Lead",
          "EDA Methodology Lead", "Chief Technology Officer", "Data Platform Engineer",
          "Senior Android Engineer", "Process Integration Engineer"]
COUNTRIES = ["US", "DE", "JP", "SG", "GB", "FR", "KR", "AE", "NL", "CA", "AU", "CH", "IL", "IN",
             "SE", "CN"]
NATIONALITIES = ["CN", "CN", "CN", "CN", "US", "DE", "IN", "NG", "JP", "KR", "GB"]
TRISTATE = ["yes", "no", "unknown"]
WORDS = ("export control review of the proposed move covering model weights training data "
         "chip design layouts source code secondment travel devices encryption approvals "
         "licence classification catalogue confidentiality non-compete compensation handover "
         "remote access data transfer personal information important data conference").split()
NOTE_ZH = ["已与人事部门确认", "待出口管制办公室答复", "保密协议已签署", "需补充审批材料"]


def head_revision() -> str:
    from models import migrate

    return migrate.head_revision()


def cache_dir(n: int, seed: int) -> Path:
    return CACHE / f"vault-n{n}-s{seed}-rev{head_revision()}"


@dataclass(frozen=True)
class BuiltVault:
    path: Path  # the vault file; its key file is beside it
    keychain_account: str
    keychain_secret: str
    meta: dict[str, Any]

    def unlock(self) -> Any:
        """Unlock through the keychain slot (with the in-memory keychain holding its secret)."""
        from bench import keyring_mem
        from models import keychain
        from models.vault import Vault

        keyring_mem.install({(keychain.SERVICE, self.keychain_account): self.keychain_secret})
        return Vault.unlock_keychain(self.path)


def scenario_templates() -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for path in sorted(SCENARIOS.glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        out.setdefault(doc["kind"], []).append(dict(doc["answers"]))
    return out


def cheap_argon2() -> Callable[[], None]:
    """Patch keywrap.DEFAULT_ARGON2 to a cheap profile; returns the undo."""
    from models import keywrap

    previous = keywrap.DEFAULT_ARGON2
    keywrap.DEFAULT_ARGON2 = keywrap.Argon2Params(8 * 1024, 1, 1)

    def undo() -> None:
        keywrap.DEFAULT_ARGON2 = previous

    return undo


def person_name(rng: random.Random) -> str:
    if rng.random() < 0.75:
        return rng.choice(SURNAMES_ZH) + rng.choice(GIVEN_ZH)
    return rng.choice(NAMES_LATIN)


def sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[:1].upper() + text[1:] + "."


def matter_answers(rng: random.Random, kind: str, templates: dict[str, list[dict[str, Any]]],
                   roles: list[str]) -> dict[str, Any]:
    answers = dict(rng.choice(templates[kind]))
    answers["person.name"] = person_name(rng)
    answers["person.title"] = rng.choice(TITLES)
    answers["person.nationality"] = rng.choice(NATIONALITIES)
    answers["person.role"] = rng.choice(roles)
    answers["matter.client"] = rng.choice(CLIENTS)
    answers["matter.summary"] = sentence(rng, rng.randint(12, 40))
    answers["destination.country"] = rng.choice(COUNTRIES)
    answers["destination.organization"] = rng.choice(HOSTS)
    for flag in ("access.core_source_code", "access.training_data", "access.model_weights",
                 "access.chip_design", "access.important_data"):
        answers[flag] = rng.choice(TRISTATE)
    if kind == "secondment":
        answers["secondment.host"] = answers["destination.organization"]
    return answers


def build_matters(vault: Any, start: int, count: int, seed: int,
                  progress: Callable[[int], None] | None = None) -> dict[str, int]:
    """Matters number start+1 … start+count, through the services, `BATCH` per transaction."""
    from sqlalchemy import select

    from casework.attachments import add_attachment
    from casework.matters import (
        create_matter,
        override_recommendation,
        save_intake,
        set_item_status,
        set_status,
    )
    from casework.memo_workflow import draft_memo
    from forms.definitions import load_definition
    from models.entities import ChecklistItem

    templates = scenario_templates()
    kinds = sorted(templates)
    roles = [o.value for o in load_definition("departure").field("person.role").options]
    stats = {"matters": 0, "revisions": 0, "decisions": 0, "overrides": 0, "memos": 0,
             "attachments": 0, "archived": 0}
    done = 0
    while done < count:
        with vault.session() as session:
            for i in range(start + done, start + min(count, done + BATCH)):
                rng = random.Random(f"{seed}:{i}")
                kind = kinds[i % len(kinds)]
                answers = matter_answers(rng, kind, templates, roles)
                matter = create_matter(session, kind=kind, actor=ACTOR, answers=answers,
                                       today=TODAY, reference=f"OB-2026-{i + 1:06d}")
                stats["matters"] += 1
                if rng.random() < 0.2:  # counsel corrects an answer: new revision, re-assess
                    changed = dict(answers)
                    changed["access.model_weights"] = rng.choice(TRISTATE)
                    changed["person.role"] = rng.choice(roles)
                    save_intake(session, matter.id, changed, actor=ACTOR, today=TODAY)
                    stats["revisions"] += 1
                if rng.random() < 0.3:
                    items = session.execute(
                        select(ChecklistItem).where(ChecklistItem.matter_id == matter.id)
                    ).scalars().all()
                    for item in items[: rng.randint(1, 3)]:
                        note = sentence(rng, rng.randint(6, 30))
                        if rng.random() < 0.3:
                            note += " " + rng.choice(NOTE_ZH)
                        set_item_status(session, item.id, status=rng.choice(
                            ["done", "not_applicable", "escalated"]), note=note, actor=ACTOR)
                        stats["decisions"] += 1
                if rng.random() < 0.03:
                    override_recommendation(session, matter.id,
                                            recommendation="proceed_with_conditions",
                                            reason=sentence(rng, 12), actor=ACTOR)
                    stats["overrides"] += 1
                roll = rng.random()
                archived = 0.25 <= roll < 0.30
                if roll < 0.25:
                    set_status(session, matter.id, "review", actor=ACTOR)
                elif archived:
                    set_status(session, matter.id, "archived", actor=ACTOR)
                    stats["archived"] += 1
                # An archived matter is read-only: no memo or file is added to it (the draws
                # are made all the same, so the other matters stay as the seed made them).
                if rng.random() < 0.02 and not archived:
                    draft_memo(session, matter.reference, actor=ACTOR,
                               narrative={"summary": sentence(rng, 60)})
                    stats["memos"] += 1
                if rng.random() < 0.01 and not archived:
                    blob = rng.randbytes(rng.randint(2_000, 40_000))
                    add_attachment(session, matter.id, name=f"evidence-{i + 1}.pdf",
                                   stream=io.BytesIO(blob), actor=ACTOR,
                                   media_type="application/pdf")
                    stats["attachments"] += 1
        done = min(count, done + BATCH)
        if progress:
            progress(done)
    return stats


# Tables replicated for the 100k build, with the id columns that must be renamed.
_REPLICA_TABLES = ("matter", "intake_record", "checklist_item", "audit_event", "audit_head",
                   "matter_search", "matter_search_short")


def replicate(vault: Any, seed_count: int, target: int) -> int:
    """Copy the first `seed_count` matters (and their rows) under new ids until `target` matters.

    Inside the vault with INSERT … SELECT: new ids are the old ones with a copy suffix folded
    into the UUID's last group, references continue the numbering. Memo versions and
    attachments are not replicated (the seed batch keeps those).
    """
    from sqlalchemy import text

    copies = 0
    made = seed_count
    with vault.engine.begin() as conn:
        # The seed matters' ids, in reference order, numbered 0 … seed_count-1.
        conn.exec_driver_sql("DROP TABLE IF EXISTS temp.seedmap")
        conn.exec_driver_sql(
            "CREATE TEMP TABLE seedmap AS SELECT id, row_number() OVER (ORDER BY reference) - 1 "
            "AS n FROM matter"
        )
        while made < target:
            copies += 1
            take = min(seed_count, target - made)
            base = made
            # new id: see _new_id (same transformation in SQL)
            nid = ("substr({c}, 1, 14) || 'b' || substr({c}, 16, 9) || printf('%04x', :k) "
                   "|| substr({c}, 29)")
            p = {"k": copies, "base": base, "take": take}
            conn.execute(text(
                "INSERT INTO matter (id, reference, kind, title, client, person_name, status, "
                "tier, recommendation, override_recommendation, override_reason, override_by, "
                "override_at, assigned_counsel_id, provenance, created_at, updated_at, "
                "search_rowid) "
                f"SELECT {nid.format(c='m.id')}, printf('OB-2026-%06d', :base + s.n + 1), "
                "m.kind, m.title, m.client, m.person_name, m.status, m.tier, m.recommendation, "
                "m.override_recommendation, m.override_reason, m.override_by, m.override_at, "
                "m.assigned_counsel_id, m.provenance, m.created_at, "
                "strftime('%Y-%m-%dT%H:%M:%f', m.updated_at, printf('-%d seconds', :k * 7919)) "
                "|| 'Z', :base + s.n + 1 "
                "FROM matter m JOIN seedmap s ON s.id = m.id WHERE s.n < :take"
            ), p)
            conn.execute(text(
                "INSERT INTO intake_record (id, matter_id, revision, form_id, form_version, "
                "answers, saved_at, saved_by) "
                f"SELECT {nid.format(c='r.id')}, {nid.format(c='r.matter_id')}, r.revision, "
                "r.form_id, r.form_version, r.answers, r.saved_at, r.saved_by "
                "FROM intake_record r JOIN seedmap s ON s.id = r.matter_id WHERE s.n < :take"
            ), p)
            conn.execute(text(
                "INSERT INTO checklist_item (id, matter_id, position, rule_id, rule_version, area, "
                "title, severity, blocking, basis_ids, actions, evidence, wording, to_confirm, "
                "status, note, decided_by, decided_at, is_new, no_longer_applies, "
                "evidence_attachment_ids) "
                f"SELECT {nid.format(c='c.id')}, {nid.format(c='c.matter_id')}, c.position, "
                "c.rule_id, c.rule_version, c.area, c.title, c.severity, c.blocking, c.basis_ids, "
                "c.actions, c.evidence, c.wording, c.to_confirm, c.status, c.note, c.decided_by, "
                "c.decided_at, c.is_new, c.no_longer_applies, '[]' "
                "FROM checklist_item c JOIN seedmap s ON s.id = c.matter_id WHERE s.n < :take"
            ), p)
            _replicate_audit(conn, copies, take)
            conn.execute(text(
                "INSERT INTO matter_search (rowid, matter_id, reference, person, organisations, "
                "summary, notes) "
                f"SELECT :base + s.n + 1, {nid.format(c='f.matter_id')}, "
                "printf('OB-2026-%06d', :base + s.n + 1), "
                "f.person, f.organisations, f.summary, f.notes "
                "FROM matter_search f JOIN seedmap s ON s.id = f.matter_id WHERE s.n < :take"
            ), p)
            conn.execute(text(
                "INSERT INTO matter_search_short (rowid, words) "
                "SELECT :base + s.n + 1, w.words FROM matter_search_short w "
                "JOIN matter m ON m.search_rowid = w.rowid "
                "JOIN seedmap s ON s.id = m.id WHERE s.n < :take"
            ), p)
            made += take
        conn.exec_driver_sql("DROP TABLE temp.seedmap")
    return copies


def _new_id(old: str, copy: int) -> str:
    """A copy's id: the UUID's version nibble becomes 'b' (so no copy equals an original uuid4)
    and the copy number replaces four hex digits of the last group."""
    return f"{old[:14]}b{old[15:24]}{copy:04x}{old[28:]}"


def _replicate_audit(conn: Any, copy: int, take: int) -> None:
    """Audit events of the copied matters with new ids, re-hashed so every chain verifies
    (the event id is inside the hash; the matter id is not), and their chain heads."""
    from models.audit import GENESIS, event_hash

    rows = conn.exec_driver_sql(
        "SELECT e.matter_id, e.actor, e.at, e.action, e.entity, e.entity_id, e.details, e.id "
        "FROM audit_event e JOIN seedmap s ON s.id = e.matter_id WHERE s.n < ? ORDER BY e.seq",
        (take,),
    ).fetchall()
    heads: dict[str, tuple[str, int]] = {}
    out = []
    for matter_id, actor, at, action, entity, entity_id, details, old_id in rows:
        new_matter = _new_id(matter_id, copy)
        prev, count = heads.get(new_matter, (GENESIS, 0))
        event_id = _new_id(old_id, copy)
        digest = event_hash(event_id=event_id, actor=actor, at=at, action=action, entity=entity,
                            entity_id=entity_id, details=details, prev_hash=prev)
        out.append((event_id, new_matter, actor, at, action, entity, entity_id, details, prev,
                    digest))
        heads[new_matter] = (digest, count + 1)
    conn.exec_driver_sql(
        "INSERT INTO audit_event (id, matter_id, actor, at, action, entity, entity_id, details, "
        "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", out)
    conn.exec_driver_sql("INSERT INTO audit_head (chain, hash, count) VALUES (?, ?, ?)",
                         [(k, h, c) for k, (h, c) in heads.items()])


def build_vault(dest_dir: Path, n: int, seed: int, *, log: Callable[[str], None] = print
                ) -> BuiltVault:
    """Build a vault of `n` matters into `dest_dir` (which must not exist yet)."""
    from bench import keyring_mem
    from models import keychain
    from models.vault import Vault

    tmp = Path(tempfile.mkdtemp(prefix=dest_dir.name + ".building-", dir=dest_dir.parent))
    undo = cheap_argon2()
    backend = keyring_mem.install()
    try:
        path = tmp / "vault.db"
        t0 = time.perf_counter()
        through_services = min(n, SERVICES_LIMIT if n <= SERVICES_LIMIT else SEED_BATCH)
        seed_dir = cache_dir(through_services, seed)
        reused = n > through_services and (seed_dir / "meta.json").exists()
        if reused:
            # The seed batch is exactly the cached vault of that size: start from a copy of it.
            for name in ("vault.db", "vault.db.keys", "keychain.json", "meta.json"):
                shutil.copy2(seed_dir / name, tmp / name)
            seed_built = load_built(tmp)
            backend.items[(keychain.SERVICE, seed_built.keychain_account)] = (
                seed_built.keychain_secret
            )
            vault = Vault.unlock_keychain(path)
            seed_meta = seed_built.meta
        else:
            vault, _recovery = Vault.create(path, PASSPHRASE)
            vault.remember_on_this_computer()
            with vault.session() as session:
                from casework.settings import update_settings

                update_settings(session, ACTOR, organisation="Bench & Partners LLP")
        last = [time.perf_counter()]

        def progress(done: int) -> None:
            if done % 2000 == 0 or done == through_services:
                now = time.perf_counter()
                log(f"    built {done:,}/{through_services:,} matters through the services "
                    f"({now - t0:.0f} s)")
                last[0] = now

        if reused:
            stats, services_s = seed_meta["stats"], float(seed_meta["services_seconds"])
            log(f"    seed batch: copy of the cached {through_services:,}-matter vault")
        else:
            stats = build_matters(vault, 0, through_services, seed, progress)
            services_s = time.perf_counter() - t0
        method = "services"
        copies = 0
        if n > through_services:
            t1 = time.perf_counter()
            copies = replicate(vault, through_services, n)
            method = (f"{through_services:,} through the services, then SQL INSERT … SELECT "
                      f"replication ({copies} copies, new ids/references) to {n:,}")
            log(f"    replicated to {n:,} matters by SQL in {time.perf_counter() - t1:.0f} s")
        with vault.engine.connect() as conn:
            # On the DB-API connection: SQLAlchemy would open a (BEGIN IMMEDIATE) transaction
            # around it, inside which SQLite refuses a checkpoint.
            raw = conn.connection.dbapi_connection
            assert raw is not None
            raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            raw.execute("ANALYZE")
        account = vault.vault_id
        secret = backend.items[(keychain.SERVICE, account)]
        vault.lock()
        meta = {
            "n": n,
            "seed": seed,
            "head": head_revision(),
            "method": method,
            "through_services": through_services,
            "services_seconds": round(services_s, 1),
            "per_matter_ms": round(1000 * services_s / max(1, through_services), 2),
            "build_seconds": round(time.perf_counter() - t0, 1),
            "seed_batch_reused_from_cache": reused,
            "stats": stats,
            "size_bytes": path.stat().st_size,
        }
        (tmp / "meta.json").write_text(json.dumps(meta, indent=2))
        (tmp / "keychain.json").write_text(json.dumps({"account": account, "secret": secret}))
        os.chmod(tmp / "keychain.json", 0o600)
        os.replace(tmp, dest_dir)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    finally:
        undo()
    return load_built(dest_dir)


def load_built(directory: Path) -> BuiltVault:
    meta = json.loads((directory / "meta.json").read_text())
    kc = json.loads((directory / "keychain.json").read_text())
    return BuiltVault(directory / "vault.db", kc["account"], kc["secret"], meta)


def cached_vault(n: int, seed: int = 7, *, log: Callable[[str], None] = print) -> BuiltVault:
    directory = cache_dir(n, seed)
    if (directory / "meta.json").exists():
        return load_built(directory)
    CACHE.mkdir(parents=True, exist_ok=True)
    log(f"  building the {n:,}-matter vault (cache miss: {directory.name}) …")
    return build_vault(directory, n, seed, log=log)


def plain_copy(built: BuiltVault) -> Path:
    """A plaintext SQLite copy beside the cached vault, made with sqlcipher_export (cached)."""
    import sqlite3

    from models.engine import connect_raw
    from models.keyfile import read_keyfile  # noqa: F401 - documents where the key comes from

    dest = built.path.with_name("plain.db")
    if dest.exists():
        return dest
    vault = built.unlock()
    try:
        tmp = dest.with_name("plain.db.tmp")
        tmp.unlink(missing_ok=True)
        conn = connect_raw(built.path, bytes(vault._data_key))
        try:
            conn.execute(f"ATTACH DATABASE '{tmp}' AS plain KEY ''")
            conn.execute("SELECT sqlcipher_export('plain')")
            conn.execute("DETACH DATABASE plain")
        finally:
            conn.close()
    finally:
        vault.lock()
    check = sqlite3.connect(tmp)
    try:
        rows = check.execute("SELECT count(*) FROM matter_search").fetchone()[0]
        matters = check.execute("SELECT count(*) FROM matter").fetchone()[0]
        if rows != matters:  # FTS rows not carried over: rebuild them from the vault's data
            raise RuntimeError(f"sqlcipher_export copied {rows} FTS rows for {matters} matters")
        check.execute("PRAGMA journal_mode = WAL")
    finally:
        check.close()
    os.replace(tmp, dest)
    return dest
