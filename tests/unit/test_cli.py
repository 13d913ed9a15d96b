"""The command line reports problems with the database in words, with exit code 2."""

from __future__ import annotations

import pytest

from appointments_desktop.cli import main


def test_a_database_that_cannot_be_opened_is_reported(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--database", "sqlite:////proc/no/such/folder.db", "--no-window"]) == 2
    error = capsys.readouterr().err
    assert "Cannot open the database sqlite:////proc/no/such/folder.db" in error
    assert "Traceback" not in error


def test_an_unsupported_url_is_reported(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--database", "mysql://host/db", "--no-window"]) == 2
    assert "Unsupported database URL" in capsys.readouterr().err
