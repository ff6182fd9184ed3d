"""Shared fixtures: the real data files under ../shared/data (skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import data_file

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data"




@pytest.fixture(scope="session")
def acled_dyadic() -> pd.DataFrame:
    return pd.read_csv(data_file("acled/acled_mali_dyadic_1997-2018.csv"))


@pytest.fixture(scope="session")
def acled_monadic() -> pd.DataFrame:
    return pd.read_csv(data_file("acled/acled_mali_monadic_2017-2018.csv"))


@pytest.fixture(scope="session")
def acled_legacy() -> pd.DataFrame:
    """The 2016 layout, renamed to the event columns (ALLY_ACTOR_n is assoc_actor_n)."""
    df = pd.read_csv(data_file("acled/acled_legacy_2016_mali.csv"))
    df = df.rename(columns={c: c.lower() for c in df.columns})
    return df.rename(columns={"ally_actor_1": "assoc_actor_1", "ally_actor_2": "assoc_actor_2"})


@pytest.fixture(scope="session")
def ucdp_sample() -> pd.DataFrame:
    return pd.read_csv(data_file("ucdp/ged231_global_sample_1000.csv"))
