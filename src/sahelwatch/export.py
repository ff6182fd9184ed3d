"""Export current events: CSV, GeoJSON, Parquet and HXL-tagged CSV.

The CSV columns start with the stable set of the outside interface
(``docs/interfaces.md``); more follow. List columns (actor ids) are joined with ``;``.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

from .errors import UsageError
from .model import EventFilter
from .store import Store

#: The stable columns, in order, then the extra ones.
STABLE_COLUMNS = (
    "event_id", "source", "source_event_id", "event_date", "country", "admin1", "admin2", "location",
    "latitude", "longitude", "event_type", "sub_event_type", "actor1", "actor2", "fatalities_low",
    "fatalities_best", "fatalities_high", "notes",
)
EXTRA_COLUMNS = (
    "release", "date_end", "date_precision", "iso3", "admin3", "geo_precision", "assoc_actor_1",
    "assoc_actor_2", "inter1", "inter2", "interaction", "tactic", "target_category", "attribution",
    "source_names", "source_urls", "admin1_pcode", "admin2_pcode", "priogrid_gid", "h3", "border_km",
    "border_iso3", "liptako_gourma", "actor1_ids", "actor2_ids", "perpetrator_family", "version",
)
LIST_COLUMNS = {"actor1_ids", "actor2_ids"}

#: HXL hashtags (https://hxlstandard.org) for the exported columns.
HXL_TAGS = {
    "event_id": "#event+id", "source": "#meta+source", "source_event_id": "#event+id+source",
    "event_date": "#date+occurred", "country": "#country+name", "iso3": "#country+code",
    "admin1": "#adm1+name", "admin2": "#adm2+name", "admin3": "#adm3+name", "location": "#loc+name",
    "latitude": "#geo+lat", "longitude": "#geo+lon", "event_type": "#event+type",
    "sub_event_type": "#event+type+sub", "actor1": "#group+name+actor1", "actor2": "#group+name+actor2",
    "fatalities_low": "#affected+killed+min", "fatalities_best": "#affected+killed",
    "fatalities_high": "#affected+killed+max", "notes": "#description", "release": "#meta+release",
    "date_end": "#date+end", "date_precision": "#date+precision", "geo_precision": "#geo+precision",
    "assoc_actor_1": "#group+name+assoc1", "assoc_actor_2": "#group+name+assoc2", "inter1": "#group+type+actor1",
    "inter2": "#group+type+actor2", "interaction": "#event+interaction", "tactic": "#event+tactic",
    "target_category": "#targeted+type", "attribution": "#event+attribution", "source_names": "#meta+source+name",
    "source_urls": "#meta+url", "admin1_pcode": "#adm1+code", "admin2_pcode": "#adm2+code",
    "priogrid_gid": "#geo+grid+priogrid", "h3": "#geo+h3", "border_km": "#geo+border+km",
    "border_iso3": "#geo+border+country+code", "liptako_gourma": "#geo+liptako_gourma",
    "actor1_ids": "#group+code+actor1", "actor2_ids": "#group+code+actor2",
    "perpetrator_family": "#group+type+perpetrator", "version": "#meta+version", "cluster_id": "#event+cluster",
}
FORMATS = ("csv", "geojson", "parquet", "hxl")


def export_columns(store: Store) -> list[str]:
    cols = list(STABLE_COLUMNS) + list(EXTRA_COLUMNS)
    if store.linkage.has_clusters():
        cols.insert(1, "cluster_id")
    return cols


def _select(cols: list[str]) -> list[str]:
    return [f"array_to_string({c}, ';') AS {c}" if c in LIST_COLUMNS else c for c in cols]


def export_events(store: Store, f: EventFilter | None, out: Path, fmt: str,
                  partition_by: tuple[str, ...] = ()) -> int:
    """Write the current events that pass ``f`` to ``out``; return how many.

    ``partition_by`` (Parquet only) makes ``out`` a Hive-partitioned folder instead of one file."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    cols = export_columns(store)
    if partition_by:
        if fmt != "parquet":
            raise UsageError(f"--partition-by writes Parquet only, not {fmt}")
        return _partitioned_parquet(store, f, out, cols, tuple(partition_by))
    if fmt == "parquet":
        return store.events.export(f, out, "parquet", cols)
    if fmt == "csv":
        return store.events.export(f, out, "csv", _select(cols))
    n = 0
    if fmt == "hxl":
        with open(out, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(cols)
            w.writerow([HXL_TAGS.get(c, "") for c in cols])
            for row in store.events.rows(f):
                w.writerow([_cell(row.get(c), c) for c in cols])
                n += 1
        return n
    # GeoJSON, streamed so a large store never sits in memory twice
    with open(out, "w", encoding="utf-8") as fh:
        fh.write('{"type": "FeatureCollection", "features": [\n')
        for row in store.events.rows(f):
            lat, lon = row.get("latitude"), row.get("longitude")
            geom = {"type": "Point", "coordinates": [lon, lat]} if lat is not None and lon is not None else None
            props = {c: _json(row.get(c)) for c in cols if c not in ("latitude", "longitude")}
            fh.write(("" if n == 0 else ",\n") + json.dumps(
                {"type": "Feature", "id": row["event_id"], "geometry": geom, "properties": props}, ensure_ascii=False))
            n += 1
        fh.write("\n]}\n")
    return n


#: Columns a Parquet export can be partitioned by (``year`` is the event date's year).
PARTITION_COLUMNS = ("country", "iso3", "year", "admin1", "source", "event_type")


def _partitioned_parquet(store: Store, f: EventFilter | None, out: Path, cols: list[str],
                         partition_by: tuple[str, ...]) -> int:
    """A Hive-partitioned Parquet folder (``country=Mali/year=2018/part-0.parquet``) written by pyarrow.dataset.

    A missing value goes to the ``__HIVE_DEFAULT_PARTITION__`` folder, as Hive and Spark name it; the
    partition columns live in the folder names, not in the files. The folder must be new or empty."""
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.dataset as ds

    bad = [c for c in partition_by if c not in PARTITION_COLUMNS]
    if bad or len(set(partition_by)) != len(partition_by):
        raise UsageError(f"cannot partition by {', '.join(bad) or ','.join(partition_by)}; "
                         f"choose distinct columns among: {', '.join(PARTITION_COLUMNS)}")
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise UsageError(f"a partitioned export writes a new folder; {out} exists and is not an empty folder")
    table = store.events.arrow(f, cols)
    if "year" in partition_by:
        table = table.append_column("year", pc.year(table["event_date"]).cast(pa.int32()))
    part = ds.partitioning(pa.schema([table.schema.field(c) for c in partition_by]), flavor="hive")
    ds.write_dataset(table, out, format="parquet", partitioning=part, existing_data_behavior="overwrite_or_ignore",
                     basename_template="part-{i}.parquet",
                     file_options=ds.ParquetFileFormat().make_write_options(compression="zstd"))
    return table.num_rows


def _cell(v, col: str):
    if v is None:
        return ""
    if col in LIST_COLUMNS and isinstance(v, (list, tuple)):
        return ";".join(v)
    return v


def _json(v):
    import datetime as dt

    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()
    return v
