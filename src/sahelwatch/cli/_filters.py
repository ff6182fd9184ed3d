"""The shared filters (--country, --admin1, --actor, --event-type, --since, --until), the same on
every command that reads events."""

from __future__ import annotations

import datetime as dt
from typing import List, Optional

import typer

from ..errors import UsageError
from ..model import EventFilter

COUNTRY = typer.Option(None, "--country", help="Country name or ISO3 code (repeatable).")
ADMIN1 = typer.Option(None, "--admin1", help="First-order unit: name or P-code (repeatable).")
ACTOR = typer.Option(None, "--actor", help="A canonical actor id or any alias, e.g. jnim, GSIM (repeatable).")
EVENT_TYPE = typer.Option(None, "--event-type", help="ACLED event type, e.g. Battles (repeatable).")
SINCE = typer.Option(None, "--since", help="First date, YYYY-MM-DD.")
UNTIL = typer.Option(None, "--until", help="Last date, YYYY-MM-DD.")


def _date(name: str, v: Optional[str]) -> Optional[dt.date]:
    if v is None:
        return None
    try:
        return dt.date.fromisoformat(v)
    except ValueError:
        raise UsageError(f"{name} must be a date YYYY-MM-DD, got {v!r}") from None


def make_filter(country: Optional[List[str]], admin1: Optional[List[str]], actor: Optional[List[str]],
                event_type: Optional[List[str]], since: Optional[str], until: Optional[str]) -> EventFilter:
    ids: list[str] = []
    for name in actor or ():
        from ..actors import actor_ids_for_filter

        found = actor_ids_for_filter(name)
        if not found:
            raise UsageError(f"--actor {name!r} is neither an actor id nor a known alias "
                             "(see 'sahelwatch actors resolve')")
        ids += found
    return EventFilter(
        country=tuple(country or ()), admin1=tuple(admin1 or ()), actor_ids=tuple(dict.fromkeys(ids)),
        event_type=tuple(event_type or ()), since=_date("--since", since), until=_date("--until", until),
    )
