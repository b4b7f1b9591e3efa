"""The Bot API's wire format, shared by both transports: paths, parameter decoding, JSON answers."""
from __future__ import annotations

import json
import re
import urllib.parse
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

# Parameters that are strings in the Bot API: kept raw even when they look like JSON ("123").
STRING_PARAMS = frozenset(
    """
    text caption callback_query_id inline_query_id next_offset url secret_token description
    short_description name title query message_text parse_mode caption_parse_mode language_code
    emoji custom_emoji_id business_connection_id inline_message_id ip_address explanation question
    address first_name last_name phone_number vcard payload button_text start_parameter
    switch_pm_text switch_pm_parameter error_message shipping_query_id pre_checkout_query_id
    web_app_query_id game_short_name custom_title sticker_set_name set_name action cache_key
    file_id
    """.split()
)

_METHOD_PATH_RE = re.compile(r"/bot([^/]*)/([^/]+)")
_FILE_PATH_RE = re.compile(r"/file/bot([^/]*)/(.+)")


@dataclass(frozen=True)
class Route:
    """What a request path addresses: a method call (`kind` "method") or a file download ("file")."""

    kind: str
    token: str
    name: str  # the method as written, or the file_path


def route(path: str) -> Route | None:
    """`/bot<token>/<method>` or `/file/bot<token>/<file_path>` (path already percent-decoded)."""
    m = _FILE_PATH_RE.fullmatch(path)
    if m:
        return Route("file", m.group(1), m.group(2))
    m = _METHOD_PATH_RE.fullmatch(path)
    if m:
        return Route("method", m.group(1), m.group(2))
    return None


def split_target(target: str) -> tuple[str, str]:
    """A request target or URL -> (percent-decoded path, raw query)."""
    parts = urllib.parse.urlsplit(target)
    return urllib.parse.unquote(parts.path), parts.query


def _reject_constant(name: str) -> Any:
    raise ValueError(name)


def decode_value(key: str, value: str) -> Any:
    """PTB sends strings raw and everything else JSON-encoded: undo that where it is safe."""
    if key in STRING_PARAMS or not value:
        return value
    if value.isdigit() and value.isascii() and (value[0] != "0" or value == "0"):  # ids, without the JSON decoder
        return int(value)
    if value[0] in "{[-0123456789" or value in ("true", "false"):
        try:
            decoded = json.loads(value, parse_constant=_reject_constant)
        except ValueError:
            return value
        if isinstance(decoded, (dict, list, int, float, bool)):
            return decoded
    return value


def upload(filename: str, content_type: str, data: bytes) -> dict:
    """How an uploaded file appears among a call's params."""
    return {"filename": filename, "content_type": content_type, "size": len(data), "data": data}


def decode_form(fields: Iterable[tuple[str, str]], files: Iterable[tuple[str, str, str, bytes]] = ()) -> dict:
    """Form fields (name, value) and uploads (name, filename, content type, bytes) -> call params.

    The last of repeated fields wins, as in Telegram.
    """
    params: dict[str, Any] = {}
    for key, value in fields:
        params[key] = decode_value(key, value)
    for key, filename, content_type, data in files:
        params[key] = upload(filename, content_type, data)
    return params


def decode_json_body(body: bytes) -> dict:
    data = json.loads(body.decode("utf-8"))
    if not isinstance(data, dict):
        raise ValueError("JSON body must be an object")
    return data


def encode(payload: Any) -> bytes:
    """A JSON answer's bytes, as both transports send them."""
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def error_payload(status: int, description: str, parameters: dict | None = None) -> dict:
    payload: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if parameters:
        payload["parameters"] = parameters
    return payload
