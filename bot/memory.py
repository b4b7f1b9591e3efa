"""What each chat was last told, kept in memory for a few minutes so a follow-up can be read with it."""
from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass

TTL_SECONDS = 600.0  # a turn older than 10 minutes is forgotten: a later message starts afresh
MAX_CHATS = 10_000  # the least recently used chat is forgotten beyond this (about 2 MB at most)


@dataclass(frozen=True)
class Turn:
    """The last reply in one chat (one person's, in a group).

    `kind`: "answer", "suggest", "none", "smalltalk", "urgent" or "crisis". `entry_id`: the entry
    answered, or the closest one to the last question. `topic`: that entry's topic words, read with
    a short follow-up. `at`: time.monotonic() seconds. `fallback`: the fallback was just sent.
    `alarm`: while an urgent-care, crisis or eating-disorder reply is still being talked about, what
    it raised (bot.alarms.alarm_of: "emergency", "pregnancy", "today", "crisis", "eating", joined by "+");
    `since_alarm`: messages since that reply; `calm`: a denial of it has been answered; `signs`: the
    warning signs it was raised for.
    """

    kind: str
    entry_id: str | None = None
    topic: tuple[str, ...] = ()
    at: float = 0.0
    fallback: bool = False
    alarm: str | None = None
    since_alarm: int = 0
    calm: bool = False  # the alarm was talked down and the bot has said its piece: "ok" then closes
    signs: tuple[str, ...] = ()  # the warning signs the alarm was raised for (bot.followups.standing)
    told: tuple[str, ...] = ()  # what the chat told that a later sign needs (bot.context: back pain, pregnancy)
    no_phone: bool = False  # the chat said it cannot phone: reminders tell how else to get help
    told_at: float = 0.0  # when it first told it: it is forgotten after TTL_SECONDS, however the chat goes on
    offered: tuple[str, ...] = ()  # the "did you mean" entries just offered, for a typed pick ("the second one")
    asked: str = ""  # the last question as typed (in memory only), for a correction that follows it ("*back")


class Memory:
    """The last Turn per key (chat, or chat and user), at most `max_chats` of them, each for `ttl`
    seconds. Thread-safe: Telegram handlers and button presses may run in worker threads. Nothing
    is written to disk, so a restart forgets everything."""

    def __init__(self, ttl: float = TTL_SECONDS, max_chats: int = MAX_CHATS) -> None:
        self.ttl = ttl
        self.max_chats = max_chats
        self._turns: OrderedDict[Hashable, Turn] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable, now: float | None = None) -> Turn | None:
        """The chat's last turn, or None when there is none or it is older than `ttl` seconds."""
        now = time.monotonic() if now is None else now
        with self._lock:
            turn = self._turns.get(key)
            if turn is None:
                return None
            if now - turn.at > self.ttl:
                del self._turns[key]
                return None
            return turn

    def put(self, key: Hashable, turn: Turn) -> None:
        """Remember `turn` as the chat's last; the least recently used chat goes when full."""
        with self._lock:
            self._turns[key] = turn
            self._turns.move_to_end(key)
            while len(self._turns) > self.max_chats:
                self._turns.popitem(last=False)

    def __len__(self) -> int:
        return len(self._turns)
