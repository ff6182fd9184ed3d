"""Missing data skips a test locally, with its name, and fails it in CI (the environment variable ``CI`` set)."""

from __future__ import annotations

import ast
import os
import subprocess
import sys

import pytest

from tests.conftest import ROOT, in_ci

TINY = '''
from tests.conftest import data_file, optional_data_file, require_module


def test_reads_a_shared_file():
    data_file("no-such-folder/no-such-file.csv")


def test_compares_with_a_reference_package():
    require_module("no_such_reference_package")


def test_widened_by_a_shared_file():
    assert optional_data_file("no-such-folder/no-such-extra.csv") is None


def test_that_needs_no_data():
    assert True
'''


def _pytest(tmp_path, ci: str | None) -> subprocess.CompletedProcess:
    (tmp_path / "test_tiny.py").write_text(TINY, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "CI"} | {"PYTHONPATH": str(ROOT)}
    if ci is not None:
        env["CI"] = ci
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rsf", "-p", "no:cacheprovider", "--rootdir", str(tmp_path),
         "--import-mode=importlib", str(tmp_path / "test_tiny.py")],
        capture_output=True, text=True, cwd=tmp_path, env=env, timeout=300,
    )


def test_missing_data_skips_with_its_name_outside_ci(tmp_path):
    r = _pytest(tmp_path, None)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "2 passed, 2 skipped, 1 warning" in r.stdout
    assert "missing: ../shared/data/no-such-folder/no-such-extra.csv; the test runs without it" in r.stdout
    assert "missing: ../shared/data/no-such-folder/no-such-file.csv" in r.stdout
    assert "missing: Python package no_such_reference_package" in r.stdout


def test_missing_data_fails_the_run_in_ci(tmp_path):
    r = _pytest(tmp_path, "1")
    assert r.returncode == 1, r.stdout + r.stderr
    assert "3 failed, 1 passed" in r.stdout
    assert "missing: ../shared/data/no-such-folder/no-such-extra.csv (CI is set" in r.stdout
    assert "missing: ../shared/data/no-such-folder/no-such-file.csv (CI is set" in r.stdout
    assert "missing: Python package no_such_reference_package" in r.stdout


@pytest.mark.parametrize("value, ci", [("1", True), ("true", True), ("yes", True), ("", False), ("0", False),
                                       ("false", False), ("no", False), (None, False)])
def test_ci_is_on_when_the_variable_is_set_to_anything_but_empty_0_false_or_no(monkeypatch, value, ci):
    if value is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", value)
    assert in_ci() is ci


def test_ci_script_runs_the_tests_in_ci_mode_and_returns_their_status():
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    lines = [ln.strip() for ln in script.splitlines() if ln.strip() and not ln.strip().startswith("#")]
    assert "set -euo pipefail" in lines
    assert 'export CI="${CI:-true}"' in lines
    assert lines[-1] == "make test", "the test run must be the last command, so its status is the script's"
    assert lines.index('export CI="${CI:-true}"') < lines.index("make test")


_SKIPS = {"skip", "skipif", "importorskip"}
_ABOUT_DATA = ("data", "shared", ".csv", ".json", ".xlsx", ".parquet", ".shp", "file")


def _skip_calls(tree: ast.AST, source: str):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
            if name in _SKIPS:
                yield node.lineno, name, ast.get_source_segment(source, node) or ""


def test_no_test_decides_on_its_own_to_skip_for_missing_data():
    """Every skip for a missing file or package goes through tests/conftest.py, which fails it in CI."""
    offenders = []
    for path in sorted((ROOT / "tests").rglob("*.py")):
        if path == ROOT / "tests" / "conftest.py":
            continue
        source = path.read_text(encoding="utf-8")
        for line, name, call in _skip_calls(ast.parse(source), source):
            text = call.lower()
            if name == "importorskip" or any(word in text for word in _ABOUT_DATA):
                offenders.append(f"{path.relative_to(ROOT)}:{line}: {call.splitlines()[0]}")
    assert not offenders, ("skip for missing data through tests.conftest (data_file, require_file, "
                           "require_module), so that CI fails instead:\n" + "\n".join(offenders))
