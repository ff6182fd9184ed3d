"""The actors package is library code: it never imports the shells (cli, api, web)."""

from __future__ import annotations

import ast
from pathlib import Path

import sahelwatch.actors

PKG = Path(sahelwatch.actors.__file__).resolve().parent
SHELLS = ("cli", "api", "web")


def test_actors_never_import_the_shells():
    bad = []
    for path in PKG.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                mod = node.module or ""
                parts = mod.split(".")
                if (node.level >= 2 and parts[0] in SHELLS) or (mod.startswith("sahelwatch.") and parts[1] in SHELLS):
                    bad.append(f"{path.name}: from {'.' * node.level}{mod}")
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    p = alias.name.split(".")
                    if p[0] == "sahelwatch" and len(p) > 1 and p[1] in SHELLS:
                        bad.append(f"{path.name}: import {alias.name}")
    assert not bad, bad
