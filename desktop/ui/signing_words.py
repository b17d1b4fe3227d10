"""Signing refusals in the window's language. The core says why a signature is refused as data
(casework.signing_gates' Blocker and Refusal, casework.matters.MatterReadOnlyError's status); the
command line words them in English, the window here, through Qt's translator (context
"SignDialog")."""

from __future__ import annotations

from casework import signing_gates as gates
from casework.matters import MatterReadOnlyError
from casework.signing_gates import Blocker, Refusal
from desktop.ui.qt import translate


def capacity_label(capacity: str) -> str:
    return {
        "prepared": translate("Memo", "Prepared"),
        "reviewed": translate("Memo", "Reviewed"),
        "approved": translate("Memo", "Approved"),
    }.get(capacity, capacity)


def blocker_words(blocker: Blocker) -> str:
    """One of the signing gates' blockers to a final signature."""
    if blocker.kind == gates.NO_SUMMARY:
        return translate("SignDialog", "counsel's summary is not written")
    if blocker.kind == gates.OPEN_FACTS:
        return translate(
            "SignDialog", "%n required fact(s) neither answered nor listed as an assumption", "",
            blocker.count,
        )
    if blocker.kind == gates.UNDECIDED:
        titles = translate("SignDialog", "; ").join(
            translate("SignDialog", "“{0}”").format(title) for title in blocker.names
        )
        return translate(
            "SignDialog", "no decision on %n critical or blocking item(s): {0}", "", blocker.count
        ).format(titles)
    raise ValueError(f"unknown signing gate {blocker.kind!r}")


def refusal_words(refusal: Refusal) -> str:
    """Why a signature is refused, as one sentence."""
    kind, signer = refusal.kind, refusal.signer
    capacity = capacity_label(refusal.capacity)
    if kind == gates.UNKNOWN_CAPACITY:
        return translate(
            "SignDialog", "There is no such capacity; choose prepared, reviewed or approved."
        )
    if kind == gates.NOT_FINAL:
        return translate(
            "SignDialog",
            "Only a “Prepared” (draft) signature is possible on this version; a review or "
            "approval needs: {0}.",
        ).format(translate("SignDialog", "; ").join(blocker_words(b) for b in refusal.blockers))
    if kind == gates.OUT_OF_ORDER:
        return translate(
            "SignDialog",
            "This version cannot be signed as “{0}” yet: it has no “{1}” signature (order: "
            "prepared, reviewed, approved).",
        ).format(capacity, capacity_label(refusal.before))
    if kind == gates.OWN_VERSION:
        return translate(
            "SignDialog",
            "{0} prepared this version and may not also sign it as “{1}”: another counsel "
            "must, or turn on the one-person waiver in Settings.",
        ).format(signer, capacity)
    if kind == gates.ALREADY_SIGNED:
        return translate("SignDialog", "{0} already signed this version as “{1}”.").format(
            signer, capacity
        )
    if kind == gates.PREPARED_TAKEN:
        return translate("SignDialog", "This version already has its “Prepared” signature.")
    if kind == gates.NO_CERTIFICATE:
        return translate(
            "SignDialog",
            "{0} has no signing certificate: create a personal certificate or import a "
            "certificate file, in the Sign dialog or in Settings.",
        ).format(signer)
    if kind == gates.PASSPHRASE_NEEDED:
        return translate("SignDialog", "{0}'s signing passphrase is needed to sign.").format(
            signer
        )
    if kind == gates.WRONG_PASSPHRASE:
        return translate(
            "SignDialog",
            "The signing passphrase for {0} is wrong; nothing was signed or changed.",
        ).format(signer)
    if kind == gates.NO_SIGNING_PASSPHRASE:
        return translate(
            "SignDialog",
            "{0}'s signing key has no signing passphrase of its own yet, so the vault "
            "passphrase alone would sign as them; nothing was signed. Set {0}'s signing "
            "passphrase first.",
        ).format(signer)
    if kind == gates.IMPORT_NEEDS_PASSPHRASE:
        return translate(
            "SignDialog",
            "{0}'s signing passphrase is needed to keep the imported certificate under "
            "their own protection; nothing was signed.",
        ).format(signer)
    if kind == gates.KEY_UNREADABLE:
        return translate(
            "SignDialog",
            "{0}'s signing key cannot be opened with this vault's key; import their "
            "certificate again.",
        ).format(signer)
    raise ValueError(f"unknown signing refusal {kind!r}")


def read_only_words(error: MatterReadOnlyError) -> str:
    if error.status == "closed":
        return translate(
            "SignDialog", "{0} is closed and read-only; reopen it first to change it."
        ).format(error.reference)
    if error.status == "archived":
        return translate(
            "SignDialog", "{0} is archived and read-only; unarchive it first to change it."
        ).format(error.reference)
    return ""


def structured_words(error: BaseException) -> str:
    """A refusal carried as data, in the window's language; "" when `error` carries none."""
    refusal = getattr(error, "refusal", None)
    if isinstance(refusal, Refusal):
        return refusal_words(refusal)
    if isinstance(error, MatterReadOnlyError):
        return read_only_words(error)
    return ""
