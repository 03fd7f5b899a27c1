"""Drafts on disk: where the planner keeps a manager's work between every keystroke.

No Streamlit here. A workspace is a folder of strategy files; each draft is one file
``<id>.toml`` with an opaque random id (it travels in the planner's URL, so it is
checked against a strict pattern: no path can be smuggled in). Every save is atomic.

Saving compares the file on disk with the text the session last read or wrote: when
someone else (another browser tab, a consultant with an editor) changed it meanwhile,
nothing is overwritten and :class:`DraftConflictError` says so, so the manager can choose.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import re
import secrets
import shutil
import time
from importlib import resources
from pathlib import Path
from typing import Final

import attrs
import tomli

from socialstrategy.errors import SocialStrategyError, StrategyIOError
from socialstrategy.files import atomic_write, dumps, loads, read_regular
from socialstrategy.files.access import is_regular
from socialstrategy.i18n import Text
from socialstrategy.model import Strategy
from socialstrategy.model._fields import slug
from socialstrategy.vocab import Sector

ENV_VAR: Final = "SOCIALSTRATEGY_WORKSPACE"
_NOT_A_DRAFT: Final = Text(
    nl="geen gewoon bestand in de werkmap", en="not a regular file inside the workspace"
)
DRAFT_ID: Final = re.compile(r"^[a-z0-9][a-z0-9-]{2,63}$")


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@attrs.frozen
class Draft:
    """A strategy as last read from or written to disk, with the digest of those bytes."""

    id: str
    strategy: Strategy
    digest: str


@attrs.frozen
class DraftSummary:
    """A draft as a list of them shows it: which plan it is and when it last changed."""

    id: str
    #: The plan's title, else the organisation's name; "" when the file cannot be read.
    title: str
    #: When the file last changed, in seconds since the epoch.
    modified: float


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


class DraftConflictError(SocialStrategyError):
    """The draft changed on disk since this session last read or wrote it."""

    def __init__(self, draft_id: str, theirs: Strategy | None) -> None:
        super().__init__(f"draft {draft_id} changed on disk")
        self.draft_id = draft_id
        #: What is on disk now (None when it is no longer a valid strategy).
        self.theirs = theirs


#: A save takes milliseconds: a temporary file this old belongs to one that was killed.
STALE_SECONDS = 600.0


@functools.cache  # the package does not move while it runs; every planner rerun asks
def examples_dir() -> Path:
    """The bundled example strategies: inside an installed package, or the repo's folder."""
    packaged = Path(str(resources.files("socialstrategy"))) / "examples"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "strategies"


#: The bundled example of each sector, by file name: what the planner's steps show a
#: manager as an example. A sector without one of its own gets the hospital.
EXAMPLE_BY_SECTOR: Final[dict[Sector, str]] = {
    Sector.HOSPITAL: "ziekenhuis-amstelzicht.toml",
    Sector.ELDERLY_CARE: "zorggroep-de-linde.toml",
    Sector.DISABILITY_CARE: "stichting-het-baken.toml",
    Sector.MENTAL_HEALTH: "ggz-kustland.toml",
    Sector.YOUTH_CARE: "jeugdzorg-op-koers.toml",
    Sector.WELFARE: "welzijn-oost.toml",
}


def example_for(sector: Sector) -> str:
    """The file name of the bundled example for *sector* (see :data:`EXAMPLE_BY_SECTOR`)."""
    return EXAMPLE_BY_SECTOR.get(sector, EXAMPLE_BY_SECTOR[Sector.HOSPITAL])


def default_dir() -> Path:
    return Path(os.environ.get(ENV_VAR) or "workspace").resolve()


class Workspace:
    """A folder of drafts."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def ensure(self, seed: Path | None = None) -> None:
        """Create the folder; a new, empty one gets copies of the *seed* strategies."""
        if self.folder.is_dir() and any(self.folder.glob("*.toml")):
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        if seed is not None and seed.is_dir():
            for example in sorted(seed.glob("*.toml")):
                shutil.copyfile(example, self.folder / example.name)

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
        # fullmatch: with match, "$" would also accept an id ending in a newline.
        if not DRAFT_ID.fullmatch(draft_id):
            raise ValueError(f"not a draft id: {draft_id!r}")
        return self.folder / f"{draft_id}.toml"

    def _is_draft(self, path: Path) -> bool:
        """A regular file, and inside the folder once links are followed: a FIFO would
        block every reader of the list, and a link could expose any file on the server."""
        if not is_regular(path):
            return False
        try:
            return path.resolve().parent == self.folder.resolve()
        except (OSError, RuntimeError):  # a loop of links
            return False

    def ids(self) -> list[str]:
        """Every draft in the workspace, by name: regular files inside the folder only."""
        return sorted(
            p.stem
            for p in self.folder.glob("*.toml")
            if DRAFT_ID.fullmatch(p.stem) and self._is_draft(p)
        )

    def summaries(self) -> list[DraftSummary]:
        """Every draft with its title, the most recently changed first."""
        found = []
        for draft_id in self.ids():
            with contextlib.suppress(OSError):  # removed meanwhile
                stat = self.path(draft_id).stat()
                title = _title(self.path(draft_id), stat.st_mtime_ns, stat.st_size)
                found.append(DraftSummary(draft_id, title, stat.st_mtime))
        return sorted(found, key=lambda s: (-s.modified, s.id))

    def exists(self, draft_id: str) -> bool:
        return DRAFT_ID.fullmatch(draft_id) is not None and self._is_draft(self.path(draft_id))

    def new_id(self, hint: str = "") -> str:
        """A fresh id: a readable stem from *hint* plus a random suffix."""
        stem = slug(hint) or "strategie"
        while True:
            candidate = f"{stem}-{secrets.token_hex(3)}"
            if DRAFT_ID.match(candidate) and not self.path(candidate).exists():
                return candidate

    def create(self, strategy: Strategy, hint: str = "") -> Draft:
        draft_id = self.new_id(hint)
        data = dumps(strategy).encode("utf-8")
        atomic_write(self.path(draft_id), data)
        return Draft(draft_id, strategy, _digest(data))

    def open(self, draft_id: str) -> Draft:
        """Read a draft; raises the loader's errors for a broken file (not UTF-8, too large),
        and :class:`StrategyIOError` for one that is not a regular file inside the folder."""
        path = self.path(draft_id)
        if not self._is_draft(path) and path.exists():
            raise StrategyIOError(path.name, _NOT_A_DRAFT)
        data = read_regular(path, file=path.name)
        return Draft(draft_id, loads(data, file=path.name), _digest(data))

    def check(self, draft: Draft) -> None:
        """Raise :class:`DraftConflictError` when the file changed since *draft* was read.

        Only reads: opening a hand-written file must not rewrite it.
        """
        path = self.path(draft.id)
        on_disk = path.read_bytes() if path.exists() else None
        if on_disk is not None and _digest(on_disk) != draft.digest:
            raise DraftConflictError(draft.id, self._theirs(on_disk))

    def save(self, draft: Draft, strategy: Strategy, *, force: bool = False) -> Draft:
        """Write *strategy* over *draft*, unless the file changed on disk meanwhile."""
        path = self.path(draft.id)
        if not force:
            self.check(draft)
        if not force and strategy == draft.strategy:
            return draft  # nothing changed: the file keeps its own layout and comments
        data = dumps(strategy).encode("utf-8")
        atomic_write(path, data)
        return Draft(draft.id, strategy, _digest(data))

    def _theirs(self, data: bytes) -> Strategy | None:
        try:
            return loads(data)
        except SocialStrategyError:
            return None
