"""The conversation list pane against the sandbox: model adapter (qtmodeltester), paging, filters,
tab counts, live updates, and the painted delegate in both directions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop.api.chatwoot.client import ChatwootClient, TokenAuth
from desktop.domain.models import AssigneeFilter, ConversationQuery, ConversationStatus
from desktop.services.conversations import ConversationList
from desktop.services.workspace import WorkspaceLookups
from desktop.ui.inbox.model import ConversationListModel, ConversationRole
from desktop.ui.inbox.pane import ConversationListPane
from desktop.ui.notifier import Notifier
from desktop.ui.tasks import TaskRunner


def make_pane(qtbot: Any, aloop: Any, sandbox: Any, user: str = "mona",
              query: ConversationQuery | None = None) -> tuple[ConversationListPane, ChatwootClient]:
    client = ChatwootClient(sandbox.url, auth=TokenAuth(sandbox.users[user].token))
    profile = aloop.run(client.profile())
    store = ConversationList(client, 1, query or ConversationQuery(assignee=AssigneeFilter.ALL),
                             user_id=profile.id)
    pane = ConversationListPane(store, WorkspaceLookups(client, 1), Notifier())
    qtbot.addWidget(pane)
    pane.resize(420, 700)
    pane.filters.set_tab(store.query.assignee)
    pane.show()
    return pane, client


def test_list_loads_pages_and_passes_the_model_tester(qtbot, aloop, sandbox, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    pane, client = make_pane(qtbot, aloop, sandbox)
    pane.load()
    aloop.until(lambda: pane.model.rowCount() > 0 and pane.lookups.loaded)
    qtmodeltester.check(pane.model)
    first = pane.model.rowCount()
    assert pane.filters.tabs.tabText(2).endswith(f"{pane.store.counts.all}\u2069")
    if pane.model.canFetchMore(pane.model.index(-1)):
        pane.model.fetchMore(pane.model.index(-1))
        aloop.until(lambda: pane.model.rowCount() > first)
    qtmodeltester.check(pane.model)
    rows = [pane.model.data(pane.model.index(r), ConversationRole) for r in range(pane.model.rowCount())]
    stamps = [c.last_activity_at for c in rows]
    assert stamps == sorted(stamps, reverse=True)  # newest activity first
    pane.tasks.cancel_all()
    aloop.run(client.aclose())


def test_filters_reload_the_list(qtbot, aloop, sandbox) -> None:  # type: ignore[no-untyped-def]
    pane, client = make_pane(qtbot, aloop, sandbox)
    pane.load()
    aloop.until(lambda: pane.model.rowCount() > 0 and pane.filters.inbox.count() > 1)
    pane.filters.set_status(ConversationStatus.RESOLVED)
    aloop.until(lambda: pane.store.query.status == ConversationStatus.RESOLVED and not pane.store.loading)
    statuses = {pane.model.conversation_at(r).status for r in range(pane.model.rowCount())}  # type: ignore[union-attr]
    assert statuses <= {ConversationStatus.RESOLVED}
    pane.filters.set_status(ConversationStatus.OPEN)
    pane.filters.inbox.setCurrentIndex(1)
    inbox_id = pane.filters.inbox.currentData()
    aloop.until(lambda: pane.store.query.inbox_id == inbox_id and not pane.store.loading)
    assert all(pane.model.conversation_at(r).inbox_id == inbox_id  # type: ignore[union-attr]
               for r in range(pane.model.rowCount()))
    pane.filters.inbox.setCurrentIndex(0)
    pane.filters.team.setCurrentIndex(1)
    team_id = pane.filters.team.currentData()
    aloop.until(lambda: pane.store.query.team_id == team_id and pane.store.query.inbox_id is None
                and not pane.store.loading)
    assert all(pane.model.conversation_at(r).team.id == team_id  # type: ignore[union-attr]
               for r in range(pane.model.rowCount()))
    pane.filters.team.setCurrentIndex(0)
    aloop.until(lambda: pane.store.query.team_id is None and not pane.store.loading)
    label = next(c.labels[0] for c in pane.store if c.labels)  # a category some open conversation has
    pane.filters.label.setCurrentIndex(pane.filters.label.findData(label))
    aloop.until(lambda: pane.store.query.labels == (label,) and not pane.store.loading)
    assert pane.model.rowCount() > 0
    assert all(label in pane.model.conversation_at(r).labels  # type: ignore[union-attr]
               for r in range(pane.model.rowCount()))
    pane.filters.label.setCurrentIndex(0)
    pane.filters.set_tab(AssigneeFilter.MINE)
    aloop.until(lambda: pane.store.query.assignee == AssigneeFilter.MINE and not pane.store.loading)
    me = pane.store.user_id
    assert all(pane.model.conversation_at(r).assignee.id == me  # type: ignore[union-attr]
               for r in range(pane.model.rowCount()))
    pane.tasks.cancel_all()
    aloop.run(client.aclose())


def test_search_is_debounced_and_shows_an_empty_state(qtbot, aloop, sandbox) -> None:  # type: ignore[no-untyped-def]
    pane, client = make_pane(qtbot, aloop, sandbox)
    pane.load()
    aloop.until(lambda: pane.model.rowCount() > 0)
    qtbot.keyClicks(pane.filters.search, "zzqx-no-such-thing")
    aloop.until(lambda: pane.store.query.q == "zzqx-no-such-thing" and not pane.store.loading)
    assert pane.model.rowCount() == 0
    aloop.until(lambda: pane.empty.isVisible())
    assert "search" in pane.empty.text()
    pane.tasks.cancel_all()
    aloop.run(client.aclose())


def test_rows_paint_in_both_directions_without_warnings(qtbot, aloop, sandbox, qapp) -> None:  # type: ignore[no-untyped-def]
    pane, client = make_pane(qtbot, aloop, sandbox)
    pane.load()
    aloop.until(lambda: pane.model.rowCount() > 0 and pane.lookups.loaded)
    assert not pane.grab().isNull()
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert not pane.grab().isNull()
    pane.tasks.cancel_all()
    aloop.run(client.aclose())


def test_model_follows_store_signals_one_to_one(qtbot, aloop, fresh_sandbox, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    client = ChatwootClient(fresh_sandbox.url, auth=TokenAuth(fresh_sandbox.users["mona"].token))
    store = ConversationList(client, 1, ConversationQuery(assignee=AssigneeFilter.ALL))
    owner = ConversationListPane(store, WorkspaceLookups(client, 1), Notifier())
    qtbot.addWidget(owner)
    model = ConversationListModel(store, TaskRunner(owner, Notifier()))
    aloop.run(store.load())
    qtmodeltester.check(model)
    last = model.conversation_at(model.rowCount() - 1)
    assert last is not None
    resets: list[int] = []
    moves: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsMoved.connect(lambda *a: moves.append(1))
    fresh_sandbox.incoming(1, "وصل طلبي؟ Order SO-10023", conversation_id=last.id)
    updated = aloop.run(client.get_conversation(1, last.id))
    store.apply(updated)
    assert model.conversation_at(0).id == last.id  # type: ignore[union-attr]
    assert moves and not resets  # moved, never a reset
    qtmodeltester.check(model)
    model.detach()
    aloop.run(store.close())
    aloop.run(client.aclose())


def test_down_arrow_from_search_goes_to_the_rows(qtbot, aloop, sandbox) -> None:  # type: ignore[no-untyped-def]
    pane, client = make_pane(qtbot, aloop, sandbox)
    pane.load()
    aloop.until(lambda: pane.model.rowCount() > 0)
    pane.focus_search()
    qtbot.keyClick(pane.filters.search, Qt.Key.Key_Down)
    assert pane.view.currentIndex().row() == 0
    pane.tasks.cancel_all()
    aloop.run(client.aclose())


def test_scrolling_to_the_end_fetches_the_next_page(qtbot, aloop, sandbox) -> None:  # type: ignore[no-untyped-def]
    pane, client = make_pane(qtbot, aloop, sandbox, query=ConversationQuery(assignee=AssigneeFilter.ALL, status=None))
    pane.filters.set_status(None)
    pane.load()
    aloop.until(lambda: pane.model.rowCount() > 0 and not pane.store.loading)
    first_page = pane.model.rowCount()
    assert pane.store.can_fetch_more  # more than one page of conversations in this workspace
    pane.view.scrollToBottom()
    aloop.until(lambda: pane.model.rowCount() > first_page)
    pane.tasks.cancel_all()
    aloop.run(client.aclose())
