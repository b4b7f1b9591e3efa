"""Polling with backpressure: getUpdates waits while the bot still owns a backlog it must answer."""
from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from telegram.request import BaseRequest


class UpdateQueue(asyncio.Queue):
    """PTB's update queue, counting updates received and not yet fully handled."""

    def __init__(self) -> None:
        super().__init__()
        self.in_flight = 0
        self.room = asyncio.Event()

    def put_nowait(self, item: Any) -> None:
        super().put_nowait(item)
        self.in_flight += 1

    def task_done(self) -> None:
        super().task_done()
        self.in_flight = max(0, self.in_flight - 1)
        self.room.set()


class GatedUpdatesRequest(BaseRequest):
    """getUpdates that waits while `limit` updates are still being answered (backpressure).

    It wraps the request object that really talks to Telegram (HTTPXRequest, or a test's fake).
    Updates not fetched stay queued at Telegram, so the bot only ever owns a backlog it can answer
    within the shutdown deadline. The final getUpdates of a shutdown (timeout 0) is never held.
    It also notices a token revoked while running: PTB would abort polling and idle, so the
    answer is turned into "no updates", `rejected` is set and `on_rejected` stops the bot
    gracefully; app.run() then reports the token like one rejected at start.
    """

    def __init__(self, inner: BaseRequest, queue: UpdateQueue, limit: int) -> None:
        self.inner = inner
        self.queue = queue
        self.limit = limit
        self.on_rejected: Callable[[], object] | None = None
        self.rejected = False

    @property
    def read_timeout(self) -> float | None:
        return self.inner.read_timeout

    async def initialize(self) -> None:
        await self.inner.initialize()

    async def shutdown(self) -> None:
        await self.inner.shutdown()

    async def do_request(self, url: str, method: str, request_data: Any = None, *args: Any, **kwargs: Any):
        if request_data is not None and request_data.parameters.get("timeout"):
            while self.queue.in_flight >= self.limit:
                self.queue.room.clear()
                await self.queue.room.wait()
        status, body = await self.inner.do_request(url, method, request_data, *args, **kwargs)
        if status in (401, 404):
            self.rejected = True
            if self.on_rejected is not None:
                self.on_rejected()
            return 200, b'{"ok":true,"result":[]}'
        return status, body
