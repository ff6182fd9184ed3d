"""The forecasting library never imports the shells (cli, api, web)."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "sahelwatch" / "forecasting"
SHELLS = ("cli", "api", "web")


def _imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                yield a.name
        elif isinstance(node, ast.ImportFrom):
            base = "." * node.level + (node.module or "")
            yield base
            for a in node.names:
                yield f"{base}.{a.name}" if node.module else base + a.name


def test_forecasting_does_not_import_the_shells():
    files = sorted(SRC.glob("*.py"))
    assert files, "the forecasting package is missing"
    bad = []
    for f in files:
        for name in _imports(f):
            parts = name.lstrip(".").split(".")
            absolute = name.startswith("sahelwatch.")
            relative_up = name.startswith("..")
            head = parts[1] if absolute and len(parts) > 1 else parts[0]
            if (absolute or relative_up) and head in SHELLS:
                bad.append(f"{f.name}: {name}")
    assert not bad, bad
