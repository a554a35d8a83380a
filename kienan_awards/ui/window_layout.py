"""The main window's layout between runs: its size and place, the page it showed, where the
splitters' dividers were and how wide the lists' columns.

A page's layout is remembered only once the page was seen with rows: one laid out for no rows
(a first start on an empty database) would cut every name on every later start. What is
restored is widened where it would cut a title or a name, and View > Reset the layout forgets
it all and lays every page out afresh."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QMainWindow,
    QSplitter,
    QTableView,
    QTreeView,
    QWidget,
)
from shiboken6 import isValid

from kienan_awards.ui.page_layout import column_minimum, typical_name_width, widen_cut_columns
from kienan_awards.ui.pages.record_list_page import RecordListPage

_GROUP = "main_window"
_PANES_AND_COLUMNS = (f"{_GROUP}/splitter/", f"{_GROUP}/columns/")
_ROWS_SHOWN = 4  # a list over or under another keeps room for at least these rows
_PANE_MARGINS = 24  # a list's page around it: its layout's margins


class WindowLayout(QObject):
    """Restores, saves and forgets the layout of one main window and its pages. A page is
    handed over when it is built (add_page), and laid out as remembered then."""

    def __init__(self, window: QMainWindow, settings: QSettings, main_splitter: QSplitter):
        super().__init__(window)
        self._window = window
        self._settings = settings
        # (settings key, splitter or list, the page it is on; None for the window's own).
        self._parts: list[tuple[str, QWidget, QWidget | None]] = [
            (f"{_GROUP}/splitter/{main_splitter.objectName()}", main_splitter, None)
        ]
        self._views: list[QAbstractItemView] = []
        # The columns as each page made them, for laying it out afresh.
        self._first_columns: dict[QTableView, bytes] = {}
        self._seen_with_rows: set[QAbstractItemView] = set()
        self._panes_to_heal: set[QSplitter] = set()

    def add_page(self, page: QWidget) -> None:
        """A page just built: its splitters and lists as remembered, and watched from now on."""
        parts = [
            (f"{_GROUP}/splitter/{splitter.objectName()}", splitter, page)
            for splitter in page.findChildren(QSplitter)
            if splitter.objectName()
        ]
        parts += [
            (f"{_GROUP}/columns/{view.objectName()}", view, page)
            for view in page.findChildren(QTableView)
            if view.objectName()
        ]
        for _key, part, _page in parts:
            if isinstance(part, QTableView):
                self._first_columns[part] = part.horizontalHeader().saveState()
        self._parts += parts
        # A combo box's list has no name: it is no list of the page.
        views = [v for v in page.findChildren(QAbstractItemView) if v.objectName()]
        self._views += views
        for view in views:
            view.installEventFilter(self)
            view.model().modelReset.connect(partial(self._note_rows, view))
            view.model().rowsInserted.connect(partial(self._note_rows, view))
        self._restore_parts(parts)

    # --- what was seen ---------------------------------------------------------------------
    def _note_rows(self, view: QAbstractItemView, *_signal_arguments) -> None:
        # A table empties its own model while it is being destroyed: nothing to note then.
        if isValid(view) and view.isVisible() and view.model().rowCount() > 0:
            self._seen_with_rows.add(view)
            view.removeEventFilter(self)  # seen: no need to watch it any more

    def _worth_saving(self, part: QWidget, page: QWidget | None) -> bool:
        if page is None:
            return True
        if isinstance(part, QSplitter):
            return any(page.isAncestorOf(view) for view in self._seen_with_rows)
        return part in self._seen_with_rows

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.Show:
            if watched in self._panes_to_heal:
                self._panes_to_heal.discard(watched)
                watched.removeEventFilter(self)
                heal_panes(watched)  # now that it has its real size
            elif watched in self._views:
                self._note_rows(watched)
        return False

    # --- between runs ----------------------------------------------------------------------
    def restore(self) -> str | None:
        """Restore the size and the window's own divider (each page's layout is restored as
        the page is built); returns the page shown last, if any."""
        geometry = self._settings.value(f"{_GROUP}/geometry")
        if geometry is not None:
            self._window.restoreGeometry(geometry)
        else:
            self._window.resize(1280, 760)
        self._restore_parts([part for part in self._parts if part[2] is None])
        return self._settings.value(f"{_GROUP}/page")

    def _restore_parts(self, parts: list[tuple[str, QWidget, QWidget | None]]) -> None:
        """What each part remembered, widened where it would cut."""
        for key, part, _page in parts:
            state = self._settings.value(key)
            if state is None:
                continue
            if isinstance(part, QSplitter):
                part.restoreState(state)
                self._panes_to_heal.add(part)
                part.installEventFilter(self)
            else:
                part.horizontalHeader().restoreState(state)
                # A list that fits its columns to late-arriving rows widens these instead.
                part.setProperty("columns_restored", True)
                widen_cut_columns(part)

    def save(self, page_key: str) -> None:
        self._settings.setValue(f"{_GROUP}/geometry", self._window.saveGeometry())
        for key, part, page in self._parts:
            if not self._worth_saving(part, page):
                continue
            if isinstance(part, QSplitter):
                self._settings.setValue(key, part.saveState())
            else:
                self._settings.setValue(key, part.horizontalHeader().saveState())
        self._settings.setValue(f"{_GROUP}/page", page_key)
        self._settings.sync()

    def reset(self) -> None:
        """Forget the dividers and columns, and lay every page built out as a first start
        would (the others will be, when built); they fill and fit their tables again when
        refreshed."""
        for key in self._settings.allKeys():
            if key.startswith(_PANES_AND_COLUMNS):
                self._settings.remove(key)
        self._settings.sync()
        self._panes_to_heal.clear()
        for _key, part, _page in self._parts:
            if isinstance(part, QSplitter):
                part.setSizes(fresh_sizes(part))
                continue
            part.horizontalHeader().restoreState(self._first_columns[part])
            part.setProperty("columns_restored", False)
            owner = part.parent()
            if isinstance(owner, RecordListPage) and owner.table is part:
                owner.fit_columns()


# --- panes ---------------------------------------------------------------------------------
def _extent(size, orientation: Qt.Orientation) -> int:
    return size.width() if orientation == Qt.Orientation.Horizontal else size.height()


def _stretch(widget: QWidget, orientation: Qt.Orientation) -> int:
    policy = widget.sizePolicy()
    if orientation == Qt.Orientation.Horizontal:
        return policy.horizontalStretch()
    return policy.verticalStretch()


def list_width(view: QAbstractItemView) -> int:
    """Room for every column of a list at its minimum, its row numbers and a scroll bar."""
    chrome = 2 * view.frameWidth() + view.verticalScrollBar().sizeHint().width()
    if isinstance(view, QTableView):
        header = view.horizontalHeader()
        numbers = view.verticalHeader()
        chrome += 0 if numbers.isHidden() else numbers.sizeHint().width()
        return chrome + sum(
            column_minimum(view, c) for c in range(header.count()) if not header.isSectionHidden(c)
        )
    if isinstance(view, QTreeView):
        # A tree's columns are never restored: the page fits them to the names it holds.
        header = view.header()
        return chrome + sum(
            header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c)
        )
    # A plain list of names or titles: its longest, or a typical name while it is empty.
    return chrome + max(view.sizeHintForColumn(0), typical_name_width(view))


def _row_height(view: QAbstractItemView) -> int:
    if isinstance(view, QTableView):
        return view.verticalHeader().defaultSectionSize()
    return view.fontMetrics().height() + 8


def pane_minimum(splitter: QSplitter, index: int) -> int:
    """The least a pane needs along the splitter: its own minimum, and for the list it holds
    its columns' titles and typical values side by side, or a few rows."""
    pane = splitter.widget(index)
    orientation = splitter.orientation()
    least = _extent(pane.minimumSizeHint(), orientation)
    if isinstance(pane, QAbstractItemView):
        view, margins = pane, 0
    else:
        views = [v for v in pane.findChildren(QAbstractItemView) if v.objectName()]
        view = next((v for v in views if v.isVisibleTo(pane)), None)
        margins = _PANE_MARGINS
    if view is None:
        return least
    if orientation == Qt.Orientation.Horizontal:
        return max(least, list_width(view) + margins)
    return least + _ROWS_SHOWN * _row_height(view)


def widened(sizes: list[int], minimums: list[int]) -> list[int]:
    """The sizes with every pane at least its minimum, the room taken from the panes above
    theirs in proportion to what they can spare; the total stays the same."""
    wanted = sum(max(0, least - size) for size, least in zip(sizes, minimums, strict=True))
    spare = [max(0, size - least) for size, least in zip(sizes, minimums, strict=True)]
    if not wanted or not sum(spare):
        return list(sizes)
    given = min(wanted, sum(spare))
    result = [
        size + (least - size) * given / wanted if size < least else size - room * given / sum(spare)
        for size, least, room in zip(sizes, minimums, spare, strict=True)
    ]
    rounded = [round(size) for size in result]
    rounded[-1] += sum(sizes) - sum(rounded)
    return rounded


def _minimums(splitter: QSplitter, total: int) -> list[int]:
    # No pane may claim more than its share: the others need theirs too.
    share = total // max(1, splitter.count())
    return [min(pane_minimum(splitter, i), share) for i in range(splitter.count())]


def heal_panes(splitter: QSplitter) -> None:
    """Widen the panes a restored layout left too small for their lists."""
    sizes = splitter.sizes()
    if sum(sizes) > 0:
        splitter.setSizes(widened(sizes, _minimums(splitter, sum(sizes))))


def fresh_sizes(splitter: QSplitter) -> list[int]:
    """The panes as a first start gives them: the sizes the page first gave (or each pane's
    own), the rest of the room shared by the stretch factors."""
    orientation = splitter.orientation()
    panes = [splitter.widget(i) for i in range(splitter.count())]
    total = sum(splitter.sizes()) or _extent(splitter.size(), orientation)
    first = splitter.property("first_sizes")
    base = list(first) if first else [_extent(pane.sizeHint(), orientation) for pane in panes]
    stretches = [_stretch(pane, orientation) for pane in panes]
    weights = stretches if any(stretches) else base
    grow = total - sum(base)
    sizes = [max(0, round(b + grow * w / sum(weights))) for b, w in zip(base, weights, strict=True)]
    return widened(sizes, _minimums(splitter, total))
