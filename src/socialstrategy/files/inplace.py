"""Saving over a file a person wrote: the new plan written into the old text.

:func:`dumps_over` parses the previous text with tomlkit (which keeps every comment,
blank line and quote) and changes only what differs between the plan the file held and
the new one: a changed value is replaced where it stands (its inline comment stays),
tables are updated key by key, and the entries of a list of parts are matched by ``id``
(else by position), so a reordered list moves its entries with their comments. A new
part goes after the part before it in the model's order, or after a comment that shows
it commented out (``# [[goals]]``). A text without comments gets the plain writer
(:func:`~socialstrategy.files.tomlfile.dumps`), and so does any result that does not
load back to exactly the new plan.

Where each comment belongs (to the table below it, or to the place it stands in) is
decided in :mod:`~socialstrategy.files.comment_places`; comments inside a list of plain
values in :mod:`~socialstrategy.files.commented_list`.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any, Final, TypeGuard

import tomli
import tomli_w
import tomlkit
from tomlkit.items import AoT, Array, Comment, InlineTable, Item, Table, Whitespace

from socialstrategy.caching import Bounded
from socialstrategy.files.comment_places import (
    Entry,
    Path,
    commented,
    entries,
    hoist,
    last_body,
    marked,
    split_tail,
    trailing,
)
from socialstrategy.files.commented_list import has_comments, relisted
from socialstrategy.files.converter import toml_converter
from socialstrategy.files.layout import render
from socialstrategy.files.migrate import SCHEMA_VERSION, migrate
from socialstrategy.files.tomlfile import dumps, to_table
from socialstrategy.model.strategy import Strategy

_LOG: Final = logging.getLogger(__name__)


#: The documents last written, by their text: the next save of the same file starts from
#: its tree instead of parsing the text again (tomlkit parses a character at a time).
#: Each is used once (the merge changes it), so two sessions never share one.
_WRITTEN: Bounded[str, tomlkit.TOMLDocument] = Bounded(8)
_LARGEST: Final = 1024 * 1024


class _UnsupportedError(Exception):
    """A form this module does not edit (a dotted key, a table split in two)."""


def dumps_over(before: str | bytes | None, strategy: Strategy, was: Strategy | None = None) -> str:
    """*strategy* as TOML, written into *before* (the file's previous text) so that its
    comments and layout stay and only the changed values change.

    *was* is the plan *before* holds, when the caller has it (it is loaded otherwise).
    Without comments in *before*, or when it cannot be read, the plain writer's text.
    """
    text = _text(before)
    if text is None or "#" not in text:
        return dumps(strategy)
    try:
        doc = _WRITTEN.pop(text)
        if doc is None:
            doc = tomlkit.parse(text)
            hoist(doc.body, [doc.body])
        if not commented(doc.body):
            return dumps(strategy)
        if tomli.loads(text).get("schema_version") != SCHEMA_VERSION:
            return dumps(strategy)
        old = to_table(was if was is not None else _plan(text))
        _merge_table(doc.body, old, to_table(strategy), ())
        written = doc.as_string()
        if "\r\n" in text:  # new lines in the file's own line endings
            written = written.replace("\r\n", "\n").replace("\n", "\r\n")
        if _plan(written) != strategy:
            raise _UnsupportedError("the merged text loads to another plan")
    except Exception as exc:  # tomlkit's tree is edited by hand: any failure, the plain writer
        _LOG.debug("comments not kept, plain writer used: %r", exc)
        return dumps(strategy)
    if len(written) > _LARGEST:
        return written
    _WRITTEN.put(written, doc)
    return written


def _plan(text: str) -> Strategy:
    """The plan in *text*, its references unchecked: a draft may save a plan that still
    refers to a part just removed (the findings say so), and must keep its comments."""
    return toml_converter.structure(migrate(tomli.loads(text)), Strategy)


def _text(before: str | bytes | None) -> str | None:
    if isinstance(before, bytes):
        try:
            return before.decode("utf-8-sig")
        except UnicodeDecodeError:
            return None
    return before


# --- finding and making entries ---------------------------------------------------------


def _find(body: list[Entry], name: str) -> int | None:
    found = [i for i, (key, _) in enumerate(body) if key is not None and key.key == name]
    if len(found) > 1 or (found and body[found[0]][0].is_dotted()):  # type: ignore[union-attr]
        raise _UnsupportedError(name)
    return found[0] if found else None


def _is_tables(value: object) -> TypeGuard[list[Mapping[str, Any]]]:
    return isinstance(value, list) and bool(value) and all(isinstance(v, Mapping) for v in value)


def _value_item(value: Any) -> Item:
    """*value* as the plain writer writes it (a string with line breaks on lines)."""
    item: Item = tomlkit.parse(tomli_w.dumps({"v": value}, multiline_strings=True)).body[0][1]
    return item


def _new_part(value: Any, path: Path) -> Table | AoT:
    """The table or list of tables *value* at *path*, laid out as the plain writer does."""
    wrapped: Any = value
    for part in reversed(path):
        wrapped = [wrapped] if isinstance(part, int) else {part: wrapped}
    body = tomlkit.parse(render(wrapped)).body
    hoist(body, [body])
    item: Any = None
    for part in path:
        if isinstance(part, int):
            item = item.body[0]
            body = item.value.body
        else:
            item = next(i for k, i in body if k is not None and k.key == part)
            body = item.value.body if isinstance(item, Table) else []
    if not item.trivia.indent.startswith("\n") and not isinstance(item, AoT):
        item.trivia.indent = "\n" + item.trivia.indent
    if isinstance(item, AoT) and not item.body[0].trivia.indent.startswith("\n"):
        item.body[0].trivia.indent = "\n" + item.body[0].trivia.indent
    return item  # type: ignore[no-any-return]


# --- merging ----------------------------------------------------------------------------


def _merge_table(
    body: list[Entry], old: Mapping[str, Any], new: Mapping[str, Any], path: Path
) -> None:
    """Change *body* (which holds *old*) so that it holds *new*."""
    for name in old:
        if name not in new:
            _remove(body, name)
    for name, value in new.items():
        before = old.get(name)
        if name in old and before == value:
            continue
        sub = (*path, name)
        index = _find(body, name)
        if index is None:
            _insert(body, list(new), name, value, sub)
            continue
        key, item = body[index]
        if isinstance(value, Mapping) and isinstance(item, Table):
            _merge_table(item.value.body, before if isinstance(before, Mapping) else {}, value, sub)
        elif _is_tables(value) and isinstance(item, AoT):
            _merge_aot(item, before if _is_tables(before) else [], value, sub)
        elif not (
            isinstance(value, Mapping)
            or _is_tables(value)
            or isinstance(item, (Table, AoT, InlineTable))
        ):
            body[index] = (key, _replaced(item, value))
        else:  # another kind of value: written anew where such values go
            _remove(body, name)
            _insert(body, list(new), name, value, sub)


def _replaced(item: Item, value: Any) -> Item:
    inline = isinstance(item, Array) and "\n" not in item.as_string()
    fresh: Item
    if isinstance(item, Array) and isinstance(value, list) and has_comments(item):
        fresh = relisted(item, value)
    elif inline and isinstance(value, list):
        fresh = tomlkit.item(value)
    else:
        fresh = _value_item(value)
    fresh.trivia.indent = item.trivia.indent
    fresh.trivia.comment_ws = item.trivia.comment_ws
    fresh.trivia.comment = item.trivia.comment
    fresh.trivia.trail = item.trivia.trail
    if (
        isinstance(fresh, Array)
        and isinstance(item, Array)
        and not inline
        and "\n" not in fresh.as_string()
    ):
        fresh.multiline(True)  # a list a person wrote a line an entry stays so
    return fresh


def _remove(body: list[Entry], name: str) -> None:
    index = _find(body, name)
    if index is None:
        return
    item = body[index][1]
    kept: list[Entry] = []
    if isinstance(item, Table):
        kept = entries(item.trivia.indent) + split_tail(last_body(item))
    elif isinstance(item, AoT) and item.body:
        kept = entries(item.body[0].trivia.indent) + split_tail(last_body(item))
    body[index : index + 1] = kept


def _insert(body: list[Entry], order: list[str], name: str, value: Any, path: Path) -> None:
    """Add *name* to *body* near its neighbours in *order* (the model's), or where such
    entries go."""
    is_part = isinstance(value, Mapping) or _is_tables(value)
    # Where the entries of the same kind (values, or tables) stand.
    positions = {
        key.key: i
        for i, (key, item) in enumerate(body)
        if key is not None and isinstance(item, (Table, AoT)) == is_part
    }
    if is_part:
        earlier = order[: order.index(name)]
        after = next((positions[n] for n in reversed(earlier) if n in positions), None)
        _insert_part(body, name, value, path, after)
    else:
        index = _value_place(body, order, name, positions)
        body.insert(index, (tomlkit.key(name), _value_item(value)))


def _value_place(body: list[Entry], order: list[str], name: str, positions: dict[str, int]) -> int:
    """Where the new value *name* goes: before the next value the file holds, else after
    its last one (a value left at its default is not in *order*, but may stand in the
    file), else before the file's first key."""
    later = order[order.index(name) + 1 :]
    before = next((positions[n] for n in later if n in positions), None)
    if before is not None:
        return _above_comments(body, before)
    if positions:
        return max(positions.values()) + 1
    first_key = next((i for i, (k, _) in enumerate(body) if k is not None), None)
    return first_key if first_key is not None else _split_point(body)


def _above_comments(body: list[Entry], index: int) -> int:
    """*index* moved up above the comments over the entry there."""
    while index and body[index - 1][0] is None and isinstance(body[index - 1][1], Comment):
        index -= 1
    return index


def _insert_part(body: list[Entry], name: str, value: Any, path: Path, after: int | None) -> None:
    """Add the table or list of tables *name* after the part at *after* (the part before
    it in the model's order), else before the file's first table. At the end of the file
    or after that part, the comments about later parts (those after a paragraph showing
    this one commented out, ``# [[goals]]``) move behind the new part."""
    if after is not None:
        index = after + 1
        previous: list[Entry] = last_body(body[after][1])  # type: ignore[arg-type]
    else:
        index = _first_part(body)
        previous = body
    rest = marked(previous, path) if index == len(body) or after is not None else []
    part = _new_part(value, path)
    last_body(part).extend(rest)
    body.insert(index, (tomlkit.key(name), part))


def _first_part(body: list[Entry]) -> int:
    """The index of the first table in *body*, else its end."""
    tables = (i for i, (k, it) in enumerate(body) if k is not None and isinstance(it, (Table, AoT)))
    return next(tables, len(body))


def _split_point(body: list[Entry]) -> int:
    start = trailing(body)
    blank = next((i for i in range(start, len(body)) if isinstance(body[i][1], Whitespace)), None)
    return blank if blank is not None else len(body)


def _merge_aot(
    aot: AoT, old: list[Mapping[str, Any]], new: list[Mapping[str, Any]], path: Path
) -> None:
    """Change the list of tables *aot* (which holds *old*) so that it holds *new*: entries
    matched by ``id`` (else by position) keep their comments and move with them."""
    entries = list(aot.body)
    if len(entries) != len(old):
        raise _UnsupportedError(".".join(map(str, path)))
    # What stands above the first entry and below the last belongs to the place.
    head = entries[0].trivia.indent
    entries[0].trivia.indent = ""
    end = split_tail(last_body(entries[-1]))
    matched = _match(old, new)
    used = set(matched.values())
    for i, entry in enumerate(entries):
        if i in used:
            continue
        tail = split_tail(last_body(entry))
        kept = [k for k in range(i) if k in used]
        if kept:
            last_body(entries[kept[-1]]).extend(tail)
        else:
            head += "".join(item.as_string() for _, item in tail)
    result: list[Table] = []
    for j, value in enumerate(new):
        if j in matched:
            table = entries[matched[j]]
            _merge_table(table.value.body, old[matched[j]], value, (*path, j))
        else:
            table = _new_part(value, (*path, j))  # type: ignore[assignment]
        result.append(table)
    for j, table in enumerate(result):
        if j == 0 and not table.trivia.indent.strip():
            table.trivia.indent = ""  # the place's own text above the list comes first
        elif j > 0 and not table.trivia.indent.startswith("\n"):
            table.trivia.indent = "\n" + table.trivia.indent
    result[0].trivia.indent = head + result[0].trivia.indent
    last_body(result[-1]).extend(end)
    aot[:] = result


def _match(old: list[Mapping[str, Any]], new: list[Mapping[str, Any]]) -> dict[int, int]:
    """For each new entry that was there before, the index of its old entry: by ``id``,
    else by position (when the old entry there has no id any new entry still has)."""
    by_id = {o["id"]: i for i, o in enumerate(old) if isinstance(o.get("id"), str)}
    matched: dict[int, int] = {}
    for j, value in enumerate(new):
        i = by_id.get(value.get("id"))
        if i is not None and i not in matched.values():
            matched[j] = i
    new_ids = {v.get("id") for v in new}
    for j in range(len(new)):
        if j in matched or j >= len(old) or j in matched.values():
            continue
        if old[j].get("id") not in new_ids or "id" not in old[j]:
            matched[j] = j
    return matched
