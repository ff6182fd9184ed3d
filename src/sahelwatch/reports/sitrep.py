"""The situation report from a store: read the period's events, compute, render, write.

>>> from sahelwatch.store import open_store
>>> from sahelwatch.reports import write_situation_report
>>> with open_store("var/demo.duckdb", read_only=True) as store:               # doctest: +SKIP
...     out = write_situation_report(store, since=dt.date(2019, 1, 1), lang="fr", out_dir="out")
>>> out.html, out.pdf, out.report.headline.events.current                        # doctest: +SKIP
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..errors import UsageError
from ..model import EventFilter, TargetCategory
from .figures import DateSpan, Period, SituationReport, SourceCoverage, compute_report
from .i18n import Locale

__all__ = ["ReportFiles", "build_situation_report", "write_situation_report", "load_period_events"]


@dataclass(frozen=True, slots=True)
class ReportFiles:
    html: Path
    pdf: Path | None
    report: SituationReport
    lang: str

    def to_dict(self) -> dict:
        return {"html": str(self.html), "pdf": str(self.pdf) if self.pdf else None, "lang": self.lang,
                "period": self.report.period.to_dict(), "headline": self.report.headline.to_dict(),
                "comparison": self.report.comparison.to_dict()}


def _all_null(df: pd.DataFrame, col: str) -> bool:
    return col not in df.columns or not df[col].notna().any()


def load_period_events(store, f: EventFilter) -> tuple[pd.DataFrame, bool]:
    """The store's current records under ``f``, with actor families and target categories.

    When the store holds no derived actor columns at all (a database ingested before they were
    computed), they are derived here with the current registry and the second value is True,
    so that the report can say so.
    """
    df = store.events.frame(f)
    if df.empty:
        return df, False
    derived = False
    if _all_null(df, "perpetrator_family") and _all_null(df, "actor1_family"):
        from ..actors import derive_actor_columns

        cols = derive_actor_columns(df)
        for col in cols.columns:
            if col in ("derived_target_category", "derived_attribution"):
                continue
            if _all_null(df, col):
                df[col] = cols[col]
        if "target_category" in df.columns:
            df["target_category"] = df["target_category"].where(df["target_category"].notna(),
                                                                cols["derived_target_category"])
        derived = True
    return df, derived


def _source_coverage(store, f: EventFilter, current: pd.DataFrame) -> tuple[SourceCoverage, ...]:
    by_source: dict[str, list[dict]] = {}
    for ing in store.ingest_log.entries():
        if ing.get("status") != "done" or not ing.get("source"):
            continue
        by_source.setdefault(ing["source"], []).append(ing)
    out = []
    undated = dataclasses.replace(f, since=None, until=None, source=())
    for src in sorted(set(by_source) | set(current["source"].dropna().unique() if not current.empty else ())):
        ings = by_source.get(src, [])
        stats = store.events.stats(dataclasses.replace(undated, source=(src,)))
        # what the source covers: its event dates under the country filter only (an actor or an
        # event type says nothing of the dates a source covers), and its count in each month
        own = EventFilter(country=f.country, source=(src,))
        whole = store.events.stats(own)
        span = (DateSpan(dt.date.fromisoformat(whole["first_date"]), dt.date.fromisoformat(whole["last_date"]))
                if whole["first_date"] and whole["last_date"] else None)
        started = [i["started_at"] for i in ings if i.get("started_at")]
        out.append(SourceCoverage(
            source=src,
            releases=tuple(sorted({str(i["release"]) for i in ings if i.get("release")})),
            files=tuple(dict.fromkeys(Path(str(i["path"])).name for i in ings if i.get("path"))),
            first_ingested=min(started) if started else None, last_ingested=max(started) if started else None,
            rows_read=sum(int(i.get("read") or 0) for i in ings),
            rows_rejected=sum(int(i.get("rejected") or 0) for i in ings),
            first_date=dt.date.fromisoformat(stats["first_date"]) if stats["first_date"] else None,
            last_date=dt.date.fromisoformat(stats["last_date"]) if stats["last_date"] else None,
            records_in_period=int((current["source"] == src).sum()) if not current.empty else 0, span=span,
            months=tuple(store.events.months(own).items()),
        ))
    return tuple(out)


def _admin1_boundaries(store) -> tuple[object | None, str | None]:
    """Stored admin1 polygons (imported with 'sahelwatch geo import'), if any."""
    gdf = store.boundaries.load(level=1)
    if gdf.empty:
        return None, None
    gdf = gdf[gdf.geometry.notna()]
    if gdf.empty:
        return None, None
    sources = sorted({str(s) for s in gdf["source"].dropna().unique()}) if "source" in gdf.columns else []
    return gdf, ", ".join(sources) or "?"


def build_situation_report(store, *, since: dt.date, until: dt.date | None = None,
                           event_filter: EventFilter | None = None, today: dt.date | None = None,
                           ) -> tuple[SituationReport, object | None]:
    """Compute the report of [since, until] under ``event_filter`` (its own dates are ignored).

    ``until`` defaults to the last event date in the store under the filter. Returns the report
    and the stored admin1 polygons to draw (None when none were imported).
    """
    from ..actors import load_registry

    base = dataclasses.replace(event_filter or EventFilter(), since=None, until=None)
    last = store.events.stats(base)["last_date"]
    last_date = dt.date.fromisoformat(last) if last else None
    if until is None:
        if last_date is None:
            raise UsageError("the database holds no event under these filters: give --until to report "
                             "on an empty period, or ingest data first")
        until = last_date
    if until < since:
        raise UsageError(f"--until {until} is before --since {since}")
    period = Period(since, until)
    prev = period.previous
    current, derived_now = load_period_events(store, dataclasses.replace(base, since=since, until=until))
    previous, derived_prev = load_period_events(store, dataclasses.replace(base, since=prev.since,
                                                                          until=prev.until))
    reg = load_registry()
    admin1_gdf, admin1_src = _admin1_boundaries(store)
    report = compute_report(
        current, previous, period,
        family_order=tuple(reg.families), target_order=tuple(t.value for t in TargetCategory),
        event_filter=dataclasses.replace(base, since=since, until=until),
        sources=_source_coverage(store, base, current), linkage_run=store.linkage.has_clusters(),
        families_derived_here=derived_now or derived_prev, last_date=last_date,
        admin1_boundaries=admin1_src, generated=today,
    )
    return report, admin1_gdf


def write_situation_report(store, *, since: dt.date, until: dt.date | None = None, lang: str = "en",
                           out_dir: Path | str = ".", event_filter: EventFilter | None = None,
                           pdf: bool = True, today: dt.date | None = None) -> ReportFiles:
    """Write ``sitrep-<lang>-<until>.html`` (and ``.pdf``) into ``out_dir``; return their paths."""
    from .render import render_html, render_pdf

    locale = Locale(lang)
    report, admin1 = build_situation_report(store, since=since, until=until, event_filter=event_filter,
                                            today=today)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    stem = f"sitrep-{lang}-{report.period.until.isoformat()}"
    html = render_html(report, locale, admin1=admin1)
    html_path = out / f"{stem}.html"
    html_path.write_text(html, encoding="utf-8")
    pdf_path = None
    if pdf:
        pdf_path = out / f"{stem}.pdf"
        render_pdf(html, pdf_path)
    return ReportFiles(html_path, pdf_path, report, lang)
