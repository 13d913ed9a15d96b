"""A button that shows a colour (swatch and ``#rrggbb``) and lets the user choose another."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QColorDialog, QPushButton, QWidget

from appointments_desktop.i18n import _

SWATCH_SIZE = QSize(28, 16)


class ColourButton(QPushButton):
    """Shows the current colour; clicking opens the colour dialog to choose another.

    Promises: :meth:`colour` is always a lower-case ``#rrggbb``; :attr:`colour_changed` fires
    once per actual change, whether chosen in the dialog or set by :meth:`set_colour`.
    """

    colour_changed = Signal(str)
    """The colour changed; carries the new ``#rrggbb``."""

    def __init__(self, colour: str = "#4a90d9", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("colourButton")
        self.setIconSize(SWATCH_SIZE)
        self.setAutoDefault(False)  # Enter saves the form; it never opens the colour dialog
        self.setMinimumWidth(120)
        self.setToolTip(_("Choose the colour this type has in the calendar"))
        self._colour = ""
        self.set_colour(colour)
        self.clicked.connect(self.choose)

    def colour(self) -> str:
        """The colour as ``#rrggbb``."""
        return self._colour

    def set_colour(self, value: str) -> None:
        """Show ``value`` (any name ``QColor`` reads); an unreadable one is ignored."""
        colour = QColor(value)
        if not colour.isValid() or colour.name() == self._colour:
            return
        self._colour = colour.name()
        self.setText(self._colour)
        self.setIcon(swatch(self._colour, self.palette().color(self.foregroundRole())))
        self.setAccessibleName(_("Colour {colour}").format(colour=self._colour))
        self.colour_changed.emit(self._colour)

    def choose(self) -> None:
        """Ask for a colour in the colour dialog; cancelling keeps the current one."""
        chosen = QColorDialog.getColor(QColor(self._colour), self, _("Choose a colour"))
        if chosen.isValid():
            self.set_colour(chosen.name())


def swatch(colour: str, border: QColor, size: QSize = SWATCH_SIZE) -> QIcon:
    """A rounded rectangle of ``colour`` with a thin ``border``, sharp on high-DPI screens."""
    ratio = 2.0
    pixmap = QPixmap(size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(border)
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(QRectF(0.5, 0.5, size.width() - 1, size.height() - 1), 3, 3)
    painter.end()
    return QIcon(pixmap)
