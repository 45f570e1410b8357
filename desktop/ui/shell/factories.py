"""The widget factories the composition root plugs into a user's scope: the conversation pane of a workspace
and the agent toolkit with the reports, each built from the collaborators it uses."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from desktop.ui.shell.scope import PaneParts, ToolkitParts


def build_conversation_pane(parts: PaneParts) -> QWidget:
    """The ConversationPane for one workspace, from its collaborators."""
    from desktop.ui.conversation.pane import ConversationPane

    return ConversationPane(
        reader=parts.reader, outbox=parts.outbox, drafts=parts.drafts, notifier=parts.notifier,
        lookups=parts.lookups, register_timeline=parts.register_timeline, events=parts.events,
        orders=parts.orders, agent_name=parts.agent_name, enter_sends=parts.enter_sends,
    )


def install_agent_toolkit(parts: ToolkitParts) -> Callable[[], None]:
    """The agent toolkit (triage, team lead, saved replies, palette, shortcuts sheet, availability)
    and the reports on the main window for this user; attaches each workspace's composer. Returns the
    uninstaller."""
    from desktop.ui.triage.toolkit import AgentToolkit

    window = parts.window
    toolkit = AgentToolkit(window.registry, window.hooks, parts.session, parts.notifier, window, parts.qsettings,
                           tools_for=parts.tools_for, lookups_for=parts.lookups_for, store_for=parts.store_for)
    for account_id, composer in parts.composers.items():
        toolkit.attach_composer(account_id, composer)
    window.status.set_availability_control(toolkit.availability_button)  # availability shown once
    from desktop.ui.reports.controller import ReportsController

    reports = ReportsController(window.registry, window.hooks, parts.session, parts.notifier, window,
                                reports_for=parts.reports_for)

    def uninstall() -> None:
        reports.close()
        toolkit.close()  # unbinds its actions, cancels its tasks (sign-out)
        window.status.set_availability_control(None)
        toolkit.availability_button.deleteLater()
        toolkit.deleteLater()

    return uninstall
