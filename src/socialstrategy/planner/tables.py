"""Lists of simple parts edited as a table with ``st.data_editor``.

The editor always renders a snapshot taken when the step was entered (its key moves
with :func:`state.key`), never its own output, so edits do not vanish on the next
rerun. What it returns is turned into model objects on every run: rows keep their id,
new rows get one made from their name, and a row that breaks a rule of the model is
reported and left out of the change.

The columns and their cells (numbers and dates typed the manager's way) are in
:mod:`socialstrategy.planner.cells`; their names are at hand here too (``tables.text``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, Generic, TypeVar

import attrs
import pandas as pd
import streamlit as st

from socialstrategy import fmt
from socialstrategy.model._fields import FieldError
from socialstrategy.model.edit import fresh_id
from socialstrategy.model.paths import PathError, get_at
from socialstrategy.model.starters import carried, same_words
from socialstrategy.planner import roles, state
from socialstrategy.planner.cells import (
    Column,
    clean,
    date_column,
    day,
    figure,
    number_column,
    text,
)
from socialstrategy.planner.markup import inert
from socialstrategy.planner.widgets import language, t

ItemT = TypeVar("ItemT")


def _frame(
    items: Sequence[ItemT],
    columns: Sequence[Column[ItemT]],
    id_of: Callable[[ItemT], str] | None,
) -> pd.DataFrame:
    """The table's rows as a typed frame: made once per visit, not on every rerun."""
    rows = [{c.name: c.read(item) for c in columns} for item in items]
    names = [c.name for c in columns]
    if id_of is not None:
        names.append("_id")
        for row, item in zip(rows, items, strict=True):
            row["_id"] = id_of(item)
    frame = pd.DataFrame(rows, columns=names)
    dtypes = {c.name: c.dtype for c in columns}
    if id_of is not None:
        dtypes["_id"] = "string"
    typed: pd.DataFrame = frame.astype(dtypes)
    return typed


def _has_edits(state_value: object) -> bool:
    """Whether the editor's state (edited, added and deleted rows) holds any edit."""
    if not isinstance(state_value, Mapping):
        return True  # unknown shape: read the rows back rather than assume
    return any(state_value.get(part) for part in ("edited_rows", "added_rows", "deleted_rows"))


def edit(
    path: str,
    items: Sequence[ItemT],
    columns: Sequence[Column[ItemT]],
    build: Callable[[Mapping[str, Any], ItemT | None], ItemT],
    *,
    id_of: Callable[[ItemT], str] | None = None,
    name_column: str | None = None,
    ordered: bool = False,
) -> tuple[ItemT, ...]:
    """Edit *items* as a table; the rows as model objects, in table order.

    *ordered*: the order means something (who is called first). A row's number is
    shown first and can be changed: the rows come back sorted by it, and the table is
    drawn again in its new order once the change is saved. (``st.data_editor`` cannot
    drag rows.)
    """
    key = state.key(path)
    snapshot_key = key + ".snapshot"
    shown = [_position(len(items)), *columns] if ordered else list(columns)
    # A table that was not shown on the last run (another item was picked) has lost its
    # edits, which are saved in *items* by now: start from them, not the old snapshot.
    if snapshot_key not in st.session_state or key not in st.session_state:
        st.session_state[snapshot_key] = (_frame(items, shown, id_of), tuple(items))
    snapshot, snapshot_items = st.session_state[snapshot_key]
    config = {c.name: c.config for c in shown}
    if id_of is not None:
        config["_id"] = None  # hidden: the id travels with its row
    table = _Table(path, key, snapshot_key, tuple(columns), build, id_of, name_column, ordered)
    read_only = roles.read_only()
    edited = st.data_editor(
        snapshot,  # the editor copies it: the snapshot stays as it is
        key=key,
        num_rows="fixed" if read_only else "dynamic",
        disabled=read_only,
        column_config=config,
        hide_index=True,
        width="stretch",
        placeholder="",  # an empty cell stays empty, not the English "None"
        # Saved from the callback too: a run cut short (a click on another step right
        # after typing in a cell) never reaches the end of this page.
        on_change=_save,
        args=(table,),
    )
    # Nothing on the table itself says how rows come and go; a new manager had to guess.
    if not read_only:
        st.caption(t("table.how"))
    if not _has_edits(st.session_state.get(key)):
        # Nothing edited (or every edit undone): the table shows the snapshot, so the
        # result is what the snapshot was made of. Reading every row back would rebuild
        # the same items, at a cost on every rerun. Model texts accepted since the
        # snapshot (one click on the part) are the model's: its items come back then.
        if same_words(snapshot_items, tuple(items)):
            return tuple(items)
        return snapshot_items  # type: ignore[no-any-return]
    read = table.read(edited, snapshot, items)
    for problem in read.problems:
        st.error(t("field.invalid", message=inert(problem)), icon=":material/block:")
    if read.incomplete:
        st.warning(
            t("table.incomplete", rows="; ".join(read.incomplete)), icon=":material/edit_note:"
        )
    complete = not read.problems and not read.incomplete
    if read.moved or (complete and _added(st.session_state.get(key))):
        # A row added, complete and saved becomes a row of a fresh snapshot: Streamlit's
        # editor put a cell typed into the second of two added rows into the first (a
        # need of one role saved under another; seen in the timed walk). A row still
        # refused or incomplete stays where the manager is finishing it.
        state.redraw_after_save()
    return read.items


def forget_stale(path: str, items: Sequence[Any]) -> None:
    """Forget the snapshot of the table at *path* when it was made of other items and holds
    no edits: the part at that place is another one now (a table inside a row of another
    table, whose row above was deleted, would otherwise show the deleted row's items)."""
    key = state.key(path)
    held = st.session_state.get(key + ".snapshot")
    stale = held is not None and tuple(held[1]) != tuple(items)
    if stale and not _has_edits(st.session_state.get(key)):
        del st.session_state[key + ".snapshot"]


def _added(state_value: object) -> bool:
    """Whether the editor holds an added row with something in it."""
    if not isinstance(state_value, Mapping):
        return False
    return any(
        any(v not in (None, "") for v in row.values())
        for row in state_value.get("added_rows") or ()
        if isinstance(row, Mapping)
    )


@attrs.frozen
class _Read(Generic[ItemT]):
    """A table's rows read back: the items, and what to tell the manager about them."""

    items: tuple[ItemT, ...]
    #: The rows were put in a new order (by their numbers).
    moved: bool
    #: Rows that break a rule of the model (kept as they were, or not added).
    problems: tuple[str, ...]
    #: Rows saved without a cell they need.
    incomplete: tuple[str, ...]


@attrs.frozen
class _Table(Generic[ItemT]):
    """What it takes to read a table's rows back into items, on a run or in a callback."""

    path: str
    key: str
    snapshot_key: str
    columns: tuple[Column[ItemT], ...]
    build: Callable[[Mapping[str, Any], ItemT | None], ItemT]
    id_of: Callable[[ItemT], str] | None
    name_column: str | None
    ordered: bool

    def read(
        self, edited: pd.DataFrame, snapshot: pd.DataFrame, items: Sequence[ItemT]
    ) -> _Read[ItemT]:
        lang = language()
        by_id, taken = _known_ids(self.id_of, snapshot, items)
        out: list[ItemT] = []
        places: list[tuple[float, int, int]] = []  # where each item of *out* goes
        problems: list[str] = []
        incomplete: list[str] = []
        records: list[dict[str, Any]] = edited.to_dict("records")  # type: ignore[assignment]
        rows = zip(edited.index, records, strict=True)
        for index, (label, row) in enumerate(rows):
            values = {name: clean(value) for name, value in row.items()}
            if _left_empty(values, self.columns):
                continue  # a row added but left empty
            if missing := _missing(values, self.columns):
                incomplete.append(t("table.incomplete.row", row=index + 1, cells=missing))
            place = None
            if self.ordered:
                place = _place(values.pop(_POSITION, None), label, index, snapshot)
            original = self._original(values, index, items, by_id, taken)
            try:
                # A row rebuilt unchanged keeps its model-text mark (rows shift when one
                # above is deleted, so any identical item of the table counts).
                out.append(carried(items, self.build(values, original)))
            except (FieldError, fmt.UnreadableError) as exc:
                problems.append(f"{index + 1}: {exc.text.get(lang)}")
                if original is None:
                    continue  # a new row refused: not added, and no place kept for it
                out.append(original)
            if place is not None:
                places.append(place)
        moved, out = _in_order(places, out) if self.ordered else (False, out)
        return _Read(tuple(out), moved, tuple(problems), tuple(incomplete))

    def _original(
        self,
        values: dict[str, Any],
        index: int,
        items: Sequence[ItemT],
        by_id: Mapping[str, ItemT],
        taken: set[str],
    ) -> ItemT | None:
        """The item a row was made from, None for a new row; a new row of a table with
        ids gets its id here, made from its name (and taken)."""
        if self.id_of is None:
            return items[index] if index < len(items) else None
        original = by_id.get(text(values.get("_id")))
        if original is None:
            hint = text(values.get(self.name_column)) if self.name_column else ""
            values["_id"] = fresh_id(hint, taken)
            taken.add(values["_id"])
        return original


def _known_ids(
    id_of: Callable[[ItemT], str] | None, snapshot: pd.DataFrame, items: Sequence[ItemT]
) -> tuple[dict[str, ItemT], set[str]]:
    """The items by id, and the ids a new row's id must stay away from."""
    by_id = {id_of(item): item for item in items} if id_of is not None else {}
    # A new row's id is made from its name, away from the ids the table started with
    # (the snapshot's, removed rows' too). Not away from *items*: they hold the new row
    # already once it was saved, and it would get another id on every rerun.
    taken = {text(i) for i in snapshot["_id"]} if "_id" in snapshot else set(by_id)
    return by_id, taken


def _left_empty(values: Mapping[str, Any], columns: Sequence[Column[Any]]) -> bool:
    """Whether a row holds nothing in any column (a row added and left empty)."""
    return all(values.get(c.name) in (None, "", False) for c in columns)


def _missing(values: Mapping[str, Any], columns: Sequence[Column[Any]]) -> str:
    """The headings of the cells a row needs and lacks, joined; empty when none."""
    return ", ".join(_label(c) for c in columns if c.needed and values.get(c.name) in (None, ""))


def _in_order(
    places: Sequence[tuple[float, int, int]], out: list[ItemT]
) -> tuple[bool, list[ItemT]]:
    """The items of an ordered table sorted by their places; whether that moved any."""
    order = [item for _, item in sorted(zip(places, out, strict=True), key=lambda p: p[0])]
    return order != out, order


@state.whole
def _save(table: _Table[Any]) -> None:
    """The table's ``on_change``: read its rows back and save them at once."""
    if not state.speaks_for_now(table.key):
        return  # edits of a snapshot someone else's change replaced (see state.keys)
    edits = st.session_state.get(table.key)
    held = st.session_state.get(table.snapshot_key)
    current = state.latest()
    if held is None or current is None or not isinstance(edits, Mapping) or not _has_edits(edits):
        return
    snapshot, _ = held
    try:
        items = get_at(current, table.path)
        read = table.read(_applied(snapshot, edits), snapshot, items)
    except (PathError, KeyError, IndexError, TypeError, ValueError):
        return  # the page reads the table itself, and says what is wrong
    state.commit_value(table.path, read.items)


def _applied(snapshot: pd.DataFrame, edits: Mapping[str, Any]) -> pd.DataFrame:
    """*snapshot* with the editor's edits (by row position), deletions and added rows."""
    frame = snapshot.astype(object)
    for row, changes in (edits.get("edited_rows") or {}).items():
        label = frame.index[int(row)]
        for column, value in changes.items():
            if column in frame.columns:
                frame.at[label, column] = value
    deleted = [frame.index[int(i)] for i in edits.get("deleted_rows") or [] if int(i) < len(frame)]
    frame = frame.drop(index=deleted)
    added = edits.get("added_rows") or []
    if added:
        first = int(max(snapshot.index)) + 1 if len(snapshot.index) else 0
        rows = pd.DataFrame(
            [{c: row.get(c) for c in frame.columns} for row in added],
            columns=frame.columns,
            index=range(first, first + len(added)),
            dtype=object,
        )
        frame = pd.concat([frame, rows]) if len(frame) else rows
    applied: pd.DataFrame = frame
    return applied


_POSITION = "_position"


def _label(column: Column[Any]) -> str:
    """The column's heading as the manager sees it."""
    config = column.config
    label = config.get("label") if isinstance(config, Mapping) else None
    return inert(str(label or column.name))


def _place(asked: Any, label: Any, index: int, snapshot: pd.DataFrame) -> tuple[float, int, int]:
    """Where a row goes: by the number asked for; a row moved up goes before the row
    that had that number, a row moved down after it; a new row without one at the end.
    """
    was: Any = snapshot.at[label, _POSITION] if label in snapshot.index else None
    if asked is None:
        return (float(was if was is not None else index + 1), 0, index)
    direction = 0 if was is None or asked == was else (-1 if asked < was else 1)
    return (float(asked), direction, index)


def _position(count: int) -> Column[Any]:
    """The number of a row in an ordered table: change it to move the row."""
    numbers = iter(range(1, count + 1))
    return Column(
        _POSITION,
        st.column_config.NumberColumn(
            t("table.position"), help=t("table.position.help"), min_value=1, step=1, width=50
        ),
        lambda _: next(numbers),
        dtype="Int64",
    )


__all__ = [
    "Column",
    "clean",
    "date_column",
    "day",
    "edit",
    "figure",
    "forget_stale",
    "number_column",
    "text",
]
