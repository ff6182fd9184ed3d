"""What each role sees of a case: one serializer per role, chosen in one place (:func:`serializer_for`).

Every route and every export of case content goes through the serializer of the caller's role:

- ``hr_investigator``: the whole case (:class:`FullView`); the only role that may export it;
- ``analyst``, ``editor``, ``admin``: the case without names, contacts, narrative, place name, sources or
  the perpetrator as written; coordinates only to admin2; the date only to the week (:class:`RedactedView`);
- ``public``, ``auditor``: counts only, cells under :data:`MIN_CELL` suppressed (:class:`CountsView`).

A serializer builds its output from an allow-list of fields: a field added to the case later is not shown
to anyone until a serializer names it.
"""

from __future__ import annotations

import datetime as dt
from typing import Iterable

from ..errors import SahelwatchError
from .roles import Role

MIN_CELL = 5


class Forbidden(SahelwatchError):
    http_status = 403


def week_of(d: dt.date | None) -> dict | None:
    if d is None:
        return None
    y, w, _ = d.isocalendar()
    return {"week": f"{y}-W{w:02d}", "week_start": (d - dt.timedelta(days=d.weekday())).isoformat()}


def suppress(n: int) -> int | None:
    """A count, or None when it is under :data:`MIN_CELL` (and not zero)."""
    return n if n == 0 or n >= MIN_CELL else None


class CountsView:
    """Counts only, small cells suppressed."""

    full = False
    exports = False
    cases = False

    def case(self, c: dict) -> dict:
        raise Forbidden("this role sees counts of cases only")

    def counts(self, rows: Iterable[dict], by: tuple[str, ...]) -> list[dict]:
        return [{**{k: r[k] for k in by}, "cases": suppress(r["n"]), "suppressed": suppress(r["n"]) is None}
                for r in rows]


class RedactedView(CountsView):
    """The case without personal content, its time to the week and its place to admin2. It reads only what
    is stored in clear (``hr.cases.read_clear_case``): victims, witnesses, sources and evidence as counts."""

    cases = True

    def case(self, c: dict) -> dict:
        loc = c["location"]
        return {"case_id": c["case_id"], "event_id": c["event_id"], "event_known": c["event_known"],
                "violation": c["violation"], "date": week_of(c["date"]), "date_precision": "week",
                "location": {"country": loc["country"], "admin1": loc["admin1"], "admin2": loc["admin2"],
                             "precision": "admin2"},
                "perpetrator_ids": list(c["perpetrator_ids"]), "perpetrator_family": c["perpetrator_family"],
                "sensitivity": c["sensitivity"], **{k: c["counts"][k] for k in ("victims", "witnesses", "sources",
                                                                                  "evidence")},
                "flags": list(c["flags"]),
                "redacted": True}

    def counts(self, rows: Iterable[dict], by: tuple[str, ...]) -> list[dict]:
        return [{**{k: r[k] for k in by}, "cases": r["n"], "suppressed": False} for r in rows]


class FullView(RedactedView):
    """The whole case."""

    full = True
    exports = True

    def case(self, c: dict) -> dict:
        loc = c["location"]
        return {"case_id": c["case_id"], "event_id": c["event_id"], "event_known": c["event_known"],
                "violation": c["violation"], "date": c["date"].isoformat() if c["date"] else None,
                "date_precision": "day",
                "location": {k: loc[k] for k in ("name", "country", "admin1", "admin2", "latitude", "longitude")},
                "alleged_perpetrator": c["alleged_perpetrator"], "perpetrator_ids": list(c["perpetrator_ids"]),
                "perpetrator_family": c["perpetrator_family"],
                "victims": [{k: v[k] for k in ("name", "sex", "age")} for v in c["victims"]],
                "witnesses": [{k: w[k] for k in ("name", "contact")} for w in c["witnesses"]],
                "narrative": c["narrative"], "sensitivity": c["sensitivity"], "sources": list(c["sources"]),
                "evidence": [{k: e[k] for k in ("sha256", "size", "filename", "added_at", "added_by", "custody")}
                             for e in c.get("evidence") or ()],
                "flags": list(c["flags"]), "redacted": False}


_BY_ROLE = {Role.hr_investigator: FullView(), Role.analyst: RedactedView(), Role.editor: RedactedView(),
            Role.admin: RedactedView(), Role.public: CountsView(), Role.auditor: CountsView()}


def serializer_for(role: Role) -> CountsView:
    """The one place a role's view of cases is chosen."""
    return _BY_ROLE[role]
