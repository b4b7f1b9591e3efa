"""Telegram's HTML subset: check it, measure it as Telegram does, turn it into plain text, split it."""
from __future__ import annotations

import html
import re
from dataclasses import dataclass

MAX_MESSAGE_LENGTH = 4096

# Tags Telegram's HTML parse mode accepts (Bot API "HTML style"); anything else is a 400.
ALLOWED_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del",
    "a", "code", "pre", "blockquote", "tg-spoiler", "span", "tg-emoji",
}
_TOKEN_RE = re.compile(r"<[^<>]*>|&[^&;<>\s]{1,12};|[<>&]")
_TAG_RE = re.compile(r"^<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^<>]*)?)\s*(/?)>$")
_ATTR_RE = re.compile(r"""\s*([a-zA-Z-]+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?""")
# Telegram decodes only these named entities, plus numeric ones.
_ENTITY_RE = re.compile(r"^&(lt|gt|amp|quot|#\d{1,7}|#x[0-9a-fA-F]{1,6});$")


@dataclass(frozen=True)
class MarkupProblem:
    offset: int  # character offset in the text
    message: str


def check(text: str) -> list[MarkupProblem]:
    """Return every way `text` breaks Telegram's HTML parse mode (empty when it is valid)."""
    problems: list[MarkupProblem] = []
    stack: list[tuple[str, int]] = []
    for m in _TOKEN_RE.finditer(text):
        token = m.group()
        if token in "<>&":
            problems.append(MarkupProblem(m.start(), f"bare {token!r}: write it as {html.escape(token)}"))
            continue
        if token.startswith("&"):
            if not _ENTITY_RE.match(token):
                problems.append(MarkupProblem(m.start(), f"unknown entity {token} (use &lt; &gt; &amp; &quot;)"))
            continue
        tag = _TAG_RE.match(token)
        if not tag:
            problems.append(MarkupProblem(m.start(), f"malformed tag {token}"))
            continue
        closing, name, attrs, selfclosing = tag.group(1), tag.group(2).lower(), tag.group(3), tag.group(4)
        if name not in ALLOWED_TAGS:
            problems.append(MarkupProblem(
                m.start(), f"tag <{name}> is not allowed by Telegram (use b, i, u, s, a, code, pre, blockquote)"
            ))
            continue
        if selfclosing:
            problems.append(MarkupProblem(m.start(), f"<{name}/> is not allowed: open and close the tag"))
            continue
        if closing:
            if not stack or stack[-1][0] != name:
                expected = f"</{stack[-1][0]}>" if stack else "no closing tag"
                problems.append(MarkupProblem(m.start(), f"</{name}> does not match: expected {expected}"))
                # Drop the matching opener if it is deeper in the stack, to limit follow-on errors.
                for i in range(len(stack) - 1, -1, -1):
                    if stack[i][0] == name:
                        del stack[i:]
                        break
            else:
                stack.pop()
            continue
        parsed = dict((k.lower(), v) for k, v in _ATTR_RE.findall(attrs))
        if name == "a" and "href" not in parsed:
            problems.append(MarkupProblem(m.start(), "<a> needs an href attribute"))
        if name == "span" and "tg-spoiler" not in parsed.get("class", ""):
            problems.append(MarkupProblem(m.start(), '<span> is only allowed as <span class="tg-spoiler">'))
        stack.append((name, m.start()))
    for name, offset in stack:
        problems.append(MarkupProblem(offset, f"<{name}> is never closed"))
    return problems


def to_plain(text: str) -> str:
    """Return what a reader sees: tags dropped, entities decoded."""
    return html.unescape(re.sub(r"<[^<>]*>", "", text))


def telegram_length(text: str) -> int:
    """Length as Telegram counts it for the 4096 limit: visible text in UTF-16 code units."""
    return len(to_plain(text).encode("utf-16-le")) // 2


def split(text: str, limit: int = MAX_MESSAGE_LENGTH) -> list[str]:
    """Split HTML into messages of at most `limit`, on paragraph boundaries, closing and reopening tags."""
    if telegram_length(text) <= limit:
        return [text]
    chunks: list[str] = []
    current = ""
    for sep, piece in _pieces(text, limit):
        candidate = f"{current}{sep}{piece}" if current else piece
        if telegram_length(_balanced(candidate)) <= limit:
            current = candidate
        else:
            if current.strip():
                chunks.append(current.strip())
            current = piece.lstrip()
    if current.strip():
        chunks.append(current.strip())
    return _rebalance(chunks)


def _pieces(text: str, limit: int):
    """(separator, piece) pairs: paragraphs, or their lines, or cuts of a line, each well under the limit.

    The separator is what stood before the piece in the text (a blank line, a newline, or
    nothing inside a cut line), so joining them back changes nothing.
    """
    half = limit // 2
    for para in re.split(r"\n\s*\n", text):
        if telegram_length(para) <= half:
            yield "\n\n", para
            continue
        for n, line in enumerate(para.split("\n")):
            parts = [line] if telegram_length(line) <= half else _hard_wrap(line, half)
            for m, part in enumerate(parts):
                yield ("\n\n" if n == 0 else "\n") if m == 0 else "", part


def _hard_wrap(line: str, size: int) -> list[str]:
    """Cut a very long line between tokens (never inside a tag or entity), keeping every character."""
    tokens = re.findall(r"<[^<>]*>|&[^&;<>\s]{1,12};|\s+|[^<&\s]{1,200}|.", line)
    out, buf = [], ""
    for tok in tokens:
        if buf and telegram_length(buf + tok) > size:
            out.append(buf)
            buf = tok
        else:
            buf += tok
    if buf:
        out.append(buf)
    return out


def _open_tags(text: str) -> list[str]:
    """The opening tags still open at the end of `text`, outermost first."""
    stack: list[str] = []
    for m in re.finditer(r"<[^<>]*>", text):
        tag = _TAG_RE.match(m.group())
        if not tag:
            continue
        if tag.group(1):
            name = tag.group(2).lower()
            for i in range(len(stack) - 1, -1, -1):
                if _TAG_RE.match(stack[i]).group(2).lower() == name:
                    del stack[i:]
                    break
        else:
            stack.append(m.group())
    return stack


def _closers(opened: list[str]) -> str:
    return "".join(f"</{_TAG_RE.match(t).group(2).lower()}>" for t in reversed(opened))


def _balanced(chunk: str) -> str:
    return chunk + _closers(_open_tags(chunk))


def _rebalance(chunks: list[str]) -> list[str]:
    """Close tags left open at the end of a chunk and reopen them at the start of the next."""
    out: list[str] = []
    carry: list[str] = []
    for chunk in chunks:
        body = "".join(carry) + chunk
        carry = _open_tags(body)
        out.append(body + _closers(carry))
    return out
