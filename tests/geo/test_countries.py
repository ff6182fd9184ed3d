"""Country outlines, country names and Gleditsch-Ward codes, checked on real UCDP and ACLED rows."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from sahelwatch.errors import UsageError
from sahelwatch.geo.countries import (
    DEFAULT_TOLERANCE_KM,
    country_outlines,
    distance_to_geometry_km,
    locate_country,
    points_in_country,
)
from sahelwatch.geo.country_codes import country_to_iso3, gw_to_iso3
from sahelwatch.geo.distance import haversine_km
from tests.conftest import data_file as need

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data"

# capitals (lon, lat), from their well-known coordinates
BAMAKO = (-8.0029, 12.6392)
OUAGADOUGOU = (-1.5197, 12.3714)
NIAMEY = (2.1254, 13.5116)
DAKAR = (-17.4677, 14.7167)




@pytest.fixture(scope="module")
def ucdp() -> pd.DataFrame:
    return pd.read_csv(need("ucdp/ged231_global_sample_1000.csv"))


def test_every_ucdp_country_name_maps_and_agrees_with_its_gleditsch_ward_code(ucdp):
    by_name = country_to_iso3(ucdp["country"].to_numpy())
    by_gw = gw_to_iso3(ucdp["country_id"].to_numpy())
    assert all(c is not None for c in by_name)
    assert list(by_name) == list(by_gw)


def test_every_ucdp_event_lies_in_its_country_within_the_default_tolerance(ucdp):
    iso3 = country_to_iso3(ucdp["country"].to_numpy())
    ok = points_in_country(iso3, ucdp["longitude"], ucdp["latitude"])
    bad = ucdp.loc[~ok, ["id", "country", "where_description"]]
    assert ok.all(), f"outside their country: {bad.to_dict('records')}"


def test_source_conventions_are_needed_for_yugoslavia_and_pre_2011_south_sudan(ucdp):
    """Without the documented extents, UCDP's Yugoslavia (Bosnia 1992) and Sudan (Maridi, 1990s) fail."""
    iso3 = country_to_iso3(ucdp["country"].to_numpy())
    plain = points_in_country(iso3, ucdp["longitude"], ucdp["latitude"], extents=False)
    failed = set(ucdp.loc[~plain, "country"])
    assert {"Serbia (Yugoslavia)", "Sudan"} <= failed
    # and strict containment (no tolerance) misses real border and coast towns
    strict = points_in_country(iso3, ucdp["longitude"], ucdp["latitude"], 0.0)
    assert 0.95 <= strict.mean() < 1.0


@pytest.mark.parametrize("rel", ["acled/acled_mali_dyadic_1997-2018.csv", "acled/acled_mali_monadic_2017-2018.csv"])
def test_every_acled_mali_event_lies_in_mali(rel):
    d = pd.read_csv(need(rel))
    iso3 = country_to_iso3(d["country"].to_numpy())
    assert set(iso3) == {"MLI"}
    assert points_in_country(iso3, d["longitude"], d["latitude"]).all()


def test_capitals_lie_in_their_own_country_and_not_in_a_neighbour():
    lon, lat = zip(BAMAKO, OUAGADOUGOU, NIAMEY, DAKAR)
    own = np.array(["MLI", "BFA", "NER", "SEN"], dtype=object)
    assert points_in_country(own, lon, lat, 0.0).all()
    swapped = np.array(["BFA", "MLI", "MLI", "MLI"], dtype=object)
    assert not points_in_country(swapped, lon, lat).any()
    assert list(locate_country(lon, lat)) == list(own)


def test_tolerance_accepts_a_point_just_across_the_border_and_rejects_one_far_across():
    mali = country_outlines().geometry_of("MLI")
    # walk from Bamako towards Ouagadougou's longitude until we leave Mali: a point just outside
    lat = 12.0
    lons = np.linspace(-5.5, -4.0, 3001)
    inside = points_in_country(np.array(["MLI"] * lons.size, dtype=object), lons, np.full(lons.size, lat), 0.0)
    first_out = lons[np.argmax(~inside)]
    assert inside[0] and not inside.all()
    near = first_out + 0.03  # ~3 km east of the crossing (the border runs obliquely)
    far = first_out + 0.5  # ~55 km beyond it
    d_near, d_far = distance_to_geometry_km(mali, [near, far], [lat, lat])
    assert 0.1 < d_near < DEFAULT_TOLERANCE_KM < d_far
    got = points_in_country(np.array(["MLI", "MLI"], dtype=object), [near, far], [lat, lat])
    assert list(got) == [True, False]
    assert list(points_in_country(np.array(["MLI", "MLI"], dtype=object), [near, far], [lat, lat], 0.0)) == [False, False]


def test_missing_coordinates_and_unknown_codes_are_not_in_country():
    got = points_in_country(np.array(["MLI", None, "ZZZ", "MLI"], dtype=object),
                            [BAMAKO[0], BAMAKO[0], BAMAKO[0], np.nan], [BAMAKO[1]] * 3 + [np.nan])
    assert list(got) == [True, False, False, False]
    assert list(locate_country([np.nan, -30.0], [np.nan, 0.0])) == [None, None]  # and mid-Atlantic


def test_mismatched_lengths_are_a_usage_error():
    with pytest.raises(UsageError):
        points_in_country(np.array(["MLI"], dtype=object), [1.0, 2.0], [1.0, 2.0])


@pytest.mark.parametrize("name,iso3", [
    ("Mali", "MLI"), ("Burkina Faso", "BFA"), ("Niger", "NER"), ("Nigeria", "NGA"), ("Ivory Coast", "CIV"),
    ("Côte d'Ivoire", "CIV"), ("COTE D'IVOIRE", "CIV"), ("DR Congo (Zaire)", "COD"), ("Yemen (North Yemen)", "YEM"),
    ("Russia (Soviet Union)", "RUS"), ("Cambodia (Kampuchea)", "KHM"), ("Myanmar (Burma)", "MMR"),
    ("Zimbabwe (Rhodesia)", "ZWE"), ("Madagascar (Malagasy)", "MDG"), ("Serbia (Yugoslavia)", "SRB"),
    ("Bosnia-Herzegovina", "BIH"), ("Kingdom of eSwatini (Swaziland)", "SWZ"), ("Macedonia, FYR", "MKD"),
    ("Democratic Republic of Congo", "COD"), ("Republic of Congo", "COG"), ("Mauritanie", "MRT"),
    ("Algérie", "DZA"), ("Sénégal", "SEN"), ("Tchad", "TCD"), ("Guinée", "GIN"), ("Burkina", "BFA"),
    ("  mali ", "MLI"), ("MLI", "MLI"), ("ML", "MLI"), ("Somaliland", "SOM"), ("Kosovo", "XKX"),
])
def test_country_names_in_english_french_and_source_spellings(name, iso3):
    assert country_to_iso3(np.array([name], dtype=object))[0] == iso3


def test_unknown_and_missing_country_names_give_none():
    got = country_to_iso3(np.array(["Atlantis", None, "", np.nan, "ml", "Saint Martin"], dtype=object))
    assert list(got) == [None] * 6  # 'ml' is not a code (lower case), Saint Martin is ambiguous


def test_gleditsch_ward_codes():
    got = gw_to_iso3(np.array([432, "439", 436.0, 678, 345, 365, 490, 626, np.nan, "345, 344", 9999, None], dtype=object))
    assert list(got) == ["MLI", "BFA", "NER", "YEM", "SRB", "RUS", "COD", "SSD", None, None, None, None]


def test_haversine_matches_a_known_distance():
    # Bamako to Ouagadougou: about 705 km great-circle
    d = haversine_km(BAMAKO[1], BAMAKO[0], OUAGADOUGOU[1], OUAGADOUGOU[0])
    assert 690 < float(d) < 720
