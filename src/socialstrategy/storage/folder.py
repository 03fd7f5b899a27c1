"""The folder store: one TOML file per draft, the embedded default.

``<id>.toml`` files as they always were, readable and editable by hand. A save checks
and writes under one lock (:mod:`~socialstrategy.storage.lock`), so two processes
cannot both see the same digest and both write. Every saved revision is kept under
``.history/<id>/`` (:mod:`~socialstrategy.storage.folder_history`).
Organisations, members, which organisation each plan belongs to and the audit trail
are kept beside the plans (:mod:`~socialstrategy.storage.folder_access`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import shutil
import time
from typing import TYPE_CHECKING, Final

import attrs
import tomli

from socialstrategy.access.records import Action, AuditRecord
from socialstrategy.errors import SocialStrategyError, StrategyIOError
from socialstrategy.files import atomic_write, dumps, dumps_over, loads, read_regular
from socialstrategy.files.access import is_regular
from socialstrategy.i18n import Text
from socialstrategy.storage.comments import FolderComments
from socialstrategy.storage.errors import DraftConflictError, DraftExistsError, DraftNotFoundError
from socialstrategy.storage.folder_access import FolderOrganisations
from socialstrategy.storage.folder_history import HISTORY, FolderHistory
from socialstrategy.storage.lock import locked
from socialstrategy.storage.records import (
    DRAFT_ID,
    Draft,
    DraftSummary,
    check_id,
    digest,
    new_id,
)

if TYPE_CHECKING:
    from pathlib import Path

    from socialstrategy.model import Strategy

_NOT_A_DRAFT: Final = Text(
    nl="geen gewoon bestand in de werkmap", en="not a regular file inside the workspace"
)
#: A save takes milliseconds: a temporary file this old belongs to one that was killed.
STALE_SECONDS = 600.0


@functools.lru_cache(maxsize=1024)
def _title(path: Path, mtime_ns: int, size: int) -> str:
    """The title in the file at *path*, read without checking the rest of it.

    A list of drafts is drawn on every rerun of the start page: a file's title is read
    once per version of the file (its time and size are part of the cache key).
    """
    try:
        data = tomli.loads(read_regular(path).decode("utf-8"))
    except (SocialStrategyError, UnicodeDecodeError, tomli.TOMLDecodeError, RecursionError):
        return ""
    for part, key in (("meta", "title"), ("organisation", "name")):
        table = data.get(part)
        value = table.get(key) if isinstance(table, dict) else None
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
    return ""


def _theirs(data: bytes) -> Strategy | None:
    try:
        return loads(data)
    except SocialStrategyError:
        return None


def _written(before: bytes | None, strategy: Strategy, draft: Draft) -> bytes:
    """The bytes *strategy* is saved as over the file's *before* (see :func:`dumps_over`)."""
    was = draft.strategy if before is not None and digest(before) == draft.digest else None
    return dumps_over(before, strategy, was).encode("utf-8")


class FolderStore(FolderOrganisations, FolderComments, FolderHistory):
    """A folder of drafts (see the module docstring); a plan whose organisation
    ``.access.toml`` does not name belongs to *organisation*."""

    def __init__(self, folder: Path, organisation: str = "") -> None:
        self.folder = folder
        self.organisation = organisation

    def describe(self) -> Text:
        return Text(nl="een map met planbestanden", en="a folder of plan files")

    def close(self) -> None:
        """Nothing to let go of: every file is closed after each use."""

    # --- the folder -------------------------------------------------------------------

    def ensure(self, seed: Path | None = None) -> None:
        """Create the folder; a new, empty one gets copies of the *seed* strategies, each
        with the history the seed keeps of it (the examples show a plan's revisions)."""
        if self.folder.is_dir() and any(self.folder.glob("*.toml")):
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        if seed is not None and seed.is_dir():
            for example in sorted(seed.glob("*.toml")):
                shutil.copyfile(example, self.folder / example.name)
                kept = seed / HISTORY / example.stem
                if kept.is_dir() and not (self.folder / HISTORY / example.stem).exists():
                    shutil.copytree(kept, self.folder / HISTORY / example.stem)

    def sweep(self, older_than: float = STALE_SECONDS) -> list[Path]:
        """Remove what saves that were killed halfway left behind: their temporary files
        (``.<draft>.toml.<random>.tmp``), once older than *older_than* seconds, so a save
        still in progress in another process is never touched. What was removed.
        """
        cutoff = time.time() - older_than
        removed = []
        for leftover in self.folder.glob(".*.toml.*.tmp"):
            with contextlib.suppress(OSError):  # gone meanwhile, or not ours to remove
                if leftover.is_file() and leftover.stat().st_mtime < cutoff:
                    leftover.unlink()
                    removed.append(leftover)
        return removed

    def path(self, draft_id: str) -> Path:
        return self.folder / f"{check_id(draft_id)}.toml"

    def _is_draft(self, path: Path) -> bool:
        """A regular file, and inside the folder once links are followed: a FIFO would
        block every reader of the list, and a link could expose any file on the server."""
        if not is_regular(path):
            return False
        try:
            return path.resolve().parent == self.folder.resolve()
        except (OSError, RuntimeError):  # a loop of links
            return False

    def _lock(self) -> contextlib.AbstractContextManager[None]:
        return locked(self.folder / ".lock")

    # --- reading ----------------------------------------------------------------------

    def ids(self, organisation: str | None = None) -> list[str]:
        """Every draft in the folder, by name: regular files inside the folder only."""
        every = sorted(
            p.stem
            for p in self.folder.glob("*.toml")
            if DRAFT_ID.fullmatch(p.stem) and self._is_draft(p)
        )
        if organisation is None:
            return every
        of = self._organisations()
        return [i for i in every if of.get(i, self.organisation) == organisation]

    def summaries(self, organisation: str | None = None) -> list[DraftSummary]:
        """Every draft with its title, the most recently changed first."""
        found = []
        of = self._organisations()
        for draft_id in self.ids(organisation):
            with contextlib.suppress(OSError):  # removed meanwhile
                stat = self.path(draft_id).stat()
                title = _title(self.path(draft_id), stat.st_mtime_ns, stat.st_size)
                org = of.get(draft_id, self.organisation)
                found.append(DraftSummary(draft_id, title, stat.st_mtime, org))
        return sorted(found, key=lambda s: (-s.modified, s.id))

    def exists(self, draft_id: str) -> bool:
        return DRAFT_ID.fullmatch(draft_id) is not None and self._is_draft(self.path(draft_id))

    def data(self, draft_id: str) -> bytes:
        """The file's bytes; the loader's errors for a broken file (not UTF-8, too large),
        and :class:`StrategyIOError` for one that is not a regular file inside the folder."""
        path = self.path(draft_id)
        if not self._is_draft(path):
            if path.exists():
                raise StrategyIOError(path.name, _NOT_A_DRAFT)
            raise DraftNotFoundError(draft_id)
        return read_regular(path, file=path.name)

    def open(self, draft_id: str) -> Draft:
        data = self.data(draft_id)
        strategy = loads(data, file=f"{draft_id}.toml")
        return Draft(draft_id, strategy, digest(data), self._revision(draft_id, digest(data)))

    def check(self, draft: Draft) -> None:
        """Raise :class:`DraftConflictError` when the file changed since *draft* was read.

        Only reads: opening a hand-written file must not rewrite it.
        """
        on_disk = self._bytes_or_none(draft.id)
        if on_disk is not None and digest(on_disk) != draft.digest:
            raise self._conflict(draft.id, on_disk)

    def _bytes_or_none(self, draft_id: str) -> bytes | None:
        path = self.path(draft_id)
        try:
            return path.read_bytes()
        except FileNotFoundError:
            return None

    def _conflict(self, draft_id: str, on_disk: bytes) -> DraftConflictError:
        theirs = _theirs(on_disk)
        current = None
        if theirs is not None:
            current = Draft(
                draft_id, theirs, digest(on_disk), self._revision(draft_id, digest(on_disk))
            )
        return DraftConflictError(draft_id, theirs, current)

    # --- writing ----------------------------------------------------------------------

    def _write(
        self,
        draft_id: str,
        data: bytes,
        author: str,
        before: bytes | None,
        organisation: str | None = None,
    ) -> int:
        """Write the file, keep the revision and audit it (under the lock); its number.
        *organisation*: a new plan's (recorded when it is not the folder's own)."""
        directory = self.directory()
        if organisation is not None and organisation != self.organisation:
            access = directory.read()
            directory.write(attrs.evolve(access, plans={**access.plans, draft_id: organisation}))
        atomic_write(self.path(draft_id), data)
        number = self._record(draft_id, data, author, before)
        org = organisation if organisation is not None else self._plan_org(draft_id)
        action = Action.PLAN_CREATED if before is None else Action.PLAN_SAVED
        directory.append(
            AuditRecord(dt.datetime.now(dt.timezone.utc), author, action, org, draft_id, number)
        )
        return number

    def create(
        self, strategy: Strategy, hint: str = "", *, author: str = "", organisation: str = ""
    ) -> Draft:
        data = dumps(strategy).encode("utf-8")
        with self._lock():
            draft_id = new_id(hint)
            while self.path(draft_id).exists() or self._history_dir(draft_id).exists():
                draft_id = new_id(hint)
            revision = self._write(draft_id, data, author, None, organisation)
        return Draft(draft_id, strategy, digest(data), revision)

    def put(
        self,
        draft_id: str,
        data: bytes,
        *,
        author: str = "",
        organisation: str = "",
        replace: bool = False,
    ) -> Draft:
        strategy = loads(data, file=f"{check_id(draft_id)}.toml")
        with self._lock():
            before = self._bytes_or_none(draft_id)
            if before is not None and not replace:
                raise DraftExistsError(draft_id)
            if before is not None and digest(before) == digest(data):
                return Draft(
                    draft_id, strategy, digest(data), self._revision(draft_id, digest(data))
                )
            revision = self._write(
                draft_id, data, author, before, organisation if before is None else None
            )
        return Draft(draft_id, strategy, digest(data), revision)

    def save(
        self, draft: Draft, strategy: Strategy, *, force: bool = False, author: str = ""
    ) -> Draft:
        """Write *strategy* over *draft*, unless the file changed on disk meanwhile."""
        if not force:
            self.check(draft)
            if strategy == draft.strategy:
                return draft  # nothing changed: the file keeps its own layout and comments
        # Written into the file's text as it is (its comments stay), outside the lock;
        # again under it in the rare case the file changed in between.
        read = self._bytes_or_none(draft.id)
        data = _written(read, strategy, draft)
        with self._lock():
            before = self._bytes_or_none(draft.id)
            if not force and before is not None and digest(before) != draft.digest:
                raise self._conflict(draft.id, before)
            if before != read:
                data = _written(before, strategy, draft)
            revision = self._write(draft.id, data, author, before)
        return Draft(draft.id, strategy, digest(data), revision)

    def delete(self, draft_id: str, *, author: str = "") -> None:
        with self._lock():
            path = self.path(draft_id)
            if not self._is_draft(path):
                raise DraftNotFoundError(draft_id)
            directory = self.directory()
            access = directory.read()
            org = access.plans.get(draft_id, self.organisation)
            path.unlink()
            shutil.rmtree(self._history_dir(draft_id), ignore_errors=True)
            if draft_id in access.plans:
                plans = {k: v for k, v in access.plans.items() if k != draft_id}
                directory.write(attrs.evolve(access, plans=plans))
            directory.append(
                AuditRecord(
                    dt.datetime.now(dt.timezone.utc), author, Action.PLAN_DELETED, org, draft_id
                )
            )


__all__ = ["HISTORY", "STALE_SECONDS", "FolderStore"]
