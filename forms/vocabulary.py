"""The one vocabulary: every code the vault, the files and `--json` keep, in its order, with the
English words a person reads for it. The window translates these words (desktop/ui/labels.py),
the memo and the command line print them (memos/labels.py, desktop/cli/words.py); each imports
the codes from here, and tests/test_vocabulary.py holds their label maps to exactly these codes.
"""

from __future__ import annotations

from forms.definitions import KIND_NAMES

# Kinds of matter: the one name of each (forms.definitions, where the intake titles use it).
KINDS: dict[str, str] = dict(KIND_NAMES)

MATTER_STATUSES: dict[str, str] = {
    "intake": "Intake",
    "review": "Review",
    "memo_draft": "Memo draft",
    "signed": "Signed",
    "closed": "Closed",
    "archived": "Archived",
}

RECOMMENDATIONS: dict[str, str] = {
    "proceed": "Proceed",
    "proceed_with_conditions": "Proceed with conditions",
    "hold_pending_approval": "Hold pending approval",
    "do_not_proceed": "Do not proceed",
}

TIERS: dict[int, str] = {
    1: "Tier 1 — critical knowledge carrier",
    2: "Tier 2 — sensitive access",
    3: "Tier 3 — general staff",
}

# Least to most severe, as the rules files list them; SEVERITY_ORDER sorts most severe first.
SEVERITIES: dict[str, str] = {
    "info": "Info",
    "caution": "Caution",
    "high": "High",
    "critical": "Critical",
}
SEVERITY_ORDER: dict[str, int] = {"critical": 0, "high": 1, "caution": 2, "info": 3}

# Counsel's decision on a checklist item.
ITEM_STATUSES: dict[str, str] = {
    "open": "Open",
    "done": "Done",
    "not_applicable": "Not applicable",
    "escalated": "Escalated",
}

# In what capacity counsel signs a memo version.
CAPACITIES: dict[str, str] = {
    "prepared": "Prepared",
    "reviewed": "Reviewed",
    "approved": "Approved",
}
