"""YAML for files a user or a colleague hands us (scenarios, definitions, rules): PyYAML's safe
loader without aliases.

`yaml.safe_load` still expands aliases, and a few hundred bytes of nested aliases (a "billion
laughs" document) expand to gigabytes: 387 bytes took 3 GB and 45 s before failing. Outbound's own
files never use anchors or aliases, so an alias is refused the moment it is read, before anything
is expanded. Self-contained on purpose: every YAML reader of the package uses this one function.
"""

from __future__ import annotations

from typing import Any

import yaml
from yaml.composer import ComposerError
from yaml.events import AliasEvent
from yaml.nodes import Node

ALIAS_PROBLEM = "YAML aliases (*name) are not accepted in Outbound files; write the value out"


class AliasRefusedError(ComposerError):
    """The document uses an alias. A YAMLError, so callers that handle bad YAML handle it too;
    `problem_mark` says where."""


class _NoAliasLoader(yaml.SafeLoader):
    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        if self.check_event(AliasEvent):
            event = self.peek_event()  # type: ignore[no-untyped-call]
            raise AliasRefusedError(None, None, ALIAS_PROBLEM, event.start_mark)
        return super().compose_node(parent, index)


def safe_load(text: str | bytes) -> Any:
    """Like `yaml.safe_load`, but an alias raises AliasRefusedError instead of expanding."""
    loader = _NoAliasLoader(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()
