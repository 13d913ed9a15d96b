"""Helpers for the long-strings test: a pseudo translation 40% longer, and a clipping finder.

Not a test module. :class:`LongTranslations` stands in for a catalog: every message comes
back with its letters accented (tall glyphs, as German and French have) and padded by 40%
of its length inside brackets, ``[Ñàmé ßäöü]:``. ``{fields}``, ``&`` mnemonics, line breaks,
leading and trailing spaces and a trailing ":" or "…" stay where they were, so the program
formats and parses the messages as it would a real catalog's.

:func:`clipped` walks a shown window and names, one line each, every widget whose text Qt
would cut or elide at the size it has: see :func:`clipped` for the rules.
"""

from __future__ import annotations

import gettext
import math
import re
from collections.abc import Callable, Iterator

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QAction, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QDockWidget,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionDockWidget,
    QStyleOptionTab,
    QTabBar,
    QToolBar,
    QWidget,
)

GROWTH = 0.4
"""How much longer every message becomes: German runs about 40% longer than English."""
SCREEN = QSize(1280, 800)
TITLE_BAR = 32
"""The height a window manager's title bar takes from a dialog on the screen."""

_KEPT = re.compile(r"\{[^{}]*\}|&&|&")
_ENDING = re.compile(r"(\s*(?:…|:|\.\.\.)?\s*)$")
_ACCENTS = str.maketrans("AaCcEeIiNnOoUuYy", "ÀàÇçÉéÎîÑñÖöÛûŸÿ")
_PADDING = "ßäöüÄÖÜé"


def stretch_line(line: str) -> str:
    """``line`` accented and 40% longer; fields, mnemonics and the ending kept."""
    stripped = line.lstrip()
    lead = line[: len(line) - len(stripped)]
    ending = _ENDING.search(stripped)
    tail = ending.group(1) if ending else ""
    core = stripped[: len(stripped) - len(tail)]
    if not core:
        return line
    pieces = _KEPT.split(core)
    kept = _KEPT.findall(core)
    accented = pieces[0].translate(_ACCENTS)
    for token, piece in zip(kept, pieces[1:], strict=True):
        accented += token + piece.translate(_ACCENTS)
    visible = len("".join(pieces)) + len(tail.strip())
    padding = max(0, math.ceil(visible * GROWTH) - 2)  # the brackets count too
    pad = (_PADDING * (padding // len(_PADDING) + 1))[:padding]
    return f"{lead}[{accented}{pad}]{tail}"


def stretch(message: str) -> str:
    """Every line of ``message`` 40% longer (see :func:`stretch_line`)."""
    return "\n".join(stretch_line(line) for line in message.split("\n"))


class LongTranslations(gettext.NullTranslations):
    """Translations that return every message 40% longer, plural forms chosen as English."""

    def gettext(self, message: str) -> str:
        return stretch(message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        return stretch(msgid1 if n == 1 else msgid2)

    def pgettext(self, context: str, message: str) -> str:
        return stretch(message)

    def npgettext(self, context: str, msgid1: str, msgid2: str, n: int) -> str:
        return stretch(msgid1 if n == 1 else msgid2)


# -- finding clipped texts ------------------------------------------------------------------


def clipped(top: QWidget) -> list[str]:
    """Every text in the shown window ``top`` that Qt would cut or elide, one line each.

    Rules, for each visible widget:

    - a button (push, tool, check, radio) or a label without word wrap is at least as wide
      as its size hint; a word-wrapped label is at least as high as its height for its width;
    - a combo box's field is wide enough for the text it shows (the current text, or the
      placeholder); a spin box or date edit is as wide as its size hint;
    - a group box is as wide as its title needs (its minimum size hint);
    - a tab's text, a dock's title and a table header's section title fit their space;
    - each of those widgets lies inside its parent, unless the parent scrolls;
    - every menu title fits the menu bar (no "»" extension), every menu fits the screen,
      and no tool bar hides commands behind its extension button;
    - no scroll area (a dock's page) scrolls sideways: its content fits its width.
    """
    problems: list[str] = []
    for widget in _visible_descendants(top):
        for check in _CHECKS:
            problem = check(widget)
            if problem:
                problems.append(f"{describe(widget)}: {problem}")
        if _is_checked_kind(widget):
            outside = _outside_parent(widget)
            if outside:
                problems.append(f"{describe(widget)}: {outside}")
    return problems


def window_misfits(window: QWidget) -> list[str]:
    """Why a shown window would not fit a 1280x800 screen (title bar included), if it
    would not."""
    problems = []
    for name, size in (("size", window.size()), ("minimum size", window.minimumSizeHint())):
        if size.width() > SCREEN.width() or size.height() + TITLE_BAR > SCREEN.height():
            problems.append(f"{describe(window)}: {name} {size.width()}x{size.height()}")
    return problems


def describe(widget: QWidget) -> str:
    """The widget's class, name (or its nearest named ancestor's) and text, for a report."""
    name = widget.objectName()
    parent = widget.parentWidget()
    while not name and parent is not None:
        name = f"in {parent.objectName()}" if parent.objectName() else ""
        parent = parent.parentWidget()
    text = shown_text(widget)
    return f"{type(widget).__name__} {name or '(unnamed)'} {text!r}".rstrip()


def shown_text(widget: QWidget) -> str:
    if isinstance(widget, (QAbstractButton, QLabel)):
        return widget.text()
    if isinstance(widget, QComboBox):
        return widget.currentText() or widget.placeholderText()
    if isinstance(widget, QGroupBox):
        return widget.title()
    if isinstance(widget, QDockWidget):
        return widget.windowTitle()
    return ""


def _visible_descendants(top: QWidget) -> Iterator[QWidget]:
    for widget in [top, *top.findChildren(QWidget)]:
        if widget.isVisible() and widget.window() is top.window():
            yield widget


def _is_qt_part(widget: QWidget) -> bool:
    """Qt's own parts of a widget: dock title buttons, a line edit's clear button."""
    inside = isinstance(widget.parentWidget(), (QLineEdit, QAbstractSpinBox))
    return inside or widget.objectName().startswith("qt_")


def _is_checked_kind(widget: QWidget) -> bool:
    kinds = (QAbstractButton, QLabel, QComboBox, QGroupBox, QAbstractSpinBox)
    return isinstance(widget, kinds) and not _is_qt_part(widget)


def _too_narrow(widget: QWidget) -> str:
    if _is_qt_part(widget):
        return ""
    if isinstance(widget, QLabel) and widget.wordWrap():
        needed = widget.heightForWidth(widget.width())
        return _less("height", widget.height(), needed, "for its wrapped lines")
    if isinstance(widget, (QAbstractButton, QLabel, QAbstractSpinBox)):
        return _less("width", widget.width(), widget.sizeHint().width(), "(its size hint)")
    if isinstance(widget, QGroupBox):
        needed = widget.minimumSizeHint().width()
        return _less("width", widget.width(), needed, "(its title and contents)")
    return ""


def _combo_text_cut(widget: QWidget) -> str:
    if not isinstance(widget, QComboBox) or widget.isEditable():
        return ""
    text = shown_text(widget)
    option = QStyleOptionComboBox()
    widget.initStyleOption(option)
    field = widget.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, widget
    )
    needed = widget.fontMetrics().horizontalAdvance(text)
    if not widget.itemIcon(widget.currentIndex()).isNull():
        needed += widget.iconSize().width() + 4
    return _less("text field", field.width(), needed, "for its text")


def _tabs_cut(widget: QWidget) -> str:
    if not isinstance(widget, QTabBar):
        return ""
    cut = []
    for index in range(widget.count()):
        option = QStyleOptionTab()
        widget.initStyleOption(option, index)
        space = widget.style().subElementRect(QStyle.SubElement.SE_TabBarTabText, option, widget)
        needed = _mnemonic_width(widget.fontMetrics(), widget.tabText(index))
        if space.width() < needed or not widget.rect().contains(widget.tabRect(index)):
            cut.append(f"tab {widget.tabText(index)!r} needs {needed}, has {space.width()}")
    return "; ".join(cut)


def _dock_title_cut(widget: QWidget) -> str:
    if not isinstance(widget, QDockWidget) or widget.titleBarWidget() is not None:
        return ""
    option = QStyleOptionDockWidget()
    widget.initStyleOption(option)
    space = widget.style().subElementRect(
        QStyle.SubElement.SE_DockWidgetTitleBarText, option, widget
    )
    needed = widget.fontMetrics().horizontalAdvance(widget.windowTitle())
    return _less("title space", space.width(), needed, "for its title")


def _header_cut(widget: QWidget) -> str:
    if not isinstance(widget, QHeaderView) or widget.orientation() != Qt.Orientation.Horizontal:
        return ""
    model, cut = widget.model(), []
    for section in range(widget.count()):
        if widget.isSectionHidden(section) or widget.sectionSize(section) == 0:
            continue
        needed = widget.sectionSizeFromContents(section).width()
        if widget.sectionSize(section) < needed:
            title = model.headerData(section, Qt.Orientation.Horizontal)
            cut.append(f"column {title!r} {widget.sectionSize(section)} < {needed}")
    return "; ".join(cut)


def _menu_bar_cut(widget: QWidget) -> str:
    if not isinstance(widget, QMenuBar):
        return ""
    cut = []
    for action in widget.actions():
        geometry = widget.actionGeometry(action)
        if action.isVisible() and (geometry.isEmpty() or not widget.rect().contains(geometry)):
            cut.append(f"menu {action.text()!r} does not fit")
        menu = action.menu()
        if isinstance(menu, QMenu) and menu.sizeHint().width() > SCREEN.width():
            cut.append(f"menu {action.text()!r} is {menu.sizeHint().width()} wide")
    return "; ".join(cut)


def _tool_bar_overflows(widget: QWidget) -> str:
    if not isinstance(widget, QToolBar):
        return ""
    hidden = [
        action.iconText()
        for action in widget.actions()
        if not action.isSeparator() and not _shown_in(widget, action)
    ]
    return f"commands hidden behind »: {hidden}" if hidden else ""


def _shown_in(bar: QToolBar, action: QAction) -> bool:
    button = bar.widgetForAction(action)
    return button is not None and button.isVisible()


def _scrolls_sideways(widget: QWidget) -> str:
    if not isinstance(widget, QScrollArea) or widget.widget() is None:
        return ""
    bar = widget.horizontalScrollBar()
    needed = widget.widget().minimumSizeHint().width()
    return f"scrolls sideways: its content needs {needed}" if bar.isVisible() else ""


def _less(what: str, has: int, needs: int, why: str) -> str:
    """A report line when ``has`` is less than ``needs``; "" when it is enough."""
    return f"{what} {has} < {needs} {why}" if has < needs else ""


def _mnemonic_width(metrics: QFontMetrics, text: str) -> int:
    return metrics.size(Qt.TextFlag.TextShowMnemonic, text).width()


def _outside_parent(widget: QWidget) -> str:
    parent = widget.parentWidget()
    if parent is None or widget.isWindow():
        return ""
    scroller = parent.parentWidget()
    if isinstance(scroller, QAbstractScrollArea) and scroller.viewport() is parent:
        return ""  # inside a scroll area: the user scrolls to it
    if isinstance(parent, (QAbstractScrollArea, QToolBar)):
        return ""  # scroll bars, corner widgets, tool bar buttons: Qt places them
    if QRect(parent.rect()).contains(widget.geometry()):
        return ""
    return f"cut off by its parent: {widget.geometry().getRect()} in {parent.rect().getRect()}"


_CHECKS: tuple[Callable[[QWidget], str], ...] = (
    _too_narrow,
    _combo_text_cut,
    _tabs_cut,
    _dock_title_cut,
    _header_cut,
    _menu_bar_cut,
    _tool_bar_overflows,
    _scrolls_sideways,
)
