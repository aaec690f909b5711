"""Optional HTTP basic auth for a shared deployment: set STANCEWATCH_USER and
STANCEWATCH_PASSWORD and every request (pages, callbacks, assets, downloads) needs them."""
from __future__ import annotations

import hmac
import os

from flask import Response, request


def install(server, user: str | None = None, password: str | None = None) -> None:
    """Ask every request for `user`/`password` (default: STANCEWATCH_USER and
    STANCEWATCH_PASSWORD); neither set: no auth. One without the other is refused rather
    than served open (a forgotten password must not mean a public dashboard)."""
    user = user if user is not None else os.environ.get("STANCEWATCH_USER")
    password = password if password is not None else os.environ.get("STANCEWATCH_PASSWORD")
    if not user and not password:
        return
    if not user or not password:
        raise ValueError("basic auth needs both STANCEWATCH_USER and STANCEWATCH_PASSWORD (only one is set)")
    want_user, want_password = user.encode(), password.encode()

    @server.before_request
    def _basic_auth():
        a = request.authorization
        basic = a is not None and a.type == "basic"
        # both compared in constant time, and always both: a wrong user name takes as long
        # as a wrong password, so the time taken tells nothing about either
        user_ok = hmac.compare_digest((a.username or "").encode() if basic else b"", want_user)
        password_ok = hmac.compare_digest((a.password or "").encode() if basic else b"", want_password)
        if not (basic and user_ok & password_ok):
            return Response("Authentication required.\n", 401, {"WWW-Authenticate": 'Basic realm="Stancewatch"'})
        return None
