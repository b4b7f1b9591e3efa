"""The fake Bot API over HTTP: a tornado HTTPServer on 127.0.0.1, in its own thread and IOLoop."""
from __future__ import annotations

import asyncio
import threading
import time

from tornado import httputil, netutil
from tornado.escape import parse_qs_bytes
from tornado.http1connection import HTTP1Connection
from tornado.httpserver import HTTPServer

from . import wire
from .core import Answer, BotApiCore, ClientGone, LongPoll, RawRequest

_MAX_BODY_BYTES = 60 * 1024 * 1024


class _Exchange(httputil.HTTPMessageDelegate):
    """One request on a connection: tornado parses it; the core answers it."""

    def __init__(self, core: BotApiCore, conn: HTTP1Connection, tasks: set[asyncio.Task]) -> None:
        self.core = core
        self.conn = conn
        self.tasks = tasks
        self.start_line: httputil.RequestStartLine | None = None
        self.headers = httputil.HTTPHeaders()
        self.chunks: list[bytes] = []

    def headers_received(
        self, start_line: httputil.RequestStartLine | httputil.ResponseStartLine, headers: httputil.HTTPHeaders
    ) -> None:
        assert isinstance(start_line, httputil.RequestStartLine)
        self.start_line = start_line
        self.headers = headers

    def data_received(self, chunk: bytes) -> None:
        self.chunks.append(chunk)

    def finish(self) -> None:
        """The request is complete: answer it now, or, for a long poll, from a task when it ends."""
        assert self.start_line is not None
        arrived = time.monotonic()
        body = b"".join(self.chunks)
        target = self.start_line.path
        peer = tuple(getattr(self.conn.context, "address", None) or ())
        self.core.note_request(RawRequest(
            self.start_line.method, target, tuple(self.headers.get_all()), body, arrived, peer))
        path, query = wire.split_target(target)
        params, body_error = self._params(query, body)
        outcome = self.core.answer_now(path, params, arrived=arrived, body_error=body_error)
        if isinstance(outcome, Answer):
            self._send(outcome)
            return
        gone: asyncio.Future = asyncio.get_running_loop().create_future()

        def on_close() -> None:
            if not gone.done():
                gone.set_result(None)

        # Fires if the client hangs up while its long poll waits (tornado watches the socket).
        self.conn.set_close_callback(on_close)
        # The event loop keeps only weak references to tasks: hold this one until it is done.
        task = asyncio.ensure_future(self._finish_long_poll(outcome, gone))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    def on_connection_close(self) -> None:
        """The client went away before its request was complete: there is nothing to answer."""

    async def _finish_long_poll(self, poll: LongPoll, gone: asyncio.Future) -> None:
        try:
            answer = await self.core.finish_long_poll(poll, gone)
        except ClientGone:
            self.conn.close()
            return
        if gone.done():
            self.conn.close()
        else:
            self._send(answer)

    def _send(self, answer: Answer) -> None:
        if answer.dropped:
            self.conn.close()
            return
        headers = httputil.HTTPHeaders({
            "Server": "nginx/1.18.0",
            "Content-Type": answer.content_type,
            "Content-Length": str(len(answer.body)),
        })
        reason = httputil.responses.get(answer.status, "Unknown")
        self.conn.write_headers(httputil.ResponseStartLine("HTTP/1.1", answer.status, reason), headers, answer.body)
        self.conn.finish()

    def _params(self, query: str, body: bytes) -> tuple[dict, str | None]:
        """The call's params from the query and the body (form, multipart or JSON), or why not."""
        content_type = self.headers.get("Content-Type", "")
        try:
            fields = [(k, v[-1].decode("utf-8"))
                      for k, v in parse_qs_bytes(query, keep_blank_values=True).items() if v]
            if content_type.split(";", 1)[0].strip().lower() == "application/json":
                params = wire.decode_form(fields)
                if body:
                    params.update(wire.decode_json_body(body))
                return params, None
            arguments: dict[str, list[bytes]] = {}
            files: dict[str, list[httputil.HTTPFile]] = {}
            if body:
                httputil.parse_body_arguments(content_type, body, arguments, files, self.headers)
            fields += [(k, v[-1].decode("utf-8")) for k, v in arguments.items() if v]
            uploads = [(k, f[-1].filename, f[-1].content_type, f[-1].body) for k, f in files.items() if f]
            return wire.decode_form(fields, uploads), None
        except (ValueError, httputil.HTTPInputError) as err:  # UnicodeDecodeError is a ValueError
            return {}, str(err)


class _Delegate(httputil.HTTPServerConnectionDelegate):
    def __init__(self, core: BotApiCore) -> None:
        self.core = core
        self.tasks: set[asyncio.Task] = set()

    def start_request(self, server_conn: object, request_conn: httputil.HTTPConnection) -> httputil.HTTPMessageDelegate:
        assert isinstance(request_conn, HTTP1Connection)
        return _Exchange(self.core, request_conn, self.tasks)


class HttpTransport:
    """Serves a BotApiCore at http://127.0.0.1:<port>, from a daemon thread with its own IOLoop."""

    def __init__(self, core: BotApiCore) -> None:
        self.core = core
        self.port = 0
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._stopping: asyncio.Event | None = None
        self._started = threading.Event()
        self._start_error: BaseException | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> str:
        if self._thread is not None:
            raise RuntimeError("the HTTP transport is already started")
        self._thread = threading.Thread(target=self._run, name="FakeTelegram-http", daemon=True)
        self._thread.start()
        if not self._started.wait(10):
            raise RuntimeError("the fake Bot API server did not start within 10 s")
        if self._start_error is not None:
            raise RuntimeError("the fake Bot API server failed to start") from self._start_error
        return self.url

    def stop(self) -> None:
        loop, thread, stopping = self._loop, self._thread, self._stopping
        if loop is None or thread is None or stopping is None or not thread.is_alive():
            return
        try:
            loop.call_soon_threadsafe(stopping.set)
        except RuntimeError:  # pragma: no cover - the loop already ended
            pass
        thread.join(10)

    def _run(self) -> None:
        try:
            asyncio.run(self._serve())
        except BaseException as err:  # pragma: no cover - reported to start()
            self._start_error = err
            self._started.set()

    async def _serve(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stopping = asyncio.Event()
        server = HTTPServer(_Delegate(self.core), max_body_size=_MAX_BODY_BYTES)
        # tornado arms a timer around every request's header read (idle_connection_timeout, at
        # least 3600 s); a test server needs none, and without it a request costs ~20% less CPU.
        server.conn_params.header_timeout = None
        sockets = netutil.bind_sockets(0, "127.0.0.1")
        server.add_sockets(sockets)
        self.port = sockets[0].getsockname()[1]
        self._started.set()
        await self._stopping.wait()
        server.stop()
        # Closing the connections ends any waiting long poll (recorded as "client disconnected").
        try:
            await asyncio.wait_for(server.close_all_connections(), 5)
        except TimeoutError:  # pragma: no cover - a stuck client: the daemon thread ends anyway
            pass
