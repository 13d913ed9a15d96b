"""Choosing the locale from the system."""

from __future__ import annotations

import pytest

from appointments_desktop.i18n import FALLBACK_LOCALE, system_locale_name


@pytest.mark.parametrize("value", ["C", "C.UTF-8", "POSIX"])
def test_the_c_locale_falls_back_to_english(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", value)
    assert system_locale_name() == FALLBACK_LOCALE


def test_a_real_system_locale_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert system_locale_name() == "de_DE"
