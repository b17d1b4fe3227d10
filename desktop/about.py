"""What `outbound --version` and Help > About report: the application's version, the vault format
it writes and the review policy it applies. All three come from the shipped code and data, never
from a vault, so they describe this installation whatever vault is (or is not) open.
"""

from __future__ import annotations

from dataclasses import dataclass

import desktop
from casework.vaults import KEY_FILE_FORMAT, head_revision
from forms.rules import load_rule_set


@dataclass(frozen=True)
class VersionInfo:
    app: str
    vault_schema: str  # the newest migration: vaults are written (and migrated) to this
    key_file_format: int
    policy_version: int

    @property
    def vault_format(self) -> str:
        return f"{self.vault_schema} (key file {self.key_file_format})"

    def lines(self) -> list[str]:
        return [
            f"Outbound {self.app}",
            f"Vault format: {self.vault_format}",
            f"Review policy: version {self.policy_version}",
        ]


def version_info() -> VersionInfo:
    policy = load_rule_set()
    return VersionInfo(
        app=desktop.__version__,
        vault_schema=head_revision(),
        key_file_format=KEY_FILE_FORMAT,
        policy_version=policy.version,
    )
