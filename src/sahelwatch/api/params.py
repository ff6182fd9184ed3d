"""The selection as query parameters: the command line's filters under the same names, plus the finer
ones. Each bad value is answered 422 naming its parameter."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated, Optional

from fastapi import Query

from ..errors import SahelwatchError
from ..model import EventFilter
from ..store.queries import MAX_LIMIT, EventQuery


class InvalidParameter(SahelwatchError):
    """A query parameter has a value that cannot be used; ``parameter`` names it."""

    http_status = 422

    def __init__(self, parameter: str, message: str):
        super().__init__(f"{parameter}: {message}")
        self.parameter = parameter
        self.reason = message


def parse_date(name: str, value: Optional[str]) -> Optional[dt.date]:
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InvalidParameter(name, f"must be a date YYYY-MM-DD, got {value!r}") from None


def _countries(values: list[str]) -> tuple[str, ...]:
    countries_iso3(values)  # an unknown one is a 422
    return tuple(values)


def countries_iso3(values: Optional[list[str]]) -> tuple[str, ...]:
    """The ISO3 codes of the ``country`` parameter's values (names or codes); an unknown one is a 422."""
    from ..geo.country_codes import country_to_iso3

    given = _clean(values)
    codes = [None if c is None else str(c) for c in country_to_iso3(given)] if given else []
    for v, code in zip(given, codes):
        if code is None:
            raise InvalidParameter("country", f"unknown country {v!r} (a name or an ISO3 code)")
    return tuple(dict.fromkeys(codes))


def _actors(values: list[str]) -> tuple[str, ...]:
    from ..actors import actor_ids_for_filter

    ids: list[str] = []
    for v in values:
        found = actor_ids_for_filter(v)
        if not found:
            raise InvalidParameter("actor", f"{v!r} is neither an actor id nor a known alias")
        ids += found
    return tuple(dict.fromkeys(ids))


def _clean(values: Optional[list[str]]) -> list[str]:
    return [v for v in (values or []) if v != ""]


Multi = Annotated[Optional[list[str]], Query()]
ADMIN2_HELP = ("Second-order unit (a district: Mali's cercle, Burkina Faso's province, Niger's department): "
               "name or P-code (repeatable); accents, case and the admin-name table's aliases aside.")


@dataclass
class Selection:
    """FastAPI dependency: the selection of events named by the query string."""

    query: EventQuery

    @classmethod
    def dependency(
        cls,
        country: Annotated[Optional[list[str]], Query(description="Country name or ISO3 code (repeatable).")] = None,
        admin1: Annotated[Optional[list[str]], Query(description="First-order unit: name or P-code.")] = None,
        admin2: Annotated[Optional[list[str]], Query(description=ADMIN2_HELP)] = None,
        actor: Annotated[Optional[list[str]], Query(description="A canonical actor id or any alias.")] = None,
        event_type: Annotated[Optional[list[str]], Query(description="ACLED event type, e.g. Battles.")] = None,
        since: Annotated[Optional[str], Query(description="First date, YYYY-MM-DD.")] = None,
        until: Annotated[Optional[str], Query(description="Last date, YYYY-MM-DD.")] = None,
        sub_event_type: Multi = None,
        tactic: Multi = None,
        target_category: Multi = None,
        attribution: Multi = None,
        source: Multi = None,
        precision: Annotated[Optional[list[str]], Query(
            description="Location precision: exact, near, admin2, admin1, country.")] = None,
        fatalities_min: Annotated[Optional[int], Query(ge=0, le=10**7)] = None,
        fatalities_max: Annotated[Optional[int], Query(ge=0, le=10**7)] = None,
        border_km_max: Annotated[Optional[float], Query(ge=0, le=10**5)] = None,
        as_of: Annotated[Optional[str], Query(description="The data as the store knew it that day, YYYY-MM-DD.")
                         ] = None,
    ) -> "Selection":
        s, u = parse_date("since", since), parse_date("until", until)
        if s and u and u < s:
            raise InvalidParameter("until", f"{u} is before since {s}")
        if fatalities_min is not None and fatalities_max is not None and fatalities_max < fatalities_min:
            raise InvalidParameter("fatalities_max", f"{fatalities_max} is below fatalities_min {fatalities_min}")
        base = EventFilter(country=_countries(_clean(country)), admin1=tuple(_clean(admin1)),
                           admin2=tuple(_clean(admin2)), actor_ids=_actors(_clean(actor)),
                           event_type=tuple(_clean(event_type)), since=s, until=u, source=tuple(_clean(source)))
        return cls(EventQuery(
            base=base, sub_event_type=tuple(_clean(sub_event_type)), tactic=tuple(_clean(tactic)),
            target_category=tuple(_clean(target_category)), attribution=tuple(_clean(attribution)),
            precision=tuple(_clean(precision)), fatalities_min=fatalities_min, fatalities_max=fatalities_max,
            border_km_max=border_km_max, as_of=parse_date("as_of", as_of)))


Limit = Annotated[int, Query(ge=0, le=MAX_LIMIT, description=f"Page size, at most {MAX_LIMIT}.")]
Offset = Annotated[int, Query(ge=0, le=10**9)]
