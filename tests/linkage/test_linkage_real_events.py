"""Linkage finds the same real event across sources, and keeps near-but-distinct events apart.

The test set is made from the real ACLED Mali export: a copy of real events as another source
would report them (dates shifted within their precision, coordinates jittered, actor names
swapped for aliases, fatalities changed), plus distractors that are near but distinct (another
week, another district, or another armed group). Precision and recall must both reach 0.9.
"""

from __future__ import annotations

import csv
import json
import math
import random

import numpy as np
import pandas as pd
import pytest

from sahelwatch.geo import points_in_country
from sahelwatch.linkage import link_store
from tests.conftest import data_file

DYADIC = "acled/acled_mali_dyadic_1997-2018.csv"
#: other names the same actors go by, as a second source would write them
ALIASES = {
    "JNIM: Group for Support of Islam and Muslims": ["GSIM", "Nusrat al-Islam wal-Muslimin", "JNIM"],
    "Islamic State (Greater Sahara)": ["EIGS", "ISGS", "Etat islamique au Grand Sahara"],
    "AQIM: Al Qaeda in the Islamic Maghreb": ["AQMI", "Al-Qaïda au Maghreb islamique"],
    "Ansar Dine": ["Ansar Eddine", "Ansar al-Din"],
    "Katiba Macina": ["la katiba Macina", "Macina Liberation Front"],
    "MUJAO: Movement for Unity and Jihad in West Africa": ["MUJAO", "Mujao"],
}
RIVAL = {"jnim": "Islamic State (Greater Sahara)", "isgs": "JNIM: Group for Support of Islam and Muslims"}
FIELDS = ["report_id", "dataset", "event_date", "date_precision", "country", "admin1", "admin2", "location",
          "latitude", "longitude", "geo_precision", "event_type", "sub_event_type", "actor1", "actor2",
          "fatalities_best", "notes"]


def _alias(name: str, rng: random.Random) -> str:
    for full, alts in ALIASES.items():
        if name == full:
            return rng.choice(alts)
    if name and name.startswith("Military Forces of Mali"):
        return rng.choice(["FAMa", "Malian Armed Forces", "Forces armées maliennes"])
    if name and name.startswith("Civilians"):
        return "Civilians (Mali)"
    return name


def _move(lat: float, lon: float, km: float, bearing: float) -> tuple[float, float]:
    d = km / 111.2
    return lat + d * math.cos(bearing), lon + d * math.sin(bearing) / math.cos(math.radians(lat))


def _km(lat1, lon1, lat2, lon2):
    la1, lo1, la2, lo2 = map(np.radians, (lat1, lon1, lat2, lon2))
    a = np.sin((la2 - la1) / 2) ** 2 + np.cos(la1) * np.cos(la2) * np.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * np.arcsin(np.sqrt(a))


def _row(rid, e, date, lat, lon, a1, a2, fat):
    return {"report_id": rid, "dataset": "field-test", "event_date": date.isoformat(), "date_precision": "day",
            "country": "Mali", "admin1": e.admin1, "admin2": e.admin2, "location": e.location,
            "latitude": f"{lat:.5f}", "longitude": f"{lon:.5f}", "geo_precision": "exact",
            "event_type": e.event_type, "sub_event_type": e.sub_event_type, "actor1": a1, "actor2": a2 or "",
            "fatalities_best": str(fat), "notes": "test copy"}


@pytest.fixture(scope="module")
def linked(tmp_path_factory):
    every = pd.read_csv(data_file(DYADIC), dtype=str, keep_default_na=False)
    every["date"] = pd.to_datetime(every.event_date).dt.date
    every["lat"], every["lon"] = every.latitude.astype(float), every.longitude.astype(float)
    src = every[(every.time_precision == "1") & (every.geo_precision == "1") & (every.event_type != "Protests")]
    rng = random.Random(20261124)
    sample = src.sample(n=160, random_state=7)
    rows, truth = [], {}
    for k, e in enumerate(sample.itertuples(index=False)):
        rid = f"T{k:03d}"
        shift = rng.choice([-1, 0, 0, 1])
        lat, lon = _move(e.lat, e.lon, rng.uniform(0, 4), rng.uniform(0, 2 * math.pi))
        fat = int(e.fatalities)
        fat = max(0, fat + rng.choice([-1, 0, 1, 2]) if fat < 10 else round(fat * rng.uniform(0.8, 1.2)))
        rows.append(_row(rid, e, e.date + pd.Timedelta(days=shift), lat, lon,
                         _alias(e.actor1, rng), _alias(e.actor2, rng), fat))
        truth[f"field-test:{rid}"] = f"acled:{e.event_id_cnty}"
    # distractors: near but distinct, each checked to have no real event it could be
    distractors = []
    pool = src.sample(n=min(len(src), 1500), random_state=11)
    ev_day = pd.to_datetime(every.date).to_numpy()
    for attempt, e in enumerate(pool.itertuples(index=False)):
        kind = attempt % 3
        date, lat, lon, a1 = e.date, e.lat, e.lon, e.actor1
        if kind == 0:
            date = e.date + pd.Timedelta(days=rng.choice([-1, 1]) * rng.randint(8, 20))
        elif kind == 1:
            lat, lon = _move(e.lat, e.lon, rng.uniform(90, 140), rng.uniform(0, 2 * math.pi))
        else:
            if e.actor1.startswith("JNIM"):
                a1 = RIVAL["jnim"]
            elif "Greater Sahara" in e.actor1:
                a1 = RIVAL["isgs"]
            else:
                continue
        if not points_in_country(np.array(["MLI"]), np.array([lon]), np.array([lat]), tolerance_km=0.0)[0]:
            continue  # moved out of Mali
        # clean: no real event it could be (within 5 days and 80 km; for a swapped group, none by that group)
        close = (np.abs(ev_day - np.datetime64(pd.Timestamp(date))) <= np.timedelta64(5, "D")) & (
            _km(every.lat.to_numpy(), every.lon.to_numpy(), lat, lon) <= 80)
        if kind == 2:
            close &= (every.actor1 == a1).to_numpy() | (every.actor2 == a1).to_numpy()
        if close.any():
            continue
        distractors.append(_row(f"D{len(distractors):03d}", e, date, lat, lon, a1, e.actor2, int(e.fatalities)))
        if len(distractors) >= 60:
            break
    tmp = tmp_path_factory.mktemp("link")
    copy = tmp / "field.csv"
    with open(copy, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS)
        w.writeheader()
        w.writerows(rows + distractors)
    from sahelwatch.ingest import ingest_files
    from sahelwatch.store import open_store
    from tests.conftest import TODAY

    store = open_store(tmp / "link.duckdb")
    s = ingest_files(store, [data_file(DYADIC), copy], today=TODAY, quarantine_dir=tmp / "q")
    assert s.total("rejected") == 0, s.rejects[:3]
    summary = link_store(store)
    clusters = dict(store.con.execute("SELECT event_id, cluster_id FROM event_clusters").fetchall())
    yield store, truth, [f"field-test:{d['report_id']}" for d in distractors], clusters, summary
    store.close()


def test_linkage_precision_and_recall_reach_0_9(linked):
    store, truth, distractors, clusters, summary = linked
    members: dict[str, list[str]] = {}
    for eid, cid in clusters.items():
        members.setdefault(cid, []).append(eid)

    def acled_partner(eid):
        return [m for m in members[clusters[eid]] if m.startswith("acled:")]

    tp = sum(1 for c, orig in truth.items() if acled_partner(c) == [orig])
    fp = sum(1 for c, orig in truth.items() if acled_partner(c) and acled_partner(c) != [orig])
    fp += sum(1 for d in distractors if acled_partner(d))
    precision = tp / max(tp + fp, 1)
    recall = tp / len(truth)
    print(f"linkage: {len(truth)} copies, {len(distractors)} distractors, TP {tp}, FP {fp}, "
          f"precision {precision:.3f}, recall {recall:.3f}")
    assert len(distractors) >= 45
    assert precision >= 0.9 and recall >= 0.9


def test_records_of_one_source_never_share_a_cluster(linked):
    store, *_ = linked
    n = store.con.execute(
        "SELECT count(*) FROM (SELECT c.cluster_id, e.source, e.release, count(*) AS k FROM event_clusters c "
        "JOIN events e USING (event_id) GROUP BY ALL HAVING k > 1)").fetchall()[0][0]
    assert n == 0


def test_every_link_has_a_score_and_an_explanation(linked):
    store, *_ = linked
    links = store.linkage.links()
    assert links
    for link in links[:50]:
        why = json.loads(link["explanation"])
        assert 0 < link["score"] <= 1 and {"date", "place", "actors", "deaths", "why"} <= set(why)


def test_summary_counts_match_the_clusters(linked):
    store, truth, distractors, clusters, summary = linked
    assert summary["records"] == len(clusters) == 2456 + len(truth) + len(distractors)
    assert summary["clusters"] == len(set(clusters.values()))
    sizes = pd.Series(list(clusters.values())).value_counts()
    assert summary["linked_records"] == int(sizes[sizes > 1].sum())


def test_consolidated_view_has_one_row_per_cluster_with_ranges(linked):
    from sahelwatch.linkage import consolidate

    store, truth, distractors, clusters, summary = linked
    view = consolidate(store.events.frame(), clusters)
    assert len(view) == summary["clusters"]
    multi = view[view.records > 1]
    assert len(multi) >= 140
    assert (multi.fatalities_low <= multi.fatalities_best).all() and (multi.fatalities_best <= multi.fatalities_high).all()
    assert set(multi.sources.str.split(";").explode()) == {"acled", "field-test"}
