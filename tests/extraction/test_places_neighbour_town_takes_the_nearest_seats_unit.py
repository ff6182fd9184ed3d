"""A neighbour's town that the gazetteer gives an admin1 but no admin2 (no admin2 polygons of Togo, Benin or
Côte d'Ivoire are shipped) is read in the admin2 unit of its admin1 whose seat is nearest, within
places.SEAT_KM; a town of the three countries never is (their polygons give its unit), nor one too far from
every seat.

An invented gazetteer (places and units that do not exist)."""

from __future__ import annotations

from dataclasses import dataclass

from sahelwatch.extraction.places import SEAT_KM, GeoGazetteerAdapter


@dataclass
class _Place:
    name: str
    iso3: str
    admin1: str | None
    admin2: str | None
    kind: str
    latitude: float
    longitude: float
    names: tuple = ()
    method: str = "exact"


class _Gazetteer:
    def __init__(self, places):
        self.places = places

    def is_stopword(self, name):
        return False

    def lookup(self, name, admin1=None, admin2=None, country=None, fuzzy=False, kind=None):
        return [p for p in self.places if p.name == name]


PLACES = [
    _Place("Togo", "TGO", None, None, "country", 9.0, 1.0),
    _Place("Mali", "MLI", None, None, "country", 17.0, -4.0),
    _Place("Zorvani", "TGO", "Hautes-Terres", "Zorvani", "admin2", 10.50, 0.50),
    _Place("Kelmabo", "TGO", "Hautes-Terres", "Kelmabo", "admin2", 10.50, 1.00),
    _Place("Loukpa", "TGO", "Basses-Terres", "Loukpa", "admin2", 10.52, 0.90),
    _Place("Bindaga", "TGO", "Hautes-Terres", None, "place", 10.55, 0.92),
    _Place("Farouga", "TGO", "Hautes-Terres", None, "place", 14.00, 0.90),
    _Place("Senkoro", "MLI", "Ségou", None, "place", 13.0, -6.0),
]


def _adapter():
    return GeoGazetteerAdapter(_Gazetteer(PLACES))


def test_a_neighbours_town_takes_the_unit_of_the_nearest_seat_of_its_admin1():
    e = _adapter().lookup("Bindaga")
    # Loukpa's seat is nearer, but in another admin1
    assert (e.country, e.admin1, e.admin2) == ("Togo", "Hautes-Terres", "Kelmabo")


def test_no_unit_for_a_town_far_from_every_seat():
    assert SEAT_KM < 300
    assert _adapter().lookup("Farouga").admin2 is None


def test_a_town_of_the_three_countries_is_left_to_the_polygons():
    assert _adapter().lookup("Senkoro").admin2 is None


def test_a_name_asked_for_in_a_unit_is_the_place_in_that_unit_not_a_homonym_of_the_three():
    places = PLACES + [_Place("Bindaga", "MLI", "Ségou", "Niono", "place", 14.0, -5.9)]
    g = GeoGazetteerAdapter(_Gazetteer(places))
    assert g.lookup("Bindaga").country == "Mali"  # a homonym of the three countries first, as before
    e = g.lookup("Bindaga", admin1="Hautes-Terres")
    assert (e.country, e.admin1) == ("Togo", "Hautes-Terres")
