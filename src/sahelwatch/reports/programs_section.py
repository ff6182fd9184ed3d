"""The programs section of a report, in English or French: the map of a program's areas against
violence, the estimate with its interval, the event-study plot, and the caveats.

It is a page of its own (``sahelwatch programs report``), rendered with the situation report's
message catalogue, number formats and style sheet, so it can sit beside a situation report. The
estimate is :func:`sahelwatch.programs.evaluate.evaluate_program`'s; the caveats are built from
its result (placement and reporting bias always; a failed pre-trend test, few treated areas and
unhandled spillover when they occur).
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np

from ..programs.evaluate import evaluate_program, plot_result
from ..programs.outcomes import outcome_panel
from .i18n import Locale

#: fewer treated areas than this and the section says its intervals are unreliable
FEW_TREATED = 5


def _map_png(store, r: dict, loc: Locale, outcome_word: str) -> tuple[bytes, str]:
    """(PNG, caption key): polygons when admin2 boundaries were imported, else points, else bars."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    panel, y = outcome_panel(store, source=r["source"], outcome=r["outcome"])
    total = dict(zip(panel.unit_ids, y.sum(axis=1)))
    treated = set(r["treated_units"])
    fig, ax = plt.subplots(figsize=(7, 4.6), dpi=120)
    b = store.boundaries.load(level=2)
    if len(b):
        b = b[b["pcode"].isin(panel.unit_ids) & b.geometry.notna()].drop_duplicates("pcode")
    if len(b):
        b = b.assign(total=b["pcode"].map(total).fillna(0))
        b.plot(column="total", cmap="OrRd", ax=ax, edgecolor="#999", linewidth=0.3, legend=True)
        b[b["pcode"].isin(treated)].boundary.plot(ax=ax, color="#c00", linewidth=1.6)
        key = "p_map_caption_polygons"
        ax.set_axis_off()
    elif panel.lat is not None and np.isfinite(panel.lat).any():
        ok = np.isfinite(panel.lat)
        sizes = 8 + 120 * np.sqrt(np.array([total[u] for u in panel.unit_ids]) / max(max(total.values()), 1))
        colours = ["#c00" if u in treated else "#777" for u in panel.unit_ids]
        ax.scatter(panel.lon[ok], panel.lat[ok], s=sizes[ok], c=np.array(colours)[ok], alpha=0.6)
        ax.set_aspect("equal")
        key = "p_map_caption_points"
    else:
        order = sorted(panel.unit_ids, key=lambda u: -total[u])
        ax.bar(range(len(order)), [total[u] for u in order],
               color=["#c00" if u in treated else "#999" for u in order])
        ax.set_xticks(range(len(order)), order, rotation=90, fontsize=5)
        ax.set_ylabel(outcome_word)
        key = "p_map_caption_bars"
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", metadata={"Software": None})
    plt.close(fig)
    return buf.getvalue(), key


def _caveats(r: dict, loc: Locale) -> list[str]:
    out = [loc.t("p_caveat_placement"), loc.t("p_caveat_reporting")]
    p = r.get("pre_trend_p")
    if p is not None and p < 0.05:
        out.append(loc.t("p_caveat_pretrend", p=loc.number(p, 3)))
    if len(r["treated_units"]) < FEW_TREATED:
        out.append(loc.t("p_caveat_few", n=len(r["treated_units"])))
    if r["spillover"]["neighbours_by"] == "none":
        out.append(loc.t("p_caveat_spillover"))
    out.append(loc.t("p_caveat_evidence"))
    return out


def program_section_html(store, program_id: str, *, lang: str = "en", outcome: str = "events",
                         source: str = "events", method: str = "did", seed: int = 0) -> str:
    """The section as one HTML page (images inline)."""
    from .render import _css, _env, _png_uri

    loc = Locale(lang)
    r = evaluate_program(store, program_id, outcome=outcome, method=method, source=source, seed=seed)
    p = store.programs.get(program_id)
    word = loc.t(f"p_outcome_{outcome}")
    plot = io.BytesIO()
    plot_result(r, plot, labels={"x": loc.t("p_axis_x"), "y": loc.t("p_axis_y", outcome=word),
                                 "effect": loc.t("p_effect"), "interval": loc.t("p_interval"), "gap": loc.t("p_gap")})
    map_png, caption = _map_png(store, r, loc, word)
    ci = [loc.number(x, 2) if x is not None else "?" for x in (r["ci_low"], r["ci_high"])]
    view = {
        "lang": lang, "program_id": program_id, "css": _css(),
        "title": loc.t("p_title", program=p["title"] or program_id),
        "intro": loc.t("p_intro", org=p["organisation"] or "?", type=p["program_type"] or "?",
                       start=loc.date(p["start_date"]), end=loc.date(p["end_date"]) if p["end_date"] else
                       loc.t("p_open_end"), n=len(p["areas"]), outcome=word, source=loc.t(f"p_source_{source}")),
        "h_map": loc.t("p_h_map"), "map_png": _png_uri(map_png), "map_caption": loc.t(caption, outcome=word),
        "h_estimate": loc.t("p_h_estimate"),
        "estimate": loc.t("p_estimate", att=loc.number(r["att"], 2), outcome=word, lo=ci[0], hi=ci[1],
                          p=loc.number(r["p_value"], 3), n_ctrl=len(r["control_units"]),
                          method=loc.t(f"p_method_{method}")),
        "pretrend": loc.t("p_pretrend", p=loc.number(r["pre_trend_p"], 3)) if r.get("pre_trend_p") is not None else "",
        "h_event_study": loc.t("p_h_event_study"), "plot_png": _png_uri(plot.getvalue()),
        "h_caveats": loc.t("p_h_caveats"), "caveats": _caveats(r, loc),
    }
    return _env().get_template("programs_section.html.j2").render(**view)


def write_program_section(store, program_id: str, out: Path | str, **kw) -> Path:
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(program_section_html(store, program_id, **kw), encoding="utf-8")
    return out
