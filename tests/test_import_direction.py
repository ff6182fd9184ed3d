"""Imports point one way: the library never imports its shells (cli, api, web) nor its Spark jobs (scale)."""

from __future__ import annotations

import ast
from pathlib import Path

import sahelwatch

PKG = Path(sahelwatch.__file__).resolve().parent
SHELLS = ("cli", "api", "web", "scale")


def _absolute(path: Path, node: ast.ImportFrom) -> str:
    if node.level == 0:
        return node.module or ""
    parts = list(path.relative_to(PKG.parent).with_suffix("").parts)
    base = parts[: len(parts) - node.level]
    return ".".join(base + ([node.module] if node.module else []))


def test_library_modules_never_import_the_shells():
    bad = []
    checked = 0
    for path in PKG.rglob("*.py"):
        rel = path.relative_to(PKG).parts
        if rel[0] in SHELLS or rel[0] == "__main__.py":
            continue
        checked += 1
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom):
                mod = _absolute(path, node)
                names = [mod] + [f"{mod}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            for name in names:
                p = name.split(".")
                if len(p) > 1 and p[0] == "sahelwatch" and p[1] in SHELLS:
                    bad.append(f"{path.relative_to(PKG)}: {name}")
    assert checked > 50
    assert not bad, bad
