"""The figures of a situation report, computed from event frames: pure functions, no I/O.

:func:`compute_report` takes the events of the period and of the previous period (frames
with the columns of :data:`sahelwatch.model.EVENT_COLUMNS`, the derived columns and
``cluster_id``, as :meth:`Events.frame <sahelwatch.store.events.Events.frame>` returns them) and returns a frozen
:class:`SituationReport`. Rendering (charts, HTML, PDF, languages) reads only that object.

Counting rules, the same for both periods:

* **Events** are distinct real events: records linked into one cluster by ``sahelwatch link``
  count once. A cluster's best estimate is the median of its records' best estimates
  (rounded to the nearest whole number, halves to even), its low the lowest low and its high the highest high.
* **Fatalities (best)** sums the events' best estimates where known. An event without one
  (a range only, or no figure) adds nothing to it and is counted in ``fatalities_unknown``.
* **Fatalities (low–high)**: an event's low is its low, else its best; its high is its high,
  else its best, else its low. Unknown values add nothing.
* **Targeting civilians**: events whose ``target_category`` (coded by the source, else
  derived by sahelwatch) is ``civilians``; their fatalities are the best estimates.
* **Liptako-Gourma**: events the store flags ``liptako_gourma`` (derived from the admin1 and
  ``geo/data/liptako_gourma.csv``); events without the flag are counted in the coverage note.
* **Regions affected**: distinct (ISO3, admin1) pairs, using the normalised admin1 when the
  store derived it and the source's own spelling otherwise.

Comparing like with like (:class:`Comparison`):

* A source's **span** is the range of its event dates in the database (under the country
  filter only: an actor or event-type filter says nothing of what the source covers). What it
  **covers** is its span less its **suspected gaps** (:func:`suspected_gaps`): a unit of the trend
  charts (month or quarter) inside the span without any of its events where its own rate around that
  unit makes zero improbable (Poisson, ``exp(-rate)`` < :data:`GAP_PROBABILITY`). Any other empty unit
  is a real zero, never no data ("no events" is not "no data"). A source **covers** a period when
  it leaves at most :data:`COVERAGE_TOLERANCE` of the period's days out. The **included** sources are those whose span meets the period or the
  previous period (or, without spans, those with records in either).
* The change against the previous period is computed over all sources only when every included
  source covers both periods. Otherwise it is not computed (``Change.comparable`` is False), and
  each source is compared with itself, only when it covers both periods.
* A month or quarter of the period that no included source covers has **no data**: its
  trend bins hold None, never 0, and the days no source covers are listed in ``no_data``.
* A month or quarter that some of the sources with data in the period cover, and others do not
  cover at all, is **partial**: its trend bins are marked (``TrendBin.partial``), and
  ``Comparison.partial`` names, for each, the sources it lacks.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..model import EventFilter

#: Family key for events whose perpetrator/initiator family is unknown.
UNKNOWN = "_unknown"
#: How many events the "most lethal" table lists.
TOP_N = 10
#: How many regions the "most affected regions" table lists.
TOP_REGIONS = 8
#: Beyond this many months the trend charts use quarters, so that bars stay readable.
MAX_MONTHLY_BINS = 60
#: The share of a period's days a source may leave out and still count as covering it
#: (a source's first and last events rarely fall on the period's first and last days).
COVERAGE_TOLERANCE = 0.05
#: A chart unit inside a source's span with none of its events is a suspected gap (no data for it, not zero)
#: when a Poisson count at the source's own rate around it would be 0 with less than this probability.
GAP_PROBABILITY = 0.01
#: How many units on each side of an empty unit (inside the source's span) give that rate.
GAP_WINDOW = 6


# --------------------------------------------------------------------------- value objects
@dataclass(frozen=True, slots=True)
class Period:
    """The report's period [since, until] and the previous period of the same length."""

    since: dt.date
    until: dt.date

    def __post_init__(self) -> None:
        if self.until < self.since:
            raise ValueError(f"the period ends ({self.until}) before it starts ({self.since})")

    @property
    def days(self) -> int:
        return (self.until - self.since).days + 1

    @property
    def previous(self) -> "Period":
        end = self.since - dt.timedelta(days=1)
        return Period(end - dt.timedelta(days=self.days - 1), end)

    def to_dict(self) -> dict:
        prev = self.previous
        return {"since": self.since.isoformat(), "until": self.until.isoformat(), "days": self.days,
                "previous_since": prev.since.isoformat(), "previous_until": prev.until.isoformat()}


@dataclass(frozen=True, slots=True)
class Change:
    """A figure of the period beside the previous period's."""

    current: int
    previous: int
    #: False when the sources do not cover both periods alike: then no change is stated
    comparable: bool = True

    @property
    def absolute(self) -> int | None:
        """current - previous; None when the two periods are not comparable."""
        return self.current - self.previous if self.comparable else None

    @property
    def percent(self) -> float | None:
        """The relative change in %; None when the previous period had none or is not comparable."""
        if self.previous == 0 or not self.comparable:
            return None
        return 100.0 * (self.current - self.previous) / self.previous

    def to_dict(self) -> dict:
        pct = self.percent
        return {"current": self.current, "previous": self.previous, "change": self.absolute,
                "change_pct": None if pct is None else round(pct, 1), "comparable": self.comparable}


@dataclass(frozen=True, slots=True)
class Headline:
    events: Change
    fatalities_best: Change
    fatalities_low: Change
    fatalities_high: Change
    civilian_events: Change
    civilian_fatalities: Change
    countries: Change
    admin1: Change
    liptako_gourma: Change  # events in the Liptako-Gourma area (the store's derived flag)
    records: int  # records of the period (>= events when linked)
    fatalities_unknown: int  # events of the period without a best estimate
    fatalities_range_only: int  # ... of which with a low or high
    country_codes: tuple[str, ...]  # ISO3 of the period's countries, most events first

    def to_dict(self) -> dict:
        out = {name: getattr(self, name).to_dict() for name in (
            "events", "fatalities_best", "fatalities_low", "fatalities_high", "civilian_events",
            "civilian_fatalities", "countries", "admin1", "liptako_gourma")}
        out.update(records=self.records, fatalities_unknown=self.fatalities_unknown,
                   fatalities_range_only=self.fatalities_range_only, country_codes=list(self.country_codes))
        return out


@dataclass(frozen=True, slots=True)
class ActorCell:
    """An actor cell as the source writes it, and the registry ids it resolves to."""

    raw: str
    ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SourceLink:
    name: str
    url: str | None


@dataclass(frozen=True, slots=True)
class TopEvent:
    event_ids: tuple[str, ...]  # the records of the event (several when linked)
    date: dt.date
    country: str | None
    admin1: str | None
    admin2: str | None
    location: str | None
    actor1: ActorCell | None
    actor2: ActorCell | None
    fatalities_low: int | None
    fatalities_best: int | None
    fatalities_high: int | None
    family: str
    sources: tuple[SourceLink, ...]


@dataclass(frozen=True, slots=True)
class RegionRow:
    """One first-order unit among the most affected of the period, with the previous period's figures."""

    iso3: str
    country: str | None
    admin1: str  # as the sources of the period spell it most often
    events: Change
    fatalities: Change  # best estimates, where known


@dataclass(frozen=True, slots=True)
class MappedEvent:
    longitude: float
    latitude: float
    fatalities_best: int | None
    family: str


@dataclass(frozen=True, slots=True)
class TrendBin:
    start: dt.date  # first day of the month or quarter
    key: str  # family id or target category
    events: int | None  # None: no source has data for the bin ("no data", not zero)
    fatalities: int | None  # best estimates, where known; None as for events
    #: only some of the sources with data in the period cover the bin: its bar is not like the others
    partial: bool = False

    @property
    def no_data(self) -> bool:
        return self.events is None


def coverage_kind(days: int, total: int) -> str:
    """"none", "full" (at most :data:`COVERAGE_TOLERANCE` of ``total`` days left out) or "partial"."""
    return "none" if days == 0 else "full" if total - days <= COVERAGE_TOLERANCE * total else "partial"


@dataclass(frozen=True, slots=True)
class DateSpan:
    """The days [since, until], both included."""

    since: dt.date
    until: dt.date

    @property
    def days(self) -> int:
        return (self.until - self.since).days + 1

    def overlap_days(self, since: dt.date, until: dt.date) -> int:
        return max(0, (min(self.until, until) - max(self.since, since)).days + 1)

    def to_dict(self) -> dict:
        return {"since": self.since.isoformat(), "until": self.until.isoformat()}


@dataclass(frozen=True, slots=True)
class SourceChange:
    """One source's records in the period and in the previous period, compared only where it covers both."""

    source: str
    span: DateSpan | None  # the source's event dates in the database; None when unknown
    current_days: int  # days of the period it covers (``covered``)
    previous_days: int  # days of the previous period it covers
    records: Change  # comparable only when the source covers both periods
    fatalities_best: Change
    #: the runs of days it covers: its span less its suspected gaps (:func:`suspected_gaps`)
    covered: tuple[DateSpan, ...] = ()


@dataclass(frozen=True, slots=True)
class PartialBin:
    """A month or quarter of the period (its days within the period) that some sources with data in the
    period do not cover at all, while others do."""

    since: dt.date
    until: dt.date
    missing: tuple[str, ...]  # the sources that lack it

    def to_dict(self) -> dict:
        return {"since": self.since.isoformat(), "until": self.until.isoformat(), "missing": list(self.missing)}


@dataclass(frozen=True, slots=True)
class Comparison:
    """Whether the period and the previous period can be compared, over all sources or per source."""

    comparable: bool  # every included source covers both periods
    sources: tuple[SourceChange, ...]  # the included sources
    no_data: tuple[DateSpan, ...]  # spans of the period that no included source covers
    period_days: int
    previous_days: int
    partial: tuple[PartialBin, ...] = ()  # the chart's bins only some sources cover

    def covers(self, s: SourceChange, which: str) -> str:
        """"full", "partial" or "none": how much of the period (``which``: current, previous) ``s`` covers."""
        if which == "current":
            return coverage_kind(s.current_days, self.period_days)
        return coverage_kind(s.previous_days, self.previous_days)

    def to_dict(self) -> dict:
        return {"comparable": self.comparable,
                "no_data": [d.to_dict() for d in self.no_data],
                "partial": [b.to_dict() for b in self.partial],
                "sources": [{"source": s.source, "span": s.span.to_dict() if s.span else None,
                             "covers_period": self.covers(s, "current"),
                             "covers_previous": self.covers(s, "previous"),
                             "records": s.records.to_dict(), "fatalities_best": s.fatalities_best.to_dict()}
                            for s in self.sources]}


@dataclass(frozen=True, slots=True)
class SourceCoverage:
    source: str
    releases: tuple[str, ...]
    files: tuple[str, ...]
    first_ingested: dt.datetime | None
    last_ingested: dt.datetime | None
    rows_read: int
    rows_rejected: int
    first_date: dt.date | None
    last_date: dt.date | None
    records_in_period: int
    #: the span that says what the source covers (its event dates under the country filter only);
    #: None: the same as first_date..last_date
    span: DateSpan | None = None
    #: each month in which the source has an event (its first day) with the count of its events there (under the
    #: country filter only), for :func:`suspected_gaps`; None: unknown, the span counts as covered throughout
    months: tuple[tuple[dt.date, int], ...] | None = None


@dataclass(frozen=True, slots=True)
class Coverage:
    sources: tuple[SourceCoverage, ...]
    records: int
    events: int
    linkage_run: bool  # the store holds linkage clusters
    linked_records: int  # records of the period in a cluster of several records
    no_coordinates: int  # events of the period without coordinates
    family_unknown: int
    target_unknown: int
    families_derived_here: bool  # the store lacked the actor families; derived for the report
    approximate_dates: int  # events dated to the week, month or year only
    liptako_unknown: int  # events without the Liptako-Gourma flag (no place the store could key)
    last_date: dt.date | None  # the last event date in the store, under the filters
    admin1_boundaries: str | None  # source of stored admin1 polygons drawn on the map, if any


@dataclass(frozen=True, slots=True)
class SituationReport:
    """Everything a situation report states, before any language or layout."""

    period: Period
    filter: EventFilter
    headline: Headline
    top_events: tuple[TopEvent, ...]
    regions: tuple[RegionRow, ...]
    mapped: tuple[MappedEvent, ...]
    granularity: str  # "month" or "quarter"
    by_family: tuple[TrendBin, ...]
    by_target: tuple[TrendBin, ...]
    families_present: tuple[str, ...]  # in the registry's order; UNKNOWN last
    targets_present: tuple[str, ...]
    coverage: Coverage
    comparison: Comparison
    generated: dt.date = field(default_factory=dt.date.today)

    @property
    def empty(self) -> bool:
        return self.headline.events.current == 0


# --------------------------------------------------------------------------- event reduction
def _int_or_none(v) -> int | None:
    if v is None or (isinstance(v, float) and np.isnan(v)) or v is pd.NA:
        return None
    return int(v)


def _split(cell) -> list[str]:
    if cell is None or (isinstance(cell, float) and np.isnan(cell)):
        return []
    return [p.strip() for p in str(cell).split(" | ")]


def one_row_per_event(frame: pd.DataFrame) -> pd.DataFrame:
    """Collapse linked records into one row per ``cluster_id`` (see the module's counting rules).

    The row keeps the place, actors, family and target of the cluster's most informative
    record (coordinates first, then a best estimate, then the earliest date and id); dates are
    the cluster's earliest; fatalities follow the rules above; ``event_ids`` and ``records``
    list and count the cluster's records; ``source_names``/``source_urls`` gather theirs.
    """
    if frame.empty:
        out = frame.copy()
        for col in ("event_ids", "records", "f_low", "f_best", "f_high"):
            out[col] = pd.Series(dtype=object)
        return out
    df = frame.copy()
    if "cluster_id" not in df.columns:
        df["cluster_id"] = "c:" + df["event_id"].astype(str)
    df["_has_xy"] = df["latitude"].notna() & df["longitude"].notna()
    df["_has_best"] = df["fatalities_best"].notna()
    df = df.sort_values(["cluster_id", "_has_xy", "_has_best", "event_date", "event_id"],
                        ascending=[True, False, False, True, True], kind="mergesort")
    g = df.groupby("cluster_id", sort=False)
    rep = g.head(1).set_index("cluster_id")
    size = g.size()
    rep["records"] = size
    rep["event_ids"] = g["event_id"].agg(tuple)
    rep["event_date"] = g["event_date"].min()
    best = g["fatalities_best"].median()
    low = g["fatalities_low"].min()
    high = g["fatalities_high"].max()
    # per record: low = low|best ; high = high|best|low (then over the cluster: min / max)
    rec_low = df["fatalities_low"].fillna(df["fatalities_best"])
    rec_high = df["fatalities_high"].fillna(df["fatalities_best"]).fillna(df["fatalities_low"])
    rep["f_best"] = best.round().astype("Float64")
    rep["f_low"] = rec_low.groupby(df["cluster_id"]).min().astype("Float64")
    rep["f_high"] = rec_high.groupby(df["cluster_id"]).max().astype("Float64")
    # keep the source-declared bounds for display
    rep["fatalities_low"] = low.astype("Float64")
    rep["fatalities_high"] = high.astype("Float64")
    if (size > 1).any():
        for col in ("source_names", "source_urls"):
            if col in df.columns:
                rep[col] = g[col].agg(lambda s: " | ".join(x for x in s.dropna().astype(str) if x) or None)
    rep = rep.drop(columns=["_has_xy", "_has_best"]).reset_index()
    return rep


def _family_column(df: pd.DataFrame) -> pd.Series:
    fam = pd.Series(UNKNOWN, index=df.index, dtype=object)
    for col in ("actor1_family", "perpetrator_family"):  # perpetrator wins over actor1
        if col in df.columns:
            fam = df[col].where(df[col].notna(), fam)
    return fam.astype(object)


def _admin1_key(df: pd.DataFrame) -> pd.Series:
    a1 = df["admin1"]
    if "admin1_norm" in df.columns:
        a1 = df["admin1_norm"].where(df["admin1_norm"].notna(), a1)
    return df["iso3"].astype(str) + "/" + a1.astype(str).str.strip().str.lower()


def headline_counts(events: pd.DataFrame) -> dict:
    """The headline numbers of one period from :func:`one_row_per_event` rows."""
    if events.empty:
        return dict(events=0, fatalities_best=0, fatalities_low=0, fatalities_high=0, civilian_events=0,
                    civilian_fatalities=0, countries=0, admin1=0, liptako_gourma=0)
    civ = events["target_category"].eq("civilians").fillna(False)
    has_a1 = events["iso3"].notna() & events["admin1"].notna()
    if "admin1_norm" in events.columns:
        has_a1 = events["iso3"].notna() & (events["admin1"].notna() | events["admin1_norm"].notna())
    return dict(
        events=len(events),
        fatalities_best=int(events["f_best"].fillna(0).sum()),
        fatalities_low=int(events["f_low"].fillna(0).sum()),
        fatalities_high=int(events["f_high"].fillna(0).sum()),
        civilian_events=int(civ.sum()),
        civilian_fatalities=int(events.loc[civ, "f_best"].fillna(0).sum()),
        countries=int(events["iso3"].dropna().nunique()),
        admin1=int(_admin1_key(events[has_a1]).nunique()),
        liptako_gourma=int(events["liptako_gourma"].eq(True).sum()) if "liptako_gourma" in events.columns else 0,
    )


def _regions(cur: pd.DataFrame, prev: pd.DataFrame, comparable: bool = True) -> tuple[RegionRow, ...]:
    """The most affected first-order units: most fatalities, then most events."""
    def table(events: pd.DataFrame) -> pd.DataFrame:
        has = events["iso3"].notna() & events["admin1"].notna() if not events.empty else None
        if events.empty or not has.any():
            return pd.DataFrame(columns=["events", "fatalities", "iso3", "country", "admin1"])
        e = events[has]
        key = _admin1_key(e)
        return pd.DataFrame({"key": key, "f": e["f_best"].fillna(0).astype(int), "iso3": e["iso3"],
                             "country": e["country"], "admin1": e["admin1"].astype(str).str.strip()}).groupby(
            "key").agg(events=("f", "size"), fatalities=("f", "sum"), iso3=("iso3", "first"),
                       country=("country", lambda s: s.mode().iat[0] if s.notna().any() else None),
                       admin1=("admin1", lambda s: s.mode().iat[0]))

    now, before = table(cur), table(prev)
    if now.empty:
        return ()
    now = now.sort_values(["fatalities", "events"], ascending=False, kind="mergesort").head(TOP_REGIONS)
    out = []
    for key, r in now.iterrows():
        pe, pf = (int(before.at[key, "events"]), int(before.at[key, "fatalities"])) if key in before.index else (0, 0)
        out.append(RegionRow(str(r["iso3"]), r["country"], str(r["admin1"]), Change(int(r["events"]), pe, comparable),
                             Change(int(r["fatalities"]), pf, comparable)))
    return tuple(out)


# --------------------------------------------------------------------------- comparison
def _frame_spans(frames: tuple[pd.DataFrame, ...]) -> dict[str, DateSpan]:
    """Each source's first and last record date in ``frames`` (when no coverage is given)."""
    parts = [f[["source", "event_date"]] for f in frames if not f.empty and "source" in f.columns]
    if not parts:
        return {}
    d = pd.concat(parts).dropna(subset=["source"])
    dates = pd.to_datetime(d["event_date"]).dt.date
    g = dates.groupby(d["source"].astype(str))
    return {src: DateSpan(lo, hi) for src, lo, hi in zip(g.min().index, g.min(), g.max())}


def _per_source(frame: pd.DataFrame) -> tuple[dict[str, int], dict[str, int]]:
    if frame.empty or "source" not in frame.columns:
        return {}, {}
    g = frame.groupby(frame["source"].astype(str))
    return g.size().to_dict(), g["fatalities_best"].sum(min_count=1).fillna(0).astype(int).to_dict()


def uncovered(spans, since: dt.date, until: dt.date) -> tuple[DateSpan, ...]:
    """The runs of days of [since, until] that none of ``spans`` covers."""
    out, cursor = [], since
    for sp in sorted((sp for sp in spans if sp.overlap_days(since, until)), key=lambda sp: sp.since):
        if sp.since > cursor:
            out.append(DateSpan(cursor, sp.since - dt.timedelta(days=1)))
        cursor = max(cursor, sp.until + dt.timedelta(days=1))
    if cursor <= until:
        out.append(DateSpan(cursor, until))
    return tuple(out)


def _unit_start(d: dt.date, granularity: str) -> dt.date:
    return dt.date(d.year, d.month if granularity == "month" else (d.month - 1) // 3 * 3 + 1, 1)


def _unit_end(start: dt.date, granularity: str) -> dt.date:
    """The last day of the month or quarter that begins on ``start``."""
    m = start.month + (1 if granularity == "month" else 3)
    return dt.date(start.year + (m > 12), (m - 1) % 12 + 1, 1) - dt.timedelta(days=1)


def suspected_gaps(span: DateSpan | None, months: tuple[tuple[dt.date, int], ...] | None, granularity: str
                   ) -> tuple[dt.date, ...]:
    """The first days of the units (month or quarter) inside ``span`` that hold none of the source's events
    although its own rate makes that improbable: the mean count per unit over up to :data:`GAP_WINDOW` units on
    each side (inside the span) is ``lam`` and ``exp(-lam)`` < :data:`GAP_PROBABILITY`. Any other empty unit is a
    real zero (a quiet month of a source that codes every event of what it covers)."""
    if span is None or months is None:
        return ()
    counts: dict[dt.date, int] = {}
    for m, n in months:
        u = _unit_start(m, granularity)
        counts[u] = counts.get(u, 0) + n
    units, u = [], _unit_start(span.since, granularity)
    while u <= span.until:
        units.append(u)
        u = _unit_end(u, granularity) + dt.timedelta(days=1)
    out = []
    for i, u in enumerate(units):
        around = units[max(0, i - GAP_WINDOW):i] + units[i + 1:i + 1 + GAP_WINDOW]
        if counts.get(u, 0) or not around:
            continue
        lam = sum(counts.get(x, 0) for x in around) / len(around)
        if math.exp(-lam) < GAP_PROBABILITY:
            out.append(u)
    return tuple(out)


def covered_runs(span: DateSpan | None, months: tuple[tuple[dt.date, int], ...] | None, granularity: str
                 ) -> tuple[DateSpan, ...]:
    """The runs of days a source covers: its span less its :func:`suspected_gaps` (``months``: the count of its
    events in each month that holds one; None: unknown, the whole span)."""
    if span is None:
        return ()
    runs, start = [], span.since
    for g in suspected_gaps(span, months, granularity):
        lo, hi = max(g, span.since), min(_unit_end(g, granularity), span.until)
        if lo > start:
            runs.append(DateSpan(start, lo - dt.timedelta(days=1)))
        start = hi + dt.timedelta(days=1)
    if start <= span.until:
        runs.append(DateSpan(start, span.until))
    return tuple(runs)


def _days(runs: tuple[DateSpan, ...], since: dt.date, until: dt.date) -> int:
    return sum(g.overlap_days(since, until) for g in runs)


def _bin_days(starts: list[dt.date], period: Period) -> list[tuple[dt.date, dt.date]]:
    """Each bin's first and last day within the period."""
    ends = [s - dt.timedelta(days=1) for s in starts[1:]] + [period.until]
    return [(max(s, period.since), min(e, period.until)) for s, e in zip(starts, ends)]


def _partial_bins(rows: list[SourceChange], bins: list[tuple[dt.date, dt.date]]) -> tuple[PartialBin, ...]:
    """The bins that some of the sources with data in the period cover, and others do not cover at all."""
    present = [r for r in rows if r.current_days]
    out = []
    for lo, hi in bins:
        days = {r.source: _days(r.covered, lo, hi) for r in present}
        if not any(days.values()):
            continue  # no data: no source at all
        missing = tuple(src for src, n in days.items() if n == 0)
        if missing:
            out.append(PartialBin(lo, hi, missing))
    return tuple(out)


def compare_periods(current: pd.DataFrame, previous: pd.DataFrame, period: Period,
                    sources: tuple[SourceCoverage, ...] = ()) -> Comparison:
    """Which sources count, what each covers, and whether the two periods compare (module doc)."""
    prev = period.previous
    granularity, starts = _bins(period)
    months = {s.source: s.months for s in sources}
    spans: dict[str, DateSpan | None] = {}
    for s in sources:
        spans[s.source] = s.span or (DateSpan(s.first_date, s.last_date) if s.first_date and s.last_date else None)
    from_frames = _frame_spans((current, previous))
    for src, sp in from_frames.items():
        if spans.get(src) is None:
            spans[src] = sp
    cur_n, cur_f = _per_source(current)
    prev_n, prev_f = _per_source(previous)
    included = sorted(src for src, sp in spans.items()
                      if (sp is not None and (sp.overlap_days(period.since, period.until)
                                              or sp.overlap_days(prev.since, prev.until)))
                      or src in cur_n or src in prev_n)
    rows = []
    for src in included:
        sp = spans[src]
        runs = covered_runs(sp, months.get(src), granularity)
        cd, pdays = _days(runs, period.since, period.until), _days(runs, prev.since, prev.until)
        ok = coverage_kind(cd, period.days) == "full" and coverage_kind(pdays, prev.days) == "full"
        rows.append(SourceChange(src, sp, cd, pdays, Change(cur_n.get(src, 0), prev_n.get(src, 0), ok),
                                 Change(cur_f.get(src, 0), prev_f.get(src, 0), ok), runs))
    comparable = all(r.records.comparable for r in rows)
    no_data = uncovered([g for r in rows for g in r.covered], period.since, period.until) if rows else ()
    return Comparison(comparable, tuple(rows), no_data, period.days, prev.days,
                      _partial_bins(rows, _bin_days(starts, period)))


# --------------------------------------------------------------------------- trends
def _bins(period: Period) -> tuple[str, list[dt.date]]:
    months = (period.until.year - period.since.year) * 12 + period.until.month - period.since.month + 1
    if months <= MAX_MONTHLY_BINS:
        starts, y, m = [], period.since.year, period.since.month
        while (y, m) <= (period.until.year, period.until.month):
            starts.append(dt.date(y, m, 1))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return "month", starts
    starts, y, q = [], period.since.year, (period.since.month - 1) // 3
    while (y, q) <= (period.until.year, (period.until.month - 1) // 3):
        starts.append(dt.date(y, 3 * q + 1, 1))
        y, q = (y + 1, 0) if q == 3 else (y, q + 1)
    return "quarter", starts


def _bin_start(dates: pd.Series, granularity: str) -> pd.Series:
    d = pd.to_datetime(dates)
    month = d.dt.month if granularity == "month" else ((d.dt.month - 1) // 3) * 3 + 1
    return pd.Series([dt.date(int(y), int(m), 1) for y, m in zip(d.dt.year, month)], index=dates.index,
                     dtype=object)


def _bin_has_data(starts: list[dt.date], period: Period, no_data: tuple[DateSpan, ...]) -> list[bool]:
    """For each bin, whether some included source covers any of its days within the period."""
    return [_days(no_data, lo, hi) < (hi - lo).days + 1 for lo, hi in _bin_days(starts, period)]


def _trend(events: pd.DataFrame, key: pd.Series, granularity: str, starts: list[dt.date],
           keys: tuple[str, ...], has_data: list[bool], partial: set[dt.date]) -> tuple[TrendBin, ...]:
    if events.empty:
        return ()
    b = pd.DataFrame({"start": _bin_start(events["event_date"], granularity), "key": key,
                      "f": events["f_best"].fillna(0).astype(int)})
    agg = b.groupby(["start", "key"]).agg(events=("f", "size"), fatalities=("f", "sum"))
    out = []
    for s, ok in zip(starts, has_data):
        for k in keys:
            if not ok and (s, k) not in agg.index:
                out.append(TrendBin(s, k, None, None))
                continue
            n, f = (agg.loc[(s, k)] if (s, k) in agg.index else (0, 0))
            out.append(TrendBin(s, k, int(n), int(f), partial=s in partial))
    return tuple(out)


# --------------------------------------------------------------------------- the report
def _actor_cell(raw, ids) -> ActorCell | None:
    if raw is None or (isinstance(raw, float) and np.isnan(raw)) or not str(raw).strip():
        return None
    ids = tuple(ids) if ids is not None and not (isinstance(ids, float)) else ()
    return ActorCell(str(raw), tuple(str(i) for i in ids))


def _top_events(events: pd.DataFrame, fam: pd.Series) -> tuple[TopEvent, ...]:
    known = events[events["f_best"].notna() | events["f_high"].notna()].copy()
    if known.empty:
        return ()
    known["_fam"] = fam.loc[known.index]
    known = known.sort_values(["f_best", "f_high", "event_date"], ascending=[False, False, True],
                              na_position="last", kind="mergesort").head(TOP_N)
    out = []
    for _, r in known.iterrows():
        names, urls = _split(r.get("source_names")), _split(r.get("source_urls"))
        n = max(len(names), len(urls))
        links = []
        for i in range(n):
            url = urls[i] if i < len(urls) and urls[i] else None
            name = names[i] if i < len(names) and names[i] else (url or "")
            if name or url:
                links.append(SourceLink(name, url))
        out.append(TopEvent(
            event_ids=tuple(r["event_ids"]), date=pd.Timestamp(r["event_date"]).date(),
            country=r.get("country"), admin1=r.get("admin1") if pd.notna(r.get("admin1")) else None,
            admin2=r.get("admin2") if pd.notna(r.get("admin2")) else None,
            location=r.get("location") if pd.notna(r.get("location")) else None,
            actor1=_actor_cell(r.get("actor1"), r.get("actor1_ids")),
            actor2=_actor_cell(r.get("actor2"), r.get("actor2_ids")),
            fatalities_low=_int_or_none(r.get("fatalities_low")),
            fatalities_best=_int_or_none(r.get("f_best")),
            fatalities_high=_int_or_none(r.get("fatalities_high")),
            family=str(r["_fam"]), sources=tuple(links),
        ))
    return tuple(out)


def _present(order: tuple[str, ...], values: pd.Series) -> tuple[str, ...]:
    """The keys that occur, in ``order`` first, then any others sorted, UNKNOWN last."""
    seen = set(values)
    extra = sorted(k for k in seen if k not in order and k != UNKNOWN)
    return tuple([k for k in order if k in seen] + extra + ([UNKNOWN] if UNKNOWN in seen else []))


def _empty_report(period, hc, hp, event_filter, sources, linkage_run, families_derived_here, last_date,
                  admin1_boundaries, generated, comparison) -> SituationReport:
    """The report of a period without any event: zeros, the previous period's figures, the coverage."""
    granularity, _ = _bins(period)
    return SituationReport(
        period=period, filter=event_filter or EventFilter(),
        headline=Headline(**{k: Change(hc[k], hp[k], comparison.comparable) for k in hc}, records=0,
                          fatalities_unknown=0,
                          fatalities_range_only=0, country_codes=()),
        top_events=(), regions=(), mapped=(), granularity=granularity, by_family=(), by_target=(),
        families_present=(), targets_present=(),
        coverage=Coverage(sources=sources, records=0, events=0, linkage_run=linkage_run, linked_records=0,
                          no_coordinates=0, family_unknown=0, target_unknown=0,
                          families_derived_here=families_derived_here, approximate_dates=0, liptako_unknown=0,
                          last_date=last_date, admin1_boundaries=admin1_boundaries),
        comparison=comparison, generated=generated or dt.date.today(),
    )


def compute_report(current: pd.DataFrame, previous: pd.DataFrame, period: Period, *,
                   family_order: tuple[str, ...], target_order: tuple[str, ...],
                   event_filter: EventFilter | None = None, sources: tuple[SourceCoverage, ...] = (),
                   linkage_run: bool = False, families_derived_here: bool = False,
                   last_date: dt.date | None = None, admin1_boundaries: str | None = None,
                   generated: dt.date | None = None) -> SituationReport:
    """The figures of the report from the records of the period and of the previous period.

    ``family_order`` is the registry's family ids (legend order); ``target_order`` the target
    categories. Records outside their period are a caller's error and raise ``ValueError``.
    """
    for name, frame, p in (("current", current, period), ("previous", previous, period.previous)):
        if not frame.empty:
            d = pd.to_datetime(frame["event_date"]).dt.date
            if d.min() < p.since or d.max() > p.until:
                raise ValueError(f"{name} records lie outside {p.since}..{p.until}")
    cur, prev = one_row_per_event(current), one_row_per_event(previous)
    hc, hp = headline_counts(cur), headline_counts(prev)
    comparison = compare_periods(current, previous, period, sources)
    ok = comparison.comparable
    if cur.empty:
        return _empty_report(period, hc, hp, event_filter, sources, linkage_run, families_derived_here,
                             last_date, admin1_boundaries, generated, comparison)
    fam = _family_column(cur)
    tgt = cur["target_category"].where(cur["target_category"].notna(), UNKNOWN).astype(object)
    fam_present, tgt_present = _present(family_order, fam), _present(target_order, tgt)
    granularity, starts = _bins(period)
    has_data = _bin_has_data(starts, period, comparison.no_data)
    partial = {_unit_start(b.since, granularity) for b in comparison.partial}
    no_best = cur["f_best"].isna()
    range_only = no_best & (cur["f_low"].notna() | cur["f_high"].notna())
    headline = Headline(
        **{k: Change(hc[k], hp[k], ok) for k in hc},
        records=len(current), fatalities_unknown=int(no_best.sum()), fatalities_range_only=int(range_only.sum()),
        country_codes=tuple(str(c) for c in cur["iso3"].value_counts().index),
    )
    has_xy = cur["latitude"].notna() & cur["longitude"].notna()
    mapped = tuple(MappedEvent(float(r.longitude), float(r.latitude), _int_or_none(r.f_best), str(f))
                   for r, f in zip(cur[has_xy].itertuples(), fam[has_xy]))
    approximate = ~(cur["date_precision"].isna() | cur["date_precision"].eq("day"))
    coverage = Coverage(
        sources=sources, records=len(current), events=len(cur), linkage_run=linkage_run,
        linked_records=int(cur.loc[cur["records"] > 1, "records"].sum()),
        no_coordinates=int((~has_xy).sum()), family_unknown=int((fam == UNKNOWN).sum()),
        target_unknown=int((tgt == UNKNOWN).sum()), families_derived_here=families_derived_here,
        approximate_dates=int(approximate.sum()), last_date=last_date, admin1_boundaries=admin1_boundaries,
        liptako_unknown=int(cur["liptako_gourma"].isna().sum()) if "liptako_gourma" in cur.columns else len(cur),
    )
    return SituationReport(
        period=period, filter=event_filter or EventFilter(), headline=headline,
        top_events=_top_events(cur, fam), regions=_regions(cur, prev, ok), mapped=mapped, granularity=granularity,
        by_family=_trend(cur, fam, granularity, starts, fam_present, has_data, partial),
        by_target=_trend(cur, tgt, granularity, starts, tgt_present, has_data, partial),
        families_present=fam_present, targets_present=tgt_present, coverage=coverage, comparison=comparison,
        generated=generated or dt.date.today(),
    )
