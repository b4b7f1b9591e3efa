"""The Telegram layer: python-telegram-bot handlers around bot.conversation, and the process entry.

Modules: `app` builds the Application and runs it (polling or webhook); `handlers` turns updates
into conversation calls; `admin` the admin commands and notices; `sending` delivers responses
with limits and retries; `polling` holds getUpdates back while a backlog is answered; `context`
is the typed context every handler gets.
"""
