"""Moving plans between a folder of TOML files and any store, byte for byte."""

from __future__ import annotations

import enum
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from socialstrategy.files import atomic_write, read_regular
from socialstrategy.storage.errors import DraftExistsError
from socialstrategy.storage.records import DRAFT_ID, digest

if TYPE_CHECKING:
    from collections.abc import Iterator

    from socialstrategy.storage.protocol import Store


class Outcome(enum.Enum):
    ADDED = "added"
    REPLACED = "replaced"
    UNCHANGED = "unchanged"
    #: Already in the store with other bytes, and not replaced.
    TAKEN = "taken"


@attrs.frozen
class Imported:
    file: Path
    draft_id: str
    outcome: Outcome


def importable(folder: Path) -> tuple[list[Path], list[Path]]:
    """The ``*.toml`` files in *folder* whose names are draft ids, and those that are not."""
    files = sorted(p for p in folder.glob("*.toml") if p.is_file())
    good = [p for p in files if DRAFT_ID.fullmatch(p.stem)]
    return good, [p for p in files if p not in good]


def import_file(
    store: Store, file: Path, *, author: str = "", organisation: str = "", replace: bool = False
) -> Imported:
    """Put *file* into *store* as the draft named by its stem. The loader's errors for a
    file that is no valid strategy (nothing is stored then)."""
    data = read_regular(file, file=file.name)
    draft_id = file.stem
    existed = store.exists(draft_id)
    if existed and digest(store.data(draft_id)) == digest(data):
        return Imported(file, draft_id, Outcome.UNCHANGED)
    try:
        store.put(draft_id, data, author=author, organisation=organisation, replace=replace)
    except DraftExistsError:
        return Imported(file, draft_id, Outcome.TAKEN)
    return Imported(file, draft_id, Outcome.REPLACED if existed else Outcome.ADDED)


def export(store: Store, folder: Path, organisation: str | None = None) -> Iterator[Path]:
    """Write every draft of *store* (of *organisation*, when given) into *folder* as
    ``<id>.toml``, the bytes exactly as stored; each file as it is written."""
    folder.mkdir(parents=True, exist_ok=True)
    for draft_id in store.ids(organisation):
        target = folder / f"{draft_id}.toml"
        atomic_write(target, store.data(draft_id))
        yield target
