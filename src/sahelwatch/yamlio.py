"""Reading the curated YAML data files: libyaml's C loader when present (ten times faster), the
pure-Python safe loader otherwise. Both only build plain data (no arbitrary objects)."""

from __future__ import annotations

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str):
    return yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader
