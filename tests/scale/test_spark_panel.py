"""The admin2-month panel built on Spark from a partitioned Parquet export equals the local panel."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from sahelwatch.errors import UsageError
from sahelwatch.export import export_events
from sahelwatch.forecasting.panel import load_panel
from sahelwatch.ingest import ingest_files
from sahelwatch.scale.panel import panel_from_parquet
from sahelwatch.store import open_store
from tests.conftest import data_file


@pytest.fixture(scope="module")
def acled_db(tmp_path_factory):
    """The shared ACLED Mali file ingested into a DuckDB file."""
    src = data_file("acled/acled_mali_dyadic_1997-2018.csv")
    tmp = tmp_path_factory.mktemp("acled")
    db = tmp / "acled.duckdb"
    with open_store(db) as store:
        summary = ingest_files(store, [src], today=dt.date(2026, 11, 24), quarantine_dir=tmp / "quarantine")
    assert summary.total("inserted") > 1000
    return db


@pytest.fixture(scope="module")
def partitioned(acled_db, tmp_path_factory):
    out = tmp_path_factory.mktemp("export") / "events"
    with open_store(acled_db, read_only=True) as store:
        n = export_events(store, None, out, "parquet", ("country", "year"))
    return out, n


def test_partitioned_export_holds_every_event_once_in_country_and_year_folders(acled_db, partitioned, tmp_path):
    out, n = partitioned
    with open_store(acled_db, read_only=True) as store:
        single = tmp_path / "events.parquet"
        assert export_events(store, None, single, "parquet") == n
    flat = pq.read_table(single)
    parts = ds.dataset(out, format="parquet", partitioning="hive").to_table()
    assert parts.num_rows == flat.num_rows == n > 1000
    assert sorted(parts["event_id"].to_pylist()) == sorted(flat["event_id"].to_pylist())
    assert (out / "country=Mali").is_dir()
    years = {p.name for p in (out / "country=Mali").iterdir()}
    assert {"year=2012", "year=2018"} <= years
    # every row sits in the folder of its own year
    for row in parts.select(["event_date", "year"]).to_pylist()[:: max(1, n // 500)]:
        assert row["event_date"].year == row["year"]


def test_spark_panel_from_the_partitioned_export_equals_the_local_panel(spark, acled_db, partitioned):
    local = load_panel(db=acled_db, unit="admin2", source="events")
    remote = panel_from_parquet(spark, partitioned[0], "admin2")
    assert local.n_units > 30 and local.n_months > 100
    assert remote.unit_ids == local.unit_ids
    assert remote.unit_names == local.unit_names
    assert remote.admin1 == local.admin1 and remote.iso3 == local.iso3
    assert np.array_equal(remote.months, local.months)
    assert np.array_equal(remote.events, local.events)
    assert np.array_equal(remote.fatalities, local.fatalities)
    assert np.array_equal(remote.lat, local.lat, equal_nan=True)
    assert np.array_equal(remote.lon, local.lon, equal_nan=True)
    assert remote.events.sum() == local.events.sum() > 1000


def test_partitioned_export_refuses_other_formats_unknown_columns_and_a_used_folder(acled_db, partitioned, tmp_path):
    with open_store(acled_db, read_only=True) as store:
        with pytest.raises(UsageError, match="Parquet only"):
            export_events(store, None, tmp_path / "x", "csv", ("country",))
        with pytest.raises(UsageError, match="cannot partition by notes"):
            export_events(store, None, tmp_path / "y", "parquet", ("country", "notes"))
        with pytest.raises(UsageError, match="not an empty folder"):
            export_events(store, None, partitioned[0], "parquet", ("country", "year"))


def test_events_export_command_writes_a_partitioned_folder(acled_db, tmp_path, capsys):
    import json

    from sahelwatch.cli import main

    out = tmp_path / "by-country-year"
    with pytest.raises(SystemExit) as e:
        main(["--db", str(acled_db), "--json", "events", "export", "--format", "parquet",
              "--partition-by", "country,year", "--out", str(out)])
        raise SystemExit(0)
    assert e.value.code == 0
    d = json.loads(capsys.readouterr().out)
    assert d["events"] == ds.dataset(out, format="parquet", partitioning="hive").count_rows() > 1000
