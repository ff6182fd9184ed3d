"""The shared filters (--country, --admin1, --admin2, --actor, --event-type, --since, --until), defined once
here and the same on every command that reads events (and under the same names in the API's query string).

A command takes them through :func:`filter_options` and receives one :class:`~sahelwatch.model.EventFilter`
in its keyword-only ``selection`` parameter."""

from __future__ import annotations

import datetime as dt
import functools
import inspect
from typing import Any, Callable, List, Optional

import typer

from ..errors import UsageError
from ..model import EventFilter

#: name: (annotation, option); the order is the order of the help
_OPTIONS: dict[str, tuple[Any, Any]] = {
    "country": (Optional[List[str]], typer.Option(
        None, "--country", help="Country name or ISO3 code (repeatable).")),
    "admin1": (Optional[List[str]], typer.Option(
        None, "--admin1", help="First-order unit: name or P-code (repeatable).")),
    "admin2": (Optional[List[str]], typer.Option(
        None, "--admin2", help="Second-order unit, a district (Mali's cercle, Burkina Faso's province, Niger's "
                               "department): name, in any spelling or alias the admin-name table knows, or "
                               "P-code (repeatable).")),
    "actor": (Optional[List[str]], typer.Option(
        None, "--actor", help="A canonical actor id or any alias, e.g. jnim, GSIM (repeatable).")),
    "event_type": (Optional[List[str]], typer.Option(
        None, "--event-type", help="ACLED event type, e.g. Battles (repeatable).")),
    "since": (Optional[str], typer.Option(None, "--since", help="First date, YYYY-MM-DD.")),
    "until": (Optional[str], typer.Option(None, "--until", help="Last date, YYYY-MM-DD.")),
}
#: the place options go together: a command narrows to a region and to a district, or to neither
_PLACES = ("admin1", "admin2")
_UNIT = {"admin1": "region", "admin2": "district"}


def parse_date(name: str, v: Optional[str]) -> Optional[dt.date]:
    """``v`` as a date, or a usage error naming the option ``name``."""
    if v is None:
        return None
    try:
        return dt.date.fromisoformat(v)
    except ValueError:
        raise UsageError(f"{name} must be a date YYYY-MM-DD, got {v!r}") from None


def _make_filter(country: Optional[List[str]] = None, admin1: Optional[List[str]] = None,
                 admin2: Optional[List[str]] = None, actor: Optional[List[str]] = None,
                 event_type: Optional[List[str]] = None, since: Optional[str] = None,
                 until: Optional[str] = None) -> EventFilter:
    ids: list[str] = []
    for name in actor or ():
        from ..actors import actor_ids_for_filter

        found = actor_ids_for_filter(name)
        if not found:
            raise UsageError(f"--actor {name!r} is neither an actor id nor a known alias "
                             "(see 'sahelwatch actors resolve')")
        ids += found
    return EventFilter(
        country=tuple(country or ()), admin1=tuple(admin1 or ()), admin2=tuple(admin2 or ()),
        actor_ids=tuple(dict.fromkeys(ids)), event_type=tuple(event_type or ()),
        since=parse_date("--since", since), until=parse_date("--until", until),
    )


def _note_places_without_events(ctx: typer.Context, f: EventFilter) -> None:
    """On stderr, each --admin1 or --admin2 value that no stored event's unit answers to (by name, alias or
    P-code): the selection then holds no event, as the API's does, and the user is told why."""
    if not (f.admin1 or f.admin2):
        return
    from ..store import open_store
    from ._shell import state, stderr

    with open_store(state(ctx).db, read_only=True) as store:
        for field in _PLACES:
            for name in getattr(f, field):
                if store.events.count(EventFilter(**{field: (name,)})) == 0:
                    stderr.print(f"note: --{field} {name!r} is no {_UNIT[field]} of any stored event (by name, "
                                 "alias or P-code): it selects no event", markup=False)


def filter_options(*, places: bool = True, actor: bool = True, since: bool = True,
                   until: bool = True) -> Callable[[Callable], Callable]:
    """Decorator of a command (under ``@app.command``): the shared filter options follow the command's own,
    and the command receives them as one :class:`EventFilter` in its keyword-only ``selection`` parameter.

    A command leaves out what it does not take, or gives its own meaning: ``places`` (--admin1 and --admin2
    together), ``actor``, ``since``, ``until``; --country and --event-type are always there."""
    left_out = {"admin1": not places, "admin2": not places, "actor": not actor, "since": not since,
                "until": not until}
    names = [n for n in _OPTIONS if not left_out.get(n)]

    def decorate(command: Callable) -> Callable:
        sig = inspect.signature(command, eval_str=True)
        contexts = [p.name for p in sig.parameters.values() if p.annotation is typer.Context]
        if "selection" not in sig.parameters or not contexts:
            raise TypeError(f"{command.__name__} takes the shared filters: it needs a typer.Context and a "
                            "keyword-only 'selection'")
        own = [p for p in sig.parameters.values() if p.name != "selection"]
        added = [inspect.Parameter(n, inspect.Parameter.KEYWORD_ONLY, default=_OPTIONS[n][1],
                                   annotation=_OPTIONS[n][0]) for n in names]

        @functools.wraps(command)
        def run(*args, **kwargs):
            selection = _make_filter(**{n: kwargs.pop(n) for n in names})
            _note_places_without_events(kwargs[contexts[0]], selection)
            return command(*args, selection=selection, **kwargs)

        params = own + added
        run.__signature__ = sig.replace(parameters=params)
        run.__annotations__ = {p.name: p.annotation for p in params}
        return run

    return decorate
