"""The one validated settings object.

Every setting has help text (``description``) and an environment variable
``SAHELWATCH_<NAME>``; ``docs/settings.md`` documents them all and a test checks
that it does. Invalid values fail at start-up with a message that says what to fix.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from .errors import SettingsError


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SAHELWATCH_", extra="ignore", frozen=True)

    db: Path = Field(
        Path("sahelwatch.duckdb"),
        description="The embedded DuckDB database file. The --db option overrides it.",
    )
    quarantine_dir: Path | None = Field(
        None,
        description="Where rejected input rows are written. Default: a folder named "
        "'<database file>.quarantine' beside the DuckDB file; for a PostgreSQL database, "
        "'<database name>.quarantine' in the working directory.",
    )
    today: str | None = Field(
        None,
        description="Override today's date (YYYY-MM-DD) for validation and reports; "
        "used to replay a past situation and by tests.",
    )
    progress: bool = Field(
        True,
        description="Show progress bars on long work in a terminal. They are always off with --json "
        "or when CI is set.",
    )
    threads: int = Field(
        0,
        description="Threads DuckDB may use; 0 means all cores.",
        ge=0,
    )

    @field_validator("today")
    @classmethod
    def _check_today(cls, v: str | None) -> str | None:
        if v is None:
            return v
        import datetime as dt

        try:
            dt.date.fromisoformat(v)
        except ValueError as e:
            raise ValueError(f"SAHELWATCH_TODAY must be YYYY-MM-DD, got {v!r}") from e
        return v

    def quarantine_for(self, db: Path | str) -> Path:
        """The folder the rejects of a run on the store ``db`` (what ``--db`` took) are written to: the
        ``quarantine_dir`` setting, else ``<database file>.quarantine`` beside a DuckDB file, else, for a
        PostgreSQL URL (no folder of its own), ``<database name>.quarantine`` in the working directory:
        never a path made of the URL, which would hold the user and the password."""
        if self.quarantine_dir is not None:
            return self.quarantine_dir
        from .store.postgres import database_name, is_url

        if is_url(db):
            return Path(database_name(db) + ".quarantine")
        return Path(str(db) + ".quarantine")

    def today_date(self):
        import datetime as dt

        return dt.date.fromisoformat(self.today) if self.today else dt.date.today()


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    try:
        return Settings()
    except ValidationError as e:
        problems = "; ".join(
            f"SAHELWATCH_{'_'.join(str(p) for p in err['loc']).upper()}: {err['msg']}" for err in e.errors()
        )
        raise SettingsError(f"invalid settings: {problems}") from None
