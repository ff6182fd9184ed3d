import ast
from pathlib import Path

from sahelwatch.extraction.resources import actor_entries, cues, place_entries

from .conftest import ROOT


def test_every_curated_entry_carries_provenance():
    for e in (*actor_entries(), *place_entries()):
        assert e.provenance.source and e.provenance.date, e
    assert all(c.provenance.source and c.provenance.date for c in cues().values())


def test_cues_exist_in_both_languages():
    names = {n for n, _ in cues()}
    for n in names:
        assert (n, "fr") in cues() and (n, "en") in cues(), n


def test_place_entries_are_consistent():
    by_admin2 = {(e.country, e.name) for e in place_entries() if e.level == "admin2"}
    for e in place_entries():
        if e.level == "locality":
            assert (e.country, e.admin2) in by_admin2, e.name
            assert -20 < e.longitude < 20 and 8 < e.latitude < 26, e.name


def test_extraction_never_imports_the_shells():
    src = ROOT / "src" / "sahelwatch" / "extraction"
    for path in src.rglob("*.py"):
        tree = ast.parse(Path(path).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                mod = ("." * node.level) + node.module
                assert not any(part in ("cli", "api", "web") for part in mod.lstrip(".").split(".")[:2]), (path, mod)
