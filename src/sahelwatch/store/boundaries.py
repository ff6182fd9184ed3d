"""Persistence of imported admin boundaries (``sahelwatch geo import``): the store's ``boundaries`` part.

One row per unit and source: re-importing a file replaces the rows that came from a file of the same
name for the same countries and level, and leaves every other import alone (so GADM polygons and an OCHA
P-code table can sit side by side: the keys take polygons from one and P-codes from the other). The
reading of boundary files is :mod:`sahelwatch.geo.boundaries`; this part only stores and reads the rows.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pyarrow as pa
import shapely

from ..errors import StoreError
from ._sql import Part

_COLUMNS = ("iso3", "level", "pcode", "name", "name_norm", "parent_pcode", "parent_name", "source",
            "imported_at", "geometry_wkb")


class Boundaries(Part):
    """``boundaries``: the imported units, with their polygons as WKB."""

    def _has_table(self) -> bool:
        return bool(self.con.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_name = 'boundaries'").fetchall()[0][0])

    def save(self, gdf, *, source: str | None = None) -> int:
        """Store the units of ``gdf`` (the table of :func:`sahelwatch.geo.boundaries.read_boundaries`).

        Rows from the same source file for the same (iso3, level) are replaced, in one transaction.
        Returns the number of rows written.
        """
        if not self._has_table():
            raise StoreError("this database has no boundaries table: open it with sahelwatch.store.open_store, "
                             "which brings its schema up to date")
        df = pd.DataFrame({c: gdf[c] for c in _COLUMNS if c in gdf.columns and c != "geometry_wkb"})
        if source is not None:
            df["source"] = source
        if "imported_at" not in df or df["imported_at"].isna().any():
            df["imported_at"] = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
        geoms = gdf.geometry.to_numpy() if "geometry" in gdf.columns else np.full(len(gdf), None)
        wkb = shapely.to_wkb(geoms, output_dimension=2, byte_order=1)
        df["geometry_wkb"] = [bytes(b) if b is not None else None for b in wkb]
        for c in _COLUMNS:
            if c not in df:
                df[c] = None
        df = df[list(_COLUMNS)].astype({"level": "int32"})
        scopes = df[["iso3", "level", "source"]].drop_duplicates()
        rows = pa.Table.from_pandas(df, preserve_index=False)
        wkb_at = rows.schema.get_field_index("geometry_wkb")  # binary even when no unit has a polygon
        rows = rows.set_column(wkb_at, "geometry_wkb", rows.column(wkb_at).cast(pa.binary()))
        con = self.con
        with self.transaction():
            for r in scopes.itertuples(index=False):
                con.execute("DELETE FROM boundaries WHERE iso3 = ? AND level = ? AND source = ?",
                            [r.iso3, int(r.level), r.source])
            con.register("_sw_new_boundaries", rows)
            try:
                con.execute(f"INSERT INTO boundaries SELECT {', '.join(_COLUMNS)} FROM _sw_new_boundaries")
            finally:
                con.unregister("_sw_new_boundaries")
        return len(df)

    def load(self, level: int | None = None, iso3: str | None = None):
        """The stored units as a GeoDataFrame (EPSG:4326); empty when nothing was imported."""
        import geopandas as gpd

        if not self._has_table():  # nothing imported yet (and the database may be read-only)
            return gpd.GeoDataFrame({c: [] for c in _COLUMNS if c != "geometry_wkb"}, geometry=[], crs="EPSG:4326")
        where, params = [], []
        if level is not None:
            where.append("level = ?")
            params.append(int(level))
        if iso3 is not None:
            where.append("iso3 = ?")
            params.append(iso3)
        sql = f"SELECT {', '.join(_COLUMNS)} FROM boundaries"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY iso3, level, source, pcode, name"
        df = self.con.execute(sql, params).df()
        wkb = df.pop("geometry_wkb").to_numpy(dtype=object)
        geoms = shapely.from_wkb(np.array([bytes(b) if isinstance(b, (bytes, bytearray, memoryview)) else None
                                           for b in wkb], dtype=object))
        return gpd.GeoDataFrame(df, geometry=geoms, crs="EPSG:4326")

    def summary(self) -> list[dict]:
        """One row per (iso3, level, source): units, units with a P-code, units with a polygon."""
        if not self._has_table():
            return []
        return self._dicts(self.con.execute(
            "SELECT iso3, level, source, count(*) AS units, count(pcode) AS with_pcode, "
            "count(geometry_wkb) AS with_polygon, max(imported_at) AS imported_at "
            "FROM boundaries GROUP BY iso3, level, source ORDER BY iso3, level, source"))
