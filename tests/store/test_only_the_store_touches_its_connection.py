"""The store is a facade: code outside src/sahelwatch/store/ goes through its parts (``store.events``,
``store.boundaries`` ...) and methods (``store.checkpoint()``), never through its connection (``.con``), and
opens no database engine of its own. A source scan; the few exceptions are listed with their reasons."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "sahelwatch"

#: file (relative to src/sahelwatch) -> why it may hold a database connection of its own
ALLOWED = {
    "api/db.py": "the server's in-memory snapshot: it opens an in-memory DuckDB, attaches the file read-only and "
                 "copies it whole (one lock of the file per copy, not per request), then hands the copy to the "
                 "store's facade (Store(connection=...)), through which every answer reads; its own SQL is "
                 "engine-level (ATTACH, COPY FROM DATABASE, the tables' digest), not a read of the store's rows",
}


def connection_uses(source: str) -> list[tuple[int, str]]:
    """(line, what) for each use of a ``.con`` attribute and each import of a database driver in ``source``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr == "con":
            found.append((node.lineno, f"{ast.unparse(node)}"))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, f"import {a.name}") for a in node.names
                      if a.name.split(".")[0] in ("duckdb", "psycopg")]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in ("duckdb", "psycopg"):
            found.append((node.lineno, f"from {node.module} import ..."))
    return sorted(found)


def _outside_the_store() -> dict[str, list[tuple[int, str]]]:
    out = {}
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC).as_posix()
        if rel.startswith("store/"):
            continue
        uses = connection_uses(path.read_text(encoding="utf-8"))
        if uses:
            out[rel] = uses
    return out


def test_no_code_outside_the_store_touches_a_connection():
    found = _outside_the_store()
    leaks = [f"{rel}:{line}: {what}" for rel, uses in found.items() if rel not in ALLOWED for line, what in uses]
    assert not leaks, ("code outside store/ uses a database connection; add a part or method to the store's "
                       "facade instead:\n" + "\n".join(leaks))
    stale = sorted(set(ALLOWED) - set(found))
    assert not stale, f"allowed exceptions that no longer hold a connection (remove them): {stale}"


def test_the_scan_finds_a_connection_however_it_is_reached():
    planted = ("from duckdb import connect\n"
               "import psycopg\n"
               "def f(store, s):\n"
               "    store.con.execute('CHECKPOINT')\n"
               "    rows = load(s.con)\n"
               "    return getattr(store, 'events').con\n")
    assert [line for line, _ in connection_uses(planted)] == [1, 2, 4, 5, 6]
    assert connection_uses("def f(store):\n    store.checkpoint()\n    return store.boundaries.load(level=1)\n") == []
