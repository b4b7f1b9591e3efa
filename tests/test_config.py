"""Settings from the environment: defaults, and every bad value listed at once."""
from __future__ import annotations

import pytest

from bot.config import ConfigError, Settings, from_env

GOOD = {"TELEGRAM_BOT_TOKEN": "1:x"}


def test_defaults():
    s = from_env(GOOD)
    assert s == Settings(token="1:x")
    assert s.rate_limit == 30 and s.port == 8443 and s.log_retention_days == 90 and s.question_log
    assert not s.webhook_mode


def test_values_are_read():
    s = from_env({**GOOD, "TELEGRAM_API_URL": "http://127.0.0.1:8081/", "TELEGRAM_RATE_LIMIT": "0",
                  "ADMIN_IDS": " 12, 34 ,", "PORT": "8080", "WEBHOOK_URL": "https://example.org/hook",
                  "WEBHOOK_SECRET": "s3cret_-x", "QUESTION_LOG": "off", "LOG_RETENTION_DAYS": "7",
                  "LOG_LEVEL": "debug", "FAQ_PATH": "x.yaml", "DB_PATH": "y.db"})
    assert s.api_url == "http://127.0.0.1:8081" and s.rate_limit == 0 and s.admin_ids == {12, 34}
    assert s.port == 8080 and s.webhook_mode and s.webhook_secret == "s3cret_-x"
    assert not s.question_log and s.log_retention_days == 7 and s.log_level == "DEBUG"
    assert str(s.faq_path) == "x.yaml" and str(s.db_path) == "y.db"


@pytest.mark.parametrize("name, value", [
    ("TELEGRAM_RATE_LIMIT", "0.5"),    # aiolimiter cannot send half a message a second
    ("TELEGRAM_RATE_LIMIT", "inf"),
    ("TELEGRAM_RATE_LIMIT", "-1"),
    ("TELEGRAM_RATE_LIMIT", "fast"),
    ("ADMIN_IDS", "12,alice"),
    ("ADMIN_IDS", "12,-100123"),         # a group's id pasted by mistake
    ("ADMIN_IDS", "0"),
    ("TELEGRAM_BOT_TOKEN", "x"),         # not a token: and the log filter would blank every "x"
    ("TELEGRAM_BOT_TOKEN", "abc def"),
    ("PORT", "²"),                     # a digit to str.isdigit(), not to int()
    ("PORT", "70000"),
    ("LOG_RETENTION_DAYS", "²"),
    ("LOG_RETENTION_DAYS", "0"),
    ("LOG_LEVEL", "chatty"),
    ("QUESTION_LOG", "maybe"),
    ("TELEGRAM_API_URL", "api.telegram.org"),
    # From a second new user's trial: these had started the bot and then failed in other ways.
    ("TELEGRAM_API_URL", "http://127.0.0.1:8081/bot"),  # reported as a rejected token
    ("DB_PATH", "/no/such/folder/faqbot.sqlite3"),     # the journal and question log silently off
    ("DB_PATH", "/tmp"),                               # a folder
])
def test_a_bad_value_is_a_listed_problem(name, value):
    with pytest.raises(ConfigError) as err:
        from_env({**GOOD, name: value})
    assert len(err.value.problems) == 1 and name in err.value.problems[0]


def test_a_db_path_with_a_tilde_says_the_tilde_is_not_expanded():
    # From a sixth code review: systemd and Docker pass "~" through as it is.
    with pytest.raises(ConfigError) as err:
        from_env({**GOOD, "DB_PATH": "~/faqbot.sqlite3"})
    assert "~ is not expanded" in err.value.problems[0]


def test_webhook_mode_needs_https_and_a_secret_and_lists_both():
    with pytest.raises(ConfigError) as err:
        from_env({**GOOD, "WEBHOOK_URL": "http://example.org/hook"})
    problems = err.value.problems
    assert len(problems) == 2
    assert any("https://" in p for p in problems) and any("WEBHOOK_SECRET" in p for p in problems)


def test_a_db_path_that_is_no_database_is_a_listed_problem(tmp_path):
    # From an eleventh new user's trial: the bot started with the question log and the journal silently off.
    text_file = tmp_path / "notes.sqlite3"
    text_file.write_text("hello", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        from_env({**GOOD, "DB_PATH": str(text_file), "PORT": "abc"})
    assert len(err.value.problems) == 2 and any("not an SQLite database" in p for p in err.value.problems)


def test_an_empty_or_real_database_file_is_fine(tmp_path):
    import sqlite3
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    real = tmp_path / "real.sqlite3"
    sqlite3.connect(real).execute("CREATE TABLE t (x)").connection.close()
    assert from_env({**GOOD, "DB_PATH": str(empty)}).db_path == empty
    assert from_env({**GOOD, "DB_PATH": str(real)}).db_path == real


@pytest.mark.parametrize("url, said", [
    # From an eleventh new user's trial: Telegram refuses these only after setWebhook's retries.
    ("https://club.example.org:8080/hook", "port 8080"),
    ("https://club example.org/hook", "no valid host name"),
    ("https://localhost/hook", "cannot reach"),
    ("https://192.168.1.10/hook", "cannot reach"),
    # A twentieth new user's: the host is there, the scheme is not.
    ("example.org", "add https:// in front (https://example.org)"),
    # A twenty-first new user's: a fragment never reaches the bot.
    ("https://club.example.org/hook#frag", "has a '#' part"),
])
def test_a_webhook_url_telegram_cannot_call_is_a_listed_problem(url, said):
    with pytest.raises(ConfigError) as err:
        from_env({**GOOD, "WEBHOOK_URL": url, "WEBHOOK_SECRET": "s3cret"})
    assert len(err.value.problems) == 1 and said in err.value.problems[0]


def test_every_problem_of_a_webhook_url_is_said_at_once_with_the_way_to_run_locally():
    # A new user's http://localhost:5000/hook: "must be https", then "port 5000", then "localhost", one per restart.
    with pytest.raises(ConfigError) as err:
        from_env({**GOOD, "WEBHOOK_URL": "http://localhost:5000/hook", "WEBHOOK_SECRET": "s3cret"})
    [said] = err.value.problems
    for needle in ("https://", "port 5000", "'localhost'", "cannot reach", "leave WEBHOOK_URL unset", "polls"):
        assert needle in said, said


@pytest.mark.parametrize("secret", ["has spaces", "x" * 257])
def test_a_bad_webhook_secret_says_how_to_make_one(secret):
    with pytest.raises(ConfigError) as err:
        from_env({**GOOD, "WEBHOOK_URL": "https://example.org/hook", "WEBHOOK_SECRET": secret})
    [said] = err.value.problems
    assert 'python -c "import secrets; print(secrets.token_urlsafe(32))"' in said and secret not in said


def test_a_self_hosted_bot_api_may_call_any_webhook():
    s = from_env({**GOOD, "WEBHOOK_URL": "https://127.0.0.1:9000/hook", "WEBHOOK_SECRET": "s3cret",
                  "TELEGRAM_API_URL": "http://127.0.0.1:8081"})
    assert s.webhook_mode and from_env({**GOOD, "WEBHOOK_URL": "https://bot.example.org:8443/x",
                                        "WEBHOOK_SECRET": "s3cret"}).webhook_mode


def test_a_quoted_token_says_to_remove_the_quotes_and_never_shows_it():
    # From an eleventh new user's trial: a platform's config page keeps the quotes typed around the token.
    with pytest.raises(ConfigError) as err:
        from_env({"TELEGRAM_BOT_TOKEN": '"123456:AAbbCCdd-eeFF"'})
    [problem] = err.value.problems
    assert "remove them" in problem and "123456" not in problem


def test_a_token_copied_with_its_bot_prefix_says_to_remove_it_and_never_shows_it():
    # From a fourteenth new user's trial: the token copied from an API address ("bot123:AAH...").
    with pytest.raises(ConfigError) as err:
        from_env({"TELEGRAM_BOT_TOKEN": "bot123456:AAbbCCdd-eeFF"})
    [problem] = err.value.problems
    assert "remove the leading 'bot'" in problem and "123456" not in problem


def test_a_database_in_a_folder_that_cannot_be_written_is_a_listed_problem(tmp_path, monkeypatch):
    # A review: an existing database in a read-only folder started the bot (SQLite keeps its journal there).
    import os
    import sqlite3
    db = tmp_path / "faqbot.sqlite3"
    sqlite3.connect(db).execute("CREATE TABLE t (x)").connection.close()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if str(p) == str(tmp_path) else real_access(p, mode))
    with pytest.raises(ConfigError) as err:
        from_env({**GOOD, "DB_PATH": str(db)})
    assert "folder cannot be written" in err.value.problems[0]


@pytest.mark.parametrize("value, said", [
    ("@alice", None),                          # a username, not an id
    ("12345 67890", "'12345,67890'"),          # spaces between the ids
    ("12345;67890", "'12345,67890'"),          # semicolons (a twenty-first new user)
])
def test_a_bad_admin_ids_says_how_to_find_an_id_and_to_use_commas(value, said):
    # A new user: neither README's "ask @userinfobot" nor "use a comma instead of the space" was in the message.
    with pytest.raises(ConfigError) as err:
        from_env({**GOOD, "ADMIN_IDS": value})
    [problem] = err.value.problems
    assert "message @userinfobot on Telegram" in problem
    assert ("separate the ids with commas" in problem) == bool(said) and (said is None or said in problem)


def test_a_bad_log_level_is_echoed_as_typed():
    """A twenty-second new user's LOG_LEVEL=loud came back as 'LOUD'."""
    with pytest.raises(ConfigError) as err:
        from_env({**GOOD, "LOG_LEVEL": "loud"})
    assert "got 'loud'" in err.value.problems[0]


REAL_LOOKING = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1"


@pytest.mark.parametrize("name, value", [
    ("WEBHOOK_URL", f"http://example.org:99999/{REAL_LOOKING}"),
    ("WEBHOOK_URL", "http://example.org/hook/AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1"),
    ("TELEGRAM_API_URL", f"https://api.telegram.org/bot{REAL_LOOKING}"),
    ("TELEGRAM_API_URL", f"not a url {REAL_LOOKING}"),
])
def test_a_setting_pasted_with_the_token_in_it_never_shows_the_token(name, value):
    with pytest.raises(ConfigError) as info:
        from_env({"TELEGRAM_BOT_TOKEN": REAL_LOOKING, name: value})
    said = "\n".join(info.value.problems)
    assert name in said and "<token>" in said, said
    assert "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1" not in said, said


def test_an_api_url_with_the_token_on_the_end_is_refused_with_the_address_to_use():
    with pytest.raises(ConfigError) as info:
        from_env({"TELEGRAM_BOT_TOKEN": REAL_LOOKING, "TELEGRAM_API_URL": f"https://api.example.org/bot{REAL_LOOKING}"})
    assert "'https://api.example.org'" in "\n".join(info.value.problems)
