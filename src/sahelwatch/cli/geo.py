"""``sahelwatch geo``: import admin boundaries, list them, and show the spatial keys of a point."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import List, Optional

import typer
from rich.markup import escape

from ._shell import emit, state, stdout

app = typer.Typer(help="Places: admin boundaries and spatial keys.", no_args_is_help=True)


@app.command("import")
def import_(
    ctx: typer.Context,
    file: Path = typer.Argument(..., help="Boundary file: shapefile, GeoJSON, TopoJSON, GeoPackage, or a P-code CSV."),
    level: int = typer.Option(..., "--level", min=1, max=3, help="Admin level of the units to import (1, 2 or 3)."),
    iso3: Optional[str] = typer.Option(None, "--iso3", help="Country of every unit, when the file does not say."),
    name_field: Optional[str] = typer.Option(None, "--name-field", help="Field with the unit name."),
    pcode_field: Optional[str] = typer.Option(None, "--pcode-field", help="Field with the unit P-code."),
    parent_pcode_field: Optional[str] = typer.Option(None, "--parent-pcode-field", help="Field with the parent's P-code."),
    layer: Optional[str] = typer.Option(None, "--layer", help="Layer to read, for multi-layer files."),
) -> None:
    """Import admin boundaries (OCHA COD-AB, GADM, geoBoundaries, P-code table) into the database."""
    from ..geo.boundaries import import_boundaries
    from ..store import open_store

    st = state(ctx)
    with open_store(st.db) as store:
        r = import_boundaries(store, file, level=level, iso3=iso3, name_field=name_field,
                              pcode_field=pcode_field, parent_pcode_field=parent_pcode_field, layer=layer)
    emit(st, r, lambda d: stdout.print(
        f"{d['units']} level-{d['level']} units from {escape(d['file'])} ({escape(', '.join(d['countries']))}): "
        f"{d['with_pcode']} with a P-code, {d['with_polygon']} with a polygon"))


@app.command("boundaries")
def boundaries(ctx: typer.Context) -> None:
    """List the imported boundaries: units per country, level and source."""
    from ..store import open_store

    st = state(ctx)
    with open_store(st.db, read_only=True) as store:
        rows = store.boundaries.summary()

    def human(d):
        if not d["boundaries"]:
            stdout.print("no boundaries imported (see 'sahelwatch geo import --help')")
        for r in d["boundaries"]:
            stdout.print(f"{r['iso3']} level {r['level']}: {r['units']} units, {r['with_pcode']} P-codes, "
                         f"{r['with_polygon']} polygons  ({escape(r['source'])})")

    emit(st, {"boundaries": rows}, human)


@app.command("keys")
def keys(
    ctx: typer.Context,
    lat: float = typer.Option(..., "--lat", min=-90.0, max=90.0, help="Latitude (WGS84, decimal degrees)."),
    lon: float = typer.Option(..., "--lon", min=-180.0, max=180.0,
                              help="Longitude (WGS84, decimal degrees; west is negative)."),
    iso3: Optional[str] = typer.Option(None, "--iso3", help="The country the source gives (else located)."),
    admin1: Optional[str] = typer.Option(None, "--admin1", help="The source's admin-1 name."),
    admin2: Optional[str] = typer.Option(None, "--admin2", help="The source's admin-2 name."),
) -> None:
    """Show the spatial keys of one point (with the database's imported boundaries, if any)."""
    from ..geo.keys import point_keys

    st = state(ctx)
    r = point_keys(lat, lon, iso3=iso3, admin1=admin1, admin2=admin2, db=st.db)
    emit(st, r, lambda d: [stdout.print(escape(f"{k:15} {v}")) for k, v in d.items()])


@app.command("learn")
def learn(ctx: typer.Context) -> None:
    """Teach the gazetteer the places named by the stored events (used by 'extract')."""
    from ..derive import learn_gazetteer
    from ..store import open_store

    st = state(ctx)
    with open_store(st.db, create=False) as store:
        report = learn_gazetteer(store)
    emit(st, report, lambda d: stdout.print(escape(", ".join(f"{k} {v}" for k, v in d.items()))))


@app.command("lookup")
def lookup(
    ctx: typer.Context,
    names: List[str] = typer.Argument(..., help="Place names, e.g. Boni 'Ménaka'."),
    country: Optional[str] = typer.Option(None, "--country", help="Country name or ISO3."),
    admin1: Optional[str] = typer.Option(None, "--admin1"),
    admin2: Optional[str] = typer.Option(None, "--admin2"),
) -> None:
    """Look places up in the gazetteer (shipped GeoNames data plus what 'geo learn' saved)."""
    from ..derive import gazetteer_for
    from ..geo.gazetteer import Gazetteer
    from ..store import is_url, open_store

    st = state(ctx)
    if is_url(st.db) or st.db.exists():
        with open_store(st.db, read_only=True) as store:
            gaz = gazetteer_for(store)
    else:
        gaz = Gazetteer.default()
    out = []
    for name in names:
        m = gaz.lookup(name, country=country, admin1=admin1, admin2=admin2)
        out.append({"name": name, "is_ambiguous": m.is_ambiguous, "gap": m.gap,
                    "candidates": [dataclasses.asdict(c) for c in list(m)[:10]]})

    def human(rows):
        for r in rows:
            stdout.print(f"{escape(r['name'])}: {len(r['candidates'])} candidates" + (" (ambiguous)" if r["is_ambiguous"] else ""))
            for c in r["candidates"][:5]:
                stdout.print(f"  {escape(str(c.get('name')))} {c.get('iso3')} {escape(str(c.get('admin1')))}/{escape(str(c.get('admin2')))} "
                             f"({c.get('latitude')}, {c.get('longitude')}) score {c.get('score'):.2f}")

    emit(st, out, human)
