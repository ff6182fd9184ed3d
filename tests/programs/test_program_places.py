"""Where programs are drawn: an admin2 unit imported with a polygon is placed at that polygon's centroid,
ahead of its admin1 region's centre."""

from __future__ import annotations

import json

from tests.api.program_store import build


def test_an_imported_polygon_places_its_area_at_the_polygon_centroid(tmp_path):
    from sahelwatch.geo.boundaries import import_boundaries
    from sahelwatch.programs.places import program_places
    from sahelwatch.store import open_store

    db = tmp_path / "p.duckdb"
    build(tmp_path, db)
    square = {"type": "FeatureCollection", "features": [{
        "type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[-4, 14], [-3, 14], [-3, 15], [-4, 15], [-4, 14]]]},
        "properties": {"admin2Pcode": "ML0582", "admin2Name_fr": "Sarewali", "admin1Pcode": "ML05", "admin1Name_fr": "Mopti"}}]}
    (tmp_path / "sarewali.geojson").write_text(json.dumps(square), encoding="utf-8")
    with open_store(db) as store:
        import_boundaries(store, tmp_path / "sarewali.geojson", level=2, iso3="MLI")
        body = program_places(store)
    by_code = {a["admin2_pcode"]: a for a in body["areas"]}
    assert (by_code["ML0582"]["lon"], by_code["ML0582"]["lat"], by_code["ML0582"]["located"]) == (-3.5, 14.5, "admin2")
    assert by_code["ML0581"]["located"] == "admin1" and by_code["ML9181"]["located"] is None
    assert body["located"] == {"admin2": 1, "admin1": 2, "none": 1}
