"""Where the comments of a strategy file belong, in its tomlkit tree.

tomlkit keeps a comment where the parser met it: the comment above a table header ends
the body of the table before it. :func:`hoist` moves every such comment into the
header's own table (its indent, which tomlkit renders before the header, unchanged), so
that it moves and goes with its table. Comments at the end of a table's body that follow
a blank line (:func:`split_tail`) are about what comes next (a section heading, a part
shown commented out) and stay in place when the table moves or goes.
"""

from __future__ import annotations

import re

import tomlkit
from tomlkit.items import AoT, Array, Comment, Item, Key, Table, Whitespace

from socialstrategy.files.commented_list import has_comments

#: One entry of a tomlkit container's body: a key (None for comments and blank lines).
Entry = tuple[Key | None, Item]
#: Where a value is: keys, and indexes in lists of tables.
Path = tuple[str | int, ...]


def commented(body: list[Entry]) -> bool:
    """Whether anything in *body* carries a comment (after :func:`hoist` too)."""
    for _, item in body:
        if isinstance(item, Whitespace):
            continue
        if isinstance(item, Comment) or item.trivia.comment:
            return True
        tables = [item] if isinstance(item, Table) else item.body if isinstance(item, AoT) else []
        for table in tables:
            if "#" in table.trivia.indent or table.trivia.comment or commented(table.value.body):
                return True
        if isinstance(item, Array) and has_comments(item):
            return True
    return False


def trailing(body: list[Entry]) -> int:
    """Where the run of comments and blank lines at the end of *body* starts."""
    start = len(body)
    while start and body[start - 1][0] is None:
        start -= 1
    return start


def hoist(body: list[Entry], last: list[list[Entry]]) -> None:
    """Move the comments above every header into the header's table (its indent);
    *last* holds the body that the text before the header belongs to."""
    for _, item in body:
        if isinstance(item, Table):
            if not item.is_super_table():
                _take_lead(last[0], item)
                last[0] = item.value.body
            hoist(item.value.body, last)
        elif isinstance(item, AoT):
            for entry in item.body:
                _take_lead(last[0], entry)
                last[0] = entry.value.body
                hoist(entry.value.body, last)


def _take_lead(body: list[Entry], table: Table) -> None:
    start = trailing(body)
    blanks = [i for i in range(start, len(body)) if isinstance(body[i][1], Whitespace)]
    lead = body[blanks[-1] if blanks else start :]
    del body[len(body) - len(lead) :]
    table.trivia.indent = "".join(item.as_string() for _, item in lead) + table.trivia.indent


def last_body(item: Table | AoT) -> list[Entry]:
    """The body rendered last inside *item*: text appended there follows all of it."""
    table = item.body[-1] if isinstance(item, AoT) else item
    body = table.value.body
    for key, last in reversed(body):
        if key is None and not last.as_string():
            continue  # a removed entry
        if (
            key is not None
            and isinstance(last, Table | AoT)
            and (isinstance(last, Table) or last.body)
        ):
            return last_body(last)
        break
    return body


def split_tail(body: list[Entry]) -> list[Entry]:
    """Take the comments at the end of *body* that follow a blank line: they are about
    what comes next, not about the table they end."""
    start = trailing(body)
    for i in range(start, len(body)):
        if isinstance(body[i][1], Whitespace):
            tail = body[i:]
            del body[i:]
            return tail
    return []


def entries(text: str) -> list[Entry]:
    """*text* (comments and blank lines only) as body entries."""
    return list(tomlkit.parse(text).body) if text.strip() else []


def marked(body: list[Entry], path: Path) -> list[Entry]:
    """Cut the comments at the end of *body* that are about parts after the one at
    *path*: those after a paragraph showing it commented out (``# [[goals]]``,
    ``# [crisis]: ...``), else all that follow a blank line. They move behind the new part."""
    name = re.escape(".".join(p for p in path if isinstance(p, str)))
    marker = re.compile(r"#\s*\[\[?" + name + r"\]\]?(?![\w.])")
    start = trailing(body)
    for i in range(start, len(body)):
        item = body[i][1]
        if isinstance(item, Comment) and marker.match(item.as_string().strip()):
            for j in range(i + 1, len(body)):
                if isinstance(body[j][1], Whitespace):
                    rest = body[j:]
                    del body[j:]
                    return rest
            return []
    return split_tail(body)
