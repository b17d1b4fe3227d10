"""YAML for files a user or a colleague hands us (scenarios, definitions, rules): PyYAML's safe
loader without aliases.

`yaml.safe_load` still expands aliases, and a few hundred bytes of nested aliases (a "billion
laughs" document) expand to gigabytes: 387 bytes took 3 GB and 45 s before failing. Outbound's own
files never use anchors or aliases, so an alias is refused the moment it is read, before anything
is expanded. Self-contained on purpose: every YAML reader of the package uses this one function.
"""

from __future__ import annotations

from typing import Any, cast

import yaml
from yaml.composer import ComposerError
from yaml.events import AliasEvent

ALIAS_PROBLEM = "YAML aliases (*name) are not accepted in Outbound files; write the value out"


class AliasRefusedError(ComposerError):
    """The document uses an alias. A YAMLError, so callers that handle bad YAML handle it too;
    `problem_mark` says where."""


# libyaml's C parser where the wheel has it (several times faster than the pure-Python one);
# both build the same safe types.
FAST_SAFE_LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str | bytes) -> Any:
    """Like `yaml.safe_load`, but an alias raises AliasRefusedError instead of expanding.

    An alias needs a `*`; only text holding one is first read as events (no node is built, so
    nothing expands) to find it.
    """
    has_star = "*" in text if isinstance(text, str) else b"*" in text
    if has_star:
        for event in yaml.parse(text, Loader=FAST_SAFE_LOADER):
            if isinstance(event, AliasEvent):
                mark = cast("yaml.error.Mark | None", event.start_mark)  # libyaml's has the same
                raise AliasRefusedError(None, None, ALIAS_PROBLEM, mark)
    return yaml.load(text, Loader=FAST_SAFE_LOADER)  # noqa: S506 - a safe loader
