"""Documentation that is checked: the CLI reference and the settings page are generated and current."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from sahelwatch.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


STALE_CLI = "docs/cli.md is stale: run 'make docs' (python scripts/gen_cli_reference.py > docs/cli.md)"


def test_cli_reference_is_current():
    expected = _script("gen_cli_reference").render()
    assert (ROOT / "docs" / "cli.md").read_text(encoding="utf-8") == expected, STALE_CLI


def _documented_commands(text: str) -> dict[str, set[str]]:
    """Each command heading of docs/cli.md, with the names in the first cell of its table."""
    out: dict[str, set[str]] = {}
    current = None
    for line in text.splitlines():
        heading = re.fullmatch(r"#{2,6} `(sahelwatch[^`]*)`", line)
        if heading:
            current = heading.group(1)
            out[current] = set()
        elif current and line.startswith("| `"):
            cell = line.split("`")[1]
            out[current] |= {n.strip().removesuffix("...") for n in cell.split(" / ")}
    return out


def _reference_problems(text: str) -> list[str]:
    """What a reference text misses or keeps that the click tree does not have."""
    from sahelwatch.cli._tree import command_tree, param_names

    tree = command_tree()
    doc = _documented_commands(text)
    problems = [f"command missing: `{n.name}`" for n in tree if n.name not in doc]
    problems += [f"stale command: `{name}`" for name in sorted(set(doc) - {n.name for n in tree})]
    for node in tree:
        options = {name for p in node.params for name in param_names(p)}
        have = doc.get(node.name, options)
        problems += [f"`{node.name}`: option missing: {o}" for o in sorted(options - have)]
        problems += [f"`{node.name}`: stale option: {o}" for o in sorted(have - options)]
    return problems


def test_cli_reference_lists_every_command_and_option_of_the_click_tree():
    from sahelwatch.cli._tree import command_tree

    leaves = {n.name for n in command_tree() if not n.is_group}
    assert {"sahelwatch events history", "sahelwatch analyze trends", "sahelwatch ingest"} <= leaves
    problems = _reference_problems((ROOT / "docs" / "cli.md").read_text(encoding="utf-8"))
    assert not problems, "\n".join(problems) + "\n" + STALE_CLI


def test_the_reference_check_finds_a_missing_command_or_option_and_a_stale_one():
    text = _script("gen_cli_reference").render()
    assert _reference_problems(text) == []
    cut = text.replace("#### `sahelwatch events history`", "#### `sahelwatch events histories`")
    assert _reference_problems(cut) == ["command missing: `sahelwatch events history`",
                                        "stale command: `sahelwatch events histories`"]
    head, report = text.split("### `sahelwatch report`\n", 1)
    lang = next(line for line in report.splitlines() if line.startswith("| `--lang`"))
    report = report.replace(lang + "\n", "", 1).replace("| `--no-pdf`", "| `--no-pdf / --pdf`", 1)
    cut = head + "### `sahelwatch report`\n" + report
    assert _reference_problems(cut) == ["`sahelwatch report`: option missing: --lang",
                                        "`sahelwatch report`: stale option: --pdf"]


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
