"""Invented case records for the access tests. Every name, contact and narrative here is made up for the tests
and belongs to no real person."""

from __future__ import annotations

import json
from pathlib import Path

#: the invented personal strings: none may reach a non-investigator or the database file in clear
SECRET_STRINGS = ("Ysolde Quarmbertin", "Orvan Plitzke", "Baltharine Oduvessa", "Temerik Zollunda",
                  "+000 555 0199", "quarmbertin@example.invalid", "Hamlet of Vrenzoria",
                  "taken from the grain market at dawn", "Capitaine Drusvald Okkemar")


def cases() -> list[dict]:
    return [
        {"case_id": "TC-001", "event_id": None, "violation": "arbitrary_arrest", "date": "2024-02-07",
         "location": {"name": "Hamlet of Vrenzoria", "country": "Mali", "admin1": "Mopti", "admin2": "Djenne",
                      "latitude": 13.91, "longitude": -4.55},
         "alleged_perpetrator": "Military Forces of Mali (2021-)",
         "victims": [{"name": "Ysolde Quarmbertin", "sex": "female", "age": 34},
                     {"name": "Temerik Zollunda", "sex": "male", "age": 51}],
         "witnesses": [{"name": "Orvan Plitzke", "contact": "+000 555 0199"}],
         "narrative": "Both were taken from the grain market at dawn by armed men in uniform.",
         "sensitivity": "restricted", "sources": ["interview quarmbertin@example.invalid"]},
        {"case_id": "TC-002", "event_id": "no-such-event-42", "violation": "enforced_disappearance",
         "date": "2023-11-30",
         "location": {"name": None, "country": "Mali", "admin1": "Segou", "admin2": "Niono", "latitude": 14.25,
                      "longitude": -5.99},
         "alleged_perpetrator": "Capitaine Drusvald Okkemar",
         "victims": [{"name": "Baltharine Oduvessa", "sex": "female", "age": None}], "witnesses": [],
         "narrative": "Not seen since the evening of the checkpoint.", "sensitivity": "witness_confidential",
         "sources": []},
        {"case_id": "TC-003", "event_id": None, "violation": "attack_on_civilians", "date": "2024-03-02",
         "location": {"name": None, "country": "Burkina Faso", "admin1": "Sahel", "admin2": "Soum",
                      "latitude": None, "longitude": None},
         "alleged_perpetrator": "JNIM", "victims": [], "witnesses": [], "narrative": None,
         "sensitivity": "internal", "sources": ["a radio bulletin"]},
    ]


def write_cases(path: Path, items: list | None = None) -> Path:
    path.write_text(json.dumps(cases() if items is None else items), encoding="utf-8")
    return path
