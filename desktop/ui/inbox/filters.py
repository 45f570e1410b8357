"""The filter bar above the conversation list: Mine / Unassigned / All tabs with counts, status, inbox,
team and label filters, and a debounced search box. It only builds a `ConversationQuery`.

Signals: query_changed(ConversationQuery).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLineEdit, QTabBar, QVBoxLayout, QWidget

from desktop.domain.models import (
    AssigneeFilter,
    ConversationCounts,
    ConversationQuery,
    ConversationStatus,
    Inbox,
    Label,
    Team,
)
from desktop.ui import bidi
from desktop.ui.inbox.icons import channel_icon

TABS = (AssigneeFilter.MINE, AssigneeFilter.UNASSIGNED, AssigneeFilter.ALL)
SEARCH_DELAY_MS = 300


class FilterBar(QWidget):
    """Tabs + filters + search for one workspace's conversation list."""

    query_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts = ConversationCounts()
        self._silent = False
        self.search = QLineEdit(self)
        self.search.setObjectName("conversationSearch")
        self.search.setPlaceholderText(self.tr("Search conversations"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search conversations"))
        self.tabs = QTabBar(self)
        self.tabs.setObjectName("assigneeTabs")
        self.tabs.setExpanding(True)
        self.tabs.setDrawBase(False)
        for _ in TABS:
            self.tabs.addTab("")
        self.status = QComboBox(self)
        self.status.setObjectName("statusFilter")
        self.status.setAccessibleName(self.tr("Status"))
        self._statuses: list[ConversationStatus | None] = []
        for status, text in (
            (ConversationStatus.OPEN, self.tr("Open")),
            (ConversationStatus.PENDING, self.tr("Pending")),
            (ConversationStatus.SNOOZED, self.tr("Snoozed")),
            (ConversationStatus.RESOLVED, self.tr("Resolved")),
            (None, self.tr("All statuses")),
        ):
            self.status.addItem(text)  # Qt turns a StrEnum into a plain str: keep the enum here
            self._statuses.append(status)
        self.inbox = self._combo("inboxFilter", self.tr("Channel"))
        self.team = self._combo("teamFilter", self.tr("Team"))
        self.label = self._combo("labelFilter", self.tr("Category"))
        self.set_lookups({}, {}, {})
        self._update_tab_titles()

        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(4)
        grid.addWidget(self.status, 0, 0)
        grid.addWidget(self.inbox, 0, 1)
        grid.addWidget(self.team, 1, 0)
        grid.addWidget(self.label, 1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.setSpacing(6)
        layout.addWidget(self.search)
        layout.addWidget(self.tabs)
        layout.addLayout(grid)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self._emit_now)
        self.tabs.currentChanged.connect(lambda _i: self._emit())
        for combo in (self.status, self.inbox, self.team, self.label):
            combo.currentIndexChanged.connect(lambda _i: self._emit())
        self.setTabOrder(self.search, self.tabs)
        self.setTabOrder(self.tabs, self.status)
        self.setTabOrder(self.status, self.inbox)
        self.setTabOrder(self.inbox, self.team)
        self.setTabOrder(self.team, self.label)

    def _combo(self, name: str, accessible: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(8)
        return combo

    # -- content -----------------------------------------------------------------------------------
    def set_lookups(self, inboxes: dict[int, Inbox], teams: dict[int, Team], labels: dict[str, Label]) -> None:
        """Fill the inbox/team/label filters, keeping the current choices when they still exist."""
        self._silent = True
        try:
            self._fill(self.inbox, self.tr("All channels"),
                       [(i.name, i.id, channel_icon(i.kind)) for i in sorted(inboxes.values(), key=lambda i: i.name)])
            self._fill(self.team, self.tr("All teams"),
                       [(t.name, t.id, None) for t in sorted(teams.values(), key=lambda t: t.name)])
            self._fill(self.label, self.tr("All categories"),
                       [(label.title, label.title, None) for label in sorted(labels.values(), key=lambda x: x.title)])
        finally:
            self._silent = False

    @staticmethod
    def _fill(combo: QComboBox, everything: str, entries: list[tuple[str, object, object]]) -> None:
        current = combo.currentData()
        combo.clear()
        combo.addItem(everything, None)
        for text, data, icon in entries:
            if icon is not None:
                combo.addItem(icon, bidi.isolate(text), data)  # type: ignore[call-overload]
            else:
                combo.addItem(bidi.isolate(text), data)
        found = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(0, found))

    def set_counts(self, counts: ConversationCounts) -> None:
        self._counts = counts
        self._update_tab_titles()

    def _update_tab_titles(self) -> None:
        counts = self._counts
        titles = (
            bidi.arg(self.tr("Mine %1"), counts.mine),
            bidi.arg(self.tr("Unassigned %1"), counts.unassigned),
            bidi.arg(self.tr("All %1"), counts.all),
        )
        for position, title in enumerate(titles):
            self.tabs.setTabText(position, title)
        self.tabs.setTabToolTip(0, self.tr("Conversations assigned to me (Ctrl+1)"))
        self.tabs.setTabToolTip(1, self.tr("Conversations nobody is assigned to (Ctrl+2)"))
        self.tabs.setTabToolTip(2, self.tr("Every conversation you can see (Ctrl+3)"))

    # -- query -------------------------------------------------------------------------------------
    def query(self) -> ConversationQuery:
        label = self.label.currentData()
        text = self.search.text().strip()
        return ConversationQuery(
            assignee=TABS[max(0, self.tabs.currentIndex())],
            status=self._statuses[max(0, self.status.currentIndex())],
            inbox_id=self.inbox.currentData(),
            team_id=self.team.currentData(),
            labels=(label,) if label else (),
            q=text or None,
        )

    def set_tab(self, assignee: AssigneeFilter) -> None:
        self.tabs.setCurrentIndex(TABS.index(assignee))

    def set_status(self, status: ConversationStatus | None) -> None:
        self.status.setCurrentIndex(self._statuses.index(status))

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _emit_now(self) -> None:
        self._search_timer.stop()
        self._emit()

    def _emit(self) -> None:
        if not self._silent:
            self.query_changed.emit(self.query())
