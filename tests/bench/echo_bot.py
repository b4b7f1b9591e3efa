"""A bare python-telegram-bot echo bot, the baseline for bench_telegram.py (after PTB's echobot.py).

Reads TELEGRAM_BOT_TOKEN and TELEGRAM_API_URL from the environment, like the FAQ bot, and
talks to `{TELEGRAM_API_URL}/bot<token>/<method>`.

With REPLAY_FILE set (a JSON object: question -> [html, [[[button text, callback data], ...], ...]]),
it answers each question with the FAQ bot's own reply, HTML and keyboard, looked up rather than
worked out: the same requests as the FAQ bot's, without reading, triage or matching.
"""
import json
import logging
import os

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.ext import Application, ContextTypes, MessageHandler, filters

logging.basicConfig(format="%(asctime)s - %(name)s - %(levelname)s - %(message)s", level=logging.INFO)
logging.getLogger("httpx").setLevel(logging.WARNING)

REPLIES = json.loads(open(os.environ["REPLAY_FILE"]).read()) if os.environ.get("REPLAY_FILE") else {}


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Echo the user message."""
    await update.message.reply_text(update.message.text)


async def replay(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send the FAQ bot's reply to this question, looked up."""
    html, rows = REPLIES[update.message.text]
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton(text, callback_data=data) for text, data in row]
                                     for row in rows]) if rows else None
    await update.message.reply_text(html, parse_mode=ParseMode.HTML, reply_markup=keyboard)


def main() -> None:
    """Start the bot."""
    api_url = os.environ.get("TELEGRAM_API_URL", "https://api.telegram.org").rstrip("/")
    application = (
        Application.builder()
        .token(os.environ["TELEGRAM_BOT_TOKEN"])
        .base_url(f"{api_url}/bot")
        .base_file_url(f"{api_url}/file/bot")
        .build()
    )
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, replay if REPLIES else echo))
    application.run_polling(allowed_updates=Update.ALL_TYPES)


if __name__ == "__main__":
    main()
