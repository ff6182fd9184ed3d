"""Where the stored programs run, for a map: one entry per admin2 unit with the programs there and a
point to draw it at. The point is the centroid of the unit's imported polygon (``geo import`` with
geometry) when there is one, else the centroid of its admin1 region among the bundled boundaries
(``located`` says which), else none: such an area is still listed, with ``located`` null, so a map can
count what it could not draw."""

from __future__ import annotations

import numpy as np
import shapely

from ..geo.admin_names import admin_norm
from ..geo.boundaries import stored_boundaries
from ..geo.bundled_admin import bundled_admin


def _iso(value) -> str | None:
    return value.isoformat() if hasattr(value, "isoformat") else value


def _admin2_units(store) -> dict[str, dict]:
    """Imported admin2 units by P-code: name, admin1 name, and the polygon's centroid when known."""
    b = stored_boundaries(store)
    if b is None:
        return {}
    f = b.frame
    names1 = {r.pcode: r.name for r in f[f["level"] == 1].itertuples(index=False) if isinstance(r.pcode, str)}
    units: dict[str, dict] = {}
    for r in f[(f["level"] == 2) & f["pcode"].notna()].itertuples(index=False):
        geom = getattr(r, "geometry", None)
        point = None
        if geom is not None and not shapely.is_empty(geom):
            c = shapely.centroid(geom)
            point = (round(float(c.x), 4), round(float(c.y), 4))
        parent = r.parent_name if isinstance(r.parent_name, str) else names1.get(r.parent_pcode)
        unit = units.setdefault(r.pcode, {"admin2": r.name, "admin1": parent, "point": point})
        unit["point"] = unit["point"] or point
        unit["admin1"] = unit["admin1"] or parent
    return units


def _admin1_centroids() -> dict[tuple[str, str], tuple[float, float]]:
    lv = bundled_admin(1)
    if lv is None:
        return {}
    out = {}
    for iso3, norm, geom in zip(lv.iso3, lv.name_norm, lv.geometry):
        c = shapely.centroid(geom)
        out[(iso3, norm)] = (round(float(c.x), 4), round(float(c.y), 4))
    return out


def program_places(store, *, program_type: str | None = None, country: str | None = None) -> dict:
    """``{"count", "located": {"admin2", "admin1", "none"}, "areas": [...]}``; each area has
    ``admin2_pcode, admin2, admin1, iso3, lon, lat, located, n_programs, programs`` (each program's id,
    title, organisation, type and dates), ordered by P-code."""
    programs = {p["program_id"]: p for p in store.programs.list(program_type=program_type, country=country)}
    frame = store.programs.areas_frame()
    frame = frame[frame["program_id"].isin(list(programs))]
    units = _admin2_units(store)
    centroids = _admin1_centroids()
    areas = []
    for pcode, g in frame.groupby("admin2_pcode", sort=True):
        unit = units.get(pcode, {})
        iso3 = next((v for v in g["iso3"] if isinstance(v, str)), None)
        admin1 = unit.get("admin1")
        point, located = unit.get("point"), "admin2"
        if point is None:
            located = None
            if admin1 and iso3:
                norm = admin_norm(np.array([iso3], dtype=object), np.array([admin1], dtype=object), 1)[1][0]
                point = centroids.get((iso3, norm))
                located = "admin1" if point else None
        progs = []
        for pid in sorted(set(g["program_id"])):
            p = programs[pid]
            progs.append({"program_id": pid, "title": p.get("title"), "organisation": p.get("organisation"),
                          "program_type": p.get("program_type"), "start_date": _iso(p.get("start_date")),
                          "end_date": _iso(p.get("end_date"))})
        areas.append({"admin2_pcode": pcode, "admin2": unit.get("admin2"), "admin1": admin1, "iso3": iso3,
                      "lon": point[0] if point else None, "lat": point[1] if point else None,
                      "located": located, "n_programs": len(progs), "programs": progs})
    located = {k: sum(1 for a in areas if a["located"] == k) for k in ("admin2", "admin1")}
    located["none"] = len(areas) - located["admin2"] - located["admin1"]
    return {"count": len(areas), "located": located, "areas": areas}
