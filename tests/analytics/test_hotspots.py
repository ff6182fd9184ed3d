import math

import numpy as np
import pytest
from analytics_frames import priogrid, synthetic

from sahelwatch.analytics import hotspots as hs


def _brute_gi_star(counts: dict[tuple[int, int], float], rows, cols, r, c) -> float:
    """Gi* for one cell written straight from Ord and Getis (1995), loops and all."""
    cells = [(i, j) for i in rows for j in cols]
    x = np.array([counts.get(k, 0.0) for k in cells])
    n = len(cells)
    xbar = x.mean()
    s = math.sqrt((x**2).mean() - xbar**2)
    w = np.array([1.0 if abs(i - r) <= 1 and abs(j - c) <= 1 else 0.0 for i, j in cells])
    num = (w * x).sum() - xbar * w.sum()
    den = s * math.sqrt((n * (w**2).sum() - w.sum() ** 2) / (n - 1))
    return num / den


def test_gi_star_matches_the_textbook_formula_on_real_data(acled_events):
    out = hs.getis_ord(acled_events)
    gid = acled_events["priogrid_gid"].astype(int)
    counts_by_gid = gid.value_counts()
    counts = {(int((g - 1) // 720), int((g - 1) % 720)): float(v) for g, v in counts_by_gid.items()}
    rows = range(min(k[0] for k in counts) - 1, max(k[0] for k in counts) + 2)
    cols = range(min(k[1] for k in counts) - 1, max(k[1] for k in counts) + 2)
    assert len(out) == len(rows) * len(cols)
    assert out["value"].sum() == len(acled_events)
    for g in [out.iloc[0]["priogrid_gid"], counts_by_gid.index[0], out.iloc[-1]["priogrid_gid"]]:
        r, c = (int(g) - 1) // 720, (int(g) - 1) % 720
        assert out.set_index("priogrid_gid").loc[g, "z"] == pytest.approx(_brute_gi_star(counts, rows, cols, r, c))


def test_real_hot_cells_include_the_busiest_neighbourhood(acled_events):
    out = hs.getis_ord(acled_events)
    hot = out[out["hotspot"] == "hot"]
    assert 1 <= len(hot) < len(out) * 0.2
    # the cell of Mali's most-reported place block: the largest 3x3 sum of counts, by hand
    gid = acled_events["priogrid_gid"].astype(int).value_counts()
    block = {g: sum(gid.get(g + dr * 720 + dc, 0) for dr in (-1, 0, 1) for dc in (-1, 0, 1)) for g in out["priogrid_gid"]}
    top = max(block, key=block.get)
    assert top in set(hot["priogrid_gid"])


def test_benjamini_hochberg_matches_statsmodels():
    from statsmodels.stats.multitest import multipletests

    p = np.random.default_rng(3).uniform(0, 0.2, 200) ** 2
    assert np.allclose(hs.benjamini_hochberg(p), multipletests(p, method="fdr_bh")[1])


def test_planted_hot_cell_is_found_and_noise_is_not():
    rng = np.random.default_rng(7)
    rows = []
    # background: one event in each of 400 random places of a 10 x 10 degree box
    for lat, lon in zip(rng.uniform(10, 20, 400), rng.uniform(-10, 0, 400)):
        rows.append({"event_date": "2024-01-01", "latitude": lat, "longitude": lon})
    # plant: 60 events in the cell around (15.25, -4.75)
    rows += [{"event_date": "2024-01-02", "latitude": 15.25, "longitude": -4.75}] * 60
    df = synthetic(rows)
    out = hs.getis_ord(df).set_index("priogrid_gid")
    planted = priogrid(15.25, -4.75)
    assert out.loc[planted, "hotspot"] == "hot"
    assert out.loc[planted, "p_fdr"] < 0.001
    far = out[(abs(out["latitude"] - 15.25) > 1.1) | (abs(out["longitude"] + 4.75) > 1.1)]
    assert (far["hotspot"] == "hot").mean() < 0.02  # the FDR holds the false hot cells down


def test_kernel_density_integrates_to_the_event_count_and_peaks_at_the_cluster():
    rows = [{"event_date": "2024-01-01", "latitude": 14.5, "longitude": -4.2}] * 50
    rows += [{"event_date": "2024-01-01", "latitude": 16.0, "longitude": -1.0}] * 5
    kd = hs.kernel_density(synthetic(rows), bandwidth_km=20, resolution_deg=0.05)
    res = kd.attrs["resolution_deg"]
    lat0 = kd["latitude"].mean()
    cell_km2 = (111.32 * res) * (111.32 * res * math.cos(math.radians(lat0)))
    total = (kd["density"] / 1000 * cell_km2).sum()
    assert total == pytest.approx(55, rel=0.03)
    peak = kd.loc[kd["density"].idxmax()]
    assert abs(peak["latitude"] - 14.5) < 0.1 and abs(peak["longitude"] + 4.2) < 0.1


def test_kernel_density_on_real_data_is_highest_near_the_busiest_area(acled_events):
    kd = hs.kernel_density(acled_events, bandwidth_km=30, resolution_deg=0.1)
    peak = kd.loc[kd["density"].idxmax()]
    # hand check: the event place with the most events within 30 km (a uniform kernel, brute force)
    lat = np.radians(acled_events.latitude.to_numpy())
    lon = np.radians(acled_events.longitude.to_numpy())
    d = 6371 * np.arccos(np.clip(np.sin(lat)[:, None] * np.sin(lat) + np.cos(lat)[:, None] * np.cos(lat) * np.cos(lon[:, None] - lon), -1, 1))
    best = int(((d <= 30).sum(axis=1)).argmax())
    assert abs(peak["latitude"] - acled_events.latitude.iloc[best]) < 0.3
    assert abs(peak["longitude"] - acled_events.longitude.iloc[best]) < 0.3


def test_cells_come_from_coordinates_when_the_store_has_not_derived_them():
    rows = [{"event_date": "2024-01-01", "latitude": 14.3, "longitude": -3.6}] * 5
    df = synthetic(rows)
    with_gid = hs.getis_ord(df)
    df["priogrid_gid"] = None
    assert hs.getis_ord(df)[["priogrid_gid", "value"]].equals(with_gid[["priogrid_gid", "value"]])
    assert int(hs.priogrid_gid([14.3], [-3.6])[0]) == priogrid(14.3, -3.6)
    from sahelwatch.analytics import MissingColumnsError

    with pytest.raises(MissingColumnsError, match="latitude"):
        hs.getis_ord(df.drop(columns=["priogrid_gid", "latitude"]))


def test_h3_gi_star_finds_a_planted_cell_and_matches_the_formula():
    import h3

    rng = np.random.default_rng(11)
    rows = [{"event_date": "2024-01-01", "latitude": a, "longitude": b}
            for a, b in zip(rng.uniform(13, 16, 300), rng.uniform(-5, -2, 300))]
    rows += [{"event_date": "2024-01-02", "latitude": 14.5, "longitude": -3.5}] * 40
    df = synthetic(rows)
    out = hs.getis_ord_h3(df, resolution=5).set_index("h3")
    planted = h3.latlng_to_cell(14.5, -3.5, 5)
    assert out.loc[planted, "hotspot"] == "hot"
    # hand check of one z with the textbook formula over the same study area
    x = out["value"]
    n = len(x)
    nb = [c for c in h3.grid_disk(planted, 1) if c in x.index]
    wsum = len(nb)
    s = np.sqrt((x**2).mean() - x.mean() ** 2)
    z = (x[nb].sum() - x.mean() * wsum) / (s * np.sqrt((n * wsum - wsum**2) / (n - 1)))
    assert out.loc[planted, "z"] == pytest.approx(z)
    assert out["value"].sum() == len(rows)


def test_h3_hotspots_on_real_data_use_the_same_fdr(acled_events):
    out = hs.getis_ord_h3(acled_events, resolution=4)
    assert out["value"].sum() == len(acled_events)
    hot = out[out.hotspot == "hot"]
    assert len(hot) >= 1 and (hot.p_fdr < 0.05).all()
