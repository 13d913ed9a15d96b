"""The Stats dock: totals, rates, charts and the customers who miss the most.

Rates follow DESIGN.md (each a share of the period's closed appointments, "—" with none
closed). The period and the operator are chosen at the top; the week and month totals and
the per-day chart always show the current week and month, for the chosen operator.
"""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from appointments_desktop.domain.periods import period_range
from appointments_desktop.i18n import _, format_number, format_percent
from appointments_desktop.services.catalog import list_records
from appointments_desktop.storage.models import Operator
from appointments_desktop.ui.charts import BarChart, LineChart
from appointments_desktop.ui.docks.base import DashboardDock
from appointments_desktop.ui.docks.stats_controls import StatsControls
from appointments_desktop.ui.docks.stats_figures import (
    TREND_WEEKS,
    Rate,
    StatsFigures,
    load_figures,
    rate_text,
    rate_tooltip,
    span_text,
    total_tooltip,
)
from appointments_desktop.ui.docks.stats_parts import Figure, NoShowList, heading
from appointments_desktop.ui.docks.stats_series import (
    day_bars,
    no_show_rows,
    rate_axis_top,
    today_index,
    trend_points,
    type_bars,
)
from appointments_desktop.ui.flow_layout import FlowLayout
from appointments_desktop.ui.operations import Operations

CHART_HEIGHT = 130
"""No chart is squeezed below this height: a short dock scrolls instead."""
TOTALS_GAP = 4
"""Average characters between the week's and the month's totals when side by side."""

Chart = TypeVar("Chart", BarChart, LineChart)

_RATE_OBJECT_NAMES = {
    Rate.COMPLETION: "statsCompletionRate",
    Rate.NO_SHOW: "statsNoShowRate",
    Rate.CANCELLATION: "statsCancellationRate",
}


class StatsDock(DashboardDock):
    """Appointment statistics for a chosen period and operator.

    Promises: one refresh reads a fixed number of statements (six) whatever the data
    size; every number is formatted with babel for the active locale; the clock moving
    into a new day reloads (the current week and month may have rolled over).
    """

    def __init__(self, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(_("Appointment Stats"), "statsDock", operations, parent)
        self._shown_day: date | None = None
        self.controls = StatsControls(self.now().date())
        self.week_total = QLabel(objectName="statsWeekTotal")
        self.month_total = QLabel(objectName="statsMonthTotal")
        self.span = heading("")
        self.span.setObjectName("statsSpan")
        self.total = Figure("statsTotal", _("Appointments"))
        self.rates = {rate: Figure(_RATE_OBJECT_NAMES[rate], rate.caption) for rate in Rate}
        self.types_chart = self._chart(BarChart(Qt.Orientation.Horizontal), "statsPopularTypes")
        self.types_chart.set_empty_text(_("No appointments in this period."))
        self.days_chart = self._chart(BarChart(Qt.Orientation.Vertical), "statsPerDay")
        self.trend_chart = self._chart(
            LineChart(y_maximum=1.0, axis_format=format_percent), "statsNoShowTrend"
        )
        self.trend_chart.set_empty_text(_("Nothing closed in these weeks."))
        self.no_shows = NoShowList()
        self.setWidget(self._scroll_area())
        self.controls.changed.connect(self.refresh)

    @staticmethod
    def _chart(chart: Chart, object_name: str) -> Chart:
        chart.setObjectName(object_name)
        chart.setMinimumHeight(CHART_HEIGHT)
        return chart

    def _scroll_area(self) -> QScrollArea:
        content = QWidget(objectName="statsContent")
        layout = QVBoxLayout(content)
        layout.addWidget(self.controls)
        layout.addWidget(self._totals_row())
        layout.addSpacing(layout.spacing())
        layout.addWidget(self.span)
        layout.addLayout(self._figure_grid())
        sections = (
            (_("Most popular types"), self.types_chart),
            (_("This week per day"), self.days_chart),
            (
                _("No-shows, last {weeks} weeks").format(weeks=format_number(TREND_WEEKS)),
                self.trend_chart,
            ),
            (_("Most no-shows"), self.no_shows),
        )
        for title, widget in sections:
            layout.addSpacing(layout.spacing())
            layout.addWidget(heading(title))
            layout.addWidget(widget)
            widget.setAccessibleName(title)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("statsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        scroll.setWidget(content)
        return scroll

    def _totals_row(self) -> QWidget:
        """The week's and the month's totals side by side, one above the other when the
        dock is too narrow for both."""
        row = QWidget(objectName="statsTotals")
        flow = FlowLayout(row, spacing=0)
        flow.setContentsMargins(0, 0, 0, 0)
        gap = self.week_total.fontMetrics().averageCharWidth() * TOTALS_GAP
        self.week_total.setContentsMargins(0, 0, gap, 0)  # apart side by side, not stacked
        for label in (self.week_total, self.month_total):
            flow.addWidget(label)
        return row

    def _figure_grid(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(grid.horizontalSpacing() * 3)
        figures = [self.total, *self.rates.values()]
        for index, figure in enumerate(figures):
            grid.addWidget(figure, index // 2, index % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        return grid

    # -- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the figures for the chosen period and operator and show them."""
        self.controls.set_operators(list_records(Operator))
        today = self.now().date()
        period = period_range(self.controls.period(), today, self.controls.chosen())
        self._show(load_figures(today, period, self.controls.operator_id()))
        self._shown_day = today

    def minute_passed(self) -> None:
        """Reload only when the day changed since the last refresh."""
        if self.now().date() != self._shown_day:
            self.refresh()

    def _show(self, figures: StatsFigures) -> None:
        stats = figures.stats
        self.week_total.setText(
            _("This week: {count}").format(count=format_number(figures.week_total))
        )
        self.month_total.setText(
            _("This month: {count}").format(count=format_number(figures.month_total))
        )
        self.span.setText(span_text(figures.period))
        self.total.set_value(format_number(stats.total), total_tooltip())
        for rate, figure in self.rates.items():
            figure.set_value(rate_text(rate, stats), rate_tooltip(rate, stats))
        self.types_chart.set_data(type_bars(stats))
        # Each type keeps a readable row: a short dock scrolls rather than squeeze them.
        rows_height = self.types_chart.sizeHint().height()
        self.types_chart.setMinimumHeight(max(CHART_HEIGHT, rows_height))
        self.days_chart.set_data(day_bars(figures.week_days))
        self.days_chart.set_highlighted(today_index(figures.week_days, figures.today))
        closed_weeks = any(week.closed for week in figures.trend)
        self.trend_chart.set_y_maximum(rate_axis_top(figures.trend))
        self.trend_chart.set_data(trend_points(figures.trend) if closed_weeks else [])
        self.no_shows.set_rows(no_show_rows(figures.top_no_shows))
