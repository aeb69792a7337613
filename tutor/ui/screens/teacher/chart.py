"""Biểu đồ: how far the class is in each level, as bars and as words (a screen reader
cannot read a chart, and some teachers prefer the numbers)."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from tutor.ui.screens.teacher.format import percent_text


def lessons_passed_ratio(level) -> float:
    pairs = level.learners_total * level.lessons_total
    return level.lessons_passed / pairs if pairs else 0.0


def level_test_ratio(level) -> float:
    return level.learners_passed_test / level.learners_total if level.learners_total else 0.0


class ChartTab(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.levels: list = []
        layout = QVBoxLayout(self)
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(360)
        layout.addWidget(self.view, 1)
        self.words = QLabel()
        self.words.setWordWrap(True)
        self.words.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        layout.addWidget(self.words)
        self.retranslate()

    def retranslate(self) -> None:
        self.view.setAccessibleName(self.tr("Biểu đồ hoàn thành theo cấp"))
        self.show_levels(self.levels)

    def show_levels(self, levels) -> None:
        self.levels = list(levels)
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self.chart.setTitle(self.tr("Lớp đã đi được bao xa ở mỗi cấp (%)"))
        font = QFont(self.font())
        font.setPointSizeF(max(10.0, font.pointSizeF()))
        self.chart.setTitleFont(font)
        lessons = QBarSet(self.tr("Bài đã làm đạt"))
        lessons.setColor(QColor("#64B5F6"))
        tests = QBarSet(self.tr("Đã qua bài kiểm tra cấp"))
        tests.setColor(QColor("#2E7D32"))
        for bar_set in (lessons, tests):
            bar_set.setLabelColor(self.palette().color(self.palette().ColorRole.WindowText)
                                  if self.palette().color(self.palette().ColorRole.Window).lightness() < 128
                                  else QColor("#102027"))
            bar_set.setLabelFont(font)
        categories = []
        for level in self.levels:
            lessons.append(round(100 * lessons_passed_ratio(level)))
            tests.append(round(100 * level_test_ratio(level)))
            categories.append(self.tr("Cấp %d") % level.level)
        series = QBarSeries()
        series.append(lessons)
        series.append(tests)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value%")
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.chart.addSeries(series)
        x_axis = QBarCategoryAxis()
        x_axis.append(categories)
        x_axis.setLabelsFont(font)
        self.chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(x_axis)
        y_axis = QValueAxis()
        y_axis.setRange(0, 100)
        y_axis.setLabelFormat("%d%%")
        y_axis.setTickCount(6)
        self.chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(y_axis)
        self.chart.legend().setFont(font)
        lines = [
            self.tr("Cấp %d: %s bài đã làm đạt; %d/%d người đã qua bài kiểm tra.") % (
                level.level,
                percent_text(level.lessons_passed, level.learners_total * level.lessons_total),
                level.learners_passed_test, level.learners_total)
            for level in self.levels
        ]
        self.words.setText("\n".join(lines))
        self.words.setAccessibleName(self.words.text())
