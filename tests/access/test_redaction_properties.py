"""Property tests of the serializers: whatever a case holds, only the investigator's view shows its names,
contacts, narrative, place name, sources or the perpetrator as written; dates go to the week and places to
admin2; counts under five are suppressed for the counts-only roles."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from sahelwatch.access.redaction import MIN_CELL, CountsView, Forbidden, FullView, serializer_for
from sahelwatch.access.roles import Role

#: personal strings: letters of any script behind a marker no other field holds
_text = st.text(alphabet=st.characters(categories=["Lu", "Ll", "Lo"]), min_size=4, max_size=30).map(lambda t: "Qz" + t)


@st.composite
def case(draw):
    secrets = draw(st.lists(_text, min_size=6, max_size=6, unique=True))
    n_victims = draw(st.integers(0, 3))
    lat = draw(st.one_of(st.none(), st.floats(-20, 30, allow_nan=False)))
    c = {"case_id": "C-1", "event_id": None, "event_known": True,
         "violation": draw(st.sampled_from(["torture", "arbitrary_arrest", "other"])),
         "date": draw(st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31))),
         "location": {"name": secrets[0], "country": "Mali", "admin1": "Mopti", "admin2": "Bandiagara",
                      "latitude": lat, "longitude": None if lat is None else 1.5},
         "alleged_perpetrator": secrets[1], "perpetrator_ids": ["fama"], "perpetrator_family": "state_mali",
         "victims": [{"name": f"{secrets[2]}{i}", "sex": "female", "age": 30} for i in range(n_victims)],
         "witnesses": [{"name": secrets[3], "contact": secrets[4]}],
         "narrative": secrets[5], "sensitivity": "restricted", "sources": [secrets[5] + " source"],
         "flags": [], "evidence": [], "counts": {"victims": n_victims, "witnesses": 1, "sources": 1, "evidence": 0}}
    return c, secrets


@settings(max_examples=200, deadline=None)
@given(case())
def test_no_personal_content_reaches_a_non_investigator(data):
    c, secrets = data
    for role in Role:
        view = serializer_for(role)
        try:
            out = json.dumps(view.case(c), default=str, ensure_ascii=False)
        except Forbidden:
            assert isinstance(view, CountsView) and not view.cases
            continue
        if role == Role.hr_investigator:
            assert all(secrets[i] in out for i in (0, 1, 3, 4, 5))
            continue
        assert not any(s in out for s in secrets), role
        shown = view.case(c)
        assert shown["location"]["precision"] == "admin2" and "latitude" not in shown["location"]
        assert c["date"].isoformat() not in out or c["date"].weekday() == 0
        start = dt.date.fromisoformat(shown["date"]["week_start"])
        assert start.weekday() == 0 and 0 <= (c["date"] - start).days < 7


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 40), min_size=1, max_size=12))
def test_counts_only_roles_never_see_a_cell_under_five(ns):
    rows = [{"violation": f"v{i}", "n": n} for i, n in enumerate(ns)]
    for role in (Role.public, Role.auditor):
        out = serializer_for(role).counts(rows, ("violation",))
        for r, n in zip(out, ns):
            assert r["cases"] == (None if 0 < n < MIN_CELL else n)
            assert r["suppressed"] == (0 < n < MIN_CELL)
    exact = serializer_for(Role.analyst).counts(rows, ("violation",))
    assert [r["cases"] for r in exact] == ns


def test_only_the_investigator_view_exports_or_shows_whole_cases():
    for role in Role:
        view = serializer_for(role)
        assert view.full == view.exports == (role == Role.hr_investigator)
        assert isinstance(view, FullView) == (role == Role.hr_investigator)
