"""Optional HTTP basic auth for a shared deployment: set STANCEWATCH_USER and
STANCEWATCH_PASSWORD and every request (pages, callbacks, downloads) needs them."""
from __future__ import annotations

import hmac
import os

from flask import Response, request


def install(server, user: str | None = None, password: str | None = None) -> bool:
    user = user if user is not None else os.environ.get("STANCEWATCH_USER")
    password = password if password is not None else os.environ.get("STANCEWATCH_PASSWORD")
    if not user or not password:
        return False

    @server.before_request
    def _basic_auth():
        a = request.authorization
        ok = a is not None and a.type == "basic" and \
            hmac.compare_digest((a.username or "").encode(), user.encode()) and \
            hmac.compare_digest((a.password or "").encode(), password.encode())
        if not ok:
            return Response("Authentication required.\n", 401, {"WWW-Authenticate": 'Basic realm="Stancewatch"'})
        return None

    return True
