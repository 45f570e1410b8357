"""The item views' row states without QStyle's Python type: the bits are Qt's, the inbox list and the workspace
switcher still paint the selected and the hovered row as such, and painting them creates no QStyle type
(creating it costs 6-9 ms, which the cached start's first paint used to pay)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QStyle, QWidget

from desktop.domain.models import (
    AssigneeFilter,
    Availability,
    Contact,
    Conversation,
    ConversationQuery,
    ConversationStatus,
    Message,
    MessageType,
    Role,
    Workspace,
)
from desktop.services.conversations import ConversationList
from desktop.services.workspace import WorkspaceLookups
from desktop.ui import style_state
from desktop.ui.inbox.pane import ConversationListPane
from desktop.ui.notifier import Notifier
from desktop.ui.theme import THEME
from desktop.ui.workspaces.switcher import WorkspaceSwitcher
from tests.support.fresh import run_fresh

NOW = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


def conversation(i: int) -> Conversation:
    message = Message(id=i * 10, conversation_id=i, content=f"وين الأوردر SO-{1000 + i}؟", created_at=NOW - timedelta(minutes=i),
                      message_type=MessageType.INCOMING)
    return Conversation(id=i, account_id=1, inbox_id=1, status=ConversationStatus.OPEN,
                        contact=Contact(id=i, name=f"Nada {i}"), last_activity_at=message.created_at,
                        updated_at=float(i), last_message=message)


def colour_at(widget: QWidget, x: int, y: int) -> str:
    image: QImage = widget.grab().toImage()
    return QColor(image.pixel(x, y)).name()


def test_the_bits_are_qts_state_flags() -> None:
    flag = QStyle.StateFlag
    qts = {"ENABLED": flag.State_Enabled, "HAS_FOCUS": flag.State_HasFocus, "MOUSE_OVER": flag.State_MouseOver,
           "SELECTED": flag.State_Selected, "ACTIVE": flag.State_Active}
    assert {name: getattr(style_state, name) for name in qts} == {name: qt.value for name, qt in qts.items()}
    both = style_state.option_state(style_state.SELECTED | style_state.ENABLED)
    assert both == QStyle.StateFlag.State_Selected | QStyle.StateFlag.State_Enabled


def test_the_inbox_list_paints_the_selected_and_the_hovered_row(qtbot: Any) -> None:
    store = ConversationList(None, 1, ConversationQuery(assignee=AssigneeFilter.ALL), user_id=1)  # type: ignore[arg-type]
    pane = ConversationListPane(store, WorkspaceLookups(None, 1), Notifier())  # type: ignore[arg-type]
    qtbot.addWidget(pane)
    pane.resize(420, 600)
    pane.show()
    store.set_items(conversation(i) for i in range(1, 8))
    view = pane.view
    qtbot.waitUntil(lambda: view.model().rowCount() == 7)
    height = view.row_height()
    view.setCurrentIndex(view.model().index(1, 0))
    QTest.mouseMove(view.viewport(), QPoint(view.viewport().width() // 2, 3 * height + height // 2))
    qtbot.wait(50)
    x = view.viewport().width() - 3  # right of everything a row draws, inside its background
    assert colour_at(view.viewport(), x, 1 * height + 3) == THEME.selection
    assert colour_at(view.viewport(), x, 3 * height + 3) == THEME.hover
    assert colour_at(view.viewport(), x, 2 * height + 3) not in (THEME.selection, THEME.hover)
    assert view.itemDelegate().row_state is None  # handed over for the paint only


def test_the_workspace_switcher_paints_the_selected_and_the_hovered_row(qtbot: Any) -> None:
    switcher = WorkspaceSwitcher()
    qtbot.addWidget(switcher)
    switcher.workspaces.set_workspaces([
        Workspace(1, "Customer Support", Role.ADMINISTRATOR, Availability.ONLINE, Availability.ONLINE),
        Workspace(2, "عمليات التشغيل", Role.AGENT, Availability.BUSY, Availability.BUSY),
        Workspace(3, "Testing", Role.AGENT, Availability.ONLINE, Availability.ONLINE),
    ])
    switcher.resize(240, 300)
    switcher.show()
    switcher.set_current(1)
    viewport, row = switcher.viewport(), 56
    QTest.mouseMove(viewport, QPoint(120, 2 * row + row // 2))
    qtbot.waitUntil(lambda: switcher.hover.index.isValid() and switcher.hover.index.row() == 2)
    qtbot.wait(20)
    x = viewport.width() - 3
    assert colour_at(viewport, x, 3) == THEME.selection
    assert colour_at(viewport, x, 2 * row + 3) == THEME.hover
    assert colour_at(viewport, x, row + 3) not in (THEME.selection, THEME.hover)
    QTest.mouseMove(viewport, QPoint(120, row + row // 2))
    qtbot.waitUntil(lambda: switcher.hover.index.row() == 1)
    qtbot.wait(20)
    assert colour_at(viewport, x, row + 3) == THEME.hover
    assert colour_at(viewport, x, 2 * row + 3) not in (THEME.selection, THEME.hover)


def test_painting_the_inbox_list_and_the_switcher_creates_no_qstyle_type() -> None:
    out = run_fresh("""
        import sys
        from datetime import UTC, datetime
        from PySide6.QtWidgets import QApplication
        import PySide6.QtWidgets as widgets
        from desktop.domain.models import (AssigneeFilter, Availability, Contact, Conversation, ConversationQuery,
                                           ConversationStatus, Role, Workspace)
        from desktop.services.conversations import ConversationList
        from desktop.services.workspace import WorkspaceLookups
        from desktop.ui.inbox.delegate import ConversationDelegate
        from desktop.ui.inbox.pane import ConversationListPane
        from desktop.ui.notifier import Notifier
        from desktop.ui.workspaces.switcher import WorkspaceDelegate, WorkspaceSwitcher

        painted = {"rows": 0, "workspaces": 0}
        for cls, key in ((ConversationDelegate, "rows"), (WorkspaceDelegate, "workspaces")):
            def counted(self, painter, option, index, _paint=cls.paint, _key=key):
                painted[_key] += 1
                _paint(self, painter, option, index)
            cls.paint = counted
        app = QApplication([])
        print("before:", "QStyle" in widgets.__dict__)
        store = ConversationList(None, 1, ConversationQuery(assignee=AssigneeFilter.ALL), user_id=1)
        pane = ConversationListPane(store, WorkspaceLookups(None, 1), Notifier())
        now = datetime.now(UTC)
        store.set_items(Conversation(id=i, account_id=1, inbox_id=1, status=ConversationStatus.OPEN,
                                     contact=Contact(id=i, name=f"Nada {i}"), last_activity_at=now, updated_at=float(i))
                        for i in range(1, 20))
        switcher = WorkspaceSwitcher()
        switcher.workspaces.set_workspaces([Workspace(1, "Support", Role.AGENT, Availability.ONLINE,
                                                      Availability.ONLINE)])
        switcher.set_current(1)
        for widget in (pane, switcher):
            widget.resize(420, 600)
            widget.show()
            widget.grab()
        app.processEvents()
        print("painted:", painted["rows"] > 5, painted["workspaces"] > 0)
        print("after:", "QStyle" in widgets.__dict__)
    """)
    assert "before: False" in out
    assert "painted: True True" in out
    assert "after: False" in out
