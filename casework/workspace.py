"""The one façade over an unlocked vault: its methods are the use cases, for the window and the
command line alike.

Each mutation runs in one session (one transaction), writes its audit event there (the case-work
modules do), leaves the search index current (a session hook re-indexes touched matters at
commit: models/search.py) and returns `Done(value, changes)`. Reads return ORM objects whose
relationships the caller needs are loaded before the session ends (sessions keep objects after
commit), or plain dataclasses; no session leaves this module.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from sqlalchemy import func, select

from bundles.limits import Limits
from bundles.verify import VerifyReport
from casework import (
    attachments,
    bundle_export,
    bundle_import,
    counsel,
    due,
    listing,
    matters,
    memo_store,
    memo_workflow,
    people,
    policy_change,
    reports,
    settings,
    signing_keys,
    tasks,
)
from casework.bundle_verify import verify_bundle
from casework.changes import Aspect, Changes, Done
from casework.matter_summary import matter_summary
from forms.errors import OutboundError
from memos.gates import Blocker, Refusal
from models import audit
from models.entities import (
    Attachment,
    ChecklistItem,
    Counsel,
    IntakeRecord,
    Matter,
    MemoVersion,
    Task,
)
from models.vault import Vault

Progress = Callable[[int, int], None]
Cancel = Callable[[], bool]

_ASSESSED = (Aspect.CHECKLIST, Aspect.RECOMMENDATION)
# a matter made (and assessed) from an intake, and linked to the people register
_NEW_LINKED_MATTER = (Aspect.MATTER_LIST, Aspect.MATTER, Aspect.INTAKE, Aspect.PEOPLE, *_ASSESSED)


@dataclass(frozen=True)
class HistoryEvent:
    at: str
    actor: str
    action: str
    details: str  # canonical JSON, as recorded


@dataclass(frozen=True)
class MatterHistory:
    events: list[HistoryEvent]  # oldest first
    titles: dict[str, str]  # rule id -> checklist item title, to say events in words
    # rule id -> (rule version, policy version): where a reader finds the title's translation
    title_rules: dict[str, tuple[int, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class FirstPage:
    count: int  # matters matching the filter
    rows: list[listing.MatterRow]
    unfiltered: int  # matters in the vault, when none match (for the empty state)


@dataclass(frozen=True)
class MemoState:
    """What the memo tab shows: versions (signatures loaded), the areas still applying, the
    narrative of the latest version and counsel's unsaved working draft."""

    reference: str
    areas: list[str]
    versions: list[MemoVersion]
    narrative: dict[str, Any] | None
    working_draft: dict[str, Any] | None


@dataclass(frozen=True)
class RenderedMemo:
    reference: str
    number: int
    state: str
    pdf: bytes


def _loaded(matter: Matter) -> Matter:
    """The matter with what views read of it loaded while its session is open."""
    _ = matter.checklist_items, matter.attachments
    return matter


class Workspace:
    """The use cases over one unlocked vault, acting as `actor` (who the audit trail records)."""

    def __init__(self, vault: Vault, actor: str) -> None:
        self.vault = vault
        self.actor = actor

    def lock(self) -> None:
        self.vault.lock()

    # ----- matters: reading ---------------------------------------------------------------------
    def matter(self, ref_or_id: str) -> Matter:
        """A matter by reference or id, with its checklist items and attachments loaded."""
        with self.vault.session() as session:
            return _loaded(matters.get_matter(session, ref_or_id))

    def assessment(self, ref_or_id: str, *, today: date | None = None) -> dict[str, Any]:
        """The current assessment of the latest answers: tier and reasons, what is missing."""
        with self.vault.session() as session:
            matter = matters.get_matter(session, ref_or_id)
            return matters.current_assessment(session, matter, today=today)

    def latest_intake(self, ref_or_id: str) -> IntakeRecord | None:
        with self.vault.session() as session:
            return matters.latest_intake(session, matters.get_matter(session, ref_or_id).id)

    def list_matters(
        self,
        flt: listing.MatterFilter = listing.MatterFilter(),  # noqa: B008 - frozen
        *,
        sort: str = "updated",
        descending: bool = True,
        offset: int = 0,
        limit: int = 100,
    ) -> list[listing.MatterRow]:
        """Matters matching the filter (its `search` words use the index), one page."""
        with self.vault.session() as session:
            return listing.list_matters(
                session, flt, sort=sort, descending=descending, offset=offset, limit=limit
            )

    def first_page(
        self,
        flt: listing.MatterFilter,
        *,
        sort: str,
        descending: bool,
        limit: int,
        known_count: int | None = None,
    ) -> FirstPage:
        """The count and first page of a listing, read together (one snapshot)."""
        with self.vault.session() as session:
            count = listing.count_matters(session, flt) if known_count is None else known_count
            rows = (
                listing.list_matters(
                    session, flt, sort=sort, descending=descending, offset=0, limit=limit
                )
                if count
                else []
            )
            unfiltered = count
            if not count and flt != listing.MatterFilter():
                unfiltered = listing.count_matters(session, listing.MatterFilter())
        return FirstPage(count, rows, unfiltered)

    def count_matters(
        self, flt: listing.MatterFilter = listing.MatterFilter()  # noqa: B008 - frozen
    ) -> int:
        with self.vault.session() as session:
            return listing.count_matters(session, flt)

    def matter_summary(self, ref_or_id: str) -> dict[str, Any]:
        """The matter with its answers and checklist as plain JSON values."""
        with self.vault.session() as session:
            return matter_summary(session, matters.get_matter(session, ref_or_id))

    def history(self, ref_or_id: str) -> MatterHistory:
        """The matter's audit trail, oldest first, and its checklist titles."""
        with self.vault.session() as session:
            matter = matters.get_matter(session, ref_or_id)
            events = [HistoryEvent(e.at, e.actor, e.action, e.details)
                      for e in audit.matter_events(session, matter.id)]
            titles = {item.rule_id: item.title for item in matter.checklist_items}
            rules = {item.rule_id: (item.rule_version, matter.policy_version)
                     for item in matter.checklist_items}
        return MatterHistory(events, titles, rules)

    def verify_history(self, ref_or_id: str) -> audit.ChainReport:
        """Whether the matter's audit chain is intact (names the first broken link)."""
        with self.vault.session() as session:
            return audit.verify_chain(session, matters.get_matter(session, ref_or_id).id)

    def checklist_sizes(self) -> dict[str, int]:
        """Matter id -> number of checklist items."""
        with self.vault.session() as session:
            rows = session.execute(
                select(ChecklistItem.matter_id, func.count()).group_by(ChecklistItem.matter_id)
            ).all()
        return {matter_id: count for matter_id, count in rows}

    # ----- matters: changing --------------------------------------------------------------------
    def create_matter(
        self,
        *,
        kind: str,
        title: str = "",
        answers: dict[str, Any] | None = None,
        today: date | None = None,
    ) -> Done[Matter]:
        with self.vault.session() as session:
            matter = matters.create_matter(
                session, kind=kind, actor=self.actor, title=title, answers=answers, today=today
            )
            matter = _loaded(matter)
        return Done(matter, Changes.of([matter.id], Aspect.MATTER_LIST, Aspect.MATTER,
                                       Aspect.INTAKE, *_ASSESSED))

    def rename_matter(self, ref_or_id: str, title: str) -> Done[Matter]:
        with self.vault.session() as session:
            matter = matters.rename_matter(
                session, matters.get_matter(session, ref_or_id).id, title=title, actor=self.actor
            )
        return Done(matter, Changes.of([matter.id], Aspect.MATTER))

    def save_intake(
        self,
        ref_or_id: str,
        answers: dict[str, Any],
        *,
        amend: str | None = None,
        today: date | None = None,
    ) -> Done[IntakeRecord]:
        """Save the answers as a new revision (or amend the last) and re-assess."""
        with self.vault.session() as session:
            matter_id = matters.get_matter(session, ref_or_id).id
            record = matters.save_intake(
                session, matter_id, answers, actor=self.actor, today=today, amend=amend
            )
            people.refresh_from_matter(  # a linked person's standing facts follow the intake
                session, matters.get_matter(session, matter_id), actor=self.actor
            )
        # The title follows the answers until counsel renames the matter.
        return Done(record, Changes.of([matter_id], Aspect.INTAKE, Aspect.MATTER, *_ASSESSED))

    def preview_reassessment(
        self, ref_or_id: str, *, policy_version: int | None = None
    ) -> policy_change.PolicyChange:
        with self.vault.session() as session:
            matter_id = matters.get_matter(session, ref_or_id).id
            return policy_change.preview_policy_change(
                session, matter_id, policy_version=policy_version
            )

    def reassess(
        self, ref_or_id: str, *, policy_version: int | None = None
    ) -> Done[policy_change.PolicyChange]:
        """Re-assess under a (later) review policy: decisions and notes are kept."""
        with self.vault.session() as session:
            matter_id = matters.get_matter(session, ref_or_id).id
            change = policy_change.apply_policy_change(
                session, matter_id, actor=self.actor, policy_version=policy_version
            )
        return Done(change, Changes.of([matter_id], Aspect.INTAKE, Aspect.MATTER, *_ASSESSED))

    def decide_item(self, item_id: str, *, status: str, note: str) -> Done[ChecklistItem]:
        """Mark a checklist item done / not applicable / escalated / open, with a note."""
        with self.vault.session() as session:
            item = matters.set_item_status(
                session, item_id, status=status, note=note, actor=self.actor
            )
        return Done(item, Changes.of([item.matter_id], *_ASSESSED))

    def decide_rule(
        self, ref_or_id: str, rule: str, *, status: str, note: str
    ) -> Done[ChecklistItem]:
        """Decide the matter's (still applicable) checklist item for `rule`."""
        from forms.errors import OutboundError

        with self.vault.session() as session:
            matter = matters.get_matter(session, ref_or_id)
            items = [
                i for i in matter.checklist_items if i.rule_id == rule and not i.no_longer_applies
            ]
            if not items:
                raise OutboundError(
                    f"{matter.reference} has no checklist item {rule}; "
                    "'outbound matter show' lists them"
                )
            if status == "not_applicable" and not note.strip():
                raise OutboundError("'not applicable' needs a reason in --note")
            item = matters.set_item_status(
                session, items[0].id, status=status, note=note.strip(), actor=self.actor
            )
        return Done(item, Changes.of([item.matter_id], *_ASSESSED))

    def link_evidence(self, item_id: str, attachment_id: str) -> Done[ChecklistItem]:
        with self.vault.session() as session:
            item = matters.link_evidence(session, item_id, attachment_id, actor=self.actor)
        return Done(item, Changes.of([item.matter_id], Aspect.CHECKLIST))

    def override_recommendation(
        self, ref_or_id: str, *, recommendation: str, reason: str
    ) -> Done[Matter]:
        with self.vault.session() as session:
            matter = matters.override_recommendation(
                session, matters.get_matter(session, ref_or_id).id,
                recommendation=recommendation, reason=reason, actor=self.actor,
            )
        return Done(matter, Changes.of([matter.id], Aspect.MATTER, Aspect.RECOMMENDATION))

    def clear_override(self, ref_or_id: str) -> Done[Matter]:
        with self.vault.session() as session:
            matter = matters.clear_override(
                session, matters.get_matter(session, ref_or_id).id, actor=self.actor
            )
        return Done(matter, Changes.of([matter.id], Aspect.MATTER, Aspect.RECOMMENDATION))

    def change_status(self, ref_or_id: str, action: str) -> Done[Matter]:
        """close, reopen, archive or unarchive."""
        with self.vault.session() as session:
            matter = matters.change_status(
                session, matters.get_matter(session, ref_or_id).id, action, actor=self.actor
            )
        return Done(matter, Changes.of([matter.id], Aspect.MATTER, Aspect.STATUS))

    def set_status(self, ref_or_id: str, status: str) -> Done[Matter]:
        """Set a lifecycle status directly (the list's Archive)."""
        with self.vault.session() as session:
            matter = matters.set_status(
                session, matters.get_matter(session, ref_or_id).id, status, actor=self.actor
            )
        return Done(matter, Changes.of([matter.id], Aspect.MATTER, Aspect.STATUS))

    # ----- memo ---------------------------------------------------------------------------------
    def memo_versions(self, ref_or_id: str) -> list[MemoVersion]:
        """Every memo version, oldest first, with its signatures loaded."""
        with self.vault.session() as session:
            versions = memo_store.list_versions(
                session, matters.get_matter(session, ref_or_id).id
            )
            for version in versions:
                _ = version.signatures
            return versions

    def memo_state(self, ref_or_id: str, *, with_working_draft: bool = False) -> MemoState:
        with self.vault.session() as session:
            matter = matters.get_matter(session, ref_or_id)
            areas = sorted({i.area for i in matter.checklist_items if not i.no_longer_applies})
            versions = memo_store.list_versions(session, matter.id)
            for version in versions:
                _ = version.signatures
            narrative = memo_workflow.narrative_of(versions[-1].content) if versions else None
            working = (
                memo_store.get_working_draft(session, matter.id) if with_working_draft else None
            )
            return MemoState(matter.reference, areas, versions, narrative, working)

    def memo_blockers(self, ref_or_id: str, number: int | None = None) -> list[Blocker]:
        """What keeps a version from final signatures (memos.gates), as data each caller words
        in its own language."""
        from memos.gates import final_blockers

        with self.vault.session() as session:
            matter = matters.get_matter(session, ref_or_id)
            return final_blockers(memo_store.get_version(session, matter.id, number).content)

    def memo_signer_name(self) -> str:
        """How the counsel list spells the acting user (the Sign dialog's suggestion)."""
        with self.vault.session() as session:
            return memo_workflow.counsel_name_for(session, self.actor)

    def save_memo(
        self, ref_or_id: str, narrative: Mapping[str, Any], language: str | None = None
    ) -> Done[MemoVersion]:
        """The window's Save version: a new draft with the narrative typed, from the latest
        version's sender or the counsel working in the window, in `language` (default: the
        memo's own, else the vault's setting)."""
        with self.vault.session() as session:
            matter = matters.get_matter(session, ref_or_id)
            version = memo_workflow.draft_memo(
                session, matter.id, actor=self.actor, narrative=narrative,
                counsel_from=memo_workflow.memo_sender(session, matter.id, self.actor),
                language=language,
            )
        return Done(version, Changes.of([version.matter_id], Aspect.MEMO))

    def keep_working_draft(self, ref_or_id: str, narrative: dict[str, Any]) -> Done[None]:
        """Keep what counsel typed in the memo, unsaved as a version, inside the vault."""
        with self.vault.session() as session:
            matter_id = matters.get_matter(session, ref_or_id).id
            memo_store.save_working_draft(
                session, matter_id, narrative=narrative, actor=self.actor
            )
        return Done(None, Changes())  # nothing any view shows

    def preview_memo_draft(
        self, ref_or_id: str, narrative: Mapping[str, Any], language: str | None = None
    ) -> bytes:
        """The PDF the next version would be, with the narrative being typed."""
        with self.vault.session() as session:
            matter = matters.get_matter(session, ref_or_id)
            return memo_workflow.render_draft(
                session, matter, narrative=narrative, actor=self.actor, language=language
            )

    def draft_memo(
        self,
        ref_or_id: str,
        *,
        narrative: Mapping[str, Any] | None = None,
        edits: Mapping[str, Any] | None = None,
        counsel_from: str | None = None,
        assume_missing: bool = False,
        language: str | None = None,
    ) -> Done[MemoVersion]:
        """Save a new draft version regenerated from the matter, keeping counsel's narrative
        (`narrative`, else the latest version's with `edits` applied over it). With
        `assume_missing`, one assumption is added for each required fact still open.
        `language` (en, zh, bilingual): default the memo's own, else the vault's setting."""
        with self.vault.session() as session:
            matter_id = matters.get_matter(session, ref_or_id).id
            language = memo_workflow.memo_language_of(session, matter_id, language)
            if narrative is None and (edits is not None or assume_missing):
                versions = memo_store.list_versions(
                    session, matters.get_matter(session, ref_or_id).id
                )
                narrative = memo_workflow.narrative_of(versions[-1].content) if versions else {}
                narrative.update(edits or {})
            if assume_missing:
                narrative = dict(narrative or {})
                narrative["assumptions"] = self._assumed(
                    session, matters.get_matter(session, ref_or_id), narrative, language
                )
            version = memo_workflow.draft_memo(
                session, ref_or_id, actor=self.actor, narrative=narrative,
                counsel_from=counsel_from, language=language,
            )
        return Done(version, Changes.of([version.matter_id], Aspect.MEMO))

    @staticmethod
    def _assumed(
        session: Any, matter: Matter, narrative: dict[str, Any], language: str = "en"
    ) -> list[dict[str, str]]:
        """Counsel's assumptions kept, plus one for each required fact still open (in Chinese
        for a Chinese or bilingual memo)."""
        from memos.compose_v2 import default_assumptions

        fresh = memo_workflow.compose_for_matter(
            session, matter, narrative=narrative, version=0, counsel_from="",
            language="en" if language == "en" else "zh",
        )
        kept = [a for a in narrative.get("assumptions") or [] if a.get("fact")]
        known = {a["fact"] for a in kept}
        labels = {a.fact: a.text for a in fresh.assumptions}
        added = [
            a
            for a in default_assumptions(fresh.missing_facts, fresh.unknown_facts, labels,
                                         language)
            if a["fact"] not in known
        ]
        return [*kept, *added]

    def render_memo(
        self, ref_or_id: str, number: int | None = None, *, page_size: str | None = None
    ) -> RenderedMemo:
        """A version's PDF (the latest when `number` is None): a signed one's stored bytes."""
        with self.vault.session() as session:
            matter = matters.get_matter(session, ref_or_id)
            version = memo_store.get_version(session, matter.id, number)
            pdf = memo_workflow.render_version(session, version, page_size=page_size)
            return RenderedMemo(matter.reference, version.number, version.state, pdf)

    def sign_memo(
        self,
        ref_or_id: str,
        *,
        counsel_name: str,
        capacity: str,
        version_number: int | None = None,
        p12: bytes | None = None,
        p12_password: str | None = None,
        signer_passphrase: str | None = None,
    ) -> Done[memo_workflow.SignOutcome]:
        with self.vault.session() as session:
            matter = matters.get_matter(session, ref_or_id)
            outcome = memo_workflow.sign_memo(
                self.vault, session, matter.reference, counsel_name=counsel_name,
                capacity=capacity, actor=self.actor, version_number=version_number,
                p12=p12, p12_password=p12_password, signer_passphrase=signer_passphrase,
            )
            matter_id = matter.id
        return Done(outcome, Changes.of([matter_id], Aspect.MEMO, Aspect.STATUS, Aspect.MATTER))

    def match_memo(self, fingerprint: str | None, pdf: bytes) -> memo_workflow.VaultMatch:
        """Which signed version a memo PDF is, if any, and whether its bytes are the stored ones."""
        with self.vault.session() as session:
            return memo_workflow.match_in_vault(session, fingerprint, pdf)

    # ----- attachments --------------------------------------------------------------------------
    def add_attachment(
        self,
        ref_or_id: str,
        *,
        name: str,
        stream: BinaryIO,
        media_type: str = "application/octet-stream",
    ) -> Done[Attachment]:
        """Store a file inside the vault, in chunks (never whole in memory)."""
        with self.vault.session() as session:
            matter_id = matters.get_matter(session, ref_or_id).id
            attachment = attachments.add_attachment(
                session, matter_id, name=name, stream=stream, actor=self.actor,
                media_type=media_type,
            )
        return Done(attachment, Changes.of([matter_id], Aspect.ATTACHMENTS))

    def remove_attachments(self, attachment_ids: Sequence[str]) -> Done[None]:
        """Remove attachments (and their links as evidence) together, in one transaction."""
        owners: set[str] = set()
        with self.vault.session() as session:
            for attachment_id in attachment_ids:
                stored = session.get(Attachment, attachment_id)
                if stored is not None:
                    owners.add(stored.matter_id)
                attachments.remove_attachment(session, attachment_id, actor=self.actor)
        return Done(None, Changes.of(owners, Aspect.ATTACHMENTS, Aspect.CHECKLIST))

    def read_attachment(self, attachment_id: str) -> Iterator[bytes]:
        """An attachment's bytes, chunk by chunk, read in one session."""
        with self.vault.session() as session:
            yield from attachments.iter_attachment(session, attachment_id)

    # ----- counsel and certificates -------------------------------------------------------------
    def counsel(self) -> list[Counsel]:
        with self.vault.session() as session:
            return counsel.list_counsel(session)

    def add_counsel(
        self, *, name: str, title: str = "", new_certificate: bool = False,
        passphrase: str | None = None,
    ) -> Done[Counsel]:
        """Add counsel; with `new_certificate`, a personal self-signed signing certificate, its
        key under the counsel's own signing `passphrase` (required then)."""
        with self.vault.session() as session:
            person = counsel.add_counsel(session, name=name, title=title, actor=self.actor)
            if new_certificate:
                person = self._new_certificate(session, person, passphrase or "")
        return Done(person, Changes(aspects=frozenset({Aspect.COUNSEL})))

    def rotate_certificate(self, name_or_id: str, *, passphrase: str) -> Done[Counsel]:
        """A new personal self-signed certificate for counsel, its key under a new signing
        passphrase (audited). Memos signed with the old certificate keep verifying: each PDF
        carries the certificate it was signed with."""
        with self.vault.session() as session:
            person = self._new_certificate(
                session, counsel.find_counsel(session, name_or_id), passphrase
            )
        return Done(person, Changes(aspects=frozenset({Aspect.COUNSEL})))

    def _new_certificate(self, session: Any, person: Counsel, passphrase: str) -> Counsel:
        from memos.pades import generate_self_signed

        org = str(settings.get_settings(session)["organisation"]) or "Outbound"
        key_pem, cert_pem = generate_self_signed(person.name, org)
        return self._certify(session, person, key_pem, cert_pem, passphrase)

    def needs_signer_passphrase(self, name_or_id: str) -> bool:
        """Whether this counsel's signing key is under their own passphrase."""
        with self.vault.session() as session:
            person = counsel.find_counsel(session, name_or_id)
            return counsel.has_signing_passphrase(
                person, self.vault.subkey(counsel.SIGNING_KEY_PURPOSE)
            )

    def change_signing_passphrase(
        self, name_or_id: str, *, old: str | None, new: str
    ) -> Done[Counsel]:
        """Counsel's signing key under a new signing passphrase (the old one needed if the key
        has one; a key kept before signing passphrases gets its first). Audited."""
        with self.vault.session() as session:
            person = counsel.find_counsel(session, name_or_id)
            counsel.change_signing_passphrase(
                session, person, wrapping_key=self.vault.subkey(counsel.SIGNING_KEY_PURPOSE),
                old=old, new=new, actor=self.actor,
            )
        return Done(person, Changes(aspects=frozenset({Aspect.COUNSEL})))

    def set_certificate(
        self, name_or_id: str, *, key_pem: bytes, cert_pem: bytes, passphrase: str
    ) -> Done[Counsel]:
        """Keep a certificate for counsel, its key under their own signing `passphrase`."""
        with self.vault.session() as session:
            person = self._certify(
                session, counsel.find_counsel(session, name_or_id), key_pem, cert_pem, passphrase
            )
        return Done(person, Changes(aspects=frozenset({Aspect.COUNSEL})))

    def _certify(
        self, session: Any, person: Counsel, key_pem: bytes, cert_pem: bytes, passphrase: str
    ) -> Counsel:
        return counsel.set_certificate(
            session, person, key_pem=key_pem, cert_pem=cert_pem,
            wrapping_key=self.vault.subkey(counsel.SIGNING_KEY_PURPOSE), actor=self.actor,
            passphrase=passphrase,
        )

    # ----- settings -----------------------------------------------------------------------------
    def settings(self) -> dict[str, Any]:
        with self.vault.session() as session:
            return settings.get_settings(session)

    def update_settings(self, **changes: Any) -> Done[dict[str, Any]]:
        with self.vault.session() as session:
            values = settings.update_settings(session, self.actor, **changes)
        return Done(values, Changes(aspects=frozenset({Aspect.SETTINGS})))

    def save_settings(self, wanted: Mapping[str, Any]) -> Done[dict[str, Any]]:
        """Store the values that differ from those stored (the settings dialog's OK): an
        unchanged dialog records nothing."""
        with self.vault.session() as session:
            current = settings.get_settings(session)
            changes = {k: v for k, v in wanted.items() if current.get(k) != v}
            values = settings.update_settings(session, self.actor, **changes)
        return Done(values, Changes(aspects=frozenset({Aspect.SETTINGS}) if changes
                                    else frozenset()))

    # ----- bundles ------------------------------------------------------------------------------
    def export_bundle(
        self,
        ref_or_id: str,
        dest: Path,
        *,
        encrypt_passphrase: str | None = None,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        limits: Limits = Limits(),  # noqa: B008 - frozen dataclass, safe as a default
    ) -> Done[bundle_export.ExportResult]:
        result = bundle_export.export_matter(
            self.vault, ref_or_id, dest, actor=self.actor, encrypt_passphrase=encrypt_passphrase,
            progress=progress, cancel=cancel, limits=limits,
        )
        return Done(result, Changes.of([result.matter_id]))

    def verify_bundle(
        self,
        path: Path,
        *,
        passphrase: str | None = None,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
    ) -> VerifyReport:
        """Every check of a bundle, and whether this vault knows its signing key."""
        return verify_bundle(
            path, passphrase=passphrase, key_known=signing_keys.known_in(self.vault),
            progress=progress, cancel=cancel,
        )

    def matter_exists(self, matter_id: str) -> bool:
        from casework.bundle_store import matter_exists

        with self.vault.session() as session:
            return matter_exists(session, matter_id)

    def import_bundle(
        self,
        path: Path,
        *,
        as_copy: bool = False,
        allow_unsigned: bool = False,
        passphrase: str | None = None,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        limits: Limits = Limits(),  # noqa: B008 - frozen dataclass, safe as a default
    ) -> Done[bundle_import.ImportResult]:
        result = bundle_import.import_bundle(
            self.vault, path, actor=self.actor, as_copy=as_copy, allow_unsigned=allow_unsigned,
            passphrase=passphrase, progress=progress, cancel=cancel, limits=limits,
        )
        return Done(result, Changes.of([result.matter_id], Aspect.MATTER_LIST, Aspect.MATTER))

    # ----- reports across matters (issue 15: counts by kind, tier, status, recommendation,
    # client over a date range; casework/reports.py) ----------------------------------------------
    def report(self, dimension: str, dates: reports.DateRange) -> reports.Report:
        """Counts per group of the matters opened in `dates` (one GROUP BY)."""
        with self.vault.session() as session:
            return reports.build_report(session, dimension, dates)

    def report_matters(
        self, dimension: str, dates: reports.DateRange, key: str, *, limit: int | None = None
    ) -> list[reports.ReportMatter]:
        """The matters behind one count, oldest first."""
        with self.vault.session() as session:
            return reports.group_matters(session, dimension, dates, key, limit=limit)

    def report_pdf(
        self, dimension: str, dates: reports.DateRange, *, page_size: str | None = None
    ) -> bytes:
        """The printed report (memos/report_pdf.py), on the vault's page size."""
        from memos.report_pdf import render_report

        with self.vault.session() as session:
            report = reports.build_report(session, dimension, dates)
            content, size = reports.printable(session, report, page_size)
        return render_report(content, size)

    def export_report(
        self,
        dimension: str,
        dates: reports.DateRange,
        *,
        csv_path: Path | None = None,
        pdf_path: Path | None = None,
    ) -> Done[reports.Report]:
        """Write the report as CSV and/or PDF. Every destination is checked before any work and
        the files land together at the end, so a failure writes nothing. The export is recorded
        in the vault's audit trail (matter data left the vault)."""
        reports.check_dimension(dimension)
        targets = [reports.check_writable(p) for p in (csv_path, pdf_path) if p is not None]
        staged: list[reports.StagedFile] = []
        try:
            with self.vault.session() as session:
                report = reports.build_report(session, dimension, dates)
                if csv_path is not None:
                    staged.append(reports.StagedFile(csv_path))
                    with staged[-1].temp.open("w", encoding="utf-8-sig", newline="") as out:
                        reports.write_csv(
                            out, report, reports.iter_matters(session, dimension, dates)
                        )
                if pdf_path is not None:
                    from memos.report_pdf import render_report

                    pdf = render_report(*reports.printable(session, report))
                    staged.append(reports.StagedFile(pdf_path))
                    staged[-1].temp.write_bytes(pdf)
                audit.record_event(
                    session, actor=self.actor, action="report.export", entity="report",
                    entity_id=dimension,
                    details={**report.as_dict(), "groups": len(report.groups),
                             "files": [str(p) for p in targets]},
                )
            for file in staged:
                file.commit()
        except OSError as exc:
            from forms.errors import OutboundError

            raise OutboundError(
                f"the report was not written: {exc.strerror or exc}; nothing was saved"
            ) from exc
        finally:
            for file in staged:
                file.discard()
        return Done(report, Changes(aspects=frozenset({Aspect.HISTORY})))

    # ----- signing keys: their state (issue 14) -------------------------------------------------
    def signing_key_state(self, name_or_id: str) -> str:
        """The state of one counsel's stored signing key (see signing_key_states)."""
        with self.vault.session() as session:
            return counsel.key_state(
                counsel.find_counsel(session, name_or_id),
                self.vault.subkey(counsel.SIGNING_KEY_PURPOSE),
            )

    def signing_key_states(self) -> dict[str, str]:
        """Counsel's name -> the state of their stored signing key: counsel.NO_KEY,
        counsel.NO_PASSPHRASE (kept before signing passphrases: it may not sign until counsel
        sets one) or counsel.PROTECTED."""
        wrapping_key = self.vault.subkey(counsel.SIGNING_KEY_PURPOSE)
        states: dict[str, str] = {}
        with self.vault.session() as session:
            for person in counsel.list_counsel(session):
                try:
                    states[person.name] = counsel.key_state(person, wrapping_key)
                except counsel.CounselError:  # a key this vault cannot open: give a new one
                    states[person.name] = counsel.NO_KEY
        return states

    # ----- people register (issue 15: casework/people.py) ---------------------------------------
    def people_register(
        self, view: str | None = None, *, tier: int | None = None, today: date | None = None,
        limit: int | None = None,
    ) -> list[people.RegisterRow]:
        """A register view (people.VIEWS; None: everyone), optionally of one current tier."""
        with self.vault.session() as session:
            return people.register(session, view, today=today, tier=tier, limit=limit)

    def person(self, key: str) -> people.PersonRecord:
        """A person by id, employee number or exact name: facts, tier history, access, matters."""
        with self.vault.session() as session:
            return people.person_record(session, people.find_person(session, key).id)

    def possible_duplicates(
        self, name: str, *, name_zh: str = "", employee_number: str | None = None,
        exclude: str | None = None,
    ) -> list[people.Candidate]:
        """Register entries that may be this person (offered; never merged without asking)."""
        with self.vault.session() as session:
            return people.possible_duplicates(
                session, name, name_zh=name_zh, employee_number=employee_number,
                exclude=exclude,
            )

    def create_matter_for(
        self,
        *,
        kind: str,
        answers: dict[str, Any],
        person_id: str | None = None,
        title: str = "",
        name_zh: str = "",
        employee_number: str | None = None,
        today: date | None = None,
    ) -> Done[Matter]:
        """A new matter linked at creation: to `person_id` picked from the register, or to a
        new register entry made from the intake (with the identifiers counsel keep)."""
        with self.vault.session() as session:
            matter = matters.create_matter(
                session, kind=kind, actor=self.actor, title=title, answers=answers, today=today
            )
            people.link_to_person(
                session, matter, person_id, actor=self.actor, name_zh=name_zh,
                employee_number=employee_number,
            )
            matter = _loaded(matter)
        return Done(matter, Changes.of([matter.id], *_NEW_LINKED_MATTER))

    def link_person(
        self, ref_or_id: str, person_id: str | None = None, *, name_zh: str = "",
        employee_number: str | None = None,
    ) -> Done[str]:
        """Link an existing matter to a person of the register (or to a new entry made from its
        intake when `person_id` is None); returns the person's id."""
        with self.vault.session() as session:
            matter = matters.get_matter(session, ref_or_id)
            person = people.link_to_person(
                session, matter, person_id, actor=self.actor, name_zh=name_zh,
                employee_number=employee_number,
            )
            matter_id, found = matter.id, person.id
        return Done(found, Changes.of([matter_id], Aspect.MATTER, Aspect.PEOPLE))

    def set_person_identifiers(
        self, person_id: str, *, name_zh: str, employee_number: str | None
    ) -> Done[str]:
        """Set or clear the Chinese name and employee number counsel keep (audited); an
        employee number already another person's is refused (people.EmployeeNumberTakenError)."""
        with self.vault.session() as session:
            people.set_identifiers(
                session, person_id, name_zh=name_zh, employee_number=employee_number,
                actor=self.actor,
            )
        return Done(person_id, Changes(aspects=frozenset({Aspect.PEOPLE})))

    def merge_people(self, keep: str, merge: str) -> Done[str]:
        """Counsel's explicit merge of two register entries into `keep`."""
        with self.vault.session() as session:
            moved = list(session.execute(
                select(Matter.id).where(Matter.person_id == merge)
            ).scalars())
            people.merge_people(session, keep, merge, actor=self.actor)
        return Done(keep, Changes.of(moved, Aspect.MATTER, Aspect.PEOPLE))

    def new_matter_for_person(
        self, person_id: str, kind: str, *, today: date | None = None
    ) -> Done[Matter]:
        """A travel, secondment or departure matter started from the person's standing facts,
        each marked carried over for counsel to confirm."""
        with self.vault.session() as session:
            matter = _loaded(people.new_matter_for_person(
                session, person_id, kind, actor=self.actor, today=today
            ))
        return Done(matter, Changes.of([matter.id], *_NEW_LINKED_MATTER))

    def carried_over_facts(self, ref_or_id: str) -> dict[str, Any]:
        """Facts of the intake carried over from the person's earlier matter, still to confirm."""
        with self.vault.session() as session:
            return people.carried_over_facts(session, matters.get_matter(session, ref_or_id))

    def confirm_carried_over(self, ref_or_id: str, facts: Sequence[str]) -> Done[list[str]]:
        with self.vault.session() as session:
            matter = matters.get_matter(session, ref_or_id)
            confirmed = people.confirm_carried_over(session, matter, facts, actor=self.actor)
            matter_id = matter.id
        return Done(confirmed, Changes.of([matter_id], Aspect.INTAKE))

    def confirm_access(
        self, person_id: str, assets: Mapping[str, str] | None = None
    ) -> Done[str]:
        """Record a fresh confirmation of the person's access (unchanged when `assets` is None)
        without a new matter."""
        with self.vault.session() as session:
            people.confirm_access(session, person_id, actor=self.actor, assets=assets)
        return Done(person_id, Changes(aspects=frozenset({Aspect.PEOPLE})))

    def register_csv(self, view: str | None, *, today: date | None = None) -> str:
        return people.register_csv(self.people_register(view, today=today))

    def register_pdf(
        self, view: str | None, *, today: date | None = None, language: str = "en",
        page_size: str | None = None,
    ) -> bytes:
        """The register view as a printed PDF (memos.people_register)."""
        from memos.people_register import render_register

        with self.vault.session() as session:
            rows = people.register(session, view, today=today)
            org, size = settings.print_settings(session, page_size)
        return render_register(
            rows, view=view, organisation=org, today=today, language=language, page_size=size
        )

    def export_register(
        self, view: str | None, target: Path, *, fmt: str, language: str = "en",
        today: date | None = None,
    ) -> Done[Path]:
        """Write a register view as CSV (UTF-8 with BOM, for Excel) or a printed PDF: checked
        before any work, written beside `target` and moved into place at the end (a failure
        leaves nothing), and recorded in the audit trail (names left the vault)."""
        if fmt not in ("csv", "pdf"):
            raise OutboundError(f"unknown export format '{fmt}'; choose csv or pdf")
        reports.check_writable(target)
        rows = self.people_register(view, today=today)
        data = (("\ufeff" + people.register_csv(rows)).encode("utf-8") if fmt == "csv"
                else self.register_pdf(view, today=today, language=language))
        staged = reports.StagedFile(target)
        try:
            staged.temp.write_bytes(data)
            with self.vault.session() as session:
                audit.record_event(
                    session, actor=self.actor, action="person.register_export",
                    entity="register", entity_id=view or "all",
                    details={"view": view or "all", "people": len(rows), "format": fmt,
                             "file": str(target)},
                )
            staged.commit()
        except OSError as exc:
            raise OutboundError(
                f"the register was not written: {exc.strerror or exc}; nothing was saved"
            ) from exc
        finally:
            staged.discard()
        return Done(target, Changes.of([], Aspect.PEOPLE))

    # --- Memo language (issue 16) ---------------------------------------------------------

    def memo_language(self, ref_or_id: str) -> str:
        """The language the matter's next memo version would be composed in: its latest
        version's, else the vault's setting ("en", "zh" or "bilingual")."""
        with self.vault.session() as session:
            matter = matters.get_matter(session, ref_or_id)
            return memo_workflow.memo_language_of(session, matter.id)

    # ----- tasks and due dates (issue 15: casework/tasks.py, casework/due.py) -------------------
    def matter_tasks(self, ref_or_id: str) -> list[Task]:
        """The matter's tasks and key-date rows, those no longer applying included (marked)."""
        with self.vault.session() as session:
            return tasks.matter_tasks(session, matters.get_matter(session, ref_or_id).id)

    def key_dates(self, ref_or_id: str) -> list[tasks.KeyDate]:
        """The matter's key dates (labelled, in order) from its latest answers."""
        with self.vault.session() as session:
            matter = matters.get_matter(session, ref_or_id)
            record = matters.latest_intake(session, matter.id)
            rules = [i.rule_id for i in matter.checklist_items if not i.no_longer_applies]
            return tasks.key_dates(matter.kind, dict(record.answers) if record else {}, rules)

    def find_task(self, ref_or_id: str, task_ref: str) -> Task:
        """A task of the matter by id or its first 6+ characters (the CLI's TASK)."""
        with self.vault.session() as session:
            return tasks.find_task(session, matters.get_matter(session, ref_or_id), task_ref)

    def due_page(
        self,
        flt: due.DueFilter = due.DueFilter(),  # noqa: B008 - frozen
        *,
        bucket: str | None = None,
        today: date | None = None,
        limit: int = 100,
    ) -> due.DuePage:
        """Counts of the five buckets and the first page of one (the first non-empty if None)."""
        with self.vault.session() as session:
            return due.first_page(session, flt, today or date.today(), bucket=bucket, limit=limit)

    def due_rows(
        self,
        flt: due.DueFilter,
        *,
        bucket: str,
        after: tuple[str, str] | None,
        today: date | None = None,
        limit: int = 100,
    ) -> tuple[list[due.DueRow], tuple[str, str] | None]:
        """The page of `bucket` after the key `after` (from the previous page)."""
        with self.vault.session() as session:
            return due.due_rows(
                session, flt, today or date.today(), bucket=bucket, after=after, limit=limit
            )

    def due_list(
        self,
        flt: due.DueFilter = due.DueFilter(),  # noqa: B008 - frozen
        *,
        today: date | None = None,
        within_days: int | None = None,
    ) -> list[due.DueRow]:
        """Every due-view row in due order, unknown last; `within_days` keeps those due by
        today + N (overdue included)."""
        with self.vault.session() as session:
            return due.all_rows(session, flt, today or date.today(), within_days=within_days)

    def task_list(
        self,
        *,
        today: date | None = None,
        within_days: int | None = None,
        include_closed: bool = False,
    ) -> list[due.DueRow]:
        """The tasks of every open matter (open ones unless `include_closed`), due order."""
        with self.vault.session() as session:
            return due.task_rows(session, today or date.today(), within_days=within_days,
                                 include_closed=include_closed)

    def due_counts(self, *, today: date | None = None) -> dict[str, int]:
        """Rows per bucket across all open matters (the summary shown on unlock)."""
        with self.vault.session() as session:
            return due.bucket_counts(session, due.DueFilter(), today or date.today())

    def next_due(self, matter_ids: Sequence[str]) -> dict[str, due.NextDue]:
        """Each matter's earliest open due date (the matter list's "next due" column)."""
        with self.vault.session() as session:
            return due.next_due(session, matter_ids)

    def set_task_status(
        self,
        task_id: str,
        *,
        status: str,
        note: str = "",
        evidence_attachment_id: str | None = None,
    ) -> Done[Task]:
        """Done, not needed (needs a reason) or open again, with a note and evidence."""
        with self.vault.session() as session:
            task = tasks.set_task_status(
                session, task_id, status=status, note=note, actor=self.actor,
                evidence_attachment_id=evidence_attachment_id,
            )
        return Done(task, Changes.of([task.matter_id], Aspect.CHECKLIST))

    def complete_task(
        self, task_id: str, *, note: str = "", evidence_attachment_id: str | None = None
    ) -> Done[Task]:
        return self.set_task_status(
            task_id, status="done", note=note, evidence_attachment_id=evidence_attachment_id
        )

    def task_not_needed(self, task_id: str, *, note: str) -> Done[Task]:
        return self.set_task_status(task_id, status="not_needed", note=note)

    def reopen_task(self, task_id: str, *, note: str = "") -> Done[Task]:
        return self.set_task_status(task_id, status="open", note=note)

    def assign_task(self, task_id: str, assignee: str, *, note: str = "") -> Done[Task]:
        """Assign to a counsel (name or id) or anyone by name; "" clears the assignee."""
        with self.vault.session() as session:
            task = tasks.assign_task(
                session, task_id, assignee=assignee, actor=self.actor, note=note
            )
        return Done(task, Changes.of([task.matter_id], Aspect.CHECKLIST))

    def sync_tasks(self, ref_or_id: str) -> Done[tasks.SyncResult]:
        """Bring a matter's tasks in line with its checklist (a matter imported or assessed before
        tasks existed gets its tasks; re-assessing does this too)."""
        with self.vault.session() as session:
            matter = matters.get_matter(session, ref_or_id)
            result = tasks.sync_tasks(session, matter, actor=self.actor)
            matter_id = matter.id
        return Done(result, Changes.of([matter_id], Aspect.CHECKLIST))

    # ----- signing refusals, as data the window words (issue 14) --------------------------------
    def signing_refusals(
        self, ref_or_id: str, number: int | None = None
    ) -> dict[str, dict[str, Refusal]]:
        """Counsel name -> capacity -> why the gates refuse it on this version (order, the
        preparer's independence, a signature already given, the final gates): known before
        any passphrase, so the Sign dialog greys those capacities and says why."""
        from casework.memo_signing import capacity_refusals

        with self.vault.session() as session:
            matter = matters.get_matter(session, ref_or_id)
            version = memo_store.get_version(session, matter.id, number)
            waiver = bool(settings.get_settings(session).get("one_person_waiver", False))
            return capacity_refusals(version, counsel.list_counsel(session), waiver=waiver)

    # ----- certificates the window makes or imports (desktop reaches memos only through here) ---
    def create_certificate(
        self, name_or_id: str, *, organisation: str, passphrase: str
    ) -> Done[Counsel]:
        """A personal self-signed certificate for counsel naming `organisation` (their own name
        when it is empty: the window passes what its Organisation field holds, saved or not),
        the key under their own signing `passphrase`; slow (RSA), run it in a worker. The key
        is made before the session opens, so no transaction waits on it."""
        from memos.pades import generate_self_signed

        with self.vault.session() as session:
            name = counsel.find_counsel(session, name_or_id).name
        key_pem, cert_pem = generate_self_signed(name, organisation or name)
        return self.set_certificate(
            name_or_id, key_pem=key_pem, cert_pem=cert_pem, passphrase=passphrase
        )

    def import_certificate(
        self, name_or_id: str, *, pkcs12: bytes, password: str, passphrase: str
    ) -> Done[Counsel]:
        """Keep the key and certificate of a PKCS#12 file (`password` opens it) for counsel,
        the key under their own signing `passphrase`; a wrong password or a file that is not
        PKCS#12 raises memos' CredentialError with what to do."""
        from memos.pades import load_pkcs12

        key_pem, cert_pem, _chain = load_pkcs12(pkcs12, password)
        return self.set_certificate(
            name_or_id, key_pem=key_pem, cert_pem=cert_pem, passphrase=passphrase
        )
