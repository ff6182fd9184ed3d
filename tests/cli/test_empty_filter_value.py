"""An empty value of a shared filter option (--country, --admin1, --admin2, --actor, --event-type, --since,
--until) is refused by every command that takes it: exit 2, a message naming the option, nothing written. The
API ignores the same empty query parameter (a blank form field means no filter): what it then selects is what
the command line selects with the option left out. A real value selects the same events on both. All on a real
DuckDB store built by the command line from the real ACLED Mali file."""

from __future__ import annotations

import json

import pytest

from sahelwatch.cli import main
from sahelwatch.cli._filters import _OPTIONS
from sahelwatch.cli._tree import command_tree
from tests.cli.conftest import api_total

#: the options each command requires besides the filters, so that only the empty value can stop it
REQUIRED = {
    "analyze alerts": ["--as-of", "2018-12-30"],
    "analyze before-after": ["--partner", "minusma"],
    "analyze expansion": ["--group", "jnim"],
    "analyze food-security": ["--ch", "{out}/ch.csv"],
    "analyze schools": ["--schools", "{out}/schools.xlsx", "--population", "{out}/population.csv"],
    "events clusters": ["--out", "{out}/clusters.csv"],
    "events export": ["--format", "csv", "--out", "{out}/events.csv"],
    "report": ["--since", "2018-01-01", "--out", "{out}", "--no-pdf"],
}

#: a value of each option that selects some events of the file but not all (the ACLED file is all Mali)
REAL = {"country": "Mali", "admin1": "Gao", "admin2": "Douentza", "actor": "jnim", "event_type": "Battles",
        "since": "2015-01-01", "until": "2010-12-31"}


def _flag(name: str) -> str:
    return "--" + name.replace("_", "-")


def _filter_uses() -> list[tuple[str, str]]:
    """(command, option) for every command of the tree and every shared filter option it takes."""
    shared = {_flag(name): option.help for name, (_, option) in _OPTIONS.items()}
    return [(node.name.removeprefix("sahelwatch "), opt)
            for node in command_tree() if node.runs
            for p in node.params for opt in getattr(p, "opts", ())
            if shared.get(opt) is not None and p.help == shared[opt]]


def run(capsys, *args) -> tuple[int, str, str]:
    """``sahelwatch ARGS`` in this process, through the same entry point as the installed script."""
    with pytest.raises(SystemExit) as stopped:
        main([str(a) for a in args])
        raise SystemExit(0)
    out, err = capsys.readouterr()
    return stopped.value.code or 0, out, err


def cli_total(capsys, db, *args) -> int:
    code, out, err = run(capsys, "--db", db, "--json", "stats", *args)
    assert code == 0, err
    return json.loads(out)["events"]


def test_every_shared_filter_option_is_found_on_the_commands_that_read_events():
    uses = _filter_uses()
    assert {opt for _, opt in uses} == {_flag(n) for n in _OPTIONS}
    assert {"stats", "events export", "report", "analyze trends"} <= {cmd for cmd, _ in uses}


@pytest.mark.parametrize("value", ["", "  "])
@pytest.mark.parametrize("command, option", _filter_uses())
def test_an_empty_value_is_refused_with_exit_2_and_nothing_is_written(district_db, tmp_path, capsys, command,
                                                                      option, value):
    out = tmp_path / "out"
    out.mkdir()
    extra = [a.format(out=out) for a in REQUIRED.get(command, [])]
    code, _, err = run(capsys, "--db", district_db, *command.split(), *extra, option, value)
    assert code == 2
    assert f"{option} is given an empty value {value!r}" in err and "leave the option out" in err
    assert "Traceback" not in err
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("name", list(_OPTIONS))
def test_what_the_api_selects_with_an_empty_parameter_the_command_line_selects_without_the_option(
        district_db, capsys, name):
    everything = cli_total(capsys, district_db)
    assert everything > 0
    assert api_total(district_db, {name: ""}) == everything == api_total(district_db, {})
    code, _, err = run(capsys, "--db", district_db, "--json", "stats", _flag(name), "")
    assert code == 2 and _flag(name) in err


@pytest.mark.parametrize("name", list(_OPTIONS))
def test_a_real_value_selects_the_same_events_on_the_command_line_and_in_the_api(district_db, capsys, name):
    on_cli = cli_total(capsys, district_db, _flag(name), REAL[name])
    assert on_cli == api_total(district_db, {name: REAL[name]}) > 0
    if name != "country":
        assert on_cli < cli_total(capsys, district_db)


def test_an_empty_value_beside_a_real_one_is_still_refused(district_db, capsys):
    code, _, err = run(capsys, "--db", district_db, "stats", "--admin2", "Douentza", "--admin2", "")
    assert code == 2 and "--admin2 is given an empty value" in err


def test_an_unknown_country_is_refused_as_the_api_refuses_it(district_db, capsys):
    code, _, err = run(capsys, "--db", district_db, "stats", "--country", "Atlantide")
    assert code == 2 and "--country 'Atlantide' is neither a country name nor an ISO3 code" in err
    from fastapi.testclient import TestClient

    from sahelwatch.api import create_app

    with TestClient(create_app(str(district_db))) as client:
        assert client.get("/api/v1/events", params={"country": "Atlantide"}).status_code == 422


def test_a_known_country_or_event_type_without_stored_events_selects_nothing_and_says_why(district_db, capsys):
    code, out, err = run(capsys, "--db", district_db, "--json", "stats", "--country", "Niger")
    assert code == 0 and json.loads(out)["events"] == 0 == api_total(district_db, {"country": "Niger"})
    assert "note: --country 'Niger' is no country of any stored event" in err
    code, out, err = run(capsys, "--db", district_db, "--json", "stats", "--event-type", "Battle")
    assert code == 0 and json.loads(out)["events"] == 0 == api_total(district_db, {"event_type": "Battle"})
    assert "note: --event-type 'Battle' is no event type of any stored event" in err
