"""Analytics is a domain package: it never imports the shells (cli, api, web)."""

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "sahelwatch"


def test_analytics_and_context_readers_never_import_the_shells():
    files = sorted((SRC / "analytics").rglob("*.py")) + [SRC / "sources" / "context.py"]
    assert len(files) >= 9
    bad = []
    for f in files:
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                mod = node.module or ""
                names = [("." * node.level) + mod]
            for n in names:
                parts = n.lstrip(".").split(".")
                if any(p in ("cli", "api", "web") for p in parts[:2]) and ("sahelwatch" in n or n.startswith(".")):
                    bad.append(f"{f.name}: {n}")
    assert not bad, bad
