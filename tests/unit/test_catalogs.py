"""Loading the gettext catalogs: from the .po sources, or a compiled .mo only while it is newer."""

from __future__ import annotations

import logging
import os
import tomllib
from io import BytesIO
from pathlib import Path

import pytest
from babel import Locale
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from appointments_desktop import catalogs as catalogs_module
from appointments_desktop.catalogs import DEFAULT_CATALOGS, Catalogs, catalog_names

HEADER = """\
msgid ""
msgstr ""
"Language: {language}\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"
"Content-Type: text/plain; charset=utf-8\\n"
"""

GERMAN = """
msgid "Cancel"
msgstr "{cancel}"

#, fuzzy
msgid "Save"
msgstr "Speichern"

msgid "Notes"
msgstr ""

msgid "Saved: {appointment}"
msgstr "Gespeichert: {termin}"

msgid "{name} ({count})"
msgstr "{name} ({count"

msgid "{count} appointment"
msgid_plural "{count} appointments"
msgstr[0] "{count} Termin"
msgstr[1] "{count} Termine"
"""


def write_catalog(folder: Path, language: str, cancel: str = "Abbrechen") -> Path:
    """A .po source for ``language`` under ``folder``; returns its path."""
    path = folder / language / "LC_MESSAGES" / "appointments_desktop.po"
    path.parent.mkdir(parents=True, exist_ok=True)
    text = HEADER.format(language=language) + GERMAN.replace("{cancel}", cancel)
    path.write_text(text, encoding="utf-8")
    return path


def write_compiled(source: Path, cancel: str, newer: bool) -> Path:
    """A .mo beside ``source`` saying ``cancel`` for "Cancel", newer or older than it."""
    with source.open("rb") as file:
        catalog = read_po(file)
    catalog["Cancel"].string = cancel
    compiled = BytesIO()
    write_mo(compiled, catalog)
    path = source.with_suffix(".mo")
    path.write_bytes(compiled.getvalue())
    stamp = source.stat().st_mtime_ns + (10 if newer else -10) * 1_000_000_000
    os.utime(path, ns=(stamp, stamp))
    return path


def german(folder: Path) -> Catalogs:
    write_catalog(folder, "de")
    return Catalogs(folder)


def test_a_po_source_is_compiled_in_memory_without_any_mo(tmp_path: Path) -> None:
    messages = german(tmp_path).translations(Locale.parse("de_DE"))
    assert messages.gettext("Cancel") == "Abbrechen"
    assert messages.ngettext("{count} appointment", "{count} appointments", 1) == "{count} Termin"
    assert messages.ngettext("{count} appointment", "{count} appointments", 3) == "{count} Termine"
    assert not list(tmp_path.rglob("*.mo"))  # nothing written beside the sources


def test_fuzzy_and_untranslated_entries_stay_english(tmp_path: Path) -> None:
    messages = german(tmp_path).translations(Locale.parse("de"))
    assert messages.gettext("Save") == "Save"
    assert messages.gettext("Notes") == "Notes"


def test_translations_with_unknown_fields_stay_english(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        messages = german(tmp_path).translations(Locale.parse("de"))
    assert messages.gettext("Saved: {appointment}") == "Saved: {appointment}"
    assert messages.gettext("{name} ({count})") == "{name} ({count})"
    assert "unknown fields" in caplog.text
    assert messages.gettext("Cancel") == "Abbrechen"  # the rest of the catalog still counts


def test_a_mo_newer_than_its_source_is_used(tmp_path: Path) -> None:
    write_compiled(write_catalog(tmp_path, "de"), "Abbrechen (compiled)", newer=True)
    messages = Catalogs(tmp_path).translations(Locale.parse("de"))
    assert messages.gettext("Cancel") == "Abbrechen (compiled)"


def test_a_mo_older_than_its_source_is_ignored(tmp_path: Path) -> None:
    write_compiled(write_catalog(tmp_path, "de"), "Abbrechen (stale)", newer=False)
    messages = Catalogs(tmp_path).translations(Locale.parse("de"))
    assert messages.gettext("Cancel") == "Abbrechen"


def test_a_mo_without_a_source_is_used(tmp_path: Path) -> None:
    source = write_catalog(tmp_path, "de")
    write_compiled(source, "Abbrechen (installed)", newer=True)
    source.unlink()
    assert Catalogs(tmp_path).translations(Locale.parse("de")).gettext("Cancel") == (
        "Abbrechen (installed)"
    )


def test_a_broken_mo_falls_back_to_its_source(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    compiled = write_compiled(write_catalog(tmp_path, "de"), "x", newer=True)
    compiled.write_bytes(b"not a catalog")
    with caplog.at_level(logging.WARNING):
        messages = Catalogs(tmp_path).translations(Locale.parse("de"))
    assert messages.gettext("Cancel") == "Abbrechen"
    assert "Cannot read the catalog" in caplog.text


def test_a_broken_source_leaves_english_and_never_raises(tmp_path: Path) -> None:
    source = write_catalog(tmp_path, "de")
    source.write_text('msgid "Cancel"\nmsgstr "Abbrechen"\nnot a po line\n', encoding="utf-8")
    catalogs = Catalogs(tmp_path)
    assert catalogs.translations(Locale.parse("de")).gettext("Cancel") == "Cancel"
    assert catalogs.catalog_name(Locale.parse("de")) is None


def test_a_regional_locale_falls_back_to_its_language(tmp_path: Path) -> None:
    catalogs = german(tmp_path)
    assert catalogs.catalog_name(Locale.parse("de_AT")) == "de"
    assert catalogs.translations(Locale.parse("de_AT")).gettext("Cancel") == "Abbrechen"


def test_a_regional_catalog_wins_over_its_language(tmp_path: Path) -> None:
    write_catalog(tmp_path, "de")
    write_catalog(tmp_path, "de_CH", cancel="Abbrechen (Schweiz)")
    catalogs = Catalogs(tmp_path)
    assert catalogs.translations(Locale.parse("de_CH")).gettext("Cancel") == "Abbrechen (Schweiz)"
    assert catalogs.translations(Locale.parse("de_AT")).gettext("Cancel") == "Abbrechen"


def test_a_language_without_a_catalog_gets_the_english_source_strings(tmp_path: Path) -> None:
    catalogs = german(tmp_path)
    assert catalogs.catalog_name(Locale.parse("ja_JP")) is None
    assert catalogs.translations(Locale.parse("ja_JP")).gettext("Cancel") == "Cancel"
    assert Catalogs(tmp_path / "missing").translations(Locale.parse("de")).gettext("Cancel") == (
        "Cancel"
    )


def test_each_catalog_is_read_once(tmp_path: Path) -> None:
    catalogs = german(tmp_path)
    first = catalogs.translations(Locale.parse("de_DE"))
    catalogs.source("de").unlink()
    assert catalogs.translations(Locale.parse("de_AT")) is first


def test_the_names_tried_go_from_specific_to_general() -> None:
    assert catalog_names(Locale.parse("de_AT")) == ["de_AT", "de"]
    assert catalog_names(Locale.parse("zh_TW")) == ["zh_Hant_TW", "zh_TW", "zh_Hant", "zh"]
    assert catalog_names(Locale.parse("ja")) == ["ja"]


def test_languages_lists_the_catalogs_there_are(tmp_path: Path) -> None:
    write_catalog(tmp_path, "fr")
    write_catalog(tmp_path, "de")
    assert Catalogs(tmp_path).languages() == ["de", "fr"]


@pytest.mark.parametrize("language", ["de", "fr", "es"])
def test_the_shipped_sources_load(language: str) -> None:
    assert language in DEFAULT_CATALOGS.languages()
    assert DEFAULT_CATALOGS.catalog_name(Locale.parse(language)) == language


def test_an_installed_copy_carries_every_language() -> None:
    """pip installs the .po files listed in pyproject.toml; a new language must be listed."""
    root = Path(__file__).resolve().parents[2]
    with (root / "pyproject.toml").open("rb") as handle:
        data_files = tomllib.load(handle)["tool"]["setuptools"]["data-files"]
    languages = sorted(
        p.parent.parent.name for p in (root / "resources").glob("translations/*/LC_MESSAGES/*.po")
    )
    assert languages == ["de", "es", "fr"]
    for language in languages:
        target = f"share/appointments-desktop/translations/{language}/LC_MESSAGES"
        assert data_files[target] == [f"resources/translations/{language}/LC_MESSAGES/*.po"]


def test_the_catalogs_are_found_in_the_checkout_or_the_installed_share() -> None:
    assert catalogs_module.catalog_directory() == catalogs_module.SOURCE_CATALOG_DIR
    installed = catalogs_module.INSTALLED_CATALOG_DIR
    assert installed.parts[-3:] == ("share", "appointments-desktop", "translations")
