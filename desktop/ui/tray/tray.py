"""The tray icon: unread badge, desktop notifications, and a small menu (show window, quit).

`TrayController.notify(notice)` is connected to the `NotificationPolicy.notify` signal (the policy decides
*what* deserves a notification and hands over data; this words it in the user's language — `notice_text` —
and shows it). Notifications go through a `NotificationBackend` — the system tray's balloon by default; tests
inject a recorder (the OS notification centre is the one allowed mock). Clicking a notification asks
the app to open that conversation. With several workspaces the title names the notice's workspace.

Signals: notified(str title, str body, int account_id, int conversation_id),
open_requested(int account_id, int conversation_id), show_window_requested(), quit_requested().
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap, QPolygonF
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from desktop.domain.models import AttachmentKind
from desktop.ui import bidi
from desktop.ui.theme import THEME

if TYPE_CHECKING:
    from desktop.services.notify import Notice  # the realtime event classes: imported with the first notice


class NotificationBackend(Protocol):
    def show(self, title: str, body: str) -> None: ...


def app_icon(unread: int = 0, size: int = 64) -> QIcon:
    """The app's icon (a speech bubble on a rounded tile), with a red unread badge when `unread`."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(THEME.accent))
    painter.drawRoundedRect(QRectF(2, 2, size - 4, size - 4), size * 0.22, size * 0.22)
    painter.setBrush(QColor("#ffffff"))
    painter.drawEllipse(QRectF(size * 0.2, size * 0.22, size * 0.6, size * 0.46))
    painter.drawPolygon(QPolygonF([QPointF(size * 0.3, size * 0.6), QPointF(size * 0.26, size * 0.8),
                                   QPointF(size * 0.46, size * 0.64)]))
    if unread > 0:
        text = str(unread) if unread < 100 else "99+"
        badge = QRectF(size * 0.46, 0, size * 0.54, size * 0.46)
        painter.setBrush(QColor(THEME.danger))
        painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(size * (0.3 if len(text) < 3 else 0.22)))
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(pixmap)


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Notifications", text, None, n)


def _attachment_words(kind: AttachmentKind | None, count: int) -> str:
    if count > 1:
        return _tr("%n attachments", count)
    words = {
        AttachmentKind.IMAGE: _tr("Photo"),
        AttachmentKind.AUDIO: _tr("Audio message"),
        AttachmentKind.VIDEO: _tr("Video"),
        AttachmentKind.FILE: _tr("File"),
        AttachmentKind.LOCATION: _tr("Location"),
    }
    if kind is None and count == 0:
        return _tr("New message")  # neither text nor attachment (e.g. an empty template)
    return words.get(kind, _tr("Attachment")) if kind is not None else _tr("Attachment")


def notice_text(notice: Notice, workspace: str | None = None) -> tuple[str, str]:
    """The (title, body) of a notification in the user's language; `workspace` names its workspace."""
    from desktop.services.notify import NoticeKind

    if notice.kind == NoticeKind.NEW_CONVERSATION:
        title = bidi.arg(_tr("New conversation: %1"), notice.contact_name)
    else:
        title = bidi.inline(notice.sender_name or notice.contact_name)
    if workspace:
        title = bidi.arg(_tr("%1 — %2"), title, workspace)
    body = bidi.display_lines(notice.preview) if notice.preview else _attachment_words(notice.attachment,
                                                                                      notice.attachments)
    return title, body


class TrayBackend:
    """Shows notifications as the tray icon's balloon/OS notification."""

    def __init__(self, tray: QSystemTrayIcon) -> None:
        self._tray = tray

    def show(self, title: str, body: str) -> None:
        if QSystemTrayIcon.supportsMessages() and self._tray.isVisible():
            self._tray.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information, 8000)


class TrayController(QObject):
    notified = Signal(str, str, int, int)
    open_requested = Signal(int, int)
    show_window_requested = Signal()
    quit_requested = Signal()

    def __init__(self, backend: NotificationBackend | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.unread = 0
        self.tray = QSystemTrayIcon(app_icon(), self)
        self.tray.setToolTip(self.tr("SouqDesk"))
        self.menu = QMenu()
        self._show = QAction(self.tr("Show SouqDesk"), self)
        self._quit = QAction(self.tr("Quit"), self)
        self._show.triggered.connect(self.show_window_requested.emit)
        self._quit.triggered.connect(self.quit_requested.emit)
        self.menu.addAction(self._show)
        self.menu.addSeparator()
        self.menu.addAction(self._quit)
        self.tray.setContextMenu(self.menu)
        self.tray.activated.connect(self._on_activated)
        self.tray.messageClicked.connect(self._on_message_clicked)
        self.backend: NotificationBackend = backend or TrayBackend(self.tray)
        self.last: tuple[int, int] | None = None
        self._workspaces: dict[int, str] = {}

    def start(self) -> None:
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray.show()

    def stop(self) -> None:
        self.tray.hide()

    def set_unread(self, total: int) -> None:
        if total == self.unread:
            return
        self.unread = total
        self.tray.setIcon(app_icon(total))
        self.tray.setToolTip(self.tr("SouqDesk — %n unread", "", total) if total else self.tr("SouqDesk"))

    def set_workspaces(self, names: dict[int, str]) -> None:
        """The signed-in user's workspaces (id → name): named in titles when there are several."""
        self._workspaces = dict(names)

    def notify(self, notice: Notice) -> None:
        workspace = self._workspaces.get(notice.account_id) if len(self._workspaces) > 1 else None
        title, body = notice_text(notice, workspace)
        self.last = (notice.account_id, notice.conversation_id)
        self.backend.show(title, body)
        self.notified.emit(title, body, notice.account_id, notice.conversation_id)

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.show_window_requested.emit()

    def _on_message_clicked(self) -> None:
        self.show_window_requested.emit()
        if self.last is not None:
            self.open_requested.emit(*self.last)
