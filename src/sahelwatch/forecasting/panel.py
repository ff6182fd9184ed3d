"""The monthly panel every forecast is made from: one row per unit and month, complete.

A :class:`Panel` is a dense unit x month array of fatalities and events (plus
optional per-unit attributes and per-unit-month covariates). It is built from a
long DataFrame by :func:`build_panel`, whatever produced that frame: the store's
events (:func:`panel_from_events`) or aggregates in the store's ``AGGREGATE_SCHEMA``
layout (:func:`panel_from_aggregates`), or a CSV/Parquet file (:func:`read_panel_file`).

Absent unit-months mean zero events and zero fatalities: the builder completes
the panel between its first and last month. The panel never guesses its last
month from the data alone when the caller knows better (``end=``): a month with
no event anywhere would otherwise be cut off.

:meth:`Panel.upto` is how a forecast model is kept from seeing the future: the
backtest gives each model ``panel.upto(origin)`` and nothing else.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from ..errors import InputError, UsageError

#: Columns a panel frame must have, and the optional ones the models use.
REQUIRED_COLUMNS: tuple[str, ...] = ("unit_id", "month", "events", "fatalities")
OPTIONAL_COLUMNS: tuple[str, ...] = ("unit_name", "iso3", "admin1", "lat", "lon")

Month = np.datetime64


def to_month(value: str | dt.date | np.datetime64 | pd.Timestamp) -> np.datetime64:
    """``'2015-01'``, ``'2015-01-01'``, a date or a timestamp -> ``datetime64[M]``."""
    if isinstance(value, np.datetime64):
        return value.astype("datetime64[M]")
    if isinstance(value, str):
        text = value.strip()
        try:
            if len(text) == 7:
                return np.datetime64(text, "M")
            return np.datetime64(dt.date.fromisoformat(text[:10]), "M")
        except ValueError as e:
            raise UsageError(f"not a month (YYYY-MM): {value!r}") from e
    if isinstance(value, (dt.date, pd.Timestamp)):
        return np.datetime64(pd.Timestamp(value).strftime("%Y-%m"), "M")
    raise UsageError(f"not a month: {value!r}")


def month_str(m: np.datetime64) -> str:
    return str(np.datetime64(m, "M"))


def month_range(start: np.datetime64, end: np.datetime64) -> np.ndarray:
    """Every month from ``start`` to ``end`` inclusive (empty when end < start)."""
    return np.arange(to_month(start), to_month(end) + 1, dtype="datetime64[M]")


def _readonly(a: np.ndarray) -> np.ndarray:
    a = np.ascontiguousarray(a)
    a.setflags(write=False)
    return a


@dataclass(frozen=True, eq=False)
class Panel:
    """A complete unit x month panel (arrays are read-only).

    ``fatalities[i, t]`` and ``events[i, t]`` are the counts of unit ``unit_ids[i]``
    in month ``months[t]``; months are consecutive. ``covariates`` maps a name to a
    unit x month float array (NaN where unknown) whose value at month t must be
    known by the end of month t.
    """

    unit_ids: tuple[str, ...]
    unit_names: tuple[str, ...]
    months: np.ndarray
    fatalities: np.ndarray
    events: np.ndarray
    admin1: tuple[str | None, ...] | None = None
    iso3: tuple[str | None, ...] | None = None
    lat: np.ndarray | None = None
    lon: np.ndarray | None = None
    covariates: Mapping[str, np.ndarray] = field(default_factory=dict)

    def __post_init__(self) -> None:
        n, t = len(self.unit_ids), len(self.months)
        if len(set(self.unit_ids)) != n:
            raise UsageError("panel unit ids must be unique")
        for name in ("fatalities", "events"):
            a = getattr(self, name)
            if a.shape != (n, t):
                raise UsageError(f"panel {name} has shape {a.shape}, expected {(n, t)}")
        if t and (np.diff(self.months.astype("int64")) != 1).any():
            raise UsageError("panel months must be consecutive")
        for name, a in self.covariates.items():
            if a.shape != (n, t):
                raise UsageError(f"covariate {name!r} has shape {a.shape}, expected {(n, t)}")

    # ------------------------------------------------------------------ shape
    @property
    def n_units(self) -> int:
        return len(self.unit_ids)

    @property
    def n_months(self) -> int:
        return len(self.months)

    @property
    def first_month(self) -> np.datetime64:
        return self.months[0]

    @property
    def last_month(self) -> np.datetime64:
        return self.months[-1]

    def index_of(self, month) -> int:
        """Position of ``month`` in the panel; :class:`UsageError` when outside it."""
        m = to_month(month)
        i = int((m - self.months[0]).astype(int))
        if not 0 <= i < self.n_months:
            raise UsageError(
                f"month {month_str(m)} is outside the panel ({month_str(self.first_month)}"
                f" to {month_str(self.last_month)})"
            )
        return i

    # ------------------------------------------------------------------ slicing
    def upto(self, month) -> "Panel":
        """The panel as known at the end of ``month``: every later month removed."""
        stop = self.index_of(month) + 1
        return Panel(
            unit_ids=self.unit_ids,
            unit_names=self.unit_names,
            months=_readonly(self.months[:stop]),
            fatalities=_readonly(self.fatalities[:, :stop]),
            events=_readonly(self.events[:, :stop]),
            admin1=self.admin1,
            iso3=self.iso3,
            lat=self.lat,
            lon=self.lon,
            covariates={k: _readonly(v[:, :stop]) for k, v in self.covariates.items()},
        )

    def to_frame(self) -> pd.DataFrame:
        """The long form: one row per unit and month."""
        n, t = self.n_units, self.n_months
        out = pd.DataFrame(
            {
                "unit_id": np.repeat(np.array(self.unit_ids, dtype=object), t),
                "unit_name": np.repeat(np.array(self.unit_names, dtype=object), t),
                "month": np.tile(self.months.astype("datetime64[ns]"), n),
                "events": self.events.reshape(-1),
                "fatalities": self.fatalities.reshape(-1),
            }
        )
        for name, values in self.covariates.items():
            out[name] = values.reshape(-1)
        return out


# ---------------------------------------------------------------------- building
def build_panel(
    frame: pd.DataFrame,
    *,
    start=None,
    end=None,
    units: Sequence[str] | None = None,
    covariates: Iterable[str] = (),
) -> Panel:
    """Build a complete :class:`Panel` from a long frame.

    ``frame`` has the columns :data:`REQUIRED_COLUMNS` (``month`` as a date, a
    timestamp or ``YYYY-MM``) and optionally :data:`OPTIONAL_COLUMNS` and the
    ``covariates`` named. Absent unit-months become zero counts (covariates: NaN).
    ``start``/``end`` widen (never narrow silently: rows outside raise) the month
    range; ``units`` adds units that have no row at all. A unit-month given twice,
    or a negative or missing count, is a broken input and raises.
    """
    missing = [c for c in REQUIRED_COLUMNS if c not in frame.columns]
    if missing:
        raise InputError(f"panel frame lacks column(s) {', '.join(missing)}")
    covariates = tuple(covariates)
    for c in covariates:
        if c not in frame.columns:
            raise InputError(f"panel frame lacks covariate column {c!r}")
    df = frame.copy()
    df["unit_id"] = df["unit_id"].astype(str)
    if len(df):
        try:
            months_of_rows = pd.to_datetime(df["month"].astype(str).str.slice(0, 7), format="%Y-%m")
        except ValueError as e:
            raise InputError(f"panel column 'month' has a value that is not a month: {e}") from e
        m_arr = months_of_rows.to_numpy().astype("datetime64[M]")
    else:
        m_arr = np.array([], dtype="datetime64[M]")
    df["_m"] = m_arr.astype(int)  # months since 1970-01
    for c in ("events", "fatalities"):
        values = pd.to_numeric(df[c], errors="coerce")
        if values.isna().any():
            raise InputError(f"panel column {c!r} has missing or non-numeric values")
        if (values < 0).any():
            raise InputError(f"panel column {c!r} has negative values")
        df[c] = values.astype("int64")
    dup = df.duplicated(["unit_id", "_m"])
    if dup.any():
        row = df.loc[dup].iloc[0]
        raise InputError(
            f"unit {row['unit_id']} month {month_str(np.datetime64(int(row['_m']), 'M'))} appears more than once"
            f" ({int(dup.sum())} duplicate unit-months)"
        )

    lo = [to_month(start)] if start is not None else []
    hi = [to_month(end)] if end is not None else []
    if len(df):
        lo.append(m_arr.min())
        hi.append(m_arr.max())
    if not lo or not hi:
        raise InputError("panel frame is empty and no start/end month was given")
    first, last = min(lo), max(hi)
    if start is not None and first < to_month(start) or end is not None and last > to_month(end):
        raise UsageError("panel frame has rows outside the requested start/end months")
    months = month_range(first, last)

    unit_ids = list(dict.fromkeys(df["unit_id"].tolist()))
    for u in units or ():
        if str(u) not in unit_ids:
            unit_ids.append(str(u))
    unit_ids.sort()
    pos = {u: i for i, u in enumerate(unit_ids)}
    n, t = len(unit_ids), len(months)
    ui = df["unit_id"].map(pos).to_numpy()
    ti = (m_arr - first).astype(int)

    fat = np.zeros((n, t), dtype=np.int64)
    ev = np.zeros((n, t), dtype=np.int64)
    fat[ui, ti] = df["fatalities"].to_numpy()
    ev[ui, ti] = df["events"].to_numpy()

    def per_unit(col: str, cast=str):
        if col not in df.columns:
            return None
        first_val = df.dropna(subset=[col]).drop_duplicates("unit_id").set_index("unit_id")[col]
        return tuple(cast(first_val[u]) if u in first_val.index else None for u in unit_ids)

    names = per_unit("unit_name")
    unit_names = tuple(nm if nm is not None else u for nm, u in zip(names or [None] * n, unit_ids))
    lat = per_unit("lat", float)
    lon = per_unit("lon", float)
    cov = {}
    for c in covariates:
        a = np.full((n, t), np.nan)
        a[ui, ti] = pd.to_numeric(df[c], errors="coerce").to_numpy(dtype=float)
        cov[c] = _readonly(a)
    return Panel(
        unit_ids=tuple(unit_ids),
        unit_names=unit_names,
        months=_readonly(months),
        fatalities=_readonly(fat),
        events=_readonly(ev),
        admin1=per_unit("admin1"),
        iso3=per_unit("iso3"),
        lat=None if lat is None else _readonly(np.array([np.nan if v is None else v for v in lat])),
        lon=None if lon is None else _readonly(np.array([np.nan if v is None else v for v in lon])),
        covariates=cov,
    )


#: How an aggregate table (the store's AGGREGATE_SCHEMA) maps onto a panel, per unit level.
_AGGREGATE_UNITS: Mapping[str, tuple[str, str]] = {
    "admin2": ("admin2_pcode", "admin2"),
    "admin1": ("admin1_pcode", "admin1"),
}


def panel_from_aggregates(frame: pd.DataFrame, unit: str = "admin2", *, end=None) -> Panel:
    """A panel from monthly aggregate rows laid out as ``model.AGGREGATE_SCHEMA``.

    Rows whose ``period`` is not ``month`` are ignored. At ``unit='admin1'`` the
    admin2 rows are summed per admin1 and month. Units are keyed by P-code.
    """
    if unit not in _AGGREGATE_UNITS:
        raise UsageError(f"aggregates give admin2 or admin1 panels, not {unit!r}")
    code, name = _AGGREGATE_UNITS[unit]
    df = frame
    if "period" in df.columns:
        df = df[df["period"].fillna("month") == "month"]
    need = [code, name, "period_start", "events", "fatalities"]
    missing = [c for c in need if c not in df.columns]
    if missing:
        raise InputError(f"aggregate frame lacks column(s) {', '.join(missing)}")
    keys = [code, name] + [c for c in ("admin1", "iso3") if c in df.columns and c != name]
    if unit == "admin1":
        keys = [code, name] + (["iso3"] if "iso3" in df.columns else [])
    grouped = (
        df.assign(month=pd.to_datetime(df["period_start"]).dt.to_period("M").dt.to_timestamp())
        .groupby(keys + ["month"], dropna=False, as_index=False)[["events", "fatalities"]]
        .sum()
    )
    out = grouped.rename(columns={code: "unit_id", name: "unit_name"})
    if unit == "admin1":
        out["admin1"] = out["unit_name"]
    return build_panel(out, end=end)


def read_panel_file(path: str | Path, *, end=None) -> Panel:
    """A panel from a CSV or Parquet file with the columns of :func:`build_panel`."""
    p = Path(path)
    if not p.exists():
        raise InputError("no such file", path=str(p))
    suffix = "".join(p.suffixes[-2:]).lower()
    try:
        if suffix.endswith(".parquet"):
            frame = pd.read_parquet(p)
        elif suffix.endswith(".csv") or suffix.endswith(".csv.gz"):
            frame = pd.read_csv(p, dtype={"unit_id": str})
        else:
            raise InputError("a panel file is .csv, .csv.gz or .parquet", path=str(p))
    except (OSError, ValueError) as e:
        raise InputError(f"cannot read panel: {e}", path=str(p)) from e
    extra = [
        c for c in frame.columns
        if c not in REQUIRED_COLUMNS + OPTIONAL_COLUMNS and c.startswith("cov_")
    ]
    return build_panel(frame, end=end, covariates=extra)


#: Size of a grid cell in degrees (PRIO-GRID's 0.5 degree cells).
GRID_DEGREES = 0.5


def grid_cell(lat, lon, size: float = GRID_DEGREES) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """PRIO-GRID style cell ids and centres: ``gid = row * 720 + col + 1`` for 0.5 degree cells."""
    lat = np.asarray(lat, dtype=float)
    lon = np.asarray(lon, dtype=float)
    row = np.floor((lat + 90.0) / size).astype(int)
    col = np.floor((lon + 180.0) / size).astype(int)
    gid = row * int(round(360 / size)) + col + 1
    return gid, -90.0 + (row + 0.5) * size, -180.0 + (col + 0.5) * size


def panel_from_events(frame: pd.DataFrame, unit: str = "admin2", *, end=None) -> Panel:
    """A panel from event rows (the store's event columns): counts and ``fatalities_best`` sums.

    Units are ``ISO3|admin1|admin2`` (or ``ISO3|admin1``) as the source writes them, or
    0.5-degree grid cells (``grid``, from the coordinates). A unit with no event at all
    is absent (the store's reference geography is not consulted); each unit's
    ``lat``/``lon`` is the median of its events' coordinates (the cell centre for
    ``grid``), enough to find neighbours. Rows without a date, or without the unit's
    fields, are left out.
    """
    need = ["event_date", "fatalities_best"]
    need += ["latitude", "longitude"] if unit == "grid" else ["admin1"] + (["admin2"] if unit == "admin2" else [])
    missing = [c for c in need if c not in frame.columns]
    if missing:
        raise InputError(f"event frame lacks column(s) {', '.join(missing)}")
    if unit not in ("admin2", "admin1", "grid"):
        raise UsageError(f"unit is admin2, admin1 or grid, not {unit!r}")
    df = frame.dropna(subset=[c for c in need if c != "fatalities_best"]).copy()
    iso = df["iso3"].fillna("") if "iso3" in df.columns else pd.Series("", index=df.index)
    if unit == "grid":
        gid, clat, clon = grid_cell(df["latitude"], df["longitude"])
        df["unit_id"] = ["grid:" + str(g) for g in gid]
        df["unit_name"] = [f"cell {g} ({la:.2f}, {lo:.2f})" for g, la, lo in zip(gid, clat, clon)]
        df["lat"], df["lon"] = clat, clon
    else:
        parts = [iso, df["admin1"].astype(str)] + ([df["admin2"].astype(str)] if unit == "admin2" else [])
        df["unit_id"] = parts[0].str.cat(parts[1:], sep="|")
        df["unit_name"] = df[unit].astype(str)
        if {"latitude", "longitude"} <= set(df.columns):
            med = df.groupby("unit_id")[["latitude", "longitude"]].median()
            df["lat"] = df["unit_id"].map(med["latitude"])
            df["lon"] = df["unit_id"].map(med["longitude"])
    df["admin1"] = df["admin1"] if "admin1" in df.columns else None
    df["iso3"] = iso
    df["month"] = pd.to_datetime(df["event_date"]).dt.to_period("M").dt.to_timestamp()
    df["fatalities"] = pd.to_numeric(df["fatalities_best"], errors="coerce").fillna(0).astype("int64")
    keys = ["unit_id", "month"]
    agg = df.groupby(keys, as_index=False).agg(
        events=("fatalities", "size"), fatalities=("fatalities", "sum"),
        unit_name=("unit_name", "first"), admin1=("admin1", "first"), iso3=("iso3", "first"),
        **({"lat": ("lat", "first"), "lon": ("lon", "first")} if "lat" in df.columns else {}),
    )
    return build_panel(agg, end=end)


def panel_source(sources: Iterable[str]) -> str | None:
    """The one source an events panel counts when the events come from several (``None``: all, there is one).

    The same real event reported by several sources would be counted twice: ACLED is kept when
    present; without it, several sources are an error."""
    sources = sorted(set(sources))
    if len(sources) <= 1:
        return None
    if "acled" not in sources:
        raise UsageError(f"the database holds events from several sources ({', '.join(sources)})")
    return "acled"


def load_panel(
    *,
    db: str | Path | None = None,
    unit: str = "admin2",
    source: str = "aggregates",
    panel_file: str | Path | None = None,
) -> Panel:
    """The panel for a command: from ``panel_file`` when given, else from the store at ``db``.

    From the store: the stored aggregates (``source='aggregates'``, admin2 or admin1) or
    events (``source='events'``, any unit) through :func:`panel_from_aggregates` and
    :func:`panel_from_events`.
    """
    if panel_file is not None:
        return read_panel_file(panel_file)
    if db is None:
        raise UsageError("give a database (--db) or a panel file (--panel)")
    from ..store import is_url

    if not is_url(db) and not Path(db).exists():
        raise InputError("no such database file", path=str(db))
    from ..store import open_store

    store = open_store(db, read_only=True)
    try:
        return panel_from_store(store, unit=unit, source=source)
    finally:
        store.close()


def panel_from_store(store, *, unit: str = "admin2", source: str = "aggregates") -> Panel:
    """The panel of an open store: its aggregates (``source='aggregates'``, admin2 or admin1) or its
    events (``source='events'``, any unit), as :func:`load_panel` describes."""
    if source not in ("aggregates", "events"):
        raise UsageError(f"panel source is aggregates or events, not {source!r}")
    if source == "aggregates":
        if unit == "grid":
            raise UsageError("aggregates are by admin unit; use --source events for a grid panel")
        frame = store.aggregates.frame()
        if frame.empty:
            raise UsageError("the database holds no aggregates; ingest some, or use --source events")
        sources = sorted(frame["source"].dropna().unique())
        if len(sources) > 1:
            raise UsageError(f"the database holds aggregates from several sources ({', '.join(sources)})")
        return _with_stored_centroids(panel_from_aggregates(frame, unit), store, unit)
    cols = ["event_date", "iso3", "admin1", "admin2", "latitude", "longitude", "fatalities_best", "source"]
    frame = store.events.frame(columns=cols)
    if frame.empty:
        raise UsageError("the database holds no events")
    keep = panel_source(frame["source"].dropna().unique())
    if keep is not None:
        frame = frame[frame["source"] == keep]
    return panel_from_events(frame, unit)


def _with_stored_centroids(panel: Panel, store, unit: str) -> Panel:
    """Add unit centroids from boundaries imported into the store (matched by P-code), if any."""
    if panel.lat is not None:
        return panel
    b = store.boundaries.load(level=2 if unit == "admin2" else 1)
    b = b[b["pcode"].notna() & b.geometry.notna()]
    if b.empty:
        return panel
    pts = b.drop_duplicates("pcode").set_index("pcode").geometry.representative_point()
    lat = np.array([pts[u].y if u in pts.index else np.nan for u in panel.unit_ids])
    lon = np.array([pts[u].x if u in pts.index else np.nan for u in panel.unit_ids])
    if not np.isfinite(lat).any():
        return panel
    return Panel(panel.unit_ids, panel.unit_names, panel.months, panel.fatalities, panel.events,
                 panel.admin1, panel.iso3, _readonly(lat), _readonly(lon), panel.covariates)
