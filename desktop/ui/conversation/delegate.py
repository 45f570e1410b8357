"""MessageDelegate: paints timeline rows (bubbles, notes, activity lines, date separators) without widgets.

Incoming messages sit on the leading side in white, outgoing ones on the trailing side in blue, private
notes in yellow with a "Private note" header, activity lines centred without a bubble, failed sends in red
with a Retry link. The meta line shows the time and the delivery state (◷ pending, ✓ sent, ✓✓ delivered,
✓✓ in the accent colour for read, "Not sent · Retry" for failed). Images are thumbnails from the
`ThumbnailCache` (a placeholder until loaded; made from the local bytes while the message is in the outbox);
other files are links that open only on click (see `attachment_paint`).

`sizeHint` never shapes text (see `layout.RowLayouter`); `paint` lays out only what is visible and, when
the exact height differs from the estimate given before, announces `sizeHintChanged` once the paint is over.
`hit(index, rect, pos)` tells the view what is under the mouse (a link, an attachment, Retry).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QPointF,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

from desktop.domain.models import DeliveryStatus, Message, MessageType
from desktop.ui.bidi import isolate, isolate_ltr
from desktop.ui.conversation.attachment_paint import paint_attachment
from desktop.ui.conversation.labels import MessageLabels, plain_tooltip
from desktop.ui.conversation.layout import Hit, RowGeometry, RowLayouter, is_outgoing
from desktop.ui.conversation.model import Role, TimelineModel
from desktop.ui.conversation.text import link_at
from desktop.ui.conversation.thumbnails import ThumbnailCache
from desktop.ui.qt_types import AnyIndex
from desktop.ui.theme import THEME


class MessageDelegate(QStyledItemDelegate):
    """Signals: sizeHintChanged(QModelIndex) (Qt's own), emitted after a paint found a better height."""

    def __init__(self, view: QAbstractItemView, thumbnails: ThumbnailCache | None = None) -> None:
        super().__init__(view)
        self._view = view
        self._thumbs = thumbnails
        self.rows = RowLayouter(view.font())
        self._dirty: list[QPersistentModelIndex] = []
        self._flush = QTimer(self)
        self._flush.setSingleShot(True)
        self._flush.setInterval(0)
        self._flush.timeout.connect(self._announce_heights)
        self._reported: dict[tuple[object, ...], int] = {}
        self._cached_width: int | None = None
        self.labels = MessageLabels(view.locale, self)

    # -- geometry ----------------------------------------------------------------------------------
    def _width(self) -> int:
        if self._cached_width is None:
            self._cached_width = max(200, self._view.viewport().width())
        return self._cached_width

    def width_changed(self) -> None:
        """The view's viewport was resized: row geometry depends on its width."""
        self._cached_width = None

    def _row(self, index: AnyIndex) -> tuple[Message | None, bool]:
        """The row's message and whether a date separator sits above it (straight from our model: cheap)."""
        model = index.model()
        if isinstance(model, TimelineModel):
            return model.message(index.row()), model.day_header(index.row()) is not None
        message = index.data(Role.MESSAGE)
        return (message if isinstance(message, Message) else None), index.data(Role.DAY) is not None

    def geometry(self, index: AnyIndex) -> RowGeometry | None:
        message, has_day = self._row(index)
        if message is None:
            return None
        header_w = self.rows.small_fm.horizontalAdvance(self.labels.header_text(message)) if self.rows.header_text_needed(message) else 0
        meta_w = self.rows.small_fm.horizontalAdvance(self.labels.meta_text(message)) + 4
        return self.rows.geometry(message, self._width(), has_day, header_w=header_w, meta_w=meta_w,
                                  deleted_text=self.labels.deleted_text())

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        message, has_day = self._row(index)
        if message is None:
            return QSize(0, 0)
        width = self._width()
        height = self.rows.estimate_height(message, width, has_day, self.labels.deleted_text())
        self._reported[(message.key, width)] = height
        return QSize(width, height)

    def reported_height(self, index: QModelIndex) -> int | None:
        """The height the last sizeHint gave the view for this row (None if never asked)."""
        message, _ = self._row(index)
        return None if message is None else self._reported.get((message.key, self._width()))

    def prime(self, index: QModelIndex) -> None:
        """Lay out a row now so its sizeHint is exact (the view primes the first screen)."""
        self.geometry(index)

    def set_font(self) -> None:
        self.rows.set_font(self._view.font())
        self._reported.clear()

    def forget_reported(self) -> None:
        """Another conversation is shown: what sizeHint told the view about the last one is moot."""
        self._reported.clear()

    def _note_height(self, index: AnyIndex, message: Message, height: int) -> None:
        key = (message.key, self._width())
        if self._reported.get(key, height) != height:
            self._reported[key] = height
            self._dirty.append(QPersistentModelIndex(index))
            self._flush.start()

    def _announce_heights(self) -> None:
        dirty, self._dirty = self._dirty, []
        for persistent in dirty:
            if persistent.isValid():
                self.sizeHintChanged.emit(self._view.model().index(persistent.row(), 0))

    # -- painting ----------------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        message = index.data(Role.MESSAGE)
        geo = self.geometry(index)
        if not isinstance(message, Message) or geo is None:
            return
        self._note_height(index, message, geo.height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRect(0, 0, option.rect.width(), option.rect.height()))
        direction = option.direction
        full = QRect(0, 0, option.rect.width(), option.rect.height())

        def vis(rect: QRect) -> QRect:
            return QStyle.visualRect(direction, full, rect)

        day = index.data(Role.DAY)
        if geo.day_rect is not None and isinstance(day, date):
            self._paint_day(painter, vis(geo.day_rect), self.labels.day_text(day))
        if message.message_type == MessageType.ACTIVITY:
            self._paint_activity(painter, geo, vis)
        else:
            self._paint_bubble(painter, message, geo, vis)
        painter.restore()

    def _paint_day(self, painter: QPainter, rect: QRect, text: str) -> None:
        painter.setFont(self.rows.small)
        width = self.rows.small_fm.horizontalAdvance(text) + 20
        pill = QRect(rect.center().x() - width // 2, rect.y() + 4, width, rect.height() - 8)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(THEME.activity.background))
        painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
        painter.setPen(QColor(THEME.muted))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)

    def _paint_activity(self, painter: QPainter, geo: RowGeometry, vis: object) -> None:
        if geo.text is None:
            return
        painter.setPen(QColor(THEME.activity.text))
        # centred text mirrors onto itself: no visualRect needed
        geo.text.draw(painter, geo.text_origin, geo.text_inner)

    def _paint_bubble(self, painter: QPainter, message: Message, geo: RowGeometry, vis: object) -> None:
        mirror = vis  # type: ignore[assignment]
        failed = message.status == DeliveryStatus.FAILED
        colors = THEME.bubble(message.message_type, private=message.private, failed=failed)
        bubble = mirror(geo.bubble)  # type: ignore[operator]
        painter.setBrush(QColor(colors.background))
        painter.setPen(QPen(QColor(colors.border)) if colors.border else Qt.PenStyle.NoPen)
        radius = THEME.spacing.bubble_radius
        painter.drawRoundedRect(bubble.adjusted(0, 0, -1, -1), radius, radius)
        dx = bubble.x() - geo.bubble.x()  # how far mirroring moved the bubble
        if geo.header is not None:
            painter.setFont(self.rows.small)
            painter.setPen(QColor(THEME.warning if message.private else THEME.muted))
            header = geo.header.translated(dx, 0)
            text = self.rows.small_fm.elidedText(self.labels.header_text(message), Qt.TextElideMode.ElideRight, header.width())
            painter.drawText(header, int(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter), text)
        if geo.text is not None:
            painter.setPen(QColor(THEME.faint if message.deleted else colors.text))
            geo.text.draw(painter, geo.text_origin + QPointF(dx, 0), geo.text_inner)
        for index, (rect, attachment) in enumerate(geo.attachments):
            paint_attachment(painter, self._attachment_rect(rect, bubble, dx), attachment, rows=self.rows,
                             thumbs=self._thumbs, direction=self._view.layoutDirection(),
                             echo_id=message.echo_id, index=index)
        self._paint_meta(painter, message, geo.meta.translated(dx, 0))

    def _attachment_rect(self, rect: QRect, bubble: QRect, dx: int) -> QRect:
        """An attachment sits on the leading side of its bubble (mirrored in a right-to-left UI)."""
        return QStyle.visualRect(self._view.layoutDirection(), bubble, rect.translated(dx, 0))

    def _paint_meta(self, painter: QPainter, message: Message, rect: QRect) -> None:
        painter.setFont(self.rows.small)
        status, color = self.labels.status_text(message)
        retry = self.labels.can_retry(message)
        pieces: list[tuple[str, QColor]] = [(isolate_ltr(self.labels.time_text(message)), QColor(THEME.muted))]
        if status:
            pieces.append((status, color))
        if retry:
            pieces.append((self.labels.retry_text(), QColor(THEME.accent)))
        fm = self.rows.small_fm
        # trailing-aligned: lay out from the trailing edge, in visual order of the UI direction
        rtl = self._view.layoutDirection() == Qt.LayoutDirection.RightToLeft
        x = rect.left() if rtl else rect.right()
        for text, pen in reversed(pieces):  # the last piece sits on the trailing edge
            w = fm.horizontalAdvance(text)
            piece = QRect(x, rect.y(), w, rect.height()) if rtl else QRect(x - w, rect.y(), w, rect.height())
            painter.setPen(pen)
            painter.drawText(piece, int(Qt.AlignmentFlag.AlignCenter), text)
            x = x + w + 8 if rtl else x - w - 8

    # -- hit testing -------------------------------------------------------------------------------
    def hit(self, index: QModelIndex, rect: QRect, pos: QPoint) -> Hit | None:
        """What is under `pos` (viewport coordinates) in the row painted in `rect`."""
        message = index.data(Role.MESSAGE)
        geo = self.geometry(index)
        if not isinstance(message, Message) or geo is None or message.message_type == MessageType.ACTIVITY:
            return None
        full = QRect(0, 0, rect.width(), rect.height())
        local = pos - rect.topLeft()
        bubble = QStyle.visualRect(self._view.layoutDirection(), full, geo.bubble)
        dx = bubble.x() - geo.bubble.x()
        for att_rect, attachment in geo.attachments:  # a file still in the outbox has nothing to open yet
            if attachment.data_url and self._attachment_rect(att_rect, bubble, dx).contains(local):
                return Hit("attachment", attachment)
        if self.labels.can_retry(message) and geo.meta.translated(dx, 0).contains(local):
            return Hit("retry", message.echo_id)
        if geo.text is not None and geo.text.prepared.links:
            origin = geo.text_origin
            found = geo.text.position_at(local.x() - origin.x() - dx, local.y() - origin.y(), geo.text_inner)
            if found is not None:
                url = link_at(geo.text.prepared, found[1], found[0])
                return Hit("link", url) if url else None
        return None

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,
                  index: AnyIndex) -> bool:
        message = index.data(Role.MESSAGE)
        if event is None or not isinstance(message, Message):
            return super().helpEvent(event, view, option, index)
        local = message.created_at.astimezone()
        lines = [view.locale().toString(QDate(local.year, local.month, local.day), "d MMMM yyyy") + " "
                 + isolate_ltr(self.labels.time_text(message))]
        if is_outgoing(message):
            lines.append(self.labels.status_tooltip(message))
        if message.external_error:
            lines.append(isolate(message.external_error))
        QToolTip.showText(event.globalPos(), plain_tooltip("\n".join(lines)), view)
        return True
