"""Enrichment of ingested events: tactic, target category and attribution from their text.

``enrich(events_df)`` runs the extraction classifiers over each event's description
(ACLED ``notes``; for UCDP, the ``source_headline``/``source_article`` kept in ``raw``)
and returns one row per event: ``event_id, tactic, target_category, attribution,
evidence`` (evidence as JSON spans into that text, with the text's origin). The input
frame is not modified: the original fields stay untouched.

When a text yields several events, the one whose sub-event type agrees with the source's
own coding is used (else the first). ACLED has no "ambush" code; here an ambush
described in the notes becomes tactic ``ambush`` whatever its sub-event type.
"""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd

from .pipeline import Document, Extractor

ENRICH_COLUMNS = ("event_id", "tactic", "target_category", "attribution", "evidence")


def _text_of(row: dict) -> tuple[str | None, str | None]:
    notes = row.get("notes")
    if isinstance(notes, str) and notes.strip():
        return notes, "notes"
    raw = row.get("raw")
    if isinstance(raw, str) and raw.strip().startswith("{"):
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError:
            return None, None
        for key in ("source_headline", "source_article", "source_original"):
            v = obj.get(key)
            if isinstance(v, str) and v.strip() and v.strip().lower() not in ("nan", "none"):
                return v, f"raw.{key}"
    return None, None


def enrich(events_df: pd.DataFrame, extractor: Extractor | None = None, batch_size: int = 256) -> pd.DataFrame:
    """Tactic, target category, attribution and evidence for each event with a text."""
    extractor = extractor or Extractor()
    rows = events_df.to_dict("records")
    docs, meta = [], []
    for r in rows:
        text, origin = _text_of(r)
        if text is None:
            continue
        d = r.get("event_date")
        if isinstance(d, str):
            d = dt.date.fromisoformat(d[:10])
        elif isinstance(d, pd.Timestamp):
            d = d.date()
        published = d + dt.timedelta(days=1) if isinstance(d, dt.date) else None
        docs.append(Document(str(r["event_id"]), text, None, published))
        meta.append((r, origin))
    out = []
    for (r, origin), res in zip(meta, extractor.extract_many(docs, batch_size)):
        if not res.events:
            out.append({"event_id": r["event_id"], "tactic": None, "target_category": None, "attribution": None,
                        "evidence": json.dumps({"text": origin, "status": res.status, "spans": []})})
            continue
        ev = next((e for e in res.events if e.sub_event_type == r.get("sub_event_type")), res.events[0])
        spans = [{"field": e.field, "start": e.start, "end": e.end} for e in ev.evidence
                 if e.field in ("tactic", "target_category", "attribution", "perpetrator", "target")]
        out.append({"event_id": r["event_id"], "tactic": ev.tactic, "target_category": ev.target_category,
                    "attribution": ev.attribution,
                    "evidence": json.dumps({"text": origin, "status": res.status, "spans": spans})})
    return pd.DataFrame(out, columns=list(ENRICH_COLUMNS))
