"""TimelineView: the scrolling list of a conversation's messages (a QListView over `TimelineModel`).

- Opens at the newest message and stays pinned to the bottom while the agent is there; new messages
  scroll into view only then. When older pages are inserted above, the visible messages stay put.
- Scrolling near the top asks for older messages (`older_requested`); the pane decides whether there are
  any and loads them. A "Loading older messages…" line shows meanwhile (`set_loading_older`).
- The first screen is laid out exactly before the first paint (`MessageDelegate.prime`); the rest starts
  with cheap estimates and is laid out exactly in idle 4 ms slices afterwards (newest first).
- Clicks: http/https links → `link_activated(str)`, attachments → `attachment_activated(Attachment)`,
  Retry on a failed send → `retry_requested(str echo_id)`. Nothing opens by itself.

- Right-click (or the Menu key for the newest message): Copy text, Open link, Retry / Discard an unsent one.

Signals: older_requested(), link_activated(str), attachment_activated(object), retry_requested(str),
discard_requested(str).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QMenu, QWidget

from desktop.ui.bidi import strip_controls
from desktop.ui.conversation.delegate import MessageDelegate
from desktop.ui.conversation.layout import Hit
from desktop.ui.conversation.model import TimelineModel
from desktop.ui.conversation.thumbnails import ThumbnailCache
from desktop.ui.theme import THEME

PIN_SLACK = 8  # px from the bottom that still counts as "at the bottom"
OLDER_THRESHOLD = 120  # px from the top that triggers loading older messages
WARM_DELAY_MS = 60  # let the first screen paint before laying out the rest
WARM_SLICE_S = 0.004  # per event-loop turn: never a visible stall
WARM_RELAYOUT_EVERY = 300  # corrected heights per re-layout of the view


class TimelineView(QListView):
    """Signals: older_requested(), link_activated(str), attachment_activated(object), retry_requested(str),
    discard_requested(str)."""

    older_requested = Signal()
    link_activated = Signal(str)
    attachment_activated = Signal(object)
    retry_requested = Signal(str)
    discard_requested = Signal(str)

    def __init__(self, model: TimelineModel, thumbnails: ThumbnailCache | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timelineView")
        self.setModel(model)
        self._model = model
        self.delegate = MessageDelegate(self, thumbnails)
        self.setItemDelegate(self.delegate)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # a scroll bar that comes and goes would change the width and re-lay out every row
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setMouseTracking(True)
        self.setFrameShape(QListView.Shape.NoFrame)
        self.setAccessibleName(self.tr("Messages"))
        self.verticalScrollBar().setSingleStep(24)
        self._pinned = True
        self._from_bottom = 0
        self._keep_from_bottom = False
        self._adjusting = False
        self._warm_next = -1
        self._warm_changed = 0
        self._warm_timer = QTimer(self)
        self._warm_timer.timeout.connect(self._warm_step)
        self._loading = QLabel(self.tr("Loading older messages…"), self)
        self._loading.setObjectName("olderLoading")
        self._loading.setTextFormat(Qt.TextFormat.PlainText)
        self._loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._loading.setStyleSheet(f"#olderLoading {{ background: {THEME.activity.background}; color: {THEME.muted}; }}")
        self._loading.hide()
        bar = self.verticalScrollBar()
        bar.rangeChanged.connect(self._on_range_changed)
        bar.valueChanged.connect(self._on_scrolled)
        model.modelReset.connect(self._on_reset)
        model.rowsAboutToBeInserted.connect(self._on_about_to_insert)
        model.rowsInserted.connect(self._on_inserted)
        if thumbnails is not None:
            thumbnails.loaded.connect(lambda _url: self.viewport().update())
            thumbnails.failed.connect(lambda _url: self.viewport().update())

    # -- state -------------------------------------------------------------------------------------
    def set_loading_older(self, loading: bool) -> None:
        self._loading.setVisible(loading)
        if loading:
            self._loading.setGeometry(0, 0, self.viewport().width(), self._loading.sizeHint().height() + 8)
            self._loading.raise_()

    def scroll_to_newest(self) -> None:
        self._pinned = True
        self.scrollToBottom()

    def prime_bottom(self) -> None:
        """Lay out the rows of the first screen (from the newest up) exactly, before the first paint."""
        remaining = self.viewport().height() + 200
        for row in range(self._model.rowCount() - 1, -1, -1):
            index = self._model.index(row)
            geo = self.delegate.geometry(index)
            remaining -= geo.height if geo else 0
            if remaining <= 0:
                break

    # -- model events ------------------------------------------------------------------------------
    def _on_reset(self) -> None:
        self.delegate.forget_reported()
        self._pinned = True
        self._keep_from_bottom = False
        self.prime_bottom()
        self.scrollToBottom()
        self._warm_from(self._model.rowCount() - 1)

    # -- exact heights in the background ----------------------------------------------------------
    def _warm_from(self, row: int) -> None:
        """Lay out rows above the first screen in idle slices, so scrolling up meets exact heights (and
        the view re-lays itself out once per slice batch, not once per newly painted row)."""
        self._warm_next = max(self._warm_next, row)
        if not self._warm_timer.isActive():
            self._warm_timer.start(WARM_DELAY_MS)

    def _warm_step(self) -> None:
        self._warm_timer.setInterval(0)
        deadline = time.perf_counter() + WARM_SLICE_S
        while self._warm_next >= 0 and time.perf_counter() < deadline:
            index = self._model.index(self._warm_next)
            reported = self.delegate.reported_height(index)
            geo = self.delegate.geometry(index)
            if geo is not None and reported is not None and reported != geo.height:
                self._warm_changed += 1
            self._warm_next -= 1
        if self._warm_changed and (self._warm_next < 0 or self._warm_changed >= WARM_RELAYOUT_EVERY):
            self._warm_changed = 0
            if not self._pinned:
                bar = self.verticalScrollBar()
                self._from_bottom = bar.maximum() - bar.value()
                self._keep_from_bottom = True  # the rows being read stay where they are
            self.scheduleDelayedItemsLayout()
        if self._warm_next < 0:
            self._warm_timer.stop()

    def _on_about_to_insert(self, parent: QModelIndex, first: int, last: int) -> None:
        if first == 0 and self._model.rowCount() > 0 and not self._pinned:
            bar = self.verticalScrollBar()
            self._from_bottom = bar.maximum() - bar.value()
            self._keep_from_bottom = True

    def _on_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        for row in range(first, last + 1):
            if row >= self._model.rowCount() - 20:
                self.delegate.prime(self._model.index(row))
        if first == 0:
            self._warm_from(last)  # an older page
        if self._pinned:
            self.scrollToBottom()

    def _on_range_changed(self, minimum: int, maximum: int) -> None:
        self._adjusting = True
        try:
            bar = self.verticalScrollBar()
            if self._pinned:
                bar.setValue(maximum)
            elif self._keep_from_bottom:
                bar.setValue(max(minimum, maximum - self._from_bottom))
        finally:
            self._adjusting = False
        if maximum == 0 and self._model.rowCount() > 0:
            self.older_requested.emit()  # the history does not fill the view yet

    def _on_scrolled(self, value: int) -> None:
        bar = self.verticalScrollBar()
        if not self._adjusting:
            self._pinned = value >= bar.maximum() - PIN_SLACK
            self._keep_from_bottom = False
            self._from_bottom = bar.maximum() - value
        if value <= OLDER_THRESHOLD and self._model.rowCount() > 0 and bar.maximum() > 0:
            self.older_requested.emit()

    # -- mouse ----------------------------------------------------------------------------------------
    def hit_at(self, pos: object) -> Hit | None:
        index = self.indexAt(pos)  # type: ignore[arg-type]
        if not index.isValid():
            return None
        return self.delegate.hit(index, self.visualRect(index), pos)  # type: ignore[arg-type]

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hit = self.hit_at(event.position().toPoint())
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if hit else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            hit = self.hit_at(event.position().toPoint())
            if hit is not None:
                self.activate(hit)
                event.accept()
                return
        super().mouseReleaseEvent(event)

    def activate(self, hit: Hit) -> None:
        if hit.kind == "link":
            self.link_activated.emit(str(hit.payload))
        elif hit.kind == "attachment":
            self.attachment_activated.emit(hit.payload)
        elif hit.kind == "retry":
            self.retry_requested.emit(str(hit.payload))

    # -- context menu (also reachable with the Menu key) ---------------------------------------------
    def message_menu(self, index: QModelIndex, hit: Hit | None) -> QMenu:
        """Copy the text; open the link under the mouse; Retry or Discard a message that did not go."""
        menu = QMenu(self)
        message = self._model.message(index.row())
        if message is None:
            return menu
        if message.content:
            menu.addAction(self.tr("Copy text"), lambda: QGuiApplication.clipboard().setText(
                strip_controls(message.content)))
        if hit is not None and hit.kind == "link":
            menu.addAction(self.tr("Open link"), lambda: self.link_activated.emit(str(hit.payload)))
        if self.delegate.labels.can_retry(message) and message.echo_id:
            echo_id = message.echo_id
            menu.addAction(self.tr("Retry"), lambda: self.retry_requested.emit(echo_id))
            menu.addAction(self.tr("Discard"), lambda: self.discard_requested.emit(echo_id))
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        pos = event.pos() if event.reason() == QContextMenuEvent.Reason.Mouse else QPoint(
            self.viewport().width() // 2, self.viewport().height() - 4)  # keyboard: the newest message
        index = self.indexAt(pos)
        if not index.isValid():
            return
        menu = self.message_menu(index, self.hit_at(pos))
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if not menu.isEmpty():
            menu.popup(self.viewport().mapToGlobal(pos))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.delegate.set_font()
            self.scheduleDelayedItemsLayout()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.delegate.width_changed()
        super().resizeEvent(event)
        self.delegate.width_changed()  # the viewport has its new size now
        if self._loading.isVisible():
            self._loading.setGeometry(0, 0, self.viewport().width(), self._loading.height())
        if event.oldSize().width() != event.size().width():
            self.scheduleDelayedItemsLayout()
