"""Documentation that is checked: the CLI reference and the settings page are generated and current."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from sahelwatch.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_cli_reference_is_current():
    expected = _script("gen_cli_reference").render()
    assert (ROOT / "docs" / "cli.md").read_text(encoding="utf-8") == expected, \
        "docs/cli.md is stale: run 'python scripts/gen_cli_reference.py > docs/cli.md'"


def test_every_setting_has_help_and_is_documented():
    doc = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    for name, field in Settings.model_fields.items():
        assert field.description, f"setting {name} has no help text"
        assert f"SAHELWATCH_{name.upper()}" in doc, f"docs/settings.md does not document {name}"
    assert doc == _script("gen_settings_doc").render(), "docs/settings.md is stale"


def test_readme_starts_with_the_two_commands():
    head = (ROOT / "README.md").read_text(encoding="utf-8").split("\n")[:8]
    assert any(line.startswith("make demo") for line in head) and any(line.startswith("make test") for line in head)


def test_invalid_settings_fail_with_a_message_naming_the_variable(monkeypatch):
    import pytest

    from sahelwatch.errors import SettingsError
    from sahelwatch.settings import get_settings

    get_settings.cache_clear()
    monkeypatch.setenv("SAHELWATCH_TODAY", "not-a-date")
    try:
        with pytest.raises(SettingsError, match="SAHELWATCH_TODAY"):
            get_settings()
    finally:
        get_settings.cache_clear()


def test_column_dictionary_is_current_and_complete():
    from sahelwatch.model import DERIVED_COLUMNS, DERIVED_DOCS

    assert set(DERIVED_DOCS) == set(DERIVED_COLUMNS)
    assert (ROOT / "docs" / "columns.md").read_text(encoding="utf-8") == _script("gen_columns_doc").render(), \
        "docs/columns.md is stale: run 'python scripts/gen_columns_doc.py > docs/columns.md'"
