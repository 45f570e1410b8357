"""Output of `python -m desktop reports`: the JSON object and the plain-text table."""

from __future__ import annotations

import json
import sys
from typing import Any

from desktop.domain.reports import CsatMetrics, SummaryReport, WindowMetrics
from desktop.services.reports import TableData


def _window(m: WindowMetrics, csat: CsatMetrics) -> dict[str, Any]:
    return {"conversations": m.conversations, "resolutions": m.resolutions, "incoming_messages": m.incoming,
            "outgoing_messages": m.outgoing, "avg_first_response": m.avg_first_response,
            "avg_resolution": m.avg_resolution, "reply_time": m.avg_reply, "csat_average": csat.average,
            "csat_response_rate": csat.response_rate, "csat_satisfied": csat.satisfied_share,
            "csat_responses": csat.responses}


def kpis_json(workspace: int, since: str, until: str, summary: SummaryReport, csat: CsatMetrics,
              csat_previous: CsatMetrics, agents: TableData) -> dict[str, Any]:
    now, before = _window(summary.current, csat), _window(summary.previous, csat_previous)
    rows = []
    for agent_id in sorted(agents.current, key=lambda i: (-(agents.current[i].conversations or 0), i)):
        row = agents.current[agent_id]
        rows.append({"id": agent_id, "name": agents.names.get(agent_id, f"#{agent_id}"),
                     "conversations": row.conversations or 0, "resolved": row.resolved or 0,
                     "avg_first_response": row.avg_first_response, "avg_resolution": row.avg_resolution})
    return {"workspace": workspace, "since": since, "until": until,
            "kpis": {name: {"value": now[name], "previous": before[name]} for name in now}, "agents": rows}


def _seconds(value: Any) -> str:
    if value is None:
        return "-"
    s = round(float(value))
    h, rest = divmod(s, 3600)
    m, sec = divmod(rest, 60)
    return f"{h} h {m} min" if h else f"{m} min {sec} s"


def _value(name: str, value: Any) -> str:
    if value is None:
        return "-"
    if name.startswith("avg_") or name == "reply_time":
        return _seconds(value)
    if name in ("csat_response_rate", "csat_satisfied"):
        return f"{value * 100:.0f}%"
    return f"{value:.2f}" if isinstance(value, float) else str(value)


def print_report(result: dict[str, Any], *, as_json: bool) -> None:
    if as_json:
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        return
    out = [f"Workspace {result['workspace']}: {result['since']} to {result['until']} (previous period in brackets)"]
    for name, pair in result["kpis"].items():
        out.append(f"  {name.replace('_', ' '):<20} {_value(name, pair['value']):>16}  "
                   f"({_value(name, pair['previous'])})")
    out.append("")
    out.append(f"  {'agent':<24} {'conversations':>13} {'resolved':>9} {'first response':>16} {'resolution':>16}")
    for a in result["agents"]:
        out.append(f"  {a['name'][:24]:<24} {a['conversations']:>13} {a['resolved']:>9} "
                   f"{_seconds(a['avg_first_response']):>16} {_seconds(a['avg_resolution']):>16}")
    sys.stdout.write("\n".join(out) + "\n")
