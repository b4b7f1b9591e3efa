"""Telegram's HTML subset: the one parser (check, parse to text and entities), its length, plain text, splitting."""
from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

MAX_MESSAGE_LENGTH = 4096

# Tags Telegram's HTML parse mode accepts (Bot API "HTML style"); anything else is a 400.
ALLOWED_TAGS = frozenset({
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del",
    "a", "code", "pre", "blockquote", "tg-spoiler", "span", "tg-emoji",
})
# Used by split() to find the tags still open at a cut; the tags themselves are checked by _Parser.
_TAG_RE = re.compile(r"^<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^<>]*)?)\s*(/?)>$")

_TAG_ENTITY = {
    "b": "bold", "strong": "bold", "i": "italic", "em": "italic", "u": "underline",
    "ins": "underline", "s": "strikethrough", "strike": "strikethrough", "del": "strikethrough",
    "tg-spoiler": "spoiler", "span": "spoiler", "code": "code", "pre": "pre",
}
_SPECIAL_RE = re.compile(r"[<>&]")
_NAME_RE = re.compile(r"[A-Za-z][A-Za-z0-9-]*")
# Telegram decodes only these named references, plus numeric ones.
_ENTITY_RE = re.compile(r"&(?:(lt|gt|amp|quot)|#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6}));")
_ANY_ENTITY_RE = re.compile(r"&[A-Za-z0-9#]{1,32};")
_ANY_TAG_RE = re.compile(r"<[^<>]*>")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_ATTR_NAME_RE = re.compile(r"[A-Za-z0-9_-]+")
# An unquoted attribute value is a name token to Telegram: letters, digits, "." and "-" only (TDLib's parse_html: a
# value such as href=https://... is "Unexpected end of name token"; a new admin's unquoted link passed check).
_UNQUOTED_VALUE_RE = re.compile(r"[A-Za-z0-9.\-]*")
_WS = " \t\n\r\f\v"
_USE_TAGS = "use b, i, u, s, a, code, pre, blockquote"


@dataclass(frozen=True)
class MarkupProblem:
    offset: int  # character offset in the text
    message: str


class TelegramHtmlError(ValueError):
    """The text is not valid Telegram HTML; str(err) is the part after "can't parse entities: "."""


@dataclass(frozen=True)
class _Problem:
    offset: int
    message: str           # for authors, as check() reports it
    telegram: str | None   # as the Bot API words it; None where Telegram accepts the text


class _Stop(Exception):
    """Raised inside _Parser in strict mode at the first problem Telegram would reject."""

    def __init__(self, problem: _Problem) -> None:
        super().__init__(problem.telegram)
        self.problem = problem


def utf16_len(text: str) -> int:
    """Length of `text` in UTF-16 code units, the unit of Telegram's entity offsets and limits."""
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


class _Parser:
    """One pass over Telegram HTML: plain text, entities, and problems.

    Strict mode stops at the first problem Telegram rejects (the Bot API answers 400 at the
    first); otherwise every problem is collected and parsing goes on after each, so that an
    author sees all of them at once. The rules are deliberately a little stricter than
    Telegram's where its leniency hides mistakes: a bare "&" or "<" is an error (Telegram shows
    some literally), an unsupported entity such as &nbsp; is an error, and <a> needs a href.
    A bare ">" is accepted by Telegram but still reported by check() (telegram=None).
    """

    def __init__(self, text: str, strict: bool) -> None:
        self.text = text
        self.n = len(text)
        self.strict = strict
        self.out: list[str] = []
        self.pos16 = 0  # UTF-16 length of what is in `out`
        self.stack: list[dict] = []
        self.entities: list[dict] = []
        self.problems: list[_Problem] = []

    # -- reporting

    def byte_offset(self, index: int) -> int:
        return len(self.text[:index].encode("utf-8", "surrogatepass"))

    def report(self, offset: int, message: str, telegram: str | None) -> None:
        problem = _Problem(offset, message, telegram)
        if self.strict:
            if telegram is not None:
                raise _Stop(problem)
            return
        self.problems.append(problem)

    def emit(self, chunk: str) -> None:
        self.out.append(chunk)
        self.pos16 += len(chunk) if chunk.isascii() else utf16_len(chunk)

    def gt_before_lt(self, start: int) -> int:
        """Index of the '>' that ends a tag opened at `start`, or -1 when a '<' or the end comes first.

        This is how an author's eye delimits a tag, so check() words its messages by it: a '<'
        that never reaches a '>' is a "bare '<'", one that does is a "malformed tag".
        """
        gt = self.text.find(">", start + 1)
        lt = self.text.find("<", start + 1)
        return -1 if gt < 0 or 0 <= lt < gt else gt

    def bare_lt(self, i: int, telegram: str) -> int:
        self.report(i, "bare '<': write it as &lt;", telegram)
        self.emit("<")
        return i + 1

    def malformed(self, i: int, telegram: str) -> int:
        """Report the tag at `i` as malformed and return where to go on after it."""
        end = self.gt_before_lt(i)
        if end < 0:
            return self.bare_lt(i, telegram)
        self.report(i, f"malformed tag {self.text[i:end + 1]}", telegram)
        return end + 1

    def unquoted(self, i: int, attr: str, name: str, j: int) -> int:
        """Report the tag at `i` whose attribute value at `j` needs quotes; return where to go on after it."""
        end = self.gt_before_lt(i)
        telegram = f"Unexpected end of name token at byte offset {self.byte_offset(j)}"
        if end < 0:
            return self.bare_lt(i, telegram)
        self.report(i, f'malformed tag {self.text[i:end + 1]}: put the value of {attr} in quotes '
                       f'({attr}="..."); Telegram reads a value without quotes as letters, digits, "." and "-" only',
                    telegram)
        return end + 1

    def tdlib_start_error(self, i: int) -> str:
        """Telegram's words for a start tag at `i` whose name it cannot use."""
        j = i + 1
        while j < self.n and self.text[j] not in _WS and self.text[j] != ">":
            j += 1
        if j >= self.n:
            return f"Unclosed start tag at byte offset {self.byte_offset(i)}"
        return f'Unsupported start tag "{self.text[i + 1:j].lower()}" at byte offset {self.byte_offset(i)}'

    # -- the pass

    def run(self) -> tuple[str, list[dict], list[_Problem]]:
        text, i = self.text, 0
        while i < self.n:
            m = _SPECIAL_RE.search(text, i)
            if m is None:
                self.emit(text[i:])
                break
            if m.start() > i:
                self.emit(text[i:m.start()])
            i = m.start()
            ch = text[i]
            if ch == "&":
                i = self.reference(i, self.emit)
            elif ch == ">":
                self.report(i, "bare '>': write it as &gt;", None)
                self.emit(">")
                i += 1
            elif text.startswith("</", i):
                i = self.end_tag(i)
            else:
                i = self.start_tag(i)
        self.unclosed()
        self.entities.sort(key=lambda e: (e["offset"], -e["length"]))
        return "".join(self.out), self.entities, self.problems

    def reference(self, i: int, sink: Callable[[str], object], end: int | None = None) -> int:
        """Decode the character reference at `i` (ending by `end`) into `sink`; return the index after it."""
        text = self.text
        end = self.n if end is None else end
        m = _ENTITY_RE.match(text, i, end)
        if m is None:
            unknown = _ANY_ENTITY_RE.match(text, i, end)
            if unknown:
                self.report(
                    i, f"unknown entity {unknown.group()} (use &lt; &gt; &amp; &quot;)",
                    f'Unsupported HTML entity "{unknown.group()}" at byte offset {self.byte_offset(i)}: '
                    "only &lt; &gt; &amp; &quot; and numeric references are decoded",
                )
                sink(unknown.group())
                return unknown.end()
            self.report(i, "bare '&': write it as &amp;",
                        f'Unescaped "&" at byte offset {self.byte_offset(i)}: use &amp;')
            sink("&")
            return i + 1
        if m.group(1):
            sink(_NAMED[m.group(1)])
            return m.end()
        code = int(m.group(2)) if m.group(2) else int(m.group(3), 16)
        if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:
            self.report(i, f"invalid character reference {m.group()}",
                        f"Invalid character reference {m.group()} at byte offset {self.byte_offset(i)}")
            sink(m.group())
        else:
            sink(chr(code))
        return m.end()

    def end_tag(self, i: int) -> int:
        text, n = self.text, self.n
        j = i + 2
        while j < n and text[j] not in _WS and text[j] not in "<>":
            j += 1
        raw_name = text[i + 2:j]
        while j < n and text[j] in _WS:
            j += 1
        if j >= n or text[j] != ">":
            return self.malformed(i, f"Unclosed end tag at byte offset {self.byte_offset(i)}")
        name = raw_name.lower()
        after = j + 1
        top = self.stack[-1]["tag"] if self.stack else None
        if top == name:
            return self.close_tag(after)
        if top is None:
            telegram = f"Unexpected end tag at byte offset {self.byte_offset(i)}"
        else:
            telegram = (f"Unmatched end tag at byte offset {self.byte_offset(i)}, "
                        f'expected "</{top}>", found "</{name}>"')
        if not _NAME_RE.fullmatch(raw_name):
            self.report(i, f"malformed tag {text[i:after]}", telegram)
        elif name not in ALLOWED_TAGS:
            # Its start tag was reported already (or it has none): no balance error on top.
            self.report(i, f"tag <{name}> is not allowed by Telegram ({_USE_TAGS})", telegram)
        else:
            expected = f"</{top}>" if top else "no closing tag"
            self.report(i, f"</{name}> does not match: expected {expected}", telegram)
            # Drop the matching opener if it is deeper in the stack, to limit follow-on errors.
            for k in range(len(self.stack) - 1, -1, -1):
                if self.stack[k]["tag"] == name:
                    del self.stack[k:]
                    break
        return after

    def close_tag(self, after: int) -> int:
        """Close the innermost open tag, making its entity; return `after`."""
        opened = self.stack.pop()
        length = self.pos16 - opened["offset"]
        entity = opened["entity"]
        if entity is not None and length > 0:
            entity = dict(entity, offset=opened["offset"], length=length)
            if entity["type"] == "pre" and opened.get("language"):
                entity["language"] = opened["language"]
            self.entities.append(entity)
        return after

    def start_tag(self, i: int) -> int:
        text, n = self.text, self.n
        m = _NAME_RE.match(text, i + 1)
        if m is None:
            return self.malformed(i, self.tdlib_start_error(i))
        name = m.group().lower()
        j = m.end()
        self_closing = text.startswith("/", j)
        if self_closing:
            j += 1
        if j < n and text[j] not in _WS and text[j] != ">":
            return self.malformed(i, self.tdlib_start_error(i))
        if name not in ALLOWED_TAGS:
            end = self.gt_before_lt(i)
            if end < 0:
                return self.bare_lt(i, self.tdlib_start_error(i))
            self.report(i, f"tag <{name}> is not allowed by Telegram ({_USE_TAGS})", self.tdlib_start_error(i))
            return end + 1
        attrs: dict[str, str] = {}
        while True:
            while j < n and text[j] in _WS:
                j += 1
            if j >= n or text[j] == "<":
                return self.malformed(i, f"Unclosed start tag at byte offset {self.byte_offset(i)}")
            if text[j] == ">":
                j += 1
                break
            if text[j] == "/" and text[j + 1:].lstrip(_WS).startswith(">"):
                self_closing = True
                j += 1
                continue
            am = _ATTR_NAME_RE.match(text, j)
            if am is None:
                return self.malformed(
                    i, f'Empty attribute name in the tag "{name}" at byte offset {self.byte_offset(i)}')
            attr = am.group().lower()
            j = am.end()
            while j < n and text[j] in _WS:
                j += 1
            if j < n and text[j] == "=":
                j += 1
                while j < n and text[j] in _WS:
                    j += 1
                if j >= n:
                    return self.malformed(i, f"Unclosed start tag at byte offset {self.byte_offset(i)}")
                if text[j] in "\"'":
                    close = text.find(text[j], j + 1)
                    if close < 0:
                        return self.malformed(
                            i, f"Unclosed end of attribute value at byte offset {self.byte_offset(j)}")
                    value = self.attribute_value(j + 1, close)
                    j = close + 1
                else:
                    vm = _UNQUOTED_VALUE_RE.match(text, j)
                    if vm.end() < n and text[vm.end()] not in _WS and text[vm.end()] != ">":
                        return self.unquoted(i, attr, name, j)
                    value = self.attribute_value(j, vm.end())
                    j = vm.end()
            elif j >= n:
                return self.malformed(i, f"Unclosed start tag at byte offset {self.byte_offset(i)}")
            elif text[j] == ">" or text[j] == "/" or _ATTR_NAME_RE.match(text, j):
                value = ""
            else:
                return self.malformed(
                    i, f'Expected equal sign in declaration of an attribute of the tag "{name}" '
                       f"at byte offset {self.byte_offset(i)}")
            attrs.setdefault(attr, value)
        if self_closing:
            self.report(i, f"<{name}/> is not allowed: open and close the tag",
                        f'Unsupported start tag "{name}/" at byte offset {self.byte_offset(i)}')
            return j
        self.stack.append({"tag": name, "offset": self.pos16, "entity": self.tag_entity(i, name, attrs), "at": i})
        return j

    def attribute_value(self, start: int, end: int) -> str:
        out: list[str] = []
        i = start
        while i < end:
            amp = self.text.find("&", i, end)
            if amp < 0:
                out.append(self.text[i:end])
                break
            out.append(self.text[i:amp])
            i = self.reference(amp, out.append, end)
        return "".join(out)

    def tag_entity(self, i: int, name: str, attrs: dict[str, str]) -> dict | None:
        """The MessageEntity a start tag opens (None for none), reporting tags missing what they need."""
        if name == "a":
            href = attrs.get("href", "").strip()
            if not href:
                self.report(i, "<a> needs an href attribute",
                            f'Tag "a" must have attribute "href" at byte offset {self.byte_offset(i)}')
                return None
            return {"type": "text_link", "url": href}
        if name == "span":
            if attrs.get("class") != "tg-spoiler":
                self.report(i, '<span> is only allowed as <span class="tg-spoiler">',
                            f'Tag "span" must have class "tg-spoiler" at byte offset {self.byte_offset(i)}')
                return None
            return {"type": "spoiler"}
        if name == "tg-emoji":
            emoji_id = attrs.get("emoji-id", "")
            if not emoji_id.isdigit():
                self.report(i, "<tg-emoji> needs a numeric emoji-id attribute",
                            f'Tag "tg-emoji" must have attribute "emoji-id" at byte offset {self.byte_offset(i)}')
                return None
            return {"type": "custom_emoji", "custom_emoji_id": emoji_id}
        if name == "blockquote":
            return {"type": "expandable_blockquote" if "expandable" in attrs else "blockquote"}
        in_pre = bool(self.stack) and self.stack[-1]["tag"] == "pre"
        if name == "code" and in_pre and attrs.get("class", "").startswith("language-"):
            # <pre><code class="language-x"> is one pre entity with a language, not two entities.
            self.stack[-1]["language"] = attrs["class"][len("language-"):]
            return None
        return {"type": _TAG_ENTITY[name]}

    def unclosed(self) -> None:
        if not self.stack:
            return
        telegram = f'Can\'t find end tag corresponding to start tag "{self.stack[-1]["tag"]}"'
        for opened in self.stack:
            self.report(opened["at"], f"<{opened['tag']}> is never closed", telegram)


def parse_telegram_html(text: str) -> tuple[str, list[dict]]:
    """Parse `text` as Telegram's parse_mode=HTML: (plain text, entities), or TelegramHtmlError.

    Entities are Bot API MessageEntity dicts with offset and length in UTF-16 code units. The
    plain text is not whitespace-trimmed (Telegram trims when it builds the message).
    """
    try:
        plain, entities, _ = _Parser(text, strict=True).run()
    except _Stop as stop:
        raise TelegramHtmlError(stop.problem.telegram) from None
    return plain, entities


def check(text: str) -> list[MarkupProblem]:
    """Return every way `text` breaks Telegram's HTML parse mode (empty when it is valid)."""
    _, _, problems = _Parser(text, strict=False).run()
    return [MarkupProblem(p.offset, p.message) for p in problems]


# A FAQ's answers are made plain again for every question they answer, twice (split() measures
# them first): the few distinct texts are worth keeping.
@lru_cache(maxsize=1024)
def to_plain(text: str) -> str:
    """Return what a reader sees: tags dropped, entities decoded."""
    return html.unescape(_ANY_TAG_RE.sub("", text))


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
