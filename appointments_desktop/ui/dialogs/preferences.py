"""Preferences: this desk's own choices, kept in ``QSettings`` and used at the next start.

For now one choice, the language and formats; the form (a ``QFormLayout``) takes more rows
as more settings follow. The choice is stored under :data:`LOCALE_KEY` as a locale name
("de_AT"), or "" for the system's; ``--locale`` on the command line still wins over it
(see :func:`appointments_desktop.i18n.choose_locale_name`).
"""

from __future__ import annotations

from datetime import datetime, time

from babel import Locale
from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from appointments_desktop.catalogs import DEFAULT_CATALOGS
from appointments_desktop.i18n import (
    OFFERED_LOCALES,
    _,
    format_date,
    format_date_and_time,
    format_number,
    format_percent,
    locale_display_name,
    parse_locale,
)
from appointments_desktop.ui.operations import Operations
from appointments_desktop.ui.qt_translations import system_locale
from appointments_desktop.ui.wrapping import fit_height, wrapped_label

LOCALE_KEY = "locale"
PREVIEW_TIME = time(14, 30)
PREVIEW_NUMBER = 1234.5
PREVIEW_SHARE = 0.75
NOTE_CHARACTERS = 60
"""The notes wrap at no fewer characters than this: they set the dialog's width."""


def stored_locale(settings: QSettings) -> str:
    """The stored choice of language and formats; "" means the system's."""
    value = settings.value(LOCALE_KEY, "")
    return value if isinstance(value, str) else ""


def format_preview(locale: Locale, now: datetime) -> str:
    """Two lines that show how ``locale`` writes today's date, a time of day (14:30, to
    show a 12- or 24-hour clock), a number and a percentage."""
    moment = datetime.combine(now.date(), PREVIEW_TIME)
    long_line = format_date_and_time(moment, "full", "short", locale=locale)
    # Translators: the preview of a locale's formats: a short date, a number, a percentage.
    short_line = _("{date} · {number} · {percent}").format(
        date=format_date(moment.date(), "short", locale=locale),
        number=format_number(PREVIEW_NUMBER, locale=locale),
        percent=format_percent(PREVIEW_SHARE, locale=locale),
    )
    return f"{long_line}\n{short_line}"


class PreferencesDialog(QDialog):
    """Edits this desk's preferences; see the module docstring.

    Promises: the languages are named in their own languages; the preview follows the
    choice at once (dates from the operations' clock); the choice is stored only on OK, and
    :attr:`locale_changed` then carries the new name when it differs from the stored one;
    Cancel stores nothing.
    """

    locale_changed = Signal(str)
    """Emitted on OK with the newly stored locale name ("" = the system's)."""

    def __init__(
        self,
        operations: Operations,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(_("Preferences"))
        self._operations = operations
        self._settings = settings if settings is not None else QSettings()
        self.language = QComboBox(objectName="languageChoice")
        self.preview = QLabel(objectName="formatPreview")
        self.translation_note = self._note("translationNote")
        self.restart_note = self._note("restartNote")
        self.restart_note.setText(_("Takes effect when you restart Appointments Desktop."))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._fill_languages(stored_locale(self._settings))
        self._lay_out()
        self.language.currentIndexChanged.connect(self._show_choice)
        self._show_choice()

    @staticmethod
    def _note(name: str) -> QLabel:
        return wrapped_label(object_name=name, minimum_characters=NOTE_CHARACTERS)

    def _fill_languages(self, stored: str) -> None:
        system = parse_locale(system_locale())
        system_name = locale_display_name(system) if system is not None else ""
        self.language.addItem(_("System default: {language}").format(language=system_name), "")
        names = list(OFFERED_LOCALES)
        chosen = parse_locale(stored)
        if chosen is not None and str(chosen) not in names:
            names.insert(0, str(chosen))  # set elsewhere (an older version, by hand): keep it
        for name in names:
            locale = parse_locale(name)
            if locale is not None:
                self.language.addItem(locale_display_name(locale), str(locale))
        index = self.language.findData(str(chosen) if chosen is not None else "")
        self.language.setCurrentIndex(max(index, 0))

    def _lay_out(self) -> None:
        form = QFormLayout(self)
        form.addRow(_("&Language and formats:"), self.language)
        form.addRow(_("Preview:"), self.preview)
        form.addRow(self.translation_note)
        form.addRow(self.restart_note)
        form.addRow(self.buttons)

    def choice(self) -> str:
        """The chosen locale name; "" for the system's."""
        return str(self.language.currentData() or "")

    def chosen_locale(self) -> Locale:
        """The locale the choice means now (the system's for "System default")."""
        locale = parse_locale(self.choice() or system_locale())
        assert locale is not None  # system_locale() always names a usable locale
        return locale

    def _show_choice(self) -> None:
        locale = self.chosen_locale()
        self.preview.setText(format_preview(locale, self._operations.clock()))
        untranslated = locale.language != "en" and DEFAULT_CATALOGS.catalog_name(locale) is None
        self.translation_note.setText(
            _(
                "Appointments Desktop is not translated into this language yet: its words "
                "stay in English, while dates and numbers follow the choice."
            )
            if untranslated
            else ""
        )
        self.translation_note.setVisible(untranslated)
        fit_height(self)

    def accept(self) -> None:
        """Store the choice and close."""
        choice = self.choice()
        changed = choice != stored_locale(self._settings)
        self._settings.setValue(LOCALE_KEY, choice)
        super().accept()
        if changed:
            self.locale_changed.emit(choice)
