"""The reports package is library code: it never imports the shells (cli, api, web)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "sahelwatch" / "reports"
SHELLS = ("cli", "api", "web")


def test_reports_never_import_the_shells():
    assert PACKAGE.is_dir()
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                names = [base] if node.level == 0 else [("." * node.level) + base]
            for name in names:
                parts = name.lstrip(".").split(".")
                absolute = name.startswith("sahelwatch.")
                relative_to_root = name.startswith("..")
                if (absolute and len(parts) > 1 and parts[1] in SHELLS) or (relative_to_root and parts[0] in SHELLS):
                    offenders.append(f"{path.name}: {name}")
    assert not offenders, offenders
