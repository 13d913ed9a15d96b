"""The program's gettext catalogs, loaded straight from the sources: no build step needed.

The sources are ``<directory>/<language>/LC_MESSAGES/appointments_desktop.po``. A compiled
``.mo`` beside a ``.po`` is used only while it is newer than the ``.po`` (``python
packaging/translations.py compile`` makes them; they are not committed); otherwise the
``.po`` is compiled in memory with babel, so a source checkout and a freshly edited
translation work at once. Fuzzy and untranslated entries are never used: those messages
stay in English; so does, in a ``.po``, a translation naming a ``{field}`` its source lacks
(it would make ``.format`` fail).

A language is looked up from the most specific name to the least (``de_AT`` → ``de``;
``zh_Hant_TW`` → ``zh_TW`` → ``zh_Hant`` → ``zh``); a locale without any catalog gets the
English source strings. Each catalog is read once per :class:`Catalogs` and kept. A catalog
that cannot be read is logged and skipped, never fatal. No Qt.
"""

from __future__ import annotations

import gettext
import logging
import struct
import sys
from io import BytesIO
from pathlib import Path
from string import Formatter

from babel import Locale
from babel.messages.catalog import Message
from babel.messages.mofile import write_mo
from babel.messages.pofile import PoFileError, read_po

DOMAIN = "appointments_desktop"
SOURCE_CATALOG_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
"""Where the catalogs are in a source checkout (and an editable install)."""
INSTALLED_CATALOG_DIR = Path(sys.prefix) / "share" / "appointments-desktop" / "translations"
"""Where ``pip install`` puts them (pyproject.toml's ``[tool.setuptools.data-files]``)."""


def catalog_directory() -> Path:
    """The folder holding the catalogs: the checkout's, else the installed copy."""
    if SOURCE_CATALOG_DIR.is_dir():
        return SOURCE_CATALOG_DIR
    return INSTALLED_CATALOG_DIR


CATALOG_DIR = catalog_directory()

_log = logging.getLogger(__name__)


def catalog_names(locale: Locale) -> list[str]:
    """The catalog names to try for ``locale``, most specific first, without repeats."""
    language, script, territory = locale.language, locale.script, locale.territory
    names = [
        "_".join(part for part in (language, script, territory) if part),
        "_".join(part for part in (language, territory) if part),
        "_".join(part for part in (language, script) if part),
        language,
    ]
    return list(dict.fromkeys(names))


def _fields(text: str) -> set[str] | None:
    """The ``{name}`` fields ``str.format`` would fill in ``text``; None if it cannot parse."""
    try:
        return {name for _text, name, _spec, _conv in Formatter().parse(text) if name is not None}
    except ValueError:
        return None


def fields_fit(message: Message) -> bool:
    """Whether every translation of ``message`` uses only the fields its source has, so
    ``.format(...)`` cannot fail on it (a translation may leave a field out)."""
    sources = message.id if isinstance(message.id, (list, tuple)) else [message.id]
    known = [_fields(text) for text in sources]
    if any(fields is None for fields in known):
        return True  # not a format string
    allowed = set().union(*(fields for fields in known if fields is not None))
    strings = message.string if isinstance(message.string, (list, tuple)) else [message.string]
    for text in strings:
        used = _fields(text or "")
        if used is None or not used <= allowed:
            return False
    return True


def compile_po(path: Path) -> gettext.GNUTranslations:
    """The translations of one ``.po`` file, compiled in memory. Fuzzy entries are left out,
    and so (with a warning) are translations with fields their source lacks."""
    with path.open("rb") as source:
        catalog = read_po(source, ignore_obsolete=True, abort_invalid=True)
    for message in list(catalog)[1:]:
        if message.string and not fields_fit(message):
            _log.warning("%s: the translation of %r has unknown fields", path, message.id)
            catalog.delete(message.id, message.context)
    compiled = BytesIO()
    write_mo(compiled, catalog, use_fuzzy=False)
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


def read_mo(path: Path) -> gettext.GNUTranslations:
    """The translations of one compiled ``.mo`` file."""
    with path.open("rb") as compiled:
        return gettext.GNUTranslations(compiled)


def _is_newer(path: Path, than: Path) -> bool:
    try:
        return path.stat().st_mtime_ns > than.stat().st_mtime_ns
    except FileNotFoundError:
        return path.exists()


class Catalogs:
    """The catalogs in one directory, each loaded at most once.

    Promises: :meth:`translations` always returns translations (English source strings when
    no catalog fits), prefers an up-to-date ``.mo``, and never raises for a missing or
    broken file.
    """

    def __init__(self, directory: Path = CATALOG_DIR, domain: str = DOMAIN) -> None:
        self.directory = directory
        self.domain = domain
        self._loaded: dict[str, gettext.NullTranslations | None] = {}

    def source(self, name: str) -> Path:
        """Where the ``.po`` source of catalog ``name`` (e.g. "de") lives."""
        return self.directory / name / "LC_MESSAGES" / f"{self.domain}.po"

    def languages(self) -> list[str]:
        """The catalog names that have a source or a compiled catalog, sorted."""
        found = {
            path.parent.parent.name
            for pattern in (f"*/LC_MESSAGES/{self.domain}.po", f"*/LC_MESSAGES/{self.domain}.mo")
            for path in self.directory.glob(pattern)
        }
        return sorted(found)

    def catalog_name(self, locale: Locale) -> str | None:
        """The catalog that serves ``locale`` ("de" for de_AT), or None: English messages."""
        for name in catalog_names(locale):
            if name not in self._loaded:
                self._loaded[name] = self._load(name)
            if self._loaded[name] is not None:
                return name
        return None

    def translations(self, locale: Locale) -> gettext.NullTranslations:
        """The messages for ``locale``; English source strings when no catalog fits."""
        name = self.catalog_name(locale)
        found = self._loaded[name] if name is not None else None
        return found or gettext.NullTranslations()

    def _load(self, name: str) -> gettext.NullTranslations | None:
        source = self.source(name)
        compiled = source.with_suffix(".mo")
        attempts = [(compiled, read_mo)] if _is_newer(compiled, source) else []
        if source.exists():
            attempts.append((source, compile_po))
        for path, load in attempts:
            try:
                return load(path)
            except (OSError, ValueError, struct.error, PoFileError) as error:
                _log.warning("Cannot read the catalog %s: %s", path, error)
        return None


DEFAULT_CATALOGS = Catalogs()
"""The program's own catalogs, under ``resources/translations`` of the checkout."""
