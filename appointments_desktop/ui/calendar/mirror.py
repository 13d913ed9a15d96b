"""Right to left: geometry laid out left to right, mirrored once before it is painted or hit.

The calendar and the charts compute every rectangle as if the text ran left to right. Under
a right-to-left layout direction a :class:`Mirror` reflects what was computed across the span
it was made for (``x' = left + right − x − w``), and turns each text alignment into the
mirrored absolute one, so Qt does not flip it a second time. Painting and hit-testing use the
same mirrored geometry, and no layout code asks which way the text runs.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

_ALIGN = Qt.AlignmentFlag
_SWAPPED = {_ALIGN.AlignLeft: _ALIGN.AlignRight, _ALIGN.AlignRight: _ALIGN.AlignLeft}


@dataclass(frozen=True)
class Mirror:
    """Reflects x positions across ``[left, right]`` when ``active``; else leaves them be.

    Promises: mirroring twice gives back what was given; a rectangle inside the span stays
    inside it, as wide and as high.
    """

    left: float
    right: float
    active: bool = False

    @classmethod
    def across(cls, rect: QRectF, active: bool) -> Mirror:
        """A mirror over ``rect``'s width."""
        return cls(rect.left(), rect.right(), active)

    @classmethod
    def of(cls, widget: QWidget) -> Mirror:
        """A mirror over ``widget``'s width, active when the widget runs right to left."""
        return cls(0.0, float(widget.width()), widget.isRightToLeft())

    @classmethod
    def painting(cls, painter: QPainter, rect: QRectF) -> Mirror:
        """A mirror over ``rect``'s width, active when ``painter`` paints right to left
        (a widget sets its own direction on its painter)."""
        return cls.across(rect, painter.layoutDirection() == Qt.LayoutDirection.RightToLeft)

    def inside(self, rect: QRectF) -> Mirror:
        """The same direction over ``rect``'s width: for what is laid out within ``rect``."""
        return Mirror.across(rect, self.active)

    def x(self, x: float) -> float:
        """Where the point at ``x`` goes."""
        return self.left + self.right - x if self.active else x

    def point(self, point: QPointF) -> QPointF:
        """Where ``point`` goes."""
        return QPointF(self.x(point.x()), point.y())

    def rect(self, rect: QRectF) -> QRectF:
        """Where ``rect`` goes (an empty rectangle stays empty)."""
        if not self.active or rect.isNull():
            return QRectF(rect)
        return QRectF(self.x(rect.right()), rect.top(), rect.width(), rect.height())

    def align(self, alignment: Qt.AlignmentFlag) -> Qt.AlignmentFlag:
        """``alignment`` for a mirrored box: left and right swapped when active, and
        absolute either way, so the painter's own direction changes nothing."""
        if self.active:
            for side, other in _SWAPPED.items():
                if alignment & side:
                    alignment = (alignment & ~side) | other
                    break
            else:
                if not alignment & (_ALIGN.AlignHCenter | _ALIGN.AlignJustify):
                    alignment |= _ALIGN.AlignRight
        return alignment | _ALIGN.AlignAbsolute
