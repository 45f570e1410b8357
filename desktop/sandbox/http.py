"""HTTP helpers shared by the sandbox routes: Rails-like parameter parsing (query + JSON / urlencoded /
multipart bodies, `a[b]` and `a[]` keys), JSON responses, and the error bodies of contract §13."""

from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from desktop.sandbox.files import UploadedFile, parse_multipart

NOT_AUTHORIZED = "You are not authorized to do this action"
NOT_FOUND = "Resource could not be found"


class ApiError(Exception):
    """Raised by routes; rendered as `body` with `status` by the app's exception handler."""

    def __init__(self, status: int, body: Any) -> None:
        super().__init__(f"{status}: {body}")
        self.status = status
        self.body = body


def unauthenticated() -> ApiError:
    return ApiError(401, {"errors": ["You need to sign in or sign up before continuing."]})


def forbidden() -> ApiError:
    return ApiError(401, {"error": NOT_AUTHORIZED})


def not_found() -> ApiError:
    return ApiError(404, {"error": NOT_FOUND})


def unprocessable(message: str) -> ApiError:
    return ApiError(422, {"error": message})


def param_missing(name: str) -> ApiError:
    return ApiError(422, {"error": f"param is missing or the value is empty: {name}"})


def json_response(data: Any, status: int = 200) -> Response:
    return JSONResponse(data, status_code=status)


def empty(status: int = 200) -> Response:
    """Rails `head :ok`: an empty body."""
    return Response(b"", status_code=status)


_KEY = re.compile(r"([^\[\]]+)|\[([^\[\]]*)\]")


def _assign(target: dict[str, Any], key: str, value: Any) -> None:
    parts = [m.group(1) if m.group(1) is not None else m.group(2) for m in _KEY.finditer(key)]
    if not parts:
        return
    node: Any = target
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        nxt = None if last else parts[i + 1]
        if part == "" and isinstance(node, list):
            if last:
                node.append(value)
                return
            node.append({})
            node = node[-1]
            continue
        if not isinstance(node, dict):
            return
        if last:
            node[part] = value
        else:
            node = node.setdefault(part, [] if nxt == "" else {})


def rails_params(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        _assign(out, key, value)
    return out


async def params(request: Request) -> tuple[dict[str, Any], list[UploadedFile]]:
    """Query string merged with the body (body wins), plus uploaded files (multipart only)."""
    merged = rails_params(list(request.query_params.multi_items()))
    files: list[UploadedFile] = []
    ctype = request.headers.get("content-type", "")
    body = await request.body()
    if not body:
        return merged, files
    if ctype.startswith("application/json") or (not ctype and body[:1] in (b"{", b"[")):
        try:
            data = json.loads(body)
        except ValueError as exc:
            raise ApiError(400, {"error": "Invalid JSON body"}) from exc
        if isinstance(data, dict):
            merged.update(data)
        elif isinstance(data, list):
            merged["_json"] = data
    elif ctype.startswith("application/x-www-form-urlencoded"):
        merged.update(rails_params(parse_qsl(body.decode("utf-8", errors="replace"), keep_blank_values=True)))
    elif ctype.startswith("multipart/form-data"):
        try:
            form = parse_multipart(ctype, body)
        except ValueError as exc:
            raise ApiError(400, {"error": "Invalid multipart body"}) from exc
        merged.update(rails_params(form.fields))
        files = form.files
    return merged, files


def as_int(value: Any) -> int | None:
    """Rails-ish integer cast: None/""/garbage give None."""
    if value is None or isinstance(value, bool):
        return None
    try:
        return int(str(value).strip())
    except ValueError:
        return None


def as_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in {"true", "1", "t", "yes", "on"}


def as_list(value: Any) -> list[str]:
    """`labels[]=a&labels[]=b`, a JSON list, or a comma string."""
    if value is None:
        return []
    items = [str(v) for v in value] if isinstance(value, list) else str(value).split(",")
    return [s.strip() for s in items if s and s.strip()]
