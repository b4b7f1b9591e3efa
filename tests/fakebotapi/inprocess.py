"""The fake Bot API in-process: a PTB request object that hands each call straight to the core."""
from __future__ import annotations

import time
import urllib.parse
from typing import TYPE_CHECKING

from telegram.error import NetworkError
from telegram.request import BaseRequest, RequestData

from . import wire
from .core import RawRequest

if TYPE_CHECKING:
    from .core import BotApiCore


class FakeRequest(BaseRequest):
    """PTB's BaseRequest over a BotApiCore: no sockets, the same answers as over HTTP.

    Give one to ApplicationBuilder().request() and another to .get_updates_request() (PTB wants
    two objects). The URL's host is ignored, so PTB's default base_url and base_file_url work.
    A long-polling getUpdates waits on the caller's event loop until an update is added (from
    any thread) or its timeout passes; cancelling it counts as the client going away.
    """

    __slots__ = ("core", "_read_timeout", "_peer")

    def __init__(self, core: BotApiCore, read_timeout: float | None = 5.0) -> None:
        self.core = core
        self._read_timeout = read_timeout
        self._peer = ("in-process", id(self))

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = BaseRequest.DEFAULT_NONE,
        write_timeout: object = BaseRequest.DEFAULT_NONE,
        connect_timeout: object = BaseRequest.DEFAULT_NONE,
        pool_timeout: object = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        arrived = time.monotonic()
        path, query = wire.split_target(url)
        fields = urllib.parse.parse_qsl(query, keep_blank_values=True)
        uploads: list[tuple[str, str, str, bytes]] = []
        headers: tuple[tuple[str, str], ...] = ()
        body = b""
        if request_data is not None:
            # The same strings HTTPXRequest would put in the form: the core decodes them alike.
            fields += list(request_data.json_parameters.items())
            for name, (filename, content, mime_type) in request_data.multipart_data.items():
                data = content if isinstance(content, bytes) else content.read()
                uploads.append((name, filename or name, mime_type or "application/octet-stream", data))
            if request_data.contains_files:
                headers = (("Content-Type", "multipart/form-data"),)
            else:
                headers = (("Content-Type", "application/x-www-form-urlencoded"),)
                body = request_data.url_encoded_parameters().encode("ascii")
        target = urllib.parse.urlsplit(url)
        self.core.note_request(RawRequest(
            method, target.path + (f"?{target.query}" if target.query else ""), headers, body, arrived, self._peer))
        answer = await self.core.answer(path, wire.decode_form(fields, uploads), arrived=arrived)
        if answer.dropped:
            # What HTTPXRequest raises when the server closes the connection without answering.
            raise NetworkError("httpx.RemoteProtocolError: Server disconnected without sending a response.")
        return answer.status, answer.body
