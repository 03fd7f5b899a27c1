"""The folder store's history: every saved revision of a draft, kept beside it.

``.history/<id>/`` holds ``<nnnnnn>.toml``, the bytes of each revision, and
``revisions.jsonl``, one line per revision (number, author, time, digest). A file
changed by hand between two saves is recorded as a revision of its own (no author)
before the next save is written over it, so no version is ever lost.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from typing import TYPE_CHECKING, Final, Protocol

from socialstrategy.files import loads, read_regular
from socialstrategy.storage.errors import DraftNotFoundError
from socialstrategy.storage.records import Draft, Revision, check_id, digest

if TYPE_CHECKING:
    from pathlib import Path

HISTORY: Final = ".history"
#: Bytes read from the end of a log to find its last line (a line is about 150).
_TAIL: Final = 4096
LOG: Final = "revisions.jsonl"


class _Folder(Protocol):
    """What the history reads of the folder store it is part of."""

    folder: Path

    def path(self, draft_id: str) -> Path: ...
    def data(self, draft_id: str) -> bytes: ...
    def _bytes_or_none(self, draft_id: str) -> bytes | None: ...
    def _history_dir(self, draft_id: str) -> Path: ...
    def _logged(self, draft_id: str, *, last: bool = False) -> list[Revision]: ...
    def history(self, draft_id: str) -> list[Revision]: ...
    def revision_data(self, draft_id: str, revision: Revision) -> bytes | None: ...


def keep(folder: Path, number: int, data: bytes, author: str, when: dt.datetime) -> None:
    """Keep *data* as revision *number* in the history *folder*, saved by *author* at
    *when* (the caller holds the lock)."""
    # Not synced to disk: the draft's own file is (atomic_write), and a copy a crash
    # tore is refused by its digest when opened. A save costs one sync, as before.
    (folder / f"{number:06d}.toml").write_bytes(data)
    entry = {
        "number": number,
        "author": author,
        "saved_at": when.isoformat(),
        "digest": digest(data),
    }
    with (folder / LOG).open("a", encoding="utf-8") as log:
        log.write(json.dumps(entry, ensure_ascii=False) + "\n")


class FolderHistory:
    """The revisions of a :class:`~socialstrategy.storage.folder.FolderStore`."""

    def _history_dir(self: _Folder, draft_id: str) -> Path:
        return self.folder / HISTORY / check_id(draft_id)

    def _logged(self: _Folder, draft_id: str, *, last: bool = False) -> list[Revision]:
        """The revisions the log records (only the last one when *last*: a long-lived plan
        has thousands, and every open and save needs just that one); a line torn by a
        killed save is left out."""
        log = self._history_dir(draft_id) / LOG
        try:
            with log.open("rb") as stream:
                if last:
                    size = stream.seek(0, os.SEEK_END)
                    stream.seek(max(0, size - _TAIL))
                text = stream.read().decode("utf-8", errors="replace")
        except (FileNotFoundError, NotADirectoryError):
            return []
        found = []
        for line in text.splitlines()[-1:] if last else text.splitlines():
            try:
                entry = json.loads(line)
                found.append(
                    Revision(
                        int(entry["number"]),
                        str(entry["author"]),
                        dt.datetime.fromisoformat(entry["saved_at"]),
                        str(entry["digest"]),
                    )
                )
            except (ValueError, KeyError, TypeError):
                continue
        return found

    def _revision(self: _Folder, draft_id: str, current: str) -> int:
        """The number of the revision with digest *current*: the last logged one, or the
        one after it when the file was changed outside the store."""
        logged = self._logged(draft_id, last=True)
        if logged and logged[-1].digest == current:
            return logged[-1].number
        return (logged[-1].number if logged else 0) + 1

    def history(self: _Folder, draft_id: str) -> list[Revision]:
        logged = self._logged(draft_id)
        path = self.path(draft_id)
        on_disk = self._bytes_or_none(draft_id)
        if on_disk is not None and (not logged or logged[-1].digest != digest(on_disk)):
            # Written outside the store (by hand, or before there was a history).
            mtime = dt.datetime.fromtimestamp(path.stat().st_mtime, dt.timezone.utc)
            number = (logged[-1].number if logged else 0) + 1
            logged.append(Revision(number, "", mtime, digest(on_disk)))
        if not logged and on_disk is None:
            raise DraftNotFoundError(draft_id)
        return logged

    def revision_data(self: _Folder, draft_id: str, revision: Revision) -> bytes | None:
        """The bytes of *revision*, one of :meth:`history`'s, without reading the log again;
        None when they are no longer kept (the file moved on since history() looked)."""
        kept = self._history_dir(draft_id) / f"{revision.number:06d}.toml"
        data = read_regular(kept, file=kept.name) if kept.exists() else self.data(draft_id)
        return data if digest(data) == revision.digest else None

    def open_revision(self: _Folder, draft_id: str, number: int) -> Draft:
        for revision in self.history(draft_id):
            if revision.number != number:
                continue
            data = self.revision_data(draft_id, revision)
            if data is None:
                break
            plan = loads(data, file=f"{number:06d}.toml")
            return Draft(draft_id, plan, revision.digest, number)
        raise DraftNotFoundError(f"{draft_id}@{number}")

    def _record(
        self: _Folder, draft_id: str, data: bytes, author: str, before: bytes | None
    ) -> int:
        """Keep *data* as the draft's next revision (under the lock); its number. A file
        changed outside the store is recorded first, so no version is ever lost."""
        folder = self._history_dir(draft_id)
        folder.mkdir(parents=True, exist_ok=True)
        logged = self._logged(draft_id, last=True)
        number = logged[-1].number if logged else 0
        if before is not None and (not logged or logged[-1].digest != digest(before)):
            number += 1
            keep(folder, number, before, "", dt.datetime.now(dt.timezone.utc))
        number += 1
        keep(folder, number, data, author, dt.datetime.now(dt.timezone.utc))
        return number
