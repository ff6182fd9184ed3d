"""Resolver coverage on real exports: at least 98% of events have every actor string resolved."""

from __future__ import annotations

import pandas as pd

from sahelwatch.actors import default_resolver, split_actor_cell, unresolved_report

FLOOR = 0.98


def _share(df: pd.DataFrame, cols, *, source, id_cols=None, event_col=None) -> tuple[float, int]:
    r = default_resolver()
    ok = []
    for _, row in df.iterrows():
        good = True
        for c in cols:
            names = split_actor_cell(row[c])
            for name in names:
                sid = row[id_cols[c]] if id_cols and c in id_cols and len(names) == 1 else None
                if not r.resolve(name, source=source, source_actor_id=sid).ids:
                    good = False
        ok.append(good)
    s = pd.Series(ok, index=df.index)
    if event_col:  # monadic layout: an event is resolved when all its rows are
        s = s.groupby(df[event_col]).all()
    return float(s.mean()), len(s)


def test_acled_dyadic_coverage(acled_dyadic):
    share, n = _share(acled_dyadic, ["actor1", "assoc_actor_1", "actor2", "assoc_actor_2"], source="acled")
    print(f"\nACLED dyadic 1997-2018: {share:.4f} of {n} events fully resolved")
    assert n == 2456 and share >= FLOOR


def test_acled_monadic_coverage(acled_monadic):
    share, n = _share(acled_monadic, ["actor1", "assoc_actor_1"], source="acled", event_col="event_id_cnty")
    print(f"\nACLED monadic 2017-2018: {share:.4f} of {n} events fully resolved")
    assert n == 1224 and share >= FLOOR


def test_acled_legacy_coverage(acled_legacy):
    share, n = _share(acled_legacy, ["actor1", "assoc_actor_1", "actor2", "assoc_actor_2"], source="acled")
    print(f"\nACLED legacy 2016: {share:.4f} of {n} events fully resolved")
    assert n == 55 and share >= FLOOR


def test_ucdp_global_sample_coverage(ucdp_sample):
    share, n = _share(
        ucdp_sample, ["side_a", "side_b"], source="ucdp-ged",
        id_cols={"side_a": "side_a_new_id", "side_b": "side_b_new_id"},
    )
    print(f"\nUCDP GED 23.1 global sample: {share:.4f} of {n} events fully resolved")
    assert n == 1000 and share >= FLOOR


def test_ucdp_sahel_events_resolve_to_registry_ids_not_source_ids(ucdp_sample):
    r = default_resolver()
    sahel = ucdp_sample[ucdp_sample["country"].isin(["Mali", "Burkina Faso", "Niger"])]
    assert len(sahel) >= 5
    for _, row in sahel.iterrows():
        for side, sid in (("side_a", "side_a_new_id"), ("side_b", "side_b_new_id")):
            res = r.resolve(row[side], source="ucdp-ged", source_actor_id=row[sid],
                            country=row["country"], date=row["date_start"])
            assert res.ids and not any(i.startswith("ucdp:") for i in res.ids), (row[side], res)


def test_unresolved_report_on_a_real_export(acled_dyadic):
    report = unresolved_report(acled_dyadic.assign(source="acled"))
    assert report["events"] == 2456
    assert report["share_fully_resolved"] >= FLOOR
    assert report["events"] - report["events_fully_resolved"] <= sum(u["events"] for u in report["unresolved"])
    counts = [u["events"] for u in report["unresolved"]]
    assert counts == sorted(counts, reverse=True)
