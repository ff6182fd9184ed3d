"""Load the curated reference files of ``analytics/data`` into immutable objects."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

from ..errors import InputError
from ..yamlio import load_yaml


@dataclass(frozen=True, slots=True)
class ExecutionCue:
    pattern: re.Pattern
    lang: str
    strength: str  # strong | weak
    source: str
    date: str


def _load(name: str) -> dict:
    path = resources.files("sahelwatch.analytics") / "data" / name
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise InputError(f"cannot read reference file: {e}", path=str(name)) from e
    if not isinstance(data, dict):
        raise InputError("reference file must hold a mapping", path=str(name))
    return data


def _need(entry: dict, keys: tuple[str, ...], name: str, i: int) -> None:
    missing = [k for k in keys if not entry.get(k)]
    if missing:
        raise InputError(f"entry {i} lacks {', '.join(missing)} (every entry needs its source and date)", path=name)


@lru_cache(maxsize=1)
def execution_cues() -> tuple[ExecutionCue, ...]:
    name = "execution_cues.yaml"
    out = []
    for i, e in enumerate(_load(name).get("cues") or []):
        _need(e, ("pattern", "lang", "strength", "source", "date"), name, i)
        if e["strength"] not in ("strong", "weak"):
            raise InputError(f"entry {i}: strength must be strong or weak", path=name)
        out.append(ExecutionCue(re.compile(e["pattern"], re.IGNORECASE), e["lang"], e["strength"], e["source"], str(e["date"])))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class Milestone:
    kind: str  # deployment | withdrawal
    date: str  # YYYY-MM-DD
    source: str
    recorded: str
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Partner:
    key: str
    label: str
    actor_ids: tuple[str, ...]
    actor_pattern: re.Pattern
    milestones: tuple[Milestone, ...]


@lru_cache(maxsize=1)
def partner_forces() -> dict[str, Partner]:
    name = "partner_forces.yaml"
    out = {}
    for key, e in (_load(name).get("partners") or {}).items():
        _need(e, ("label", "actor_pattern", "milestones"), name, key)
        ms = []
        for i, m in enumerate(e["milestones"]):
            _need(m, ("kind", "date", "source", "recorded"), name, f"{key}.milestones[{i}]")
            if m["kind"] not in ("deployment", "withdrawal"):
                raise InputError(f"{key}: milestone kind must be deployment or withdrawal", path=name)
            ms.append(Milestone(m["kind"], str(m["date"]), m["source"], str(m["recorded"]), m.get("note")))
        out[key] = Partner(key, e["label"], tuple(e.get("actor_ids") or ()), re.compile(e["actor_pattern"]), tuple(ms))
    return out
