"""The shared filters (--country, --admin1, --admin2, --actor, --event-type, --since, --until), defined once
here and the same on every command that reads events (and under the same names in the API's query string).

A command takes them through :func:`filter_options` and receives one :class:`~sahelwatch.model.EventFilter`
in its keyword-only ``selection`` parameter.

An empty (or blank) value is refused with exit 2, naming the option. The API ignores an empty query parameter,
because a form or a link that leaves a field blank sends one and means "no filter"; on the command line an empty
value is almost always a variable that was never set (``--admin2 "$CERCLE"``), and reading it as "no filter"
would silently select the whole store, where the user asked for one district. Leaving the option out is the
command line's way to ask for everything, and then it selects what the API's empty parameter selects."""

from __future__ import annotations

import datetime as dt
import functools
import inspect
from typing import Any, Callable, List, Optional

import typer

from ..errors import UsageError
from ..model import EventFilter

#: what the help of every filter option says of an empty value
_EMPTY_HELP = " An empty value is an error: leave the option out to select all."


def _filter_option(flag: str, help: str) -> Any:
    return typer.Option(None, flag, help=help + _EMPTY_HELP)


#: name: (annotation, option); the order is the order of the help
_OPTIONS: dict[str, tuple[Any, Any]] = {
    "country": (Optional[List[str]], _filter_option("--country", "Country name or ISO3 code (repeatable).")),
    "admin1": (Optional[List[str]], _filter_option("--admin1", "First-order unit: name or P-code (repeatable).")),
    "admin2": (Optional[List[str]], _filter_option(
        "--admin2", "Second-order unit, a district (Mali's cercle, Burkina Faso's province, Niger's department): "
                    "name, in any spelling or alias the admin-name table knows, or P-code (repeatable).")),
    "actor": (Optional[List[str]], _filter_option(
        "--actor", "A canonical actor id or any alias, e.g. jnim, GSIM (repeatable).")),
    "event_type": (Optional[List[str]], _filter_option("--event-type", "ACLED event type, e.g. Battles (repeatable).")),
    "since": (Optional[str], _filter_option("--since", "First date, YYYY-MM-DD.")),
    "until": (Optional[str], _filter_option("--until", "Last date, YYYY-MM-DD.")),
}
#: the options whose values are matched against the stored events, and what a value names there: a value that
#: no stored event answers to selects no event (as in the API), and a note says so
_BY_NAME = " (by name, alias or P-code)"
_MATCHED = {"country": ("country", " (selected by its ISO3 code)"), "admin1": ("region", _BY_NAME),
            "admin2": ("district", _BY_NAME), "event_type": ("event type", "")}


def _option(name: str) -> str:
    return "--" + name.replace("_", "-")


def _refuse_empty(values: dict[str, Any]) -> None:
    """A usage error (exit 2) naming the first filter option given an empty or blank value."""
    for name, given in values.items():
        for v in [given] if isinstance(given, str) else given or ():
            if v is not None and not v.strip():
                raise UsageError(f"{_option(name)} is given an empty value {v!r}: give a value, or leave the "
                                 "option out to select all")


def parse_date(name: str, v: Optional[str]) -> Optional[dt.date]:
    """``v`` as a date, or a usage error naming the option ``name`` (an empty ``v`` included)."""
    if v is None:
        return None
    if not v.strip():
        raise UsageError(f"{name} is given an empty value {v!r}: give a date YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(v)
    except ValueError:
        raise UsageError(f"{name} must be a date YYYY-MM-DD, got {v!r}") from None


def _make_filter(country: Optional[List[str]] = None, admin1: Optional[List[str]] = None,
                 admin2: Optional[List[str]] = None, actor: Optional[List[str]] = None,
                 event_type: Optional[List[str]] = None, since: Optional[str] = None,
                 until: Optional[str] = None) -> EventFilter:
    countries: tuple[str, ...] = ()
    if country:
        from ..geo.country_codes import filter_countries

        countries, unknown = filter_countries(country)  # events selected by ISO3 code, as in the API
        if unknown:  # the API answers 422 to the same value
            raise UsageError(f"--country {unknown[0]!r} is neither a country name nor an ISO3 code (nor an ISO2 one)")
    ids: list[str] = []
    for name in actor or ():
        from ..actors import actor_ids_for_filter

        found = actor_ids_for_filter(name)
        if not found:
            raise UsageError(f"--actor {name!r} is neither an actor id nor a known alias "
                             "(see 'sahelwatch actors resolve')")
        ids += found
    return EventFilter(
        country=countries, admin1=tuple(admin1 or ()), admin2=tuple(admin2 or ()),
        actor_ids=tuple(dict.fromkeys(ids)), event_type=tuple(event_type or ()),
        since=parse_date("--since", since), until=parse_date("--until", until),
    )


def _note_values_without_events(ctx: typer.Context, given: dict[str, Any]) -> None:
    """On stderr, each --country, --admin1, --admin2 or --event-type value given that no stored event answers to:
    the selection then holds no event, as the API's does, and the user is told why."""
    if not any(given.get(field) for field in _MATCHED):
        return
    from ..geo.country_codes import filter_countries
    from ..store import open_store
    from ._shell import state, stderr

    with open_store(state(ctx).db, read_only=True) as store:
        for field, (what, how) in _MATCHED.items():
            for value in given.get(field) or ():
                one = filter_countries([value])[0] if field == "country" else (value,)  # as _make_filter selects
                if store.events.count(EventFilter(**{field: one})) == 0:
                    stderr.print(f"note: {_option(field)} {value!r} is no {what} of any stored event{how}: it "
                                 "selects no event", markup=False)


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
            given = {n: kwargs.pop(n) for n in names}
            _refuse_empty(given)
            selection = _make_filter(**given)
            _note_values_without_events(kwargs[contexts[0]], given)
            return command(*args, selection=selection, **kwargs)

        params = own + added
        run.__signature__ = sig.replace(parameters=params)
        run.__annotations__ = {p.name: p.annotation for p in params}
        return run

    return decorate
