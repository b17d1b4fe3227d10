"""A demo vault: the shared scenarios as matters in different states, for trying Outbound.

States: intake, review (with decisions and an override), memo drafted, signed with a demo
certificate (prepared and reviewed), closed, and archived. Each demo counsel's signing key is
under their own signing passphrase, SIGNER_PASSPHRASE.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from resources import RESOURCES_DIR

if TYPE_CHECKING:
    from casework.workspace import Workspace

DEMO_DIR = RESOURCES_DIR / "demo"
ORGANISATION = "Harbour & Reed LLP"
ACTOR = "Demo Counsel"
# Each demo counsel's own signing passphrase (the Sign dialog and `memo sign` ask for it);
# printed by `outbound demo` and in the README, like the vault's.
SIGNER_PASSPHRASE = "demo"  # noqa: S105 - a throwaway demo vault
COUNSEL = (("Margaret Chen", "Partner"), ("David Osei", "Senior Associate"))


@dataclass(frozen=True)
class DemoMatter:
    reference: str
    status: str


def demo_scenarios() -> list[dict[str, Any]]:
    return [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(DEMO_DIR.glob("*.yaml"))]


def _make_final(workspace: Workspace, ref: str) -> None:
    """Decide the critical items and list the open facts as assumptions (as `memo draft
    --assume-missing` does), then save the version a reviewer may sign (the signing gates)."""
    for item in workspace.matter(ref).checklist_items:
        if (item.severity == "critical" or item.blocking) and item.status == "open":
            workspace.decide_item(
                item.id, status="escalated",
                note="Escalated to the general counsel for the approvals listed.",
            )
    workspace.draft_memo(ref, assume_missing=True)


def _register_people(
    workspace: Workspace, made: list[DemoMatter], progress: Callable[[str], None]
) -> list[DemoMatter]:
    """The people register (issue 15): each demo matter linked to its person, and the head of
    pre-training (scenario 02) reviewed again for a conference trip, so one person has two
    matters, their standing facts carried over."""
    added: list[DemoMatter] = []
    for demo in made:
        name = workspace.matter(demo.reference).person_name
        if not name:
            continue
        same = workspace.possible_duplicates(name)
        workspace.link_person(demo.reference, same[0].id if same else None)
    returning = [r for r in workspace.people_register("tier1") if r.noncompete_until]
    if returning:
        matter = workspace.new_matter_for_person(returning[0].id, "travel").value
        added.append(DemoMatter(matter.reference, matter.status))
        progress(f"{matter.reference}  {matter.status:<10}  {matter.title}")
    return added


def build_demo_vault(
    path: Path, passphrase: str, *, progress: Callable[[str], None] = print
) -> tuple[list[DemoMatter], str]:
    """Create the vault at `path`; returns the matters made and the recovery key."""
    from casework.vaults import Vault
    from casework.workspace import Workspace

    vault, recovery_key = Vault.create(path, passphrase)
    workspace = Workspace(vault, ACTOR)
    made: list[DemoMatter] = []
    try:
        workspace.update_settings(organisation=ORGANISATION, reference_prefix="HR")
        for name, title in COUNSEL:
            # a personal certificate naming the organisation just set
            workspace.add_counsel(
                name=name, title=title, new_certificate=True, passphrase=SIGNER_PASSPHRASE
            )
        # scenario number -> what happens to it after intake
        plans = {
            "01": "intake",
            "02": "signed",
            "03": "memo_draft",
            "04": "review",
            "05": "review_override",
            "06": "memo_draft",
            "07": "closed",
            "08": "archived",
        }
        for scenario in demo_scenarios():
            matter = workspace.create_matter(
                kind=scenario["kind"], title=scenario["title"], answers=scenario["answers"]
            ).value
            ref = matter.reference
            number = f"{len(made) + 1:02d}"
            plan = plans.get(number, "intake")
            if plan != "intake":
                workspace.set_status(ref, "review")
                for item in matter.checklist_items[:1]:
                    workspace.decide_item(
                        item.id, status="done", note="Confirmed with HR and the line manager."
                    )
            if plan == "review_override":
                workspace.override_recommendation(
                    ref,
                    recommendation="proceed_with_conditions",
                    reason="Data-transfer contract already filed; remaining items are "
                    "conditions of the collaboration agreement.",
                )
            if plan in ("memo_draft", "signed", "closed", "archived"):
                workspace.draft_memo(
                    ref,
                    counsel_from="Margaret Chen, Partner",
                    narrative={
                        "summary": scenario["title"] + ". Reviewed on the "
                        "facts given by the client at intake."
                    },
                )
            if plan in ("signed", "closed", "archived"):
                _make_final(workspace, ref)  # decisions and assumptions a review needs
                for (name, _title), capacity in zip(COUNSEL, ("prepared", "reviewed"), strict=True):
                    workspace.sign_memo(
                        ref, counsel_name=name, capacity=capacity,
                        signer_passphrase=SIGNER_PASSPHRASE,
                    )
            if plan in ("closed", "archived"):
                workspace.set_status(ref, "closed")
            if plan == "archived":
                workspace.set_status(ref, "archived")
            status = workspace.matter(ref).status
            made.append(DemoMatter(ref, status))
            progress(f"{ref}  {status:<10}  {scenario['title']}")
        made += _register_people(workspace, made, progress)
    finally:
        vault.lock()
    return made, recovery_key
