"""The /__sandbox control API (for tests, the demo launcher and the simulator; never used by the client):
seeded users, fault switches, inbound customer messages, the background simulator, and the count of
requests served per path (`POST /__sandbox/requests {"reset": bool}`)."""

from __future__ import annotations

import random
from typing import Any

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from desktop.sandbox import db
from desktop.sandbox.http import json_response, params
from desktop.sandbox.intake import incoming
from desktop.sandbox.seed_data import USERS
from desktop.sandbox.simulator import Simulator
from desktop.sandbox.state import Sandbox

_rng = random.Random(4242)


def _sb(request: Request) -> Sandbox:
    return request.app.state.sandbox  # type: ignore[no-any-return]


def seeded_users(sb: Sandbox) -> list[dict[str, Any]]:
    out = []
    for u in USERS:
        row = db.one(sb.conn, "SELECT access_token FROM users WHERE id=?", (u.user_id,))
        out.append({"user_id": u.user_id, "name": u.name, "arabic_name": u.arabic_name, "email": u.email,
                    "password": u.password, "token": row["access_token"] if row else u.token,
                    "roles": {str(k): v for k, v in u.roles.items()}, "mfa_secret": u.mfa_secret,
                    "backup_codes": list(u.backup_codes)})
    return out


async def users(request: Request) -> Response:
    return json_response(seeded_users(_sb(request)))


async def faults(request: Request) -> Response:
    sb = _sb(request)
    body, _ = await params(request)
    assert sb.faults is not None and sb.hub is not None
    sb.faults.apply(body)
    if body.get("drop_websockets"):
        sb.hub.drop_all()
    return json_response(sb.faults.describe())


async def requests(request: Request) -> Response:
    sb = _sb(request)
    body, _ = await params(request)
    assert sb.faults is not None
    return json_response(sb.faults.counted(reset=bool(body.get("reset"))))


async def post_incoming(request: Request) -> Response:
    body, _ = await params(request)
    return json_response(incoming(_sb(request), body, _rng))


def start_simulator(sb: Sandbox, settings: dict[str, Any]) -> Simulator:
    rate = float(settings.get("rate_per_minute") or 0)
    accounts = [int(a) for a in settings.get("account_ids") or [1]]
    sim = Simulator(sb, rate, accounts)
    if rate > 0:
        sim.start()
    sb.simulator = sim
    return sim


async def stop_simulator(sb: Sandbox) -> None:
    if sb.simulator is not None:
        await sb.simulator.stop()
        sb.simulator = None


async def simulator(request: Request) -> Response:
    sb = _sb(request)
    body, _ = await params(request)
    previous = sb.simulator
    await stop_simulator(sb)
    sim = start_simulator(sb, body)
    state = sim.describe()
    if previous is not None and not state["running"]:
        state["sent"] = previous.sent  # stopping reports what the simulator did
    return json_response(state)


routes = [
    Route("/__sandbox/users", users, methods=["GET"]),
    Route("/__sandbox/faults", faults, methods=["POST"]),
    Route("/__sandbox/incoming", post_incoming, methods=["POST"]),
    Route("/__sandbox/requests", requests, methods=["POST"]),
    Route("/__sandbox/simulator", simulator, methods=["POST"]),
]
