"""A demo vault: the shared scenarios as matters in different states, for trying Outbound.

States: intake, review (with decisions and an override), memo drafted, signed with a demo
certificate (prepared and reviewed), closed, and archived.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from resources import RESOURCES_DIR

DEMO_DIR = RESOURCES_DIR / "demo"
ORGANISATION = "Harbour & Reed LLP"
ACTOR = "Demo Counsel"


@dataclass(frozen=True)
class DemoMatter:
    reference: str
    status: str


def demo_scenarios() -> list[dict[str, Any]]:
    return [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(DEMO_DIR.glob("*.yaml"))]


def build_demo_vault(
    path: Path, passphrase: str, *, progress: Callable[[str], None] = print
) -> tuple[list[DemoMatter], str]:
    """Create the vault at `path`; returns the matters made and the recovery key."""
    from casework.counsel import SIGNING_KEY_PURPOSE, add_counsel, set_certificate
    from casework.matters import (
        create_matter,
        override_recommendation,
        set_item_status,
        set_status,
    )
    from casework.memo_workflow import draft_memo, sign_memo
    from casework.settings import update_settings
    from casework.vaults import Vault
    from memos.pades import generate_self_signed

    vault, recovery_key = Vault.create(path, passphrase)
    made: list[DemoMatter] = []
    try:
        with vault.session() as session:
            update_settings(session, ACTOR, organisation=ORGANISATION, reference_prefix="HR")
            lead = add_counsel(session, name="Margaret Chen", title="Partner", actor=ACTOR)
            key_pem, cert_pem = generate_self_signed("Margaret Chen", ORGANISATION)
            set_certificate(
                session,
                lead,
                key_pem=key_pem,
                cert_pem=cert_pem,
                wrapping_key=vault.subkey(SIGNING_KEY_PURPOSE),
                actor=ACTOR,
            )
            add_counsel(session, name="David Osei", title="Senior Associate", actor=ACTOR)
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
            with vault.session() as session:
                matter = create_matter(
                    session,
                    kind=scenario["kind"],
                    title=scenario["title"],
                    answers=scenario["answers"],
                    actor=ACTOR,
                )
                ref = matter.reference
                number = f"{len(made) + 1:02d}"
                plan = plans.get(number, "intake")
                if plan != "intake":
                    set_status(session, matter.id, "review", actor=ACTOR)
                    for item in matter.checklist_items[:1]:
                        set_item_status(
                            session,
                            item.id,
                            status="done",
                            actor=ACTOR,
                            note="Confirmed with HR and the line manager.",
                        )
                if plan == "review_override":
                    override_recommendation(
                        session,
                        matter.id,
                        recommendation="proceed_with_conditions",
                        reason="Data-transfer contract already filed; remaining items are "
                        "conditions of the collaboration agreement.",
                        actor=ACTOR,
                    )
                if plan in ("memo_draft", "signed", "closed", "archived"):
                    draft_memo(
                        session,
                        ref,
                        actor=ACTOR,
                        counsel_from="Margaret Chen, Partner",
                        narrative={
                            "summary": scenario["title"] + ". Reviewed on the "
                            "facts given by the client at intake."
                        },
                    )
                if plan in ("signed", "closed", "archived"):
                    sign_memo(
                        vault,
                        session,
                        ref,
                        counsel_name="Margaret Chen",
                        capacity="prepared",
                        actor=ACTOR,
                    )
                    sign_memo(
                        vault,
                        session,
                        ref,
                        counsel_name="David Osei",
                        capacity="reviewed",
                        actor=ACTOR,
                    )
                if plan in ("closed", "archived"):
                    set_status(session, matter.id, "closed", actor=ACTOR)
                if plan == "archived":
                    set_status(session, matter.id, "archived", actor=ACTOR)
                status = matter.status
            made.append(DemoMatter(ref, status))
            progress(f"{ref}  {status:<10}  {scenario['title']}")
    finally:
        vault.lock()
    return made, recovery_key
