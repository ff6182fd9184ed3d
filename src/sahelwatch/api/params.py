"""The selection as query parameters: the command line's filters under the same names, plus the finer
ones. Each bad value is answered 422 naming its parameter."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Annotated, Optional

from fastapi import Query
from pydantic import BeforeValidator, Field
from starlette.concurrency import run_in_threadpool

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
    """``value`` as a date; None when it is missing, empty or blank (a blank form field: no filter)."""
    if value is None or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InvalidParameter(name, f"must be a date YYYY-MM-DD, got {value!r}") from None


def countries_iso3(values: Optional[list[str]]) -> tuple[str, ...]:
    """The ISO3 codes of the ``country`` parameter's values (names or codes, any case; the events are selected by
    these codes); an unknown one is a 422."""
    from ..geo.country_codes import filter_countries

    codes, unknown = filter_countries(_clean(values))
    if unknown:
        raise InvalidParameter("country", f"unknown country {unknown[0]!r} (a name, an ISO3 or an ISO2 code)")
    return codes


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
    """The values given, an empty or blank one left out (a blank form field: no filter)."""
    return [v for v in (values or []) if v.strip()]


def _blank_is_none(value):
    return None if isinstance(value, str) and not value.strip() else value


#: what each filter parameter's description says of an empty value
BLANK_HELP = " An empty or blank value is ignored (no filter), as a blank form field sends."
#: a number filter: an empty or blank value is no filter, as for the others
Blankable = BeforeValidator(_blank_is_none)
Multi = Annotated[Optional[list[str]], Query(description="Repeatable." + BLANK_HELP)]
Fatalities = Annotated[int, Field(ge=0, le=10**7)]
Kilometres = Annotated[float, Field(ge=0, le=10**5)]
ADMIN2_HELP = ("Second-order unit (a district: Mali's cercle, Burkina Faso's province, Niger's department): "
               "name or P-code (repeatable); accents, case and the admin-name table's aliases aside." + BLANK_HELP)


@dataclass
class Selection:
    """FastAPI dependency: the selection of events named by the query string."""

    query: EventQuery

    @classmethod
    async def dependency(
        cls,
        country: Annotated[Optional[list[str]], Query(
            description="Country name (any spelling the country table knows) or ISO3/ISO2 code, any case "
                        "(repeatable); the events are selected by its ISO3 code." + BLANK_HELP)] = None,
        admin1: Annotated[Optional[list[str]], Query(description="First-order unit: name or P-code." + BLANK_HELP)
                          ] = None,
        admin2: Annotated[Optional[list[str]], Query(description=ADMIN2_HELP)] = None,
        actor: Annotated[Optional[list[str]], Query(description="A canonical actor id or any alias." + BLANK_HELP)
                         ] = None,
        event_type: Annotated[Optional[list[str]], Query(description="ACLED event type, e.g. Battles." + BLANK_HELP)
                              ] = None,
        since: Annotated[Optional[str], Query(description="First date, YYYY-MM-DD." + BLANK_HELP)] = None,
        until: Annotated[Optional[str], Query(description="Last date, YYYY-MM-DD." + BLANK_HELP)] = None,
        sub_event_type: Multi = None,
        tactic: Multi = None,
        target_category: Multi = None,
        attribution: Multi = None,
        source: Multi = None,
        precision: Annotated[Optional[list[str]], Query(
            description="Location precision: exact, near, admin2, admin1, country." + BLANK_HELP)] = None,
        fatalities_min: Annotated[Optional[Fatalities], Blankable, Query(description=BLANK_HELP.strip())] = None,
        fatalities_max: Annotated[Optional[Fatalities], Blankable, Query(description=BLANK_HELP.strip())] = None,
        border_km_max: Annotated[Optional[Kilometres], Blankable, Query(description=BLANK_HELP.strip())] = None,
        as_of: Annotated[Optional[str], Query(
            description="The data as the store knew it that day, YYYY-MM-DD." + BLANK_HELP)] = None,
    ) -> "Selection":
        """Built on the event loop, or on a worker thread when a country or an actor is named (their tables are
        loaded on first use)."""
        given = {k: v for k, v in locals().items() if k != "cls"}
        if _clean(country) or _clean(actor):
            return await run_in_threadpool(cls._of, **given)
        return cls._of(**given)

    @classmethod
    def _of(cls, *, country, admin1, admin2, actor, event_type, since, until, sub_event_type, tactic, target_category,
            attribution, source, precision, fatalities_min, fatalities_max, border_km_max, as_of) -> "Selection":
        s, u = parse_date("since", since), parse_date("until", until)
        if s and u and u < s:
            raise InvalidParameter("until", f"{u} is before since {s}")
        if fatalities_min is not None and fatalities_max is not None and fatalities_max < fatalities_min:
            raise InvalidParameter("fatalities_max", f"{fatalities_max} is below fatalities_min {fatalities_min}")
        base = EventFilter(country=countries_iso3(country), admin1=tuple(_clean(admin1)),
                           admin2=tuple(_clean(admin2)), actor_ids=_actors(_clean(actor)),
                           event_type=tuple(_clean(event_type)), since=s, until=u, source=tuple(_clean(source)))
        return cls(EventQuery(
            base=base, sub_event_type=tuple(_clean(sub_event_type)), tactic=tuple(_clean(tactic)),
            target_category=tuple(_clean(target_category)), attribution=tuple(_clean(attribution)),
            precision=tuple(_clean(precision)), fatalities_min=fatalities_min, fatalities_max=fatalities_max,
            border_km_max=border_km_max, as_of=parse_date("as_of", as_of)))


Limit = Annotated[int, Query(ge=0, le=MAX_LIMIT, description=f"Page size, at most {MAX_LIMIT}.")]
Offset = Annotated[int, Query(ge=0, le=10**9)]
