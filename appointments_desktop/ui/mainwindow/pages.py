"""The central area: the welcome page on a first start, else the calendar or the list.

Remembers which of the two working pages the user chose last, so the window comes back to
it after the welcome page and between runs.
"""

from __future__ import annotations

import enum

from PySide6.QtWidgets import QStackedWidget, QWidget


class Page(enum.StrEnum):
    """The working pages, by the name stored in the settings."""

    CALENDAR = "calendar"
    LIST = "list"


class CentralPages(QStackedWidget):
    """Switches between the welcome page and the two working pages."""

    def __init__(self, welcome: QWidget, pages: dict[Page, QWidget], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("centralPages")
        self.welcome = welcome
        self._pages = pages
        self.work_page = Page.CALENDAR
        for widget in (welcome, *pages.values()):
            self.addWidget(widget)

    def show_page(self, page: Page) -> QWidget:
        """Show ``page`` and remember it as the one to come back to."""
        self.work_page = page
        self.setCurrentWidget(self._pages[page])
        return self._pages[page]

    def show_welcome(self, welcome: bool) -> None:
        """Show the welcome page, or (``False``) the working page chosen last."""
        if welcome:
            self.setCurrentWidget(self.welcome)
        else:
            self.show_page(self.work_page)
