"""Admin boundaries a user brings: reading them, and matching points and names against them.

OCHA COD-AB boundaries carry the P-codes that humanitarian data joins on, but their licence
(CC BY-IGO) does not let sahelwatch ship them, and GADM forbids redistribution. So users
import their own with ``sahelwatch geo import`` and :func:`read_boundaries` turns any of
these into one standard table:

* OCHA COD-AB shapefiles or GeoJSON (``admin2Name_fr``/``ADM2_FR``, ``admin2Pcode``/``ADM2_PCODE``...),
* GADM GeoJSON or TopoJSON (``NAME_2``, ``GID_2``, ``GID_0``),
* geoBoundaries (``shapeName``, ``shapeID``, ``shapeGroup``),
* a P-code table without geometry (CSV, optionally HXL-tagged: the ``#adm+code`` row is skipped),
  which gives P-codes to polygons from another source by name.

The standard table (a GeoDataFrame in EPSG:4326) has the columns of :data:`BOUNDARY_COLUMNS`.
:class:`BoundarySet` then answers, for points and source names, which unit and P-code they
fall in.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import shapely
from pyogrio.errors import DataLayerError, DataSourceError

from ..errors import WORKBOOK_ERRORS, InputError, UsageError
from .admin_names import admin_norm
from .countries import locate_country
from .country_codes import country_to_iso3
from .index import PolygonIndex
from .names import Codes

BOUNDARY_COLUMNS = ("iso3", "level", "pcode", "name", "name_norm", "parent_pcode", "parent_name",
                    "source", "imported_at", "geometry")

_ISO2_PCODE = re.compile(r"^([A-Z]{2})\d")


def _first(columns, candidates) -> str | None:
    lower = {c.lower(): c for c in columns}
    for cand in candidates:
        if cand.lower() in lower:
            return lower[cand.lower()]
    return None


def _name_candidates(level: int) -> list[str]:
    n = level
    return [f"admin{n}Name_fr", f"ADM{n}_FR", f"admin{n}Name", f"admin{n}Name_en", f"ADM{n}_EN",
            f"ADM{n}_NAME", f"NAME_{n}", f"adm{n}_name", "shapeName", "Name", "name", "Nom"]


def _pcode_candidates(level: int) -> list[str]:
    n = level
    return [f"admin{n}Pcode", f"admin{n}Pcod", f"ADM{n}_PCODE", f"adm{n}_pcode", "P-Code", "pcode", "Pcode"]


def _parent_candidates(level: int) -> list[str]:
    n = level - 1
    return [f"admin{n}Pcode", f"admin{n}Pcod", f"ADM{n}_PCODE", f"adm{n}_pcode", "Parent P-Code",
            "parent_pcode"] if n >= 1 else []


def _parent_name_candidates(level: int) -> list[str]:
    n = level - 1
    return [f"admin{n}Name_fr", f"ADM{n}_FR", f"admin{n}Name", f"admin{n}Name_en", f"ADM{n}_EN",
            f"NAME_{n}"] if n >= 1 else []


def _iso3_from_pcode(pcodes: pd.Series) -> pd.Series:
    """OCHA P-codes start with the ISO alpha-2 code (ML, BF, NE): the country of each."""
    iso2 = pcodes.astype("string").str.extract(_ISO2_PCODE, expand=False)
    return pd.Series(country_to_iso3(iso2.astype(object).where(iso2.notna(), None).to_numpy()), index=pcodes.index)


def _read_table(path: Path) -> pd.DataFrame:
    """A P-code table: CSV (with an optional HXL hashtag row) or Excel."""
    if path.suffix.lower() in (".xlsx", ".xls"):
        df = pd.read_excel(path, dtype=str)
    else:
        df = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8-sig")
    if len(df) and df.iloc[0].astype(str).str.startswith("#").mean() > 0.5:
        df = df.iloc[1:].reset_index(drop=True)  # the HXL hashtag row
    return df


def read_boundaries(path, *, level: int, iso3: str | None = None, name_field: str | None = None,
                    pcode_field: str | None = None, parent_pcode_field: str | None = None,
                    parent_name_field: str | None = None, layer: str | None = None,
                    today: dt.datetime | None = None):
    """Read one admin level from a boundary file (or P-code table) into the standard table.

    Fields are detected from the usual OCHA, GADM and geoBoundaries names unless given.
    Raises :class:`InputError` when the file cannot be read or has no name field.
    """
    import geopandas as gpd

    if level not in (1, 2, 3):
        raise UsageError("level must be 1, 2 or 3")
    path = Path(path)
    if not path.exists():
        raise InputError("no such file", path=str(path))
    imported_at = (today or dt.datetime.now(dt.timezone.utc)).replace(microsecond=0)
    is_table = path.suffix.lower() in (".csv", ".tsv", ".xlsx", ".xls")
    try:
        if is_table:
            df = _read_table(path)
            gdf = gpd.GeoDataFrame(df, geometry=gpd.GeoSeries([None] * len(df), crs="EPSG:4326"))
        else:
            gdf = gpd.read_file(path, layer=layer) if layer else gpd.read_file(path)
    except (DataSourceError, DataLayerError, *WORKBOOK_ERRORS) as e:  # GDAL, pandas or openpyxl say why
        raise InputError(f"cannot read boundaries: {e}", path=str(path)) from e
    cols = [c for c in gdf.columns if c != "geometry"]
    # a multi-level P-code table (OCHA's: 'Admin Level' column) keeps the requested level only
    level_col = _first(cols, ["Admin Level", "admin_level", "level"])
    if is_table and level_col is not None:
        gdf = gdf[pd.to_numeric(gdf[level_col], errors="coerce") == level].reset_index(drop=True)
    name_col = name_field or _first(cols, _name_candidates(level))
    if name_col is None or name_col not in gdf.columns:
        raise InputError(f"no name field for level {level} (use --name-field; fields: {', '.join(cols)})",
                         path=str(path))
    pcode_col = pcode_field or _first(cols, _pcode_candidates(level))
    gid_col = _first(cols, [f"GID_{level}"])
    parent_col = parent_pcode_field or _first(cols, _parent_candidates(level))
    parent_name_col = parent_name_field or _first(cols, _parent_name_candidates(level))
    for given, what in ((pcode_field, "--pcode-field"), (parent_pcode_field, "--parent-pcode-field")):
        if given and given not in gdf.columns:
            raise InputError(f"{what} {given!r} is not a field of the file", path=str(path))

    out = pd.DataFrame(index=gdf.index)
    out["name"] = gdf[name_col].astype(object).where(gdf[name_col].notna(), None)
    out["pcode"] = gdf[pcode_col].astype(object).where(gdf[pcode_col].notna(), None) if pcode_col else None
    out["parent_pcode"] = (gdf[parent_col].astype(object).where(gdf[parent_col].notna(), None)
                           if parent_col else None)
    out["parent_name"] = (gdf[parent_name_col].astype(object).where(gdf[parent_name_col].notna(), None)
                          if parent_name_col else None)
    # GADM: GID codes are no P-codes; keep them apart so P-codes come from an OCHA table by name
    if pcode_col is None and gid_col is not None:
        out["pcode"] = None

    # the country of each row: an explicit --iso3, a country column, the P-code prefix, or the polygon
    iso_col = _first(cols, ["GID_0", "ISO", "ISO3", "iso3", "shapeGroup", "Location", "ADM0_PCODE", "admin0Pcod",
                            "admin0Pcode"])
    if iso3:
        out["iso3"] = iso3
    else:
        codes = pd.Series([None] * len(gdf), index=gdf.index, dtype=object)
        if iso_col is not None:
            codes = pd.Series(country_to_iso3(gdf[iso_col].astype(object).to_numpy()), index=gdf.index)
        if out["pcode"].notna().any():
            codes = codes.where(codes.notna(), _iso3_from_pcode(out["pcode"].fillna("")))
        if codes.isna().any() and not is_table:
            rp = shapely.point_on_surface(gdf.geometry.to_crs("EPSG:4326").values if gdf.crs else gdf.geometry.values)
            xy = shapely.get_coordinates(rp)
            codes = codes.where(codes.notna(), pd.Series(locate_country(xy[:, 0], xy[:, 1]), index=gdf.index))
        if codes.isna().any():
            raise InputError("cannot tell the country of some units: pass --iso3", path=str(path))
        out["iso3"] = codes.astype(object)

    out["level"] = level
    out["source"] = path.name
    out["imported_at"] = imported_at
    _, out["name_norm"] = admin_norm(out["iso3"].to_numpy(), out["name"].to_numpy(), level)
    geom = gdf.geometry
    if not is_table:
        if gdf.crs is not None and not gdf.crs.equals("EPSG:4326"):
            geom = gdf.geometry.to_crs("EPSG:4326")
        geom = gpd.GeoSeries(shapely.make_valid(geom.values), index=gdf.index, crs="EPSG:4326")
    res = gpd.GeoDataFrame(out, geometry=geom.values, crs="EPSG:4326")
    res = res[res["name"].notna()]
    if not is_table:
        res = _dissolve(res)
    return res[list(BOUNDARY_COLUMNS)].reset_index(drop=True)


def _dissolve(gdf):
    """One row per unit: a unit drawn as several features is merged into one (multi)polygon."""
    import geopandas as gpd

    key = gdf["pcode"].where(gdf["pcode"].notna(), gdf["iso3"] + "|" + gdf["parent_pcode"].fillna("")
                             + "|" + gdf["parent_name"].fillna("") + "|" + gdf["name"])
    if key.is_unique:
        return gdf
    rows = []
    for _, g in gdf.groupby(key.to_numpy(), sort=False):
        r = g.iloc[0].copy()
        r["geometry"] = shapely.union_all(g.geometry.values)
        rows.append(r)
    return gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326")


@dataclass
class _Level:
    frame: pd.DataFrame  # rows with geometry: iso3, pcode, name, name_norm, parent_pcode, parent_name
    index: PolygonIndex | None
    # (iso3, parent_norm or '', name_norm) -> pcode, from every row of the level (tables included)
    by_name: dict = field(default_factory=dict)
    by_name_any_parent: dict = field(default_factory=dict)


class BoundarySet:
    """Imported boundaries ready for point and name matching (one index per level).

    When several imports cover the same country and level, the polygons of the most recent
    import are used; every import's names and P-codes still serve name matching.
    """

    def __init__(self, gdf):
        self.frame = gdf
        self.levels: dict[int, _Level] = {}
        for level, g in gdf.groupby("level"):
            self.levels[int(level)] = self._build(g)
        #: P-code -> (parent P-code, level) and P-code -> folded name, over every import
        self.parent_of: dict[str, str] = {}
        self.name_of: dict[str, str] = {}
        for r in gdf.itertuples(index=False):
            if isinstance(r.pcode, str) and r.pcode:
                if isinstance(r.name_norm, str):
                    self.name_of.setdefault(r.pcode, r.name_norm)
                if isinstance(r.parent_pcode, str) and r.parent_pcode and r.parent_pcode != r.iso3:
                    self.parent_of.setdefault(r.pcode, r.parent_pcode)

    def parents(self, pcodes) -> tuple[np.ndarray, np.ndarray]:
        """(parent P-code, parent folded name) of each P-code, where the imports say."""
        inv, uniq = pd.factorize(pd.Series(np.asarray(pcodes, dtype=object), dtype=object), use_na_sentinel=False)
        upc = np.array([self.parent_of.get(c) if isinstance(c, str) else None for c in uniq], dtype=object)
        unm = np.array([self.name_of.get(c) if isinstance(c, str) else None for c in upc], dtype=object)
        return upc[inv], unm[inv]

    @staticmethod
    def _build(g) -> _Level:
        has_geom = g.geometry.notna() & ~g.geometry.is_empty
        poly = g[has_geom]
        if len(poly):
            latest = poly.groupby("iso3")["imported_at"].transform("max")
            poly = poly[poly["imported_at"] == latest].reset_index(drop=True)
        index = PolygonIndex(poly.geometry.values, cell_deg=0.1) if len(poly) else None
        lvl = _Level(frame=poly, index=index)
        # name -> pcode, preferring rows that have a P-code
        parents = {}
        for r in g.itertuples(index=False):
            if isinstance(r.pcode, str) and r.pcode:
                parents[r.pcode] = r.name_norm
        for r in g.itertuples(index=False):
            if not (isinstance(r.pcode, str) and r.pcode and isinstance(r.name_norm, str)):
                continue
            parent_norm = parents.get(r.parent_pcode) or "" if isinstance(r.parent_pcode, str) else ""
            lvl.by_name[(r.iso3, parent_norm, r.name_norm)] = r.pcode
            lvl.by_name_any_parent.setdefault((r.iso3, r.name_norm), set()).add(r.pcode)
        return lvl

    def pcode_for_names(self, level: int, iso3, names_norm, parents_norm=None) -> np.ndarray:
        """P-code of each (iso3, name) by name; the parent's name disambiguates when given."""
        n = len(names_norm)
        lvl = self.levels.get(level)
        if lvl is None or n == 0 or not lvl.by_name_any_parent:  # no unit of the level has a P-code
            return np.full(n, None, dtype=object)
        parents_norm = parents_norm if parents_norm is not None else np.full(n, None, dtype=object)
        v = Codes()
        inv, columns = v.pairs(v.encode(iso3), v.encode(parents_norm), v.encode(names_norm))
        found = np.full(len(columns[0]), None, dtype=object)
        for i, (c, p, nm) in enumerate(zip(*columns)):
            if not isinstance(nm, str):
                continue
            hit = lvl.by_name.get((c, p, nm)) if isinstance(p, str) else None
            if hit is None:
                anyp = lvl.by_name_any_parent.get((c, nm), set())
                hit = next(iter(anyp)) if len(anyp) == 1 else None  # ambiguous names give nothing
            found[i] = hit
        return found[inv]

    def locate(self, level: int, lon, lat) -> dict[str, np.ndarray]:
        """For each point, the unit of ``level`` it falls in: arrays iso3, pcode, name, name_norm, parent_*."""
        n = len(lon)
        cols = ["iso3", "pcode", "name", "name_norm", "parent_pcode", "parent_name"]
        lvl = self.levels.get(level)
        if lvl is None or lvl.index is None:
            return {c: np.full(n, None, dtype=object) for c in cols}
        idx = lvl.index.locate(lon, lat)  # -1 where no polygon holds the point
        out = {}
        for c in cols:
            src = lvl.frame[c].to_numpy(dtype=object)
            # one value per polygon, then None for "no polygon" at index -1: one gather per column
            out[c] = np.append(np.where(pd.isna(src), None, src), None)[idx]
        return out


def import_boundaries(store, path, *, level: int, iso3: str | None = None, name_field: str | None = None,
                      pcode_field: str | None = None, parent_pcode_field: str | None = None,
                      layer: str | None = None, today: dt.datetime | None = None) -> dict:
    """Read a boundary file and store it in ``store`` (``sahelwatch geo import``); returns a summary.

    ``{"file", "level", "units", "with_pcode", "with_polygon", "countries": [...]}``.
    """
    gdf = read_boundaries(path, level=level, iso3=iso3, name_field=name_field, pcode_field=pcode_field,
                          parent_pcode_field=parent_pcode_field, layer=layer, today=today)
    if len(gdf) == 0:
        raise InputError(f"no level-{level} units in the file", path=str(path))
    written = store.boundaries.save(gdf)
    has_geom = gdf.geometry.notna() & ~gdf.geometry.is_empty
    return {
        "file": str(path),
        "level": level,
        "units": written,
        "with_pcode": int(gdf["pcode"].notna().sum()),
        "with_polygon": int(has_geom.sum()),
        "countries": sorted(gdf["iso3"].unique().tolist()),
    }


def stored_boundaries(store) -> "BoundarySet | None":
    """The imported boundaries of a store, ready for :func:`~sahelwatch.geo.keys.spatial_keys`."""
    gdf = store.boundaries.load()
    return BoundarySet(gdf) if len(gdf) else None
