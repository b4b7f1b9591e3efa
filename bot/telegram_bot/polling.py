"""Polling with backpressure: getUpdates waits while the bot still owns a backlog it must answer."""
from __future__ import annotations

import asyncio
from collections import deque
from collections.abc import Callable
from typing import Any

from telegram import Update
from telegram.request import BaseRequest

from bot.store import Store
from bot.telegram_bot import journal

RECENT_UPDATES = 1000  # update ids remembered while running: a webhook redelivery is dropped


class UpdateQueue(asyncio.Queue):
    """PTB's update queue: counts updates received and not yet handled (for backpressure), and
    journals each message (bot.telegram_bot.journal) before it is queued, that is before Telegram
    is told it arrived. `skip` holds ids journaled before a restart, which Telegram may send again;
    the last RECENT_UPDATES ids are dropped when they come again while running (Telegram redelivers
    a webhook update whose HTTP 200 it did not get: a proxy timeout, a dropped connection)."""

    def __init__(self) -> None:
        super().__init__()
        self.in_flight = 0
        self.room = asyncio.Event()
        self.journal: Store | None = None
        # Webhook: Telegram learns of the update from the HTTP 200 that follows this put, so the
        # row is written at once. Polling: rows wait for the next getUpdates (GatedUpdatesRequest).
        self.durable = True
        self.skip: set[int] = set()
        self._recent: deque[int] = deque(maxlen=RECENT_UPDATES)
        self._recent_ids: set[int] = set()

    def put_nowait(self, item: Any) -> None:
        if isinstance(item, Update):
            if item.update_id in self.skip:
                self.skip.discard(item.update_id)
                return  # answered (or being answered) already: a redelivery after a restart
            if item.update_id in self._recent_ids:
                return  # a redelivery while running
            if len(self._recent) == self._recent.maxlen:
                self._recent_ids.discard(self._recent[0])
            self._recent.append(item.update_id)
            self._recent_ids.add(item.update_id)
            if self.journal is not None:
                raw = journal.payload(item)
                if raw is not None:
                    self.journal.journal(item.update_id, raw, durable=self.durable)
        self.replay(item)

    def replay(self, item: Any) -> None:
        """Queue `item` without journaling it (it came from the journal)."""
        super().put_nowait(item)
        self.in_flight += 1

    def task_done(self) -> None:
        super().task_done()
        self.in_flight = max(0, self.in_flight - 1)
        self.room.set()


class WrappedRequest(BaseRequest):
    """A request object around another (HTTPXRequest, or a test's fake) that hands it every call;
    subclasses change do_request."""

    def __init__(self, inner: BaseRequest) -> None:
        self.inner = inner

    @property
    def read_timeout(self) -> float | None:
        return self.inner.read_timeout

    async def initialize(self) -> None:
        await self.inner.initialize()

    async def shutdown(self) -> None:
        await self.inner.shutdown()

    async def do_request(self, url: str, method: str, request_data: Any = None, *args: Any, **kwargs: Any):
        return await self.inner.do_request(url, method, request_data, *args, **kwargs)


class GatedUpdatesRequest(WrappedRequest):
    """getUpdates that waits while `limit` updates are still being answered (backpressure), and
    writes the journal rows of the updates it is about to confirm.

    It wraps the request object that really talks to Telegram (HTTPXRequest, or a test's fake).
    Updates not fetched stay queued at Telegram, so the bot only ever owns a backlog it can answer
    within the shutdown deadline. The final getUpdates of a shutdown (timeout 0) is never held.
    It also notices a token revoked while running: PTB would abort polling and idle, so the
    answer is turned into "no updates", `rejected` is set and `on_rejected` stops the bot
    gracefully; app.run() then reports the token like one rejected at start.
    """

    def __init__(self, inner: BaseRequest, queue: UpdateQueue, limit: int) -> None:
        super().__init__(inner)
        self.queue = queue
        self.limit = limit
        self.on_rejected: Callable[[], object] | None = None
        self.rejected = False

    async def do_request(self, url: str, method: str, request_data: Any = None, *args: Any, **kwargs: Any):
        if request_data is not None and request_data.parameters.get("timeout"):
            while self.queue.in_flight >= self.limit:
                self.queue.room.clear()
                await self.queue.room.wait()
        if self.queue.journal is not None:
            # This getUpdates confirms the updates fetched before it: they must be journaled first.
            self.queue.journal.flush_journal()
        status, body = await self.inner.do_request(url, method, request_data, *args, **kwargs)
        if status in (401, 404):
            self.rejected = True
            if self.on_rejected is not None:
                self.on_rejected()
            return 200, b'{"ok":true,"result":[]}'
        return status, body
