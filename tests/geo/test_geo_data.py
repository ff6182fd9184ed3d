"""The shipped geo reference data: documented, sourced, and loadable."""

from __future__ import annotations

import csv
from importlib import resources

from sahelwatch.geo.names import fold_name

DATA = resources.files("sahelwatch.geo") / "data"


def test_every_shipped_data_file_is_in_the_provenance_file():
    provenance = (DATA / "PROVENANCE.md").read_text(encoding="utf-8")
    files = [p.name for p in DATA.iterdir() if p.suffix in (".csv", ".parquet")]
    assert files
    missing = [f for f in files if f"`{f}`" not in provenance]
    assert not missing, f"not documented in PROVENANCE.md: {missing}"


def test_every_curated_row_has_a_source_and_a_date():
    for name in ("country_aliases.csv", "country_extents.csv", "gw_codes.csv", "admin_names.csv",
                 "admin1_seats.csv", "liptako_gourma.csv"):
        with (DATA / name).open(encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        assert rows, name
        bad = [r for r in rows if not r.get("source") or not r.get("date")]
        assert not bad, f"{name}: rows without source/date: {bad[:3]}"


def test_each_admin_unit_has_one_canonical_name():
    with (DATA / "admin_names.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    seen: dict = {}
    for r in rows:
        key = (r["iso3"], r["level"], fold_name(r["alias"]))
        seen.setdefault(key, set()).add(r["canonical"])
    clashes = {k: v for k, v in seen.items() if len(v) > 1}
    assert not clashes, clashes
    # and every canonical name is one of its own aliases
    canon = {(r["iso3"], r["level"], r["canonical"]) for r in rows}
    aliases = {(r["iso3"], r["level"], r["alias"]) for r in rows}
    assert canon <= aliases


def test_name_folding():
    assert fold_name("Ségou") == "segou"
    assert fold_name("Côte d'Ivoire") == "cote d ivoire"
    assert fold_name("Bosnia-Herzegovina") == fold_name("bosnia herzegovina")
    assert fold_name("Trinidad & Tobago") == "trinidad and tobago"
    assert fold_name("  ") is None and fold_name(None) is None and fold_name(float("nan")) is None
