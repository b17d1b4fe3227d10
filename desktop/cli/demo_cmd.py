"""`outbound demo PATH`: a vault holding the shared scenarios as matters in different states."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any


def register(sub: Any) -> None:
    demo = sub.add_parser(
        "demo",
        help="make a demo vault (passphrase from OUTBOUND_PASSPHRASE, else 'demo'; its counsel's "
        "signing passphrase: 'demo')",
    )
    demo.add_argument("path", metavar="PATH", help="where to create the demo vault")
    demo.set_defaults(handler=_demo)


def _demo(args: argparse.Namespace) -> int:
    from desktop.demo import COUNSEL, SIGNER_PASSPHRASE, build_demo_vault

    passphrase = os.environ.get("OUTBOUND_PASSPHRASE") or "demo"
    path = Path(args.path)
    matters, recovery_key = build_demo_vault(path, passphrase)
    print(f"\nDemo vault created at {path} with {len(matters)} matters.")
    source = "from OUTBOUND_PASSPHRASE" if "OUTBOUND_PASSPHRASE" in os.environ else "demo"
    print(f"Passphrase: {source}")
    print(f"Recovery key: {recovery_key}")
    counsel = " and ".join(name for name, _title in COUNSEL)
    print(f"Signing passphrase of {counsel} (asked when they sign): {SIGNER_PASSPHRASE}")
    print(f"Open it with: outbound open {path}")
    return 0
