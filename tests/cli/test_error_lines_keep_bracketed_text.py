"""An error line prints its message as written: text in square brackets (a header, a name, a reason that
quotes data) is never read as rich markup and dropped."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
import typer

from tests.conftest import ROOT


def test_the_unknown_format_error_names_a_header_whose_columns_hold_brackets(tmp_path):
    f = tmp_path / "survey.csv"
    f.write_text("place [fr],when [day],what\nKoro,2024-01-02,market\n", encoding="utf-8")
    env = os.environ | {"SAHELWATCH_TODAY": "2026-11-24", "CI": "1"}
    r = subprocess.run([sys.executable, "-m", "sahelwatch", "--db", str(tmp_path / "x.duckdb"), "ingest", str(f)],
                       capture_output=True, text=True, cwd=ROOT, env=env)
    assert r.returncode == 2, r.stdout + r.stderr
    assert "Traceback" not in r.stderr
    assert "the header has [place [fr], when [day], what]" in r.stderr, r.stderr


@pytest.mark.parametrize("message", ["no row for [bold]x[/bold]", "columns [a, b] and [c]", "a [/] closing tag",
                                     "odd \\[escaped] text"])
def test_fail_prints_its_message_verbatim(capsys, message):
    from sahelwatch.cli._shell import fail

    assert isinstance(fail(message), typer.Exit)
    assert message in capsys.readouterr().err


def test_main_prints_a_library_error_verbatim(capsys, monkeypatch):
    from sahelwatch import cli
    from sahelwatch.errors import InputError

    def boom(**_):
        raise InputError("the header has [foo, bar]", path="f.csv", line=1)

    monkeypatch.setattr(cli, "app", boom)
    with pytest.raises(SystemExit) as e:
        cli.main([])
    assert e.value.code == 2
    assert "f.csv:1: the header has [foo, bar]" in capsys.readouterr().err
