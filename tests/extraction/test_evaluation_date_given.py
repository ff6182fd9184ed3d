"""The date scored where the text gives it: written whole, or in part with the publication date that completes it
(events invented for these tests)."""

import datetime as dt
from types import SimpleNamespace

from sahelwatch.extraction.evaluation import GoldDoc, evaluate


class Fixed:
    def __init__(self, by_doc):
        self.by_doc = by_doc

    def extract_many(self, docs):
        for d in docs:
            yield SimpleNamespace(events=[SimpleNamespace(as_json=lambda e=e: e) for e in self.by_doc.get(d.id, [])])


def event(date, admin1, how=None, gold=True):
    e = {"event_type": "Battles", "sub_event_type": "Armed clash", "country": "Niger", "admin1": admin1,
         "perpetrator": None, "target": "security_forces", "fatalities": 2}
    if gold:
        if date:
            e["event_date"] = date
        if how:
            e["date_in_text"] = how
        return e
    return {"event_type": "Battles", "sub_event_type": "Armed clash", "tactic": "armed_clash",
            "target_category": "security_forces", "event_date": date, "actors": [],
            "location": {"country": "Niger", "admin1": admin1, "admin2": None}, "fatalities": {"best": 2}}


def test_a_partial_date_counts_where_given_only_with_a_publication_date():
    docs = [GoldDoc("whole", "x", "fr", None, (event("2027-01-05", "Tahoua", "full"),)),
            GoldDoc("weekday, published", "x", "fr", dt.date(2027, 1, 7), (event("2027-01-04", "Dosso", "partial"),)),
            GoldDoc("weekday, unpublished", "x", "fr", None, (event("2027-01-03", "Maradi", "partial"),)),
            GoldDoc("undated", "x", "fr", dt.date(2027, 1, 7), (event(None, "Zinder", "none"),))]
    ext = Fixed({"whole": [event("2027-01-05", "Tahoua", gold=False)],
                 "weekday, published": [event("2027-01-03", "Dosso", gold=False)],
                 "weekday, unpublished": [event(None, "Maradi", gold=False)],
                 "undated": [event(None, "Zinder", gold=False)]})
    s = evaluate(docs, ext).scores
    assert s["date_given_in_text"] == 0.5  # the whole date right, the published weekday wrong
    assert s["date_partial_in_text"] == 0.0  # the unpublished weekday still counts there
    assert s["date"] == 0.3333  # three dated gold events, rounded to four places
