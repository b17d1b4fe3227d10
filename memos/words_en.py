"""The English phrasebook of the version-2 memo: every heading, label and sentence the memo
composes or prints, by key. `memos/words_zh.py` holds the same keys in Chinese (the tests hold
the two key sets equal). Templates take `str.format` fields; markup (`<b>`) is part of a phrase
because the order of label and text differs between the languages."""

from __future__ import annotations

from forms import vocabulary
from forms.legal import UNVERIFIED_MARK

SECTION_TITLES = (
    "1 Question and short answer",
    "2 Facts relied on",
    "3 Assumptions and open points",
    "4 Analysis by area",
    "5 Action plan",
    "6 Approvals and sign-off",
    "7 Scope and limits",
    "Appendix A — Questions and answers",
    "Appendix B — Legal bases",
    "Appendix C — Checklist record",
)

PHRASES: dict[str, str] = {
    # Heading block and page furniture
    "memorandum": "MEMORANDUM",
    "to": "To",
    "from": "From",
    "date": "Date",
    "re": "Re",
    "reference": "Reference",
    "basis": "Basis",
    "state_signed": "signed",
    "state_partly_signed": "draft — signed as prepared, not final",
    "state_draft": "draft — not signed",
    "reference_line": "{reference}, version {version} ({state})",
    "policy_basis": "Assessed under review policy version {version}",
    "law_as_of": "law as of {date}",
    "basis_separator": "; ",
    "footer": "{reference} · Version {version} · SHA-256 {fingerprint}",
    "page_of": "Page {page} of {pages}",
    "draft_mark": "DRAFT",
    # 1 Question and short answer
    "question_line": "<b>Question.</b> {text}",
    "short_answer_line": "<b>Short answer.</b> {text}",
    "tier_suffix": " · <b>Knowledge tier:</b> {tier}",
    "override_line": (
        "<b>Recommendation (counsel):</b> {counsel} · <b>Computed recommendation:</b> "
        "{computed}{tier}"
    ),
    "override_reason_line": "<b>Reason for the override:</b> {reason} ({author}, {date})",
    "recommendation_line": "<b>Recommendation:</b> {recommendation}{tier}",
    "held_line": "<b>What is held:</b> the actions in section 5 for: {items}",
    "conditional_line": "<b>Conditional on:</b> the actions in section 5 for: {items}",
    "list_separator": "; ",
    "approve": (
        "a second counsel reviews and counsel with authority approves this memo (section 6)"
    ),
    "approve_owners": "; the steps it needs are owned by {owners} (section 5)",
    "approve_line": "<b>Who must approve:</b> {text}",
    "lifts_line": (
        "<b>What lifts it:</b> each listed item marked done, or not applicable with a "
        "reason, and counsel recording the lifting."
    ),
    # 2 Facts relied on
    "summary_line": "<b>Counsel’s summary.</b> {text}",
    "no_summary": "Counsel has not yet written a summary.",
    "full_record": " The full record of questions and answers is in Appendix A.",
    # 3 Assumptions
    "nothing_assumed": "Every required question is answered; nothing is assumed.",
    "assumes": (
        "The advice assumes the following; each is to be confirmed, and a different "
        "answer may change it:"
    ),
    "open_points": (
        "Open points: counsel has not yet stated an assumption for the required "
        "questions below. The advice cannot be final until each is answered or "
        "assumed."
    ),
    "unknown_lead": "Answered “unknown”, and a conclusion rests on it:",
    "unanswered_lead": "Not answered:",
    # 4 Analysis
    "law_us": "US law; for confirmation by US-qualified counsel",
    "law_prc": "PRC law",
    "area_heading": "4.{n} {area} ({law})",
    "decision_meta": "decision: {decision}",
    "blocking_meta": "<b>blocking</b>",
    "basis_line": "<b>Basis:</b> {cites}",
    "note_line": "<b>Counsel’s note:</b> {note}",
    "to_confirm_line": (
        "<b>To confirm:</b> this conclusion rests on answers given as “unknown”: {facts}"
    ),
    "press_caveat": (
        "Part of this item rests on press reports (Reuters, citing Bloomberg, 26 May 2026) of "
        "approval before travel for some AI researchers: the measure is reported and unverified, "
        "with no public implementing text. Treat it as a practice to check, not as law."
    ),
    "no_items": "No checklist item is triggered by the facts as answered.",
    "comments_line": "<b>Counsel’s comments.</b> {note}",
    "reported_unverified": " (reported, unverified)",
    "not_verified": " " + UNVERIFIED_MARK,
    # 5 Action plan
    "no_actions": "No action arises from the checklist.",
    "actions_intro": (
        "Every action the checklist requires, earliest due first. Each is still to "
        "be carried out unless its status says otherwise."
    ),
    "col_number": "#",
    "col_action": "Action",
    "col_owner": "Owner",
    "col_due": "Due",
    "col_status": "Status",
    "evidence_line": "<br/>Evidence: {evidence}",
    "approx_note": (
        "* Approximate: working days counted Monday to Friday, public holidays not counted."
    ),
    # 6 Approvals and sign-off
    "signoff_intro": (
        "The preparing counsel signs as preparer, a second counsel reviews and counsel "
        "with authority approves; the preparer may not review or approve the same version."
    ),
    "signoff_draft": " This version is a draft: it is not signed and records no advice given.",
    "waiver": (
        "One-person waiver: the vault’s setting allows the preparer to review or approve "
        "the same version; the waiver is recorded in the vault’s audit history."
    ),
    "col_capacity": "Capacity",
    "col_name": "Name and title",
    "col_signed": "Signed (UTC)",
    "col_certificate": "Certificate",
    "col_signature": "Signature",
    "wet_ink": "Signature: ____________________",
    "digitally_signed": "Digitally signed (PDF signature)",
    # 7 Scope and limits
    "scope_first": (
        "This memo addresses the law of: {laws}{as_of}; it gives no conclusion under any "
        "other law. The legal bases cited are listed in Appendix B."
    ),
    "as_of": ", as of {date}",
    "as_of_its_date": ", as of its date",
    "prc": "People's Republic of China",
    "us_export_only": "United States (export control only)",
    # The signed memo's fingerprint block (the English memo prints memos.sections' own)
    "fingerprint_title": (
        "<b>Memo fingerprint</b> (SHA-256 of the memo content, signatures excluded)"
    ),
    "fingerprint_note": (
        "A paper copy can be checked against the archive by scanning the code or "
        "comparing this fingerprint with the stored signed version."
    ),
    "history_title": "<b>Vault history when signed</b> ({events} audit events)",
    # Appendix A
    "tier_decided_by": "Knowledge tier: {tier}. Decided by:",
    "col_question": "Question",
    "col_answer": "Answer",
    "no_intake": "No intake answers have been recorded yet.",
    "unanswered_once": "The questions not answered are listed once, in section 3.",
    "questions_not_answered": "Questions not answered",
    # Appendix B
    "paraphrase_note": (
        "The summaries below are paraphrases written for orientation, not quotations "
        "of the instruments; consult the official text before relying on any "
        "provision. Press reports are cited as practice to check, never as law."
    ),
    "no_bases": "This memo cites no legal basis.",
    "ref_id": "Reference {id}",
    "provision": "Provision: {article}",
    "in_force": "In force: {date}",
    "source": "Source: {source}",
    "meta_separator": " · ",
    "unverified_report": "<b>Unverified report — not law</b>",
    "unverified_law": "<b>" + UNVERIFIED_MARK.strip("()").capitalize() + "</b>",
    "provision_text": "<b>Text of the provision:</b> {text}",
    "provision_source": "Text quoted from: {source}",
    # Appendix C
    "checklist_empty": "The checklist is empty: no item was triggered.",
    "col_item": "Item",
    "col_severity": "Severity",
    "col_decision": "Decision",
    "item_note": "<br/><i>Note:</i> {note}",
    "item_evidence": "<br/><i>Evidence:</i> {evidence}",
    "no_longer_applies": (
        "<br/><i>No longer applies after a change of answers; kept for the record.</i>"
    ),
    "blocking_cell": "<br/><b>Blocking</b>",
    # Composed sentences (memos.compose_v2)
    "unknown_due": "Unknown — establish the date",
    "no_set_date": "No set date",
    "approx_suffix": " approx.*",
    "overdue_suffix": " — overdue",
    "to_assign": "To assign",
    "open_facts_prefix": "Proceed, subject to the open facts listed. ",
    "disclaimer": (
        "This memo is advice to the addressee on the facts stated in it, as recorded on the date "
        "shown, and on the law as of the date shown. It is not advice to the person reviewed or "
        "to anyone else, and it may not be relied on if the facts change or prove different. It "
        "does not address tax, immigration or the law of any jurisdiction other than those named."
    ),
    "us_counsel_note": (
        "Conclusions on US law are given for orientation only and are to be confirmed by "
        "US-qualified counsel before anyone relies on them."
    ),
    "addressee": "Legal and Compliance, {client}",
    "us_privilege_legend": (
        "Privileged & Confidential — Attorney–Client Communication / Attorney Work Product"
    ),
}

OWNERS = {
    "legal": "Legal",
    "hr": "HR",
    "security": "Security",
    "it": "IT",
    "management": "Management",
    "the_person": "The person",
}

DECISIONS = {
    "open": "Open — no decision yet",
    "done": "Done",
    "not_applicable": "Not applicable",
    "escalated": "Escalated",
}

CAPACITIES = {code: f"{word} by" for code, word in vocabulary.CAPACITIES.items()}
