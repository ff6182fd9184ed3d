"""The report's charts, drawn by matplotlib from a :class:`SituationReport`: the map and the trends.

No tiles and no network: the map draws the bundled Natural Earth country outlines (and the
admin1 polygons imported into the store, when there are some) in plain longitude/latitude
with the aspect corrected for the mean latitude, a graticule and a scale bar. Colours come
from the actor registry's families (colour-blind safe) and ``data/palette.yaml``.
Each function returns PNG bytes.
"""

from __future__ import annotations

import functools
import io
import math
import textwrap
from importlib import resources
from typing import Mapping

import matplotlib

matplotlib.use("Agg")  # no display: the report is drawn off-screen
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import shapely  # noqa: E402
import yaml  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import Patch  # noqa: E402

from .figures import UNKNOWN, SituationReport, TrendBin  # noqa: E402
from .i18n import Locale  # noqa: E402

DPI = 150
#: The central Sahel (Mali, Burkina Faso, Niger): the map's extent when there is nothing to map.
SAHEL_EXTENT = (-12.5, 16.0, 9.0, 25.5)  # lon min, lon max, lat min, lat max
_FONT = {"font.family": ["DejaVu Sans", "sans-serif"], "font.size": 8, "axes.titlesize": 9,
         "axes.labelsize": 8, "legend.fontsize": 7.5, "xtick.labelsize": 7.5, "ytick.labelsize": 7.5}


@functools.cache
def palette() -> Mapping[str, object]:
    text = (resources.files("sahelwatch.reports") / "data" / "palette.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


@functools.cache
def _families():
    from ..actors import load_registry

    return load_registry().families


def family_colour(family: str) -> str:
    fams = _families()
    if family in fams:
        return fams[family].colour
    return str(palette()["unknown"])


def family_label(family: str, loc: Locale) -> str:
    fams = _families()
    if family in fams:
        f = fams[family]
        return f.label_fr if loc.lang == "fr" else f.label_en
    if family == UNKNOWN:
        return loc.t("family_unknown")
    return family


def target_colour(category: str) -> str:
    return str(palette()["target_categories"].get(category, palette()["unknown"]))


def target_label(category: str, loc: Locale) -> str:
    key = "tc_unknown" if category == UNKNOWN else f"tc_{category}"
    return loc.t(key) if loc.has(key) else category


def _edge(colour: str) -> str:
    return str(palette()["unknown_edge"]) if colour == palette()["unknown"] else "white"


def _wrap(text: str, width: int = 26) -> str:
    return "\n".join(textwrap.wrap(text, width)) or text


def _png(fig) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI, bbox_inches="tight", pad_inches=0.04,
                metadata={"Software": None})
    plt.close(fig)
    return buf.getvalue()


# --------------------------------------------------------------------------- map
def marker_area(fatalities: int | None) -> float:
    """Marker area in pt², proportional to fatalities (0 or unknown: the smallest dot)."""
    f = max(0, fatalities or 0)
    return 7.0 + 1.6 * min(f, 600)


#: Beyond this span (degrees) the map frames the central 90% of the events, not all of them.
MAX_SPAN_DEG = 40.0


def map_extent(report: SituationReport) -> tuple[float, float, float, float]:
    """The events' bounding box, padded, at least 7° wide and 5° tall; the Sahel when empty.

    When the events spread over more than :data:`MAX_SPAN_DEG` (a global file), the box
    frames the 5th to 95th percentiles instead; :func:`outside_extent` counts the rest.
    """
    if not report.mapped:
        return SAHEL_EXTENT
    lon = np.array([m.longitude for m in report.mapped])
    lat = np.array([m.latitude for m in report.mapped])
    if max(np.ptp(lon), np.ptp(lat)) > MAX_SPAN_DEG:
        (x0, x1), (y0, y1) = np.percentile(lon, [5, 95]), np.percentile(lat, [5, 95])
    else:
        x0, x1, y0, y1 = lon.min(), lon.max(), lat.min(), lat.max()
    x0, x1, y0, y1 = x0 - 1.0, x1 + 1.0, y0 - 1.0, y1 + 1.0
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    w, h = max(x1 - x0, 7.0), max(y1 - y0, 5.0)
    return cx - w / 2, cx + w / 2, max(-85.0, cy - h / 2), min(85.0, cy + h / 2)


def outside_extent(report: SituationReport) -> int:
    """How many mapped events fall outside :func:`map_extent` (0 unless the events are widespread)."""
    x0, x1, y0, y1 = map_extent(report)
    return sum(1 for m in report.mapped if not (x0 <= m.longitude <= x1 and y0 <= m.latitude <= y1))


def _nice_step(span: float) -> float:
    for step in (1, 2, 5, 10, 20):
        if span / step <= 8:
            return float(step)
    return 30.0


def _lon_label(v: float, loc: Locale) -> str:
    if abs(v) < 1e-9:
        return "0°"
    west = "O" if loc.lang == "fr" else "W"
    return f"{abs(v):g}°{west if v < 0 else 'E'}"


def _lat_label(v: float, loc: Locale) -> str:
    if abs(v) < 1e-9:
        return "0°"
    return f"{abs(v):g}°{'S' if v < 0 else 'N'}"


def _draw_geom(ax, geom, **kw) -> None:
    from matplotlib.patches import PathPatch
    from matplotlib.path import Path as MPath

    polys = getattr(geom, "geoms", [geom])
    for p in polys:
        if p.is_empty or p.geom_type != "Polygon":
            continue
        verts, codes = [], []
        for ring in [p.exterior, *p.interiors]:
            xy = np.asarray(ring.coords)
            verts.extend(xy.tolist())
            codes.extend([MPath.MOVETO] + [MPath.LINETO] * (len(xy) - 2) + [MPath.CLOSEPOLY])
        ax.add_patch(PathPatch(MPath(verts, codes), **kw))


def draw_map(report: SituationReport, loc: Locale, admin1=None) -> bytes:
    """Events over country outlines, sized by fatalities and coloured by family, with legends."""
    from ..geo.countries import country_outlines

    pal = palette()
    x0, x1, y0, y1 = map_extent(report)
    box = shapely.box(x0, y0, x1, y1)
    outlines = country_outlines()
    focus = set(report.headline.country_codes)
    with plt.rc_context(_FONT):
        # the map's axes take 70% of the width; the height follows the extent's aspect
        aspect = 1.0 / math.cos(math.radians((y0 + y1) / 2))
        height = min(6.2, max(3.2, 0.70 * 7.0 * (y1 - y0) * aspect / (x1 - x0)))
        fig = plt.figure(figsize=(7.0, height))
        ax = fig.add_axes((0.0, 0.0, 0.70, 1.0))
        ax.set_facecolor(pal["water"])
        hits = shapely.intersects(outlines.geometry, box)
        labels = []
        for i in np.flatnonzero(hits):
            geom = shapely.intersection(outlines.geometry[i], box)
            iso = outlines.iso3[i]
            _draw_geom(ax, geom, facecolor=pal["land_focus"] if iso in focus else pal["land_other"],
                       edgecolor=pal["border"], linewidth=0.7, zorder=1)
            if geom.area > 0.04 * box.area or (iso in focus and geom.area > 0.01 * box.area):
                name = outlines.name_fr[i] if loc.lang == "fr" else outlines.name[i]
                p = geom.representative_point() if iso not in focus else shapely.centroid(geom)
                if not geom.contains(p):
                    p = geom.representative_point()
                labels.append((p.x, p.y, str(name), iso in focus))
        if admin1 is not None:
            sub = admin1[admin1.intersects(box)]
            for geom in sub.geometry:
                g = shapely.intersection(geom, box)
                for p in getattr(g, "geoms", [g]):
                    if p.geom_type == "Polygon":
                        xy = np.asarray(p.exterior.coords)
                        ax.plot(xy[:, 0], xy[:, 1], color=pal["admin1"], linewidth=0.35, zorder=2)
        for x, y, name, is_focus in labels:
            ax.text(x, y, name.upper(), ha="center", va="center", fontsize=8 if is_focus else 6.5,
                    color="#6E6E6E" if is_focus else "#9A9A9A", zorder=3, alpha=0.9)
        # graticule
        step = _nice_step(max(x1 - x0, y1 - y0))
        xs = np.arange(math.ceil(x0 / step) * step, x1 + 1e-9, step)
        ys = np.arange(math.ceil(y0 / step) * step, y1 + 1e-9, step)
        for v in xs:
            ax.axvline(v, color=pal["graticule"], linewidth=0.4, linestyle=(0, (3, 3)), zorder=2.5)
        for v in ys:
            ax.axhline(v, color=pal["graticule"], linewidth=0.4, linestyle=(0, (3, 3)), zorder=2.5)
        ax.set_xticks(xs, [_lon_label(v, loc) for v in xs])
        ax.set_yticks(ys, [_lat_label(v, loc) for v in ys])
        ax.tick_params(length=2, pad=1.5, colors="#555555")
        # events: the largest first so that small ones stay visible on top
        pts = sorted(report.mapped, key=lambda m: -(m.fatalities_best or 0))
        if pts:
            ax.scatter([m.longitude for m in pts], [m.latitude for m in pts],
                       s=[marker_area(m.fatalities_best) for m in pts],
                       c=[family_colour(m.family) for m in pts], alpha=0.78,
                       edgecolors=[_edge(family_colour(m.family)) if family_colour(m.family) == pal["unknown"]
                                   else "white" for m in pts], linewidths=0.5, zorder=4)
        else:
            ax.text((x0 + x1) / 2, (y0 + y1) / 2, loc.t("map_no_points"), ha="center", va="center",
                    fontsize=8, color="#444444", wrap=True, zorder=5,
                    bbox={"facecolor": "white", "edgecolor": "#999999", "boxstyle": "round"})
        ax.set_xlim(x0, x1)
        ax.set_ylim(y0, y1)
        ax.set_aspect(1.0 / math.cos(math.radians((y0 + y1) / 2)))
        _scale_bar(ax, loc, x0, x1, y0, y1)
        for s in ax.spines.values():
            s.set_color("#888888")
            s.set_linewidth(0.6)
        # legends, in their own axes on the right
        lax = fig.add_axes((0.72, 0.0, 0.28, 1.0))
        lax.axis("off")
        fams = [f for f in report.families_present if any(m.family == f for m in report.mapped)]
        handles = [Line2D([], [], linestyle="", marker="o", markersize=6.5, markerfacecolor=family_colour(f),
                          markeredgecolor=_edge(family_colour(f)), label=_wrap(family_label(f, loc))) for f in fams]
        if handles:
            leg = lax.legend(handles=handles, title=loc.t("legend_family"), loc="upper left", frameon=False,
                             alignment="left", borderaxespad=0.0, handletextpad=0.4)
            lax.add_artist(leg)
        top = max((m.fatalities_best or 0) for m in report.mapped) if report.mapped else 0
        sizes = [v for v in (1, 10, 50, 100, 250, 500) if v <= max(top, 1)] if report.mapped else []
        sizes = sizes[-3:] if len(sizes) > 3 else sizes
        size_handles = [Line2D([], [], linestyle="", marker="o", markersize=math.sqrt(marker_area(v)),
                               markerfacecolor="#BBBBBB", markeredgecolor="white", label=loc.number(v))
                        for v in sizes]
        if size_handles:  # inside the map, lower right, over a white box
            ax.legend(handles=size_handles, title=loc.t("legend_size"), loc="lower right", frameon=True,
                      framealpha=0.85, edgecolor="#BBBBBB", fancybox=False, labelspacing=1.1,
                      handletextpad=1.0, borderpad=0.7, fontsize=7)
        return _png(fig)


def _scale_bar(ax, loc: Locale, x0: float, x1: float, y0: float, y1: float) -> None:
    lat = y0 + 0.06 * (y1 - y0)
    km_per_deg = 111.32 * math.cos(math.radians(lat))
    width_km = (x1 - x0) * km_per_deg
    length = next((v for v in (500, 250, 200, 100, 50, 25, 10) if v <= width_km / 4), 10)
    deg = length / km_per_deg
    xa = x0 + 0.04 * (x1 - x0)
    ax.plot([xa, xa + deg], [lat, lat], color="#222222", linewidth=2.2, solid_capstyle="butt", zorder=6)
    ax.plot([xa, xa + deg / 2], [lat, lat], color="white", linewidth=1.0, solid_capstyle="butt", zorder=7)
    ax.text(xa + deg / 2, lat + 0.025 * (y1 - y0), f"{loc.number(length)} {loc.t('scale_km')}",
            ha="center", va="bottom", fontsize=7, color="#222222", zorder=7,
            bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.7, "pad": 0.6})


# --------------------------------------------------------------------------- trends
def _tick_labels(starts, granularity: str, loc: Locale) -> tuple[list[int], list[str]]:
    n = len(starts)
    if granularity == "month":
        every = 1 if n <= 8 else 2 if n <= 16 else 3 if n <= 27 else 6 if n <= 48 else 12
        idx = [i for i, s in enumerate(starts) if (s.month - 1) % every == 0] if every > 1 else list(range(n))
        return idx, [loc.month_label(starts[i].year, starts[i].month) for i in idx]
    # quarters: label each year's first quarter (or every quarter when few)
    if n <= 12:
        idx = list(range(n))
        return idx, [loc.quarter_label(starts[i].year, (starts[i].month - 1) // 3 + 1) for i in idx]
    years = n / 4
    every = 1 if years <= 10 else 2
    idx = [i for i, s in enumerate(starts) if s.month == 1 and (s.year % every == 0)]
    return idx, [str(starts[i].year) for i in idx]


#: The hatching of "no data" bands.
NO_DATA_EDGE = "#9A9A9A"
#: The hatching of bars (and the band behind them) that only some sources cover.
PARTIAL_HATCH = "xx"
PARTIAL_EDGE = "#5A5A5A"


def _runs(mask: np.ndarray) -> list[tuple[int, int]]:
    """The (first, last) indexes of each run of True in ``mask``."""
    out, start = [], None
    for i, v in enumerate(mask.tolist() + [False]):
        if v and start is None:
            start = i
        elif not v and start is not None:
            out.append((start, i - 1))
            start = None
    return out


def draw_trend(bins: tuple[TrendBin, ...], keys: tuple[str, ...], granularity: str, loc: Locale, *,
               colour, label) -> bytes:
    """Two stacked-bar panels sharing the time axis: events, then fatalities, per bin and key.

    A bin without data (no source covers it) gets no bar: a hatched band labelled "no data" marks it,
    so that it never reads as zero. A bin that only some sources cover gets its bars cross-hatched, over a
    light cross-hatched band (so an empty one shows too), and a legend entry: it is not like the others.
    """
    starts = sorted({b.start for b in bins})
    index = {s: i for i, s in enumerate(starts)}
    ev = {k: np.zeros(len(starts)) for k in keys}
    fa = {k: np.zeros(len(starts)) for k in keys}
    missing = np.zeros(len(starts), dtype=bool)
    partial = np.zeros(len(starts), dtype=bool)
    for b in bins:
        partial[index[b.start]] |= b.partial
        if b.no_data:
            missing[index[b.start]] = True
            continue
        ev[b.key][index[b.start]] = b.events
        fa[b.key][index[b.start]] = b.fatalities
    unit = "month" if granularity == "month" else "quarter"
    with plt.rc_context(_FONT):
        fig, axes = plt.subplots(2, 1, figsize=(7.0, 3.9), sharex=True,
                                 gridspec_kw={"hspace": 0.12, "left": 0.08, "right": 0.70})
        x = np.arange(len(starts))
        for ax, data, ylabel in ((axes[0], ev, loc.t(f"axis_events_{unit}")),
                                 (axes[1], fa, loc.t(f"axis_fatalities_{unit}"))):
            bottom = np.zeros(len(starts))
            for k in keys:
                c = colour(k)
                bars = ax.bar(x, data[k], bottom=bottom, width=0.85, color=c, label=label(k),
                              edgecolor=_edge(c) if c == palette()["unknown"] else "none", linewidth=0.4)
                for i in np.flatnonzero(partial):
                    bars.patches[i].set_hatch(PARTIAL_HATCH)
                    bars.patches[i].set_edgecolor(PARTIAL_EDGE)
                bottom += data[k]
            ax.set_ylabel(ylabel)
            ax.yaxis.set_major_locator(matplotlib.ticker.MaxNLocator(nbins=4, integer=True))
            ax.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, _: loc.number(v)))
            ax.grid(axis="y", color="#E3E3E3", linewidth=0.5)
            ax.set_axisbelow(True)
            for side in ("top", "right"):
                ax.spines[side].set_visible(False)
            ax.set_xlim(-0.6, len(starts) - 0.4)
        runs, partly = _runs(missing), _runs(partial)
        for ax in axes:
            for a, b in runs:
                ax.axvspan(a - 0.5, b + 0.5, facecolor="white", edgecolor=NO_DATA_EDGE, hatch="////",
                           linewidth=0.0, zorder=0.5)
            for a, b in partly:
                ax.axvspan(a - 0.5, b + 0.5, facecolor="white", edgecolor="#D0D0D0", hatch=PARTIAL_HATCH,
                           linewidth=0.0, zorder=0.5)
        for a, b in runs:  # the words, where the band is wide enough to hold them
            if b - a + 1 >= max(2, len(starts) // 12):
                axes[0].text((a + b) / 2, 0.5, loc.t("no_data"), transform=axes[0].get_xaxis_transform(),
                             ha="center", va="center", fontsize=7.5, color="#444444", zorder=3,
                             bbox={"facecolor": "white", "edgecolor": "none", "pad": 1.0})
        idx, labels = _tick_labels(starts, granularity, loc)
        axes[1].set_xticks(idx, labels, rotation=0 if len(idx) <= 10 else 45,
                           ha="center" if len(idx) <= 10 else "right")
        handles = [Patch(facecolor=colour(k), edgecolor=_edge(colour(k)) if colour(k) == palette()["unknown"]
                         else "none", label=_wrap(label(k), 30)) for k in keys]
        if partly:
            handles.append(Patch(facecolor="white", edgecolor=PARTIAL_EDGE, hatch=PARTIAL_HATCH, linewidth=0.0,
                                 label=loc.t("partial_data")))
        if runs:
            handles.append(Patch(facecolor="white", edgecolor=NO_DATA_EDGE, hatch="////", linewidth=0.0,
                                 label=loc.t("no_data")))
        fig.legend(handles=handles, loc="upper left", bbox_to_anchor=(0.715, 0.89), frameon=False,
                   handlelength=1.2, handletextpad=0.5)
        return _png(fig)


def trend_by_family(report: SituationReport, loc: Locale) -> bytes:
    return draw_trend(report.by_family, report.families_present, report.granularity, loc,
                      colour=family_colour, label=lambda k: family_label(k, loc))


def trend_by_target(report: SituationReport, loc: Locale) -> bytes:
    return draw_trend(report.by_target, report.targets_present, report.granularity, loc,
                      colour=target_colour, label=lambda k: target_label(k, loc))
