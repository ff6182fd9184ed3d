"""Derived columns for every event: spatial keys and resolved actors.

Computed at ingest and recomputed in place (``sahelwatch derive``) when the actor registry or
the boundaries change; they never make a new version of an event. Source-coded values are never
overwritten: derived tactic, target and attribution live in their own columns and the ``events``
view prefers the source's.

Both derivations work on *distinct inputs*, not on rows: datasets code events to a bounded set of
places (ACLED and UCDP geocode to gazetteer points) and a bounded set of actor strings, so the keys
of a place or the ids of an actor cell are computed once and spread to every row by a take. At
ingest the actor derivation uses the structured fields (actor strings, inter codes, event types,
date, country); ``sahelwatch enrich`` refines target and attribution from the notes text.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from .columnar import distinct_rows
from .model import DERIVED_SCHEMA

_GEO_INPUTS = ("longitude", "latitude", "iso3", "admin1", "admin2")
_ACTOR_INPUTS = ("actor1", "assoc_actor_1", "actor2", "assoc_actor_2", "inter1", "inter2", "event_type",
                 "sub_event_type", "source", "iso3", "actor1_source_id", "actor2_source_id")
_SPATIAL = ("admin1_norm", "admin2_norm", "admin1_pcode", "admin2_pcode", "priogrid_gid", "h3", "border_km",
            "border_iso3", "liptako_gourma")


def _arrow(frame: pd.DataFrame, names) -> dict[str, pa.Array]:
    """Columns of ``frame`` as Arrow arrays of the derived schema's types."""
    out = {}
    for name in names:
        typ = DERIVED_SCHEMA.field(name).type
        v = frame[name]
        if pa.types.is_list(typ):
            vals = [None if x is None or (isinstance(x, float) and np.isnan(x)) else list(x) for x in v]
        else:
            vals = v.astype(object).where(pd.notna(v), None).tolist()
        out[name] = pa.array(vals, typ)
    return out


def _spread(values: dict[str, pa.Array], codes, compact: bool) -> dict[str, pa.Array]:
    """The per-distinct-input ``values`` spread to every row: taken (plain arrays), or, with
    ``compact``, as dictionary arrays over the distinct values (no copy per row; the store reads
    them as their value type)."""
    idx = pa.array(codes, pa.int32() if compact else pa.int64())
    if compact:
        return {k: pa.DictionaryArray.from_arrays(idx, v) for k, v in values.items()}
    return {k: v.take(idx) for k, v in values.items()}


def spatial_columns(table: pa.Table, boundaries=None, *, compact: bool = False) -> dict[str, pa.Array]:
    from .geo.keys import spatial_keys

    codes, uniq = distinct_rows(table, _GEO_INPUTS)
    keys = spatial_keys(uniq["longitude"].to_numpy(float), uniq["latitude"].to_numpy(float),
                        uniq["iso3"].to_numpy(object), uniq["admin1"].to_numpy(object),
                        uniq["admin2"].to_numpy(object), boundaries=boundaries)
    return _spread(_arrow(keys, _SPATIAL), codes, compact)


def actor_columns(table: pa.Table, *, with_notes: bool = False, compact: bool = False) -> dict[str, pa.Array]:
    from .actors import ACTOR_DERIVED_COLUMNS, derive_actor_columns

    # date-aware resolution (Serval -> Barkhane, ISGS -> IS Sahel) changes at month boundaries
    month = pc.floor_temporal(table.column("event_date"), unit="month")
    t = table.select([c for c in _ACTOR_INPUTS if c in table.column_names]
                     + (["notes"] if with_notes else [])).append_column("event_date", month)
    codes, uniq = distinct_rows(t, t.column_names)
    out = derive_actor_columns(uniq)
    names = [c for c in ACTOR_DERIVED_COLUMNS if c in DERIVED_SCHEMA.names]
    return _spread(_arrow(out, names), codes, compact)


def derived_table(table: pa.Table, *, boundaries=None, with_notes: bool = False, compact: bool = False) -> pa.Table:
    """The derived columns (:data:`model.DERIVED_SCHEMA`) of ``table``'s events.

    With ``compact`` the columns are dictionary arrays of the schema's value types (one value per
    distinct place or actor combination): what the store needs, at a fraction of the memory."""
    n = table.num_rows
    parts: dict[str, pa.Array] = {}
    if n:
        parts.update(spatial_columns(table, boundaries, compact=compact))
        parts.update(actor_columns(table, with_notes=with_notes, compact=compact))
    arrays = [parts.get(f.name, pa.nulls(n, f.type)) for f in DERIVED_SCHEMA]
    if compact:
        return pa.Table.from_arrays(arrays, names=DERIVED_SCHEMA.names)
    return pa.Table.from_arrays(arrays, schema=DERIVED_SCHEMA)


def derive_columns(table: pa.Table, *, boundaries=None, with_notes: bool = False, compact: bool = False) -> pa.Table:
    """Return ``table`` with the derived columns appended (or replaced); ``compact`` as in
    :func:`derived_table`."""
    derived = derived_table(table, boundaries=boundaries, with_notes=with_notes, compact=compact)
    for name in DERIVED_SCHEMA.names:
        col = derived.column(name)
        if name in table.column_names:
            table = table.set_column(table.schema.get_field_index(name), name, col)
        else:
            table = table.append_column(name, col)
    return table


def rederive_store(store, *, with_notes: bool = False, batch_rows: int = 500_000) -> int:
    """Recompute the derived columns of every current event in place (after ``geo import`` or a
    registry update; ``with_notes`` also reads the notes for target and attribution)."""
    from .geo.boundaries import stored_boundaries
    from .model import EVENT_COLUMNS

    boundaries = stored_boundaries(store)
    table = store.events.arrow(None, columns=list(EVENT_COLUMNS))
    n = 0
    for start in range(0, table.num_rows, batch_rows):
        part = table.slice(start, batch_rows)
        derived = derived_table(part, boundaries=boundaries, with_notes=with_notes, compact=True)
        store.versions.update_derived(derived.append_column("event_id", part.column("event_id")))
        n += part.num_rows
    return n


def gazetteer_for(store):
    """The gazetteer of a database: the shipped one, plus what ``geo learn`` saved."""
    from .geo.gazetteer import Gazetteer

    table = store.gazetteer.table()
    return Gazetteer.from_table(table) if len(table) else Gazetteer.default()


def learn_gazetteer(store) -> dict:
    """Teach the gazetteer the places of the stored events and save it."""
    gaz = gazetteer_for(store)
    report = gaz.learn(store.events.frame(columns=["location", "latitude", "longitude", "iso3", "country",
                                                   "admin1", "admin2", "source", "event_id"]))
    store.gazetteer.save(gaz.to_table())
    import dataclasses

    return dataclasses.asdict(report)


def enrich_store(store, *, batch_rows: int = 20_000, progress=None) -> dict:
    """Code tactic, target and attribution from each event's text (ACLED notes, UCDP headlines)
    with the extraction models, into the derived columns; the source's own fields stay untouched.

    Tactic comes from the text (ACLED has no tactic; analysts want "ambush"). Attribution comes
    from the text when it says something (claimed, suspected...), else the structured derivation
    stays. Target category keeps the structured derivation (actors and inter codes), and the text
    fills it where that gave nothing.
    """
    from .extraction.enrich import enrich

    cols = ["event_id", "event_date", "notes", "notes_fr", "source", "event_type", "sub_event_type", "actor1",
            "actor2", "country", "iso3", "admin1", "admin2", "derived_target_category", "derived_attribution"]
    events = store.events.frame(columns=cols)
    coded = counts = 0
    for start in range(0, len(events), batch_rows):
        part = events.iloc[start: start + batch_rows]
        out = enrich(part.drop(columns=["derived_target_category", "derived_attribution"]))
        merged = part[["event_id", "derived_target_category", "derived_attribution"]].merge(out, on="event_id")
        text_att = merged["attribution"].where(merged["attribution"] != "unknown")
        table = pa.table({
            "event_id": pa.array(merged["event_id"].tolist(), pa.string()),
            "derived_tactic": pa.array(merged["tactic"].astype(object).where(merged["tactic"].notna(), None).tolist(),
                                       pa.string()),
            "derived_attribution": pa.array(
                text_att.fillna(merged["derived_attribution"]).astype(object).where(
                    lambda s: s.notna(), None).tolist(), pa.string()),
            "derived_target_category": pa.array(
                merged["derived_target_category"].fillna(merged["target_category"]).astype(object).where(
                    lambda s: s.notna(), None).tolist(), pa.string()),
            "derived_evidence": pa.array(merged["evidence"].tolist(), pa.string()),
        })
        store.versions.update_derived(table)
        coded += int(merged["tactic"].notna().sum())
        counts += len(merged)
        if progress:
            progress("coding from text", min(1.0, (start + batch_rows) / max(len(events), 1)))
    return {"events": len(events), "with_text": counts, "tactic_coded": coded}
