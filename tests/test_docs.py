"""Docs: every command and every setting is documented in the README and has help."""

from __future__ import annotations

import pytest
from typer.main import get_command
from typer.testing import CliRunner

from parley.cli import app
from parley.settings import Settings
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(get_command(app).commands)  # type: ignore[attr-defined]


@pytest.mark.parametrize("command", COMMANDS)
def test_docs_command_in_readme_and_has_help(command: str) -> None:
    assert f"parley {command}" in README
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0 and "Usage" in result.output


@pytest.mark.parametrize("field", sorted(Settings.model_fields))
def test_docs_setting_in_readme(field: str) -> None:
    assert f"PARLEY_{field.upper()}" in README


def test_docs_readme_starts_with_the_two_commands() -> None:
    block = README.split("```")[1]
    assert "make demo" in block and "make test" in block
