"""Benchmark: the FAQ bot against a bare python-telegram-bot echo bot, through the fake Bot API server.

    python tests/bench/bench_telegram.py [--questions 2000] [--users 200] [--rounds 3]

A third bot, "replay", is the echo bot sending the FAQ bot's own replies (the same HTML and
keyboard, looked up by question): the FAQ bot against it is the cost of reading, triage, matching
and the conversation layer alone, since both make the same requests. The target compares with the
plain echo bot, whose replies are a short copy of the question with no keyboard.

For each bot, in the same run and the same way: a fresh fake server, the questions queued from
`--users` users before the bot starts, then the bot process started with the rate limiter off
(TELEGRAM_RATE_LIMIT=0 for ours; the echo bot has none), after one short warm-up run of each
(so both start with their bytecode cached, as an installed package does). Printed for each:
- messages per second: questions answered divided by the time from the first getUpdates (which
  returns the queued questions) to the last sendMessage;
- peak RSS: VmHWM from /proc/<pid>/status once every question is answered, just before stopping it;
- start-up: from starting the process to its first getUpdates request.
Then the ratios ours/echo against the targets (throughput >= 0.9x echo and >= 300 msg/s, peak RSS
<= 1.25x echo, start-up <= 1.5x echo). The exit status is 1 when a target is missed.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import yaml  # noqa: E402
from fake_telegram import FakeTelegram  # noqa: E402

from bot import replies  # noqa: E402
from bot.conversation import Conversation, Sender  # noqa: E402
from bot.live import FaqSource  # noqa: E402


@dataclass
class Result:
    name: str
    rate: float      # messages per second
    rss_mb: float    # VmHWM
    startup: float   # seconds to the first getUpdates


def questions(n: int, seed: int = 7) -> list[str]:
    """`n` questions from the dev set, each one the FAQ bot answers with exactly one message."""
    snap = FaqSource.load(ROOT / "faq.yaml").current
    cases = yaml.safe_load((ROOT / "tests" / "data" / "questions-dev.yaml").read_text(encoding="utf-8"))
    pool = [c["text"] for c in cases
            if len(replies.for_decision(snap.faq, snap.matcher.decide(c["text"]), c["text"])) == 1]
    rng = random.Random(seed)
    return [rng.choice(pool) for _ in range(n)]


def replay_file(texts: list[str], path: Path) -> None:
    """Write what the FAQ bot replies to each of `texts` in a private chat, for the replay bot."""
    conversation = Conversation(FaqSource.load(ROOT / "faq.yaml"), journal=False)
    table = {}
    for i, text in enumerate(dict.fromkeys(texts)):
        (reply,) = conversation.question(text, Sender(user_id=i)).replies
        table[text] = [reply.html, [[[b.text, b.data] for b in row] for row in reply.buttons]]
    path.write_text(json.dumps(table), encoding="utf-8")


def vm_hwm_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM")


def run_one(name: str, argv: list[str], extra_env: dict[str, str], texts: list[str], users: int) -> Result:
    with FakeTelegram() as fake, tempfile.TemporaryDirectory() as tmp:
        for i, text in enumerate(texts):
            fake.add_message(text, user_id=1_000_000 + i % users)
        # Bytecode is cached as for an installed package (pip compiles it); with
        # PYTHONDONTWRITEBYTECODE set, the FAQ bot's own modules would be compiled at every start.
        env = {k: v for k, v in os.environ.items()
               if not k.startswith(("TELEGRAM_", "WEBHOOK_")) and k != "PYTHONDONTWRITEBYTECODE"}
        env.update(TELEGRAM_BOT_TOKEN=fake.token, TELEGRAM_API_URL=fake.api_url, LOG_LEVEL="INFO",
                   FAQ_PATH=str(ROOT / "faq.yaml"), DB_PATH=str(Path(tmp) / "bench.sqlite3"), **extra_env)
        log_path = Path(tmp) / "bot.log"
        with open(log_path, "w") as log:
            started = time.monotonic()
            proc = subprocess.Popen(argv, cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=log, stderr=log)
            try:
                done = fake.wait_for(lambda t: len(t.sent_messages()) >= len(texts) or proc.poll() is not None, 300)
                if not done or proc.poll() is not None:
                    raise RuntimeError(f"{name} did not answer everything:\n{log_path.read_text()[-3000:]}")
                rss = vm_hwm_mb(proc.pid)
            finally:
                proc.send_signal(signal.SIGTERM)
                try:
                    proc.wait(30)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
        first_poll = min(r.time for r in fake.requests if r.path.endswith("/getUpdates"))
        last_send = max(c.time for c in fake.sent_messages())
        return Result(name, len(texts) / (last_send - first_poll), rss, first_poll - started)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--questions", type=int, default=2000)
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3, help="alternate the bots this many times; medians shown")
    args = parser.parse_args()
    texts = questions(args.questions)
    replay = Path(tempfile.mkdtemp()) / "replies.json"
    replay_file(texts, replay)
    echo_bot = [sys.executable, str(ROOT / "tests" / "bench" / "echo_bot.py")]
    bots = {
        "faq bot": ([sys.executable, "-m", "bot"], {"TELEGRAM_RATE_LIMIT": "0"}),
        "echo bot": (echo_bot, {}),
        "replay": (echo_bot, {"REPLAY_FILE": str(replay)}),
    }
    results: dict[str, list[Result]] = {name: [] for name in bots}
    for name, (argv, extra) in bots.items():  # warm-up: caches bytecode and the OS's file cache
        run_one(name, argv, extra, texts[:100], args.users)
    for _ in range(args.rounds):
        for name, (argv, extra) in bots.items():
            results[name].append(run_one(name, argv, extra, texts, args.users))

    def med(name: str, field: str) -> float:
        return statistics.median(getattr(r, field) for r in results[name])

    print(f"{args.questions} questions from {args.users} users, rate limiter off, "
          f"{args.rounds} round(s), medians; {os.cpu_count()} CPUs")
    print(f"{'':10} {'msg/s':>9} {'peak RSS MB':>12} {'start-up s':>11}")
    for name in bots:
        print(f"{name:10} {med(name, 'rate'):9.0f} {med(name, 'rss_mb'):12.1f} {med(name, 'startup'):11.2f}")
    ours, echo = "faq bot", "echo bot"
    rate_ratio = med(ours, "rate") / med(echo, "rate")
    rss_ratio = med(ours, "rss_mb") / med(echo, "rss_mb")
    startup_ratio = med(ours, "startup") / med(echo, "startup")
    checks = [
        (f"throughput ratio {rate_ratio:.2f} (target >= 0.90)", rate_ratio >= 0.9),
        (f"throughput {med(ours, 'rate'):.0f} msg/s (target >= 300)", med(ours, "rate") >= 300),
        (f"peak RSS ratio {rss_ratio:.2f} (target <= 1.25)", rss_ratio <= 1.25),
        (f"start-up ratio {startup_ratio:.2f} (target <= 1.50)", startup_ratio <= 1.5),
    ]
    for text, ok in checks:
        print(f"  {'ok  ' if ok else 'MISS'} {text}")
    print(f"  (FAQ bot / replay, the same requests without the engine: throughput "
          f"{med(ours, 'rate') / med('replay', 'rate'):.2f}, "
          f"peak RSS {med(ours, 'rss_mb') / med('replay', 'rss_mb'):.2f})")
    return 0 if all(ok for _, ok in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
