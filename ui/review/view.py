"""Review: how each account's duties were kept over a period, for the manager.

The period (with quick choices), the department, one account or one person
narrow the review; the table shows each account's figures (sortable), the
heat map each account's days, and the drill-down a chosen account's days
with their checks and evidence. The review can be saved as a PDF to sign,
an Excel workbook or a CSV file.

The review is read on a worker thread (:mod:`ui.common.log_reader`): a year of a
city's log takes about 0.2 s, ten years a few seconds. "Reading the log…"
shows meanwhile, and a result for a filter that has since changed is dropped.
The filter's fields are in :mod:`ui.review.filters`, the drill-down in
:mod:`ui.review.drill`, the saving in :mod:`ui.review.saving`.

Signals:
    exported(str): a file was saved; the text says where (for the status bar).
    openAccountRequested(str): the user asked to open this account's page.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from assistant.clock import STOCKHOLM, Clock, today
from assistant.messages import UserError
from assistant.records import Account, Person
from assistant.rules.review import Review
from assistant.workspace import reading
from assistant.workspace.data_folder import Workspace
from ui.common.i18n import translate
from ui.common.log_reader import LogReader
from ui.common.widgets import configure_table, named
from ui.review.drill import ReviewDrill
from ui.review.filters import ReviewFilterBar
from ui.review.fitting import compact_rows, fit_columns, fit_splitter
from ui.review.heat_layout import HeatRows
from ui.review.heat_map import HeatMap, HeatMapLegend
from ui.review.model import (
    ReviewModel,
    account_label,
    figure_texts,
    totals_of,
    totals_text,
)
from ui.review.periods import Period
from ui.review.saving import ExportKind, ask_for_path, start_export, with_suffix


class ReviewView(QWidget):
    """The Review screen. Call :meth:`refresh` when it is shown or the log has changed."""

    exported = Signal(str)
    openAccountRequested = Signal(str)

    def __init__(
        self, workspace: Workspace, clock: Clock, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reviewView")
        self.workspace = workspace
        self.clock = clock
        self.language = language
        self.review: Review | None = None
        self.accounts: dict[str, Account] = {}
        self.people: dict[str, Person] = {}
        self._pending_day: tuple[str, date] | None = None
        self.reader = LogReader(workspace, self)
        self.reader.ready.connect(self._show_review)
        self.reader.failed.connect(self._show_failure)

        heading = named(QLabel(self.tr("Review of the daily checks")), "reviewHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.filters = ReviewFilterBar(lambda: today(self.clock), workspace.pack, language)
        self.filters.changed.connect(self._read)

        self.export_buttons: dict[ExportKind, QPushButton] = {}
        for kind, text, name, accessible in (
            (
                ExportKind.PDF,
                self.tr("Save as &PDF…"),
                "reviewSavePdf",
                self.tr("Save the review as a PDF to print and sign"),
            ),
            (
                ExportKind.XLSX,
                self.tr("Save as E&xcel…"),
                "reviewSaveExcel",
                self.tr("Save the review as an Excel workbook"),
            ),
            (
                ExportKind.CSV,
                self.tr("Save as C&SV…"),
                "reviewSaveCsv",
                self.tr("Save the review as a CSV file for Excel"),
            ),
        ):
            button = named(QPushButton(text), name, accessible)
            button.clicked.connect(lambda _checked=False, k=kind: self.export(k))
            self.export_buttons[kind] = button
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        for button in self.export_buttons.values():
            top.addWidget(button)

        self.summary = named(QLabel(), "reviewSummary")
        self.summary.setWordWrap(True)
        self.status = named(QLabel(), "reviewStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.model = ReviewModel(self)
        self.sorted = self.model  # the model sorts itself (ReviewModel.sort)
        self.table = configure_table(
            QTableView(), "reviewTable", self.tr("The figures of each account")
        )
        self.table.setModel(self.sorted)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        compact_rows(self.table)
        header = self.table.horizontalHeader()
        # Widths are measured once per review (fit_columns): Qt's own fitting asks
        # every cell again at each change, 0.1 s for a city's accounts.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._account_chosen)
        self.table.doubleClicked.connect(self._open_account)

        self.heat_map = HeatMap()
        self.heat_map.dayActivated.connect(self.show_day)
        self.heat_area: QScrollArea = self.heat_map.in_scroll_area()
        self.legend = HeatMapLegend()
        heat_box = QWidget()
        self.heat_layout = QVBoxLayout(heat_box)
        self.heat_layout.setContentsMargins(0, 0, 0, 0)
        self.heat_layout.addWidget(self.heat_area, 1)
        self.heat_layout.addWidget(self.legend)

        self.drill = ReviewDrill(workspace, language)

        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("reviewSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(heat_box)
        splitter.addWidget(self.drill)
        splitter.setSizes([300, 260, 260])
        self._fitted = False
        """Whether the parts were given their room: once, for the first review shown."""
        splitter.splitterMoved.connect(lambda _pos, _index: setattr(self, "_fitted", True))

        self.empty = named(QLabel(), "reviewEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(splitter)
        self.pages.addWidget(self.empty)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.status)
        layout.addWidget(self.pages, 1)

        self._enable_saving(False)

    # -- the filter -------------------------------------------------------------

    def set_period(self, choice: Period) -> None:
        """Review a period by name (this month, last year, …) as the quick choice does."""
        self.filters.set_period(choice)
        self._read()

    def set_dates(self, first: date, last: date) -> None:
        """Review the days from ``first`` to ``last``."""
        self.filters.set_dates(first, last)

    # -- reading -----------------------------------------------------------------

    def refresh(self) -> None:
        """Read the register again and the review for the chosen filter (on a worker)."""
        self.accounts = reading.accounts(self.workspace)
        self.people = reading.people(self.workspace)
        self.filters.set_register(
            self.accounts, self.people, reading.account_versions(self.workspace)
        )
        self._read()

    def _read(self) -> None:
        self._enable_saving(False)
        self.status.setText(self.tr("Reading the log…"))
        review_filter, day = self.filters.current_filter(), today(self.clock)
        calendar, pack, language = self.workspace.calendar, self.workspace.pack, self.language
        # The calendar caches each year's days off as it meets them: meet them here,
        # on the GUI thread, so the worker only reads it.
        for year in range(review_filter.first.year, review_filter.last.year + 1):
            calendar.days_off(year)

        def work(here: Workspace) -> tuple[Review, HeatRows, list[tuple[str, ...]]]:
            # On the worker: the review, the heat map's runs (0.1 s for ten years) and
            # the table's texts (a city's thousand rows take 40 ms to write out).
            review = reading.review(here, review_filter, day)
            names = [account_label(item, pack, language) for item in review.accounts]
            texts = [figure_texts(item, pack, language) for item in review.accounts]
            return review, HeatRows.of(review, names), texts

        self.reader.read(work)

    @property
    def busy(self) -> bool:
        """Whether a review is being read."""
        return self.reader.busy

    def _show_failure(self, error: object) -> None:
        self.status.setText("")
        text = error.render(translate) if isinstance(error, UserError) else str(error)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("The review could not be read"),
            self.tr("{problem}\nThe log itself is unchanged; try again with Refresh.").format(
                problem=text
            ),
            parent=self,
        )
        box.setObjectName("reviewReadErrorBox")
        box.open()

    def _show_review(self, answer: object) -> None:
        assert isinstance(answer, tuple)
        review, rows, texts = answer
        assert isinstance(review, Review)
        assert isinstance(rows, HeatRows)
        self.review = review
        self.status.setText("")
        chosen = self.selected_account_id()
        self.model.show_review(review, self.workspace.pack, self.language, texts)
        fit_columns(self.table, self.model.headings(), self.model.texts())
        self.heat_map.set_rows(rows)
        self.summary.setText(totals_text(totals_of(review.accounts)) if review.accounts else "")
        if self._show_empty_state(review):
            self.drill.clear()
            return
        self._enable_saving(True)
        self._fit_parts()
        pending, self._pending_day = self._pending_day, None
        if pending is not None and self.sorted.row_of(pending[0]) is not None:
            self.show_day(*pending)
        elif chosen is not None and self.sorted.row_of(chosen) is not None:
            self.select_account(chosen)
        else:
            self.drill.clear()
            self.table.clearSelection()

    def _fit_parts(self) -> None:
        """The first review shown: the heat map the height of its rows, the others the rest."""
        if self._fitted or not self.splitter.isVisible():
            return
        area, heat_map = self.heat_area, self.heat_map
        sideways = heat_map.width() > area.viewport().width()
        heat_needs = (
            2 * area.frameWidth()
            + heat_map.height()
            + (area.horizontalScrollBar().sizeHint().height() if sideways else 0)
            + self.heat_layout.spacing()
            + self.legend.sizeHint().height()
        )
        self._fitted = fit_splitter(self.splitter, self.table, heat_needs, self.drill)

    def _show_empty_state(self, review: Review) -> bool:
        if review.accounts:
            self.pages.setCurrentIndex(0)
            if any(item.days_due for item in review.accounts) or self._working_days(review):
                return False
        self.pages.setCurrentIndex(1)
        f = review.filter
        if not self.accounts:
            text = self.tr(
                "There are no accounts in the register yet. Add or import the accounts, and "
                "log their daily checks: the review then shows how the checks were kept."
            )
        elif not self._working_days(review):
            text = self.tr(
                "There are no working days from {first} to {last}, so no check was due. "
                "Choose a longer period."
            ).format(first=f.first.isoformat(), last=f.last.isoformat())
        else:
            text = self.tr(
                "No account was active from {first} to {last} with this choice. Choose "
                "“All” for the department, account or person, or another period."
            ).format(first=f.first.isoformat(), last=f.last.isoformat())
        self.empty.setText(text)
        return True

    def _working_days(self, review: Review) -> bool:
        return any(self.workspace.calendar.is_working_day(day) for day in review.days)

    def _enable_saving(self, enabled: bool) -> None:
        for button in self.export_buttons.values():
            button.setEnabled(enabled)

    # -- choosing an account and a day -----------------------------------------------

    def selected_account_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.sorted.account_at(index.row()) if index.isValid() else None

    def select_account(self, account_id: str) -> None:
        row = self.sorted.row_of(account_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.sorted.index(row, 0))

    def show_day(self, account_id: str, day: date) -> None:
        """Drill down to an account's day: the table, the heat map and the days follow."""
        if self.review is None or self.busy:
            self._pending_day = (account_id, day)
            return
        if self.selected_account_id() != account_id:
            self.select_account(account_id)
        self.heat_map.select(account_id, day)
        self.drill.choose_day(day)

    def _account_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.review is None or not current.isValid():
            return
        account_id = self.sorted.account_at(current.row())
        item = next((i for i in self.review.accounts if i.account.account_id == account_id), None)
        if item is None:
            return
        self.heat_map.select(account_id)
        self.drill.show_account(item, self.review.days, self.people)

    def _open_account(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openAccountRequested.emit(self.sorted.account_at(index.row()))

    # -- saving ------------------------------------------------------------------

    def export(self, kind: ExportKind | str, path: Path | None = None) -> None:
        """Save the review shown as a PDF, XLSX or CSV file (asking where, if ``path`` is None)."""
        kind = ExportKind(kind)
        review = self.review
        if review is None or self.busy:
            return
        if path is None:
            path = ask_for_path(self, review, kind, Path.home())
            if path is None:
                return
        else:
            path = with_suffix(path, kind)
        me = reading.me(self.workspace)
        self.status.setText(self.tr("Saving {path}…").format(path=path))
        start_export(
            self,
            kind,
            review,
            path,
            people=self.people,
            pack=self.workspace.pack,
            language=self.language,
            generated_by=me.name if me else "",
            generated_at=self.clock.now().astimezone(STOCKHOLM),
            done=self._saved,
            failed=lambda: self.status.setText(""),
        )

    def _saved(self, message: str) -> None:
        self.status.setText(message)
        self.exported.emit(message)
