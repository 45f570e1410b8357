"""Lookup, contact and report endpoints of the REST client (contract §5, §7-§9, §12). Mixed into
`ChatwootClient`.

Response wrappers differ per endpoint and are easy to get wrong: labels, inboxes, assignable agents, contact
search, contact show and contact conversations are wrapped in `{"payload": …}`; agents, teams, team members
and canned responses are bare arrays. Reports are v2 paths and take epoch seconds as strings.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop.api.chatwoot.client_conversations import account_path
from desktop.api.chatwoot.decode import (
    decode_agent,
    decode_agent_load,
    decode_conversation_list,
    decode_inbox,
    decode_label,
    decode_saved_reply,
    decode_team,
    each,
    payload_list,
)
from desktop.api.chatwoot.transport import Transport
from desktop.domain.models import (
    Agent,
    Conversation,
    Inbox,
    Label,
    SavedReply,
    Team,
)

if TYPE_CHECKING:
    from desktop.domain.reports import AgentLoad  # the reports' domain: imported by `decode_agent_load`

#: safety bound for paging through `reports/conversations?type=agent`
MAX_REPORT_PAGES = 20


def reports_path(account_id: int, rest: str) -> str:
    return f"/api/v2/accounts/{int(account_id)}/reports{rest}"


class LookupsApi(Transport):
    async def saved_replies(self, account_id: int, search: str | None = None) -> list[SavedReply]:
        params = {"search": search} if search else None
        body = await self.call("GET", account_path(account_id, "/canned_responses"), params=params)
        return each(body, "canned_responses", decode_saved_reply)

    async def labels(self, account_id: int) -> list[Label]:
        body = await self.call("GET", account_path(account_id, "/labels"))
        return each(payload_list(body), "labels.payload", decode_label)

    async def inboxes(self, account_id: int) -> list[Inbox]:
        body = await self.call("GET", account_path(account_id, "/inboxes"))
        return each(payload_list(body), "inboxes.payload", decode_inbox)

    async def agents(self, account_id: int) -> list[Agent]:
        body = await self.call("GET", account_path(account_id, "/agents"))
        return each(body, "agents", decode_agent)

    async def assignable_agents(self, account_id: int, inbox_ids: Sequence[int]) -> list[Agent]:
        params = [("inbox_ids[]", str(int(i))) for i in inbox_ids]
        body = await self.call("GET", account_path(account_id, "/assignable_agents"), params=params)
        return each(payload_list(body), "assignable_agents.payload", decode_agent)

    async def teams(self, account_id: int) -> list[Team]:
        body = await self.call("GET", account_path(account_id, "/teams"))
        return each(body, "teams", decode_team)

    async def team_members(self, account_id: int, team_id: int) -> list[Agent]:
        body = await self.call("GET", account_path(account_id, f"/teams/{int(team_id)}/team_members"))
        return each(body, "team_members", decode_agent)

    async def contact_conversations(self, account_id: int, contact_id: int) -> list[Conversation]:
        """The contact's latest 20 conversations that this user may see (§9.3)."""
        body = await self.call("GET", account_path(account_id, f"/contacts/{int(contact_id)}/conversations"))
        return decode_conversation_list(body, account_id=account_id)

    # -- reports (administrators; agents get PermissionDenied) -------------------------------------------

    async def agent_loads(self, account_id: int) -> list[AgentLoad]:
        """Open and unattended conversations per agent (the live board), across all pages."""
        loads: list[AgentLoad] = []
        seen: set[int] = set()
        for page in range(1, MAX_REPORT_PAGES + 1):
            body = await self.call(
                "GET", reports_path(account_id, "/conversations"), params={"type": "agent", "page": str(page)}
            )
            rows = [row for row in each(body, "agent_loads", decode_agent_load) if row.agent_id not in seen]
            if not rows:
                break
            loads.extend(rows)
            seen.update(row.agent_id for row in rows)
        return loads
