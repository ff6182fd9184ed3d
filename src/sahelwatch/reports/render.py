"""Render a :class:`SituationReport` as one self-contained HTML page, and that page as an A4 PDF.

One Jinja2 template (``templates/sitrep.html.j2``) serves every language: it prints nothing
but values formatted here and messages looked up with ``t(key)``. Charts are embedded as
PNG data URIs, so the HTML file travels alone. The PDF is WeasyPrint's rendering of the
same HTML (print styles in ``templates/sitrep.css``).
"""

from __future__ import annotations

import base64
import datetime as dt
import functools
from importlib import resources
from pathlib import Path

import jinja2

from .. import __version__ as _version
from ..errors import SahelwatchError
from .charts import (
    draw_map,
    family_colour,
    family_label,
    outside_extent,
    trend_by_family,
    trend_by_target,
)
from .figures import COVERAGE_TOLERANCE, Change, DateSpan, SituationReport, TopEvent
from .i18n import Locale


class RenderError(SahelwatchError):
    """The PDF cannot be produced (WeasyPrint or its system libraries are missing)."""

    exit_code = 2
    http_status = 500


@functools.cache
def _env() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("sahelwatch.reports", "templates"),
        autoescape=jinja2.select_autoescape(["html", "j2"]),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _css() -> str:
    return (resources.files("sahelwatch.reports") / "templates" / "sitrep.css").read_text(encoding="utf-8")


def _png_uri(data: bytes) -> str:
    return "data:image/png;base64," + base64.b64encode(data).decode("ascii")


# --------------------------------------------------------------------------- view model
def _change(c: Change, loc: Locale) -> dict:
    if not c.comparable:  # the sources do not cover both periods alike: no previous figure, no change
        return {"current": loc.number(c.current), "previous": "–", "absolute": "",
                "percent": loc.t("change_not_compared"), "direction": "same"}
    pct = c.percent
    return {
        "current": loc.number(c.current), "previous": loc.number(c.previous),
        "absolute": loc.signed(c.absolute),
        "percent": ("–" if c.current == 0 else loc.t("change_na")) if pct is None else loc.percent(pct),
        "direction": "up" if c.absolute > 0 else "down" if c.absolute < 0 else "same",
    }


def _spans(spans, loc: Locale, sep: str | None = None) -> str:
    return (loc.t("list_sep") if sep is None else sep).join(
        loc.t("span_range", since=loc.date(d.since), until=loc.date(d.until)) for d in spans)


def coverage_first(report: SituationReport, loc: Locale) -> list[str]:
    """The first lines of the report: what each source covers, whether the changes compare, where no data is, and
    where only some sources have data (each source with the runs of the chart's bins it lacks)."""
    cmp = report.comparison
    if not cmp.sources:
        return []
    items = [loc.t("first_source_span", source=s.source, since=loc.date(s.span.since), until=loc.date(s.span.until))
             for s in cmp.sources if s.span]
    out = [loc.t("first_sources", list=loc.t("list_sep").join(items))] if items else []
    out.append(loc.t("first_comparable" if cmp.comparable else "first_not_comparable"))
    if cmp.no_data:
        out.append(loc.t("first_no_data", spans=_spans(cmp.no_data, loc)))
    lacks: dict[str, list[DateSpan]] = {}
    for b in cmp.partial:
        for src in b.missing:
            runs = lacks.setdefault(src, [])
            if runs and runs[-1].until + dt.timedelta(days=1) == b.since:
                runs[-1] = DateSpan(runs[-1].since, b.until)
            else:
                runs.append(DateSpan(b.since, b.until))
    if lacks:
        out.append(loc.t("first_partial", list=loc.t("list_sep").join(
            loc.t("first_partial_source", source=src, spans=_spans(runs, loc, ", "))
            for src, runs in sorted(lacks.items()))))
    return out


def _by_source(report: SituationReport, loc: Locale) -> list[dict]:
    """Each source against itself: "no data" for a period it does not cover, a change only where it covers both."""
    cmp = report.comparison

    def cell(value: int, kind: str, days: int, total: int) -> str:
        if kind == "none":
            return loc.t("no_data")
        if kind == "partial":
            return loc.t("partial_cover", n=loc.number(value), share=loc.share(100 * days / total))
        return loc.number(value)

    rows = []
    for s in cmp.sources:
        now, before = cmp.covers(s, "current"), cmp.covers(s, "previous")
        rows.append({
            "source": s.source,
            "span": _spans([s.span], loc) if s.span else "–",
            "records": cell(s.records.current, now, s.current_days, cmp.period_days),
            "records_prev": cell(s.records.previous, before, s.previous_days, cmp.previous_days),
            "fatalities": cell(s.fatalities_best.current, now, s.current_days, cmp.period_days),
            "fatalities_prev": cell(s.fatalities_best.previous, before, s.previous_days, cmp.previous_days),
            "change": _change(s.records, loc)["percent"],
        })
    return rows


@functools.cache
def _actor_names(lang: str) -> dict[str, str]:
    from ..actors import load_registry

    reg = load_registry()
    return {a.id: (a.name_fr or a.name_en) if lang == "fr" else a.name_en for a in reg.actors.values()}


def _actors(cell, loc: Locale) -> str | None:
    if cell is None:
        return None
    names = _actor_names(loc.lang)
    if cell.ids and all(i in names for i in cell.ids):
        return " / ".join(names[i] for i in cell.ids)
    return cell.raw


def _fatalities(e: TopEvent, loc: Locale) -> str:
    def v(x):
        return "?" if x is None else loc.number(x)

    return f"{v(e.fatalities_low)} – {v(e.fatalities_best)} – {v(e.fatalities_high)}"


def _place(e: TopEvent) -> str:
    parts = [p for p in (e.location, e.admin2 if e.admin2 != e.location else None, e.admin1, e.country) if p]
    return ", ".join(dict.fromkeys(parts))


def _country_names(codes, loc: Locale) -> str:
    from ..geo.countries import country_outlines

    o = country_outlines()
    names = []
    for c in codes:
        i = o.index.get(c)
        names.append(str((o.name_fr if loc.lang == "fr" else o.name)[i]) if i is not None else c)
    return ", ".join(names)


def _filters(report: SituationReport, loc: Locale) -> list[str]:
    f = report.filter
    out = []
    for key, values in (("filter_country", f.country), ("filter_admin1", f.admin1),
                        ("filter_admin2", f.admin2), ("filter_actor", f.actor_ids), ("filter_event_type", f.event_type)):
        if values:
            out.append(f"{loc.t(key)}{loc.t('label_sep')}{', '.join(values)}")
    return out


def _summary(report: SituationReport, loc: Locale) -> list[str]:
    """The key points of the period, stated from the report's own figures."""
    h = report.headline
    if report.empty:
        return []
    num = loc.number
    out = []
    common = dict(events=num(h.events.current), best=num(h.fatalities_best.current),
                  low=num(h.fatalities_low.current), high=num(h.fatalities_high.current))
    if not h.events.comparable:
        out.append(loc.t("kp_volume_not_compared", **common))
    elif h.events.previous:
        out.append(loc.t("kp_volume", change=loc.percent(h.events.percent), **common))
    else:
        out.append(loc.t("kp_volume_new", **common))
    if h.civilian_events.current and h.fatalities_best.current:
        out.append(loc.t("kp_civilians", events=num(h.civilian_events.current),
                         share=loc.share(100 * h.civilian_fatalities.current / h.fatalities_best.current),
                         fatalities=num(h.civilian_fatalities.current)))
    if report.regions:
        r = report.regions[0]
        out.append(loc.t("kp_region", admin1=r.admin1, country=r.country or r.iso3,
                         events=num(r.events.current), fatalities=num(r.fatalities.current)))
    totals: dict[str, int] = {}
    for b in report.by_family:
        totals[b.key] = totals.get(b.key, 0) + (b.events or 0)
    ranked = sorted(((n, k) for k, n in totals.items() if n), key=lambda x: -x[0])[:3]
    if ranked and h.events.current:
        out.append(loc.t("kp_families", list="; ".join(
            f"{family_label(k, loc)} {loc.share(100 * n / h.events.current)}" for n, k in ranked)))
    if report.top_events and report.top_events[0].fatalities_best is not None:
        e = report.top_events[0]
        actors = " / ".join(x for x in (_actors(e.actor1, loc), _actors(e.actor2, loc)) if x)
        out.append(loc.t("kp_deadliest", date=loc.date(e.date), place=_place(e), best=num(e.fatalities_best),
                         actors=actors or loc.t("unknown")))
    return out


def _regions(report: SituationReport, loc: Locale) -> list[dict]:
    return [{
        "admin1": r.admin1, "country": r.country or r.iso3,
        "events": loc.number(r.events.current), "events_prev": _change(r.events, loc)["previous"],
        "fatalities": loc.number(r.fatalities.current), "fatalities_prev": _change(r.fatalities, loc)["previous"],
        "direction": _change(r.fatalities, loc)["direction"],
    } for r in report.regions]


def view_model(report: SituationReport, loc: Locale, *, admin1=None, charts: bool = True) -> dict:
    """Everything the template prints, formatted for ``loc``."""
    h, cov, p = report.headline, report.coverage, report.period
    prev = p.previous
    rows = [
        ("m_events", h.events), ("m_fatalities_best", h.fatalities_best),
        ("m_civilian_events", h.civilian_events), ("m_civilian_fatalities", h.civilian_fatalities),
        ("m_countries", h.countries), ("m_admin1", h.admin1), ("m_liptako_gourma", h.liptako_gourma),
    ]
    headline = [dict(label=loc.t(k), key=k.removeprefix("m_"), **_change(c, loc)) for k, c in rows]
    rng = {
        "current": f"{loc.number(h.fatalities_low.current)}–{loc.number(h.fatalities_high.current)}",
        "previous": f"{loc.number(h.fatalities_low.previous)}–{loc.number(h.fatalities_high.previous)}"
        if h.fatalities_low.comparable else "–",
    }
    top = [{
        "date": loc.short_date(e.date), "place": _place(e), "actor1": _actors(e.actor1, loc),
        "actor2": _actors(e.actor2, loc), "fatalities": _fatalities(e, loc),
        "colour": family_colour(e.family), "family": family_label(e.family, loc),
        "sources": [{"name": s.name, "url": s.url} for s in e.sources],
        "ids": [i.split(":", 1)[-1] for i in e.event_ids],
    } for e in report.top_events]
    sources = [{
        "source": s.source, "releases": ", ".join(s.releases) or "–", "files": list(s.files) or ["–"],
        "ingested": loc.short_date(s.last_ingested.date()) if s.last_ingested else "–",
        "rows": f"{loc.number(s.rows_read)} / {loc.number(s.rows_rejected)}",
        "dates": f"{loc.short_date(s.first_date)} – {loc.short_date(s.last_date)}",
        "in_period": loc.number(s.records_in_period),
    } for s in cov.sources]
    caveats = []
    if cov.records != cov.events:
        caveats.append(loc.t("cov_records", records=loc.number(cov.records), events=loc.number(cov.events)))
    if cov.linkage_run:
        caveats.append(loc.t("cov_linked", linked=loc.number(cov.linked_records)))
    elif len({s.source for s in cov.sources if s.records_in_period}) > 1:
        caveats.append(loc.t("cov_not_linked"))
    if cov.families_derived_here:
        caveats.append(loc.t("cov_derived_missing"))
    if cov.family_unknown:
        caveats.append(loc.t("cov_family_unknown", n=loc.number(cov.family_unknown), label=loc.t("family_unknown")))
    if cov.target_unknown:
        caveats.append(loc.t("cov_target_unknown", n=loc.number(cov.target_unknown), label=loc.t("tc_unknown")))
    if cov.liptako_unknown:
        caveats.append(loc.t("cov_liptako_unknown", n=loc.number(cov.liptako_unknown)))
    if cov.no_coordinates:
        caveats.append(loc.t("cov_no_coords", n=loc.number(cov.no_coordinates)))
    if cov.approximate_dates:
        caveats.append(loc.t("cov_precision", approx=loc.number(cov.approximate_dates)))
    for s in cov.sources:
        if s.last_date and s.first_date and s.first_date <= p.until and s.last_date < p.until:
            caveats.append(loc.t("cov_source_ends", source=s.source, date=loc.date(s.last_date)))
        # a source that starts well into the previous period (more than the tolerance uncovered)
        if (s.first_date and s.first_date <= p.until
                and (s.first_date - prev.since).days > COVERAGE_TOLERANCE * prev.days):
            caveats.append(loc.t("cov_source_starts", source=s.source, date=loc.date(s.first_date)))
    if cov.last_date:
        caveats.append(loc.t("cov_last_date", date=loc.date(cov.last_date)))
    caveats.append(loc.t("cov_fatalities_caveat"))
    trend_note = None
    if report.granularity == "quarter":
        months = (p.until.year - p.since.year) * 12 + p.until.month - p.since.month + 1
        trend_note = loc.t("trend_quarter_note", months=loc.number(months))
    all_family_unknown = bool(report.mapped or report.by_family) and report.families_present == ("_unknown",)
    all_target_unknown = report.targets_present == ("_unknown",)
    outside = outside_extent(report)
    admin1_note = loc.t("boundaries_admin1", source=cov.admin1_boundaries) if cov.admin1_boundaries else ""
    return {
        "lang": loc.lang, "t": loc.t, "empty": report.empty,
        "period": loc.t("subtitle_period", since=loc.date(p.since), until=loc.date(p.until)),
        "previous": loc.t("compared_with", since=loc.date(prev.since), until=loc.date(prev.until)),
        "generated": loc.t("generated", date=loc.date(report.generated), version=_version),
        "filters": _filters(report, loc),
        "coverage_first": coverage_first(report, loc),
        "by_source": _by_source(report, loc) if not report.comparison.comparable else [],
        "headline": headline, "range": rng,
        "fatalities_unknown": loc.t("fatalities_unknown", n=loc.number(h.fatalities_unknown),
                                    r=loc.number(h.fatalities_range_only)) if h.fatalities_unknown else None,
        "countries": loc.t("countries_list", names=_country_names(h.country_codes, loc)) if h.country_codes else None,
        "map_png": _png_uri(draw_map(report, loc, admin1)) if charts else None,
        "map_caption": "" if report.empty else loc.t("map_caption", n=loc.number(cov.no_coordinates)) + (
            " " + loc.t("map_outside", n=loc.number(outside)) if outside else ""),
        "boundaries_note": loc.t("boundaries_note", admin1=admin1_note),
        "trends_title": loc.t("h_trends" if report.granularity == "month" else "h_trends_quarter"),
        "trend_note": trend_note,
        "family_png": (_png_uri(trend_by_family(report, loc)) if charts and not report.empty
                       and not all_family_unknown else None),
        "family_missing": loc.t("trend_unavailable", what=loc.t("what_family")) if all_family_unknown else None,
        "target_png": (_png_uri(trend_by_target(report, loc)) if charts and not report.empty
                       and not all_target_unknown else None),
        "target_missing": loc.t("trend_unavailable", what=loc.t("what_target")) if all_target_unknown else None,
        "summary": _summary(report, loc), "regions": _regions(report, loc),
        "top": top, "top_caption": loc.t("top_caption", n=len(top)),
        "sources": sources, "caveats": caveats,
        "css": _css(),
    }


def render_html(report: SituationReport, loc: Locale, *, admin1=None) -> str:
    """The report as one self-contained HTML page (charts embedded)."""
    return _env().get_template("sitrep.html.j2").render(**view_model(report, loc, admin1=admin1))


def pdf_available() -> str | None:
    """None when WeasyPrint can render; else why not (for a skip or an error message)."""
    try:
        import weasyprint  # noqa: F401
    except (ImportError, OSError) as e:  # OSError: pango/cairo system libraries missing
        return f"WeasyPrint cannot load: {e}"
    return None


def render_pdf(html: str, out: Path) -> Path:
    """Write the HTML page as an A4 PDF with WeasyPrint."""
    why = pdf_available()
    if why:
        raise RenderError(f"{why} (install weasyprint and its system libraries: pango, harfbuzz)")
    import weasyprint

    weasyprint.HTML(string=html, base_url=str(out.parent)).write_pdf(str(out))
    return out
