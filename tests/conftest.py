"""Shared fixtures. Real data lives in ../shared/data beside the project.

A test that needs a data file asks for it through :func:`data_file` (or :func:`require_file` for a path
of its own, :func:`require_module` for a package that only the tests use). When it is missing, the test
skips, naming it; in CI (the environment variable ``CI`` set, as CI services and ``.ci/run`` do) it fails
instead, so a CI run never passes without its data. These helpers are the only place that decides."""

from __future__ import annotations

import datetime as dt
import os
import warnings
from pathlib import Path
from typing import NoReturn

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
TODAY = dt.date(2026, 11, 24)


def in_ci() -> bool:
    """``CI`` is set to something other than empty, 0, false or no."""
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def missing(what: str) -> NoReturn:
    """The one way a test reacts to missing data: skip with the reason, or fail in CI."""
    reason = f"missing: {what}"
    if in_ci():
        pytest.fail(f"{reason} (CI is set: missing data fails the run)", pytrace=False)
    pytest.skip(reason, allow_module_level=True)


def require_file(path: Path, what: str | None = None) -> Path:
    """``path`` if it exists, else :func:`missing` (``what`` names it, default: the path)."""
    if not Path(path).exists():
        missing(what or _shown(Path(path)))
    return Path(path)


def optional_data_file(rel: str) -> Path | None:
    """A shared file that widens a test without being its point: ``None`` when it is missing, with a
    warning naming it (shown in the run's summary); in CI a failure, as for :func:`data_file`."""
    p = DATA / rel
    if p.exists():
        return p
    if in_ci():
        missing(f"../shared/data/{rel}")
    warnings.warn(f"missing: ../shared/data/{rel}; the test runs without it", stacklevel=2)
    return None


def require_module(name: str):
    """The module ``name`` (a reference implementation the tests compare with), else :func:`missing`."""
    import importlib

    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as e:
        if e.name != name.split(".")[0]:
            raise
        missing(f"Python package {name} (pip install -e '.[test]')")


def data_file(rel: str) -> Path:
    """A file of the shared data, ``../shared/data/REL``."""
    return require_file(DATA / rel, f"../shared/data/{rel}")


def _shown(path: Path) -> str:
    """A path relative to the project root (``data/...``, ``../shared/data/...``) when it lies near it."""
    for base, prefix in ((ROOT, ""), (ROOT.parent, "../")):
        try:
            return prefix + path.resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            continue
    return str(path)


def run_cli(args, capsys) -> tuple[int, str, str]:
    """``sahelwatch ARGS`` in this process (so it sees the test session's state): (exit code, stdout, stderr)."""
    from sahelwatch.cli import main

    with pytest.raises(SystemExit) as e:
        main([str(a) for a in args])
        raise SystemExit(0)
    out = capsys.readouterr()
    return e.value.code, out.out, out.err


@pytest.fixture
def shared():
    return data_file


@pytest.fixture
def store(tmp_path):
    from sahelwatch.store import open_store

    s = open_store(tmp_path / "test.duckdb")
    yield s
    s.close()


@pytest.fixture
def ingest(store, tmp_path):
    """ingest(path, **kw) -> IngestSummary, into the test store."""
    from sahelwatch.ingest import ingest_files

    def run(*paths, **kw):
        kw.setdefault("today", TODAY)
        kw.setdefault("quarantine_dir", tmp_path / "quarantine")
        return ingest_files(store, [Path(p) for p in paths], **kw)

    return run
