"""Events frames for the analytics tests.

The real frame comes from the store when it exists (``sahelwatch.store.open_store``
with ``events_frame``); until then it is built here from the shared ACLED file with
the derived columns the store will add, computed independently of the analytics code
(PRIO-GRID formula, border distance from the GADM outlines, a handful of actor
patterns). The shared files are read in place, never copied.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import numpy as np
import pandas as pd

from tests.conftest import DATA  # noqa: F401  (re-exported to the analytics tests)
from tests.conftest import require_file as need

ACLED_DYADIC = DATA / "acled" / "acled_mali_dyadic_1997-2018.csv"


# A few actor patterns, enough to exercise the id-based analyses. The real registry
# (sahelwatch.actors) replaces this once the store resolves actors itself.
_ACTOR_PATTERNS = (
    (r"^JNIM", "jnim", "jnim"),
    (r"^Ansar Dine", "ansar_dine", "jnim"),
    (r"^AQIM", "aqim", "jnim"),
    (r"^Katiba Macina", "katiba_macina", "jnim"),
    (r"^Al Mourabitoune", "al_mourabitoun", "jnim"),
    (r"^MUJAO", "mujao", "jnim"),
    (r"^Islamic State \(Greater Sahara\)", "isgs", "islamic_state"),
    (r"^Ansaroul Islam", "ansaroul_islam", "jnim"),
    (r"^Military Forces of Mali", "fama", "state"),
    (r"^Police Forces of Mali", "mali_police", "state"),
    (r"^MINUSMA", "minusma", "international"),
    (r"^Military Forces of France", "france", "international"),
    (r"^Dan Na Ambassagou", "dan_na_ambassagou", "militia"),
    (r"^(Dozo|Dogon|Fulani|Bambara) ", "ethnic_militia", "militia"),
    (r"^MNLA", "mnla", "rebel"),
    (r"^GATIA", "gatia", "rebel"),
)
_COMPILED = [(re.compile(p), i, f) for p, i, f in _ACTOR_PATTERNS]


def _resolve(name):
    if not isinstance(name, str):
        return [], None
    for rx, actor_id, family in _COMPILED:
        if rx.search(name):
            return [actor_id], family
    return [], None


_TACTIC = {
    "Armed clash": "armed_clash", "Attack": "raid_on_village", "Abduction/forced disappearance": "abduction",
    "Remote explosive/landmine/IED": "ied", "Suicide bomb": "suicide_bombing", "Air/drone strike": "air_strike",
    "Shelling/artillery/missile attack": "shelling", "Arrests": "arrest", "Looting/property destruction": "looting_burning",
    "Sexual violence": "sexual_violence", "Peaceful protest": "protest",
}
_TARGET = {7: "civilians", 1: "security_forces", 8: "security_forces", 2: "armed_group", 3: "armed_group", 4: "armed_group"}
LIPTAKO_ADMIN1_MLI = {"Gao", "Mopti", "Menaka"}  # the Malian side of the tri-border area (test approximation)


def priogrid(lat: float, lon: float) -> int:
    return int(math.floor((lat + 90) / 0.5)) * 720 + int(math.floor((lon + 180) / 0.5)) + 1


def _border(df: pd.DataFrame) -> tuple[np.ndarray, list]:
    import geopandas as gpd

    def outline(code):
        g = gpd.read_file(need(DATA / "geo" / f"gadm36_{code}_1.json")).set_crs(4326, allow_override=True)
        return g.to_crs(32630).union_all()

    mli = outline("MLI")
    neighbours = {"BFA": outline("BFA"), "NER": outline("NER")}
    pts = gpd.GeoSeries(gpd.points_from_xy(df["longitude"], df["latitude"]), crs=4326).to_crs(32630)
    border_km = pts.distance(mli.boundary).to_numpy() / 1000.0
    iso = []
    dists = {k: pts.distance(v).to_numpy() / 1000.0 for k, v in neighbours.items()}
    for i in range(len(df)):
        k, d = min(((k, v[i]) for k, v in dists.items()), key=lambda kv: kv[1])
        iso.append(k if d <= border_km[i] + 5 else None)  # the nearest border is that neighbour's
    return border_km, iso


def build_frame(path: Path) -> pd.DataFrame:
    raw = pd.read_csv(need(path))
    raw = raw.drop(columns=[c for c in raw.columns if c.startswith("Unnamed")])
    df = pd.DataFrame({
        "event_id": "acled:" + raw["event_id_cnty"].astype(str),
        "source": "acled",
        "source_event_id": raw["event_id_cnty"].astype(str),
        "event_date": pd.to_datetime(raw["event_date"]).dt.date,
        "year": raw["year"],
        "country": raw["country"], "iso3": raw["iso3"],
        "admin1": raw["admin1"], "admin2": raw["admin2"], "admin3": raw["admin3"],
        "location": raw["location"], "latitude": raw["latitude"], "longitude": raw["longitude"],
        "event_type": raw["event_type"], "sub_event_type": raw["sub_event_type"],
        "actor1": raw["actor1"], "assoc_actor_1": raw["assoc_actor_1"], "inter1": raw["inter1"],
        "actor2": raw["actor2"], "assoc_actor_2": raw["assoc_actor_2"], "inter2": raw["inter2"],
        "interaction": raw["interaction"],
        "fatalities_low": raw["fatalities"], "fatalities_best": raw["fatalities"], "fatalities_high": raw["fatalities"],
        "notes": raw["notes"],
    })
    r1 = df["actor1"].map(_resolve)
    r2 = df["actor2"].map(_resolve)
    df["actor1_ids"] = r1.map(lambda t: t[0])
    df["actor2_ids"] = r2.map(lambda t: t[0])
    df["actor1_family"] = r1.map(lambda t: t[1])
    df["actor2_family"] = r2.map(lambda t: t[1])
    df["perpetrator_family"] = df["actor1_family"]
    df["tactic"] = df["sub_event_type"].map(_TACTIC).fillna("other")
    df["target_category"] = df["inter2"].map(_TARGET).fillna("none")
    df["attribution"] = "unknown"
    df["admin1_norm"] = df["admin1"]
    df["admin2_norm"] = df["admin2"]
    df["priogrid_gid"] = [priogrid(a, b) for a, b in zip(df["latitude"], df["longitude"])]
    df["border_km"], df["border_iso3"] = _border(df)
    df["liptako_gourma"] = df["admin1"].isin(LIPTAKO_ADMIN1_MLI)
    return df


def synthetic(rows: list[dict], **defaults) -> pd.DataFrame:
    """A small events frame from dicts; missing columns get neutral defaults."""
    base = {
        "event_id": None, "source": "test", "event_date": None, "country": "Mali", "iso3": "MLI",
        "admin1": "Mopti", "admin2": "Bandiagara", "location": "X", "latitude": 14.3, "longitude": -3.6,
        "event_type": "Battles", "sub_event_type": "Armed clash", "actor1": "A", "actor2": "B",
        "inter1": 2, "inter2": 1, "interaction": 12, "fatalities_low": 0, "fatalities_best": 0,
        "fatalities_high": 0, "notes": "", "tactic": "armed_clash", "target_category": "security_forces",
        "attribution": "unknown", "actor1_ids": [], "actor2_ids": [], "actor1_family": None,
        "actor2_family": None, "perpetrator_family": None, "priogrid_gid": None, "border_km": 200.0,
        "border_iso3": None, "liptako_gourma": False, "admin1_norm": None, "admin2_norm": None,
        "admin2_pcode": None,
    }
    base.update(defaults)
    out = []
    for i, r in enumerate(rows):
        d = dict(base)
        d.update(r)
        if d["event_id"] is None:
            d["event_id"] = f"test:{i}"
        if d["priogrid_gid"] is None:
            d["priogrid_gid"] = priogrid(d["latitude"], d["longitude"])
        out.append(d)
    df = pd.DataFrame(out)
    df["event_date"] = pd.to_datetime(df["event_date"]).dt.date
    return df
