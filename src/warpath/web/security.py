"""What keeps the web app safe: errors with numbers, the token rule, host and size guards.

- **Token.** Requests that write (storing a coded article) need the server's token
  when it has one, as ``Authorization: Bearer TOKEN`` or, from the code page's
  form, a ``token`` field. Without a token the server only listens on loopback
  (:func:`check_listen` refuses anything else), where writes are open.
- **Host and origin.** On loopback the app answers only to loopback host names,
  so a web page elsewhere cannot reach it through DNS rebinding, and a write
  whose ``Origin`` is another site is refused (no cross-site form posts).
- **Size.** Request bodies over the limit get 413 with a JSON error body, both
  when ``Content-Length`` says so and when a streamed body runs over.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
from typing import Any
from urllib.parse import urlsplit

from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..errors import WarpathError, message

LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1", "testserver"})
"""Host names served on loopback; ``testserver`` is the in-process test client's."""
UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})


class ApiError(HTTPException):
    """An error with an HTTP status and a numbered message; rendered as JSON under /api/, a page elsewhere."""

    def __init__(self, status: int, code: str, **fields: object) -> None:
        self.code = code
        super().__init__(status, message(code, **fields))


def is_loopback(host: str) -> bool:
    host = host.strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_listen(host: str, token: str | None) -> None:
    """Refuse to serve beyond loopback without a token."""
    if not token and not is_loopback(host):
        raise WarpathError("E071", host=host)


def check_token(token: str | None, authorization: str | None, form_token: str | None = None) -> None:
    """Pass when the server has no token or the request gives it; else raise 401/403."""
    if not token:
        return
    given = form_token
    if authorization and authorization.lower().startswith("bearer "):
        given = authorization[7:].strip()
    if not given:
        raise ApiError(401, "E074")
    if not hmac.compare_digest(given.encode(), token.encode()):
        raise ApiError(403, "E075")


def _host_name(value: str) -> str:
    return (urlsplit("//" + value).hostname or "").lower()


def _json_error(status: int, code: str, **fields: object) -> tuple[int, bytes]:
    body = {"error": {"code": code, "message": message(code, **fields)}}
    return status, json.dumps(body).encode()


class Guard:
    """ASGI middleware: the host check, the cross-site write check and the body size limit."""

    def __init__(self, app: ASGIApp, max_body: int, loopback: bool) -> None:
        self.app = app
        self.max_body = max_body
        self.loopback = loopback

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        refused = self._refuse(scope, headers)
        if refused:
            await _send(send, *refused)
            return
        received = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal received
            msg = await receive()
            if msg["type"] == "http.request":
                received += len(msg.get("body", b""))
                if received > self.max_body:
                    raise ApiError(413, "E072", limit=self.max_body)
            return msg

        async def watched_send(msg: Message) -> None:
            nonlocal started
            if msg["type"] == "http.response.start":
                started = True
                present = {k.lower() for k, _ in msg.get("headers", [])}
                msg["headers"] = [*msg.get("headers", []),
                                  *((k, v) for k, v in SECURITY_HEADERS_RAW if k not in present)]
            await send(msg)

        try:
            await self.app(scope, limited_receive, watched_send)
        except ApiError as exc:  # a body that ran over while the endpoint was not reading it itself
            if started or exc.status_code != 413:
                raise
            await _send(send, *_json_error(413, "E072", limit=self.max_body))

    def _refuse(self, scope: Scope, headers: dict[str, str]) -> tuple[int, bytes] | None:
        if self.loopback:
            host = _host_name(headers.get("host", ""))
            if host and host not in LOOPBACK_NAMES and not is_loopback(host):
                return _json_error(400, "E080", host=host, allowed="localhost, 127.0.0.1 and [::1]")
        origin = headers.get("origin")
        if scope["method"] in UNSAFE and origin is not None:
            if urlsplit(origin).netloc.lower() != headers.get("host", "").lower():
                return _json_error(403, "E081", origin=origin)
        length = headers.get("content-length")
        if length and length.isdigit() and int(length) > self.max_body:
            return _json_error(413, "E072", limit=self.max_body)
        return None


async def _send(send: Send, status: int, body: bytes, content_type: str = "application/json") -> None:
    headers: list[Any] = [(b"content-type", content_type.encode()), (b"content-length", str(len(body)).encode()),
                          *SECURITY_HEADERS_RAW]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


SECURITY_HEADERS = {
    # Scripts only from this server (no inline script: page data goes in JSON <script type="application/json">);
    # Plotly sets inline styles, hence 'unsafe-inline' for styles alone.
    "content-security-policy": "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
                               "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
                               "form-action 'self'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "x-frame-options": "DENY",
}
SECURITY_HEADERS_RAW = [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]
