"""Runners' FAQ bot: answers runners' questions from faq.yaml, in Telegram or the terminal."""
