"""The planner's drafts: a thin front over the configured store.

No Streamlit here. The planner asks :func:`Workspace.configured` for the store the
settings name (a folder of TOML files by default, or SQLite or PostgreSQL; see
:mod:`socialstrategy.storage`) and calls the same few methods whatever it is. A draft's
id travels in the planner's URL, so it is checked against a strict pattern: no path can
be smuggled in. Every save is a compare-and-swap: when someone else (another browser tab,
another replica, a consultant with an editor) changed the draft meanwhile, nothing is
overwritten and :class:`DraftConflictError` says so, so the manager can choose.
"""

from __future__ import annotations

import functools
import os
import re
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Final

import tomli

from socialstrategy.caching import Bounded
from socialstrategy.errors import SocialStrategyError
from socialstrategy.files import loads
from socialstrategy.model.lifecycle import edited
from socialstrategy.scoring import trend
from socialstrategy.scoring.trend import History, Saved, Stage
from socialstrategy.storage import (
    DRAFT_ID,
    Draft,
    DraftConflictError,
    DraftSummary,
    FolderStore,
    Revision,
    Store,
    shared_store,
)
from socialstrategy.storage import WORKSPACE_VAR as ENV_VAR
from socialstrategy.storage.folder import HISTORY, STALE_SECONDS
from socialstrategy.storage.records import new_id as _new_id
from socialstrategy.vocab import PlanStatus, Sector

if TYPE_CHECKING:
    from socialstrategy.i18n import Text
    from socialstrategy.model import Strategy
    from socialstrategy.storage import Comment

__all__ = [
    "DRAFT_ID",
    "ENV_VAR",
    "EXAMPLE_BY_SECTOR",
    "STALE_SECONDS",
    "Draft",
    "DraftConflictError",
    "DraftSummary",
    "Workspace",
    "default_dir",
    "example_for",
    "examples_dir",
]


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
    """The folder ``SOCIALSTRATEGY_WORKSPACE`` names (else ./workspace)."""
    return Path(os.environ.get(ENV_VAR) or "workspace").resolve()


#: Plans of old revisions and their stage, by digest, shared by every workspace of the
#: process (a digest names the same bytes in any store). Plans are large: a few are kept,
#: enough for the last adopted one of each plan open; stages are a status and a number.
_PLANS: Bounded[str, Strategy] = Bounded(32)
_STAGES: Bounded[str, Stage] = Bounded(100_000)


#: A table header in a plan file, and the headers of the lifecycle's own tables.
_HEADER = re.compile(r"^[ \t]*\[", re.MULTILINE)
_LIFECYCLE = re.compile(r"^[ \t]*\[[ \t]*lifecycle[ \t]*(\.[ \t]*[a-z_]+[ \t]*)?\]", re.MULTILINE)


def _stage_of(data: bytes) -> Stage | None:
    """The stage a plan file's bytes record, read from its ``[lifecycle]`` tables alone
    (a few lines, not the whole plan: a long-lived plan has thousands of revisions).
    None when the file says it any other way (an inline table, a dotted key, the word
    elsewhere in the file): then the plan is read in full."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    headers = list(_LIFECYCLE.finditer(text))
    if text.count("lifecycle") != len(headers):
        return None
    parts = []
    for header in headers:
        following = _HEADER.search(text, header.end())
        parts.append(text[header.start() : following.start() if following else len(text)])
    try:
        table = tomli.loads("\n".join(parts)).get("lifecycle", {})
        status = PlanStatus.parse(table.get("status", PlanStatus.DRAFT.code))
        revision = table.get("adoption", {}).get("revision")
    except (tomli.TOMLDecodeError, ValueError, AttributeError):
        return None
    if revision is not None and (isinstance(revision, bool) or not isinstance(revision, int)):
        return None
    return Stage(status, revision)


def _saved(revision: Revision, plan: Strategy) -> Saved:
    return Saved(
        number=revision.number,
        saved_on=revision.saved_at.date(),
        strategy=plan,
        digest=revision.digest,
    )


class Workspace:
    """The drafts of one store, with the methods the planner calls (see the module
    docstring); ``Workspace(folder)`` is a folder of drafts, as it always was."""

    def __init__(self, folder: Path | None = None, *, store: Store | None = None) -> None:
        if store is None:
            if folder is None:
                raise TypeError("a workspace needs a folder or a store")
            store = FolderStore(folder)
        self.store = store
        #: The folder of a folder store (None for a database): for tools, never shown.
        self.folder = store.folder if isinstance(store, FolderStore) else None

    @classmethod
    def configured(cls) -> Workspace:
        """The workspace on the store ``SOCIALSTRATEGY_STORE`` names, shared by the process."""
        return cls(store=shared_store())

    def describe(self) -> Text:
        """What kind of store holds the drafts, in words (never a path or password)."""
        return self.store.describe()

    def ensure(self, seed: Path | None = None) -> None:
        """A folder store: create the folder; a new, empty one gets copies of the *seed*
        strategies. A database starts empty (the planner offers the examples to copy)."""
        if isinstance(self.store, FolderStore):
            self.store.ensure(seed)

    def sweep(self, older_than: float = STALE_SECONDS) -> list[Path]:
        """A folder store: remove temporary files of saves killed halfway (see
        :meth:`FolderStore.sweep`). A database leaves nothing of the kind."""
        if isinstance(self.store, FolderStore):
            return self.store.sweep(older_than)
        return []

    def path(self, draft_id: str) -> Path:
        """The file of a draft in a folder store (a :class:`ValueError` for a bad id)."""
        if not isinstance(self.store, FolderStore):
            raise TypeError("only a folder store keeps drafts as files")
        return self.store.path(draft_id)

    def ids(self) -> list[str]:
        return self.store.ids()

    def summaries(self) -> list[DraftSummary]:
        """Every draft with its title, the most recently changed first."""
        return self.store.summaries()

    def exists(self, draft_id: str) -> bool:
        return self.store.exists(draft_id)

    def new_id(self, hint: str = "") -> str:
        """A fresh, unguessable id: a readable stem from *hint* plus 128 random bits."""
        while True:
            candidate = _new_id(hint)
            if not self.store.exists(candidate):
                return candidate

    def create(
        self, strategy: Strategy, hint: str = "", *, author: str = "", organisation: str = ""
    ) -> Draft:
        return self.store.create(strategy, hint, author=author, organisation=organisation)

    def open(self, draft_id: str) -> Draft:
        """Read a draft; raises the loader's errors for a broken one (not UTF-8, too large),
        and :class:`StrategyIOError` for a file that is not a regular file inside the folder."""
        return self.store.open(draft_id)

    def check(self, draft: Draft) -> None:
        """Raise :class:`DraftConflictError` when the draft changed since *draft* was read.

        Only reads: opening a hand-written file must not rewrite it.
        """
        self.store.check(draft)

    def save(
        self, draft: Draft, strategy: Strategy, *, force: bool = False, author: str = ""
    ) -> Draft:
        """Write *strategy* over *draft*, unless the draft changed meanwhile. A change to an
        adopted plan is saved as a draft on top of it (the adopted revision is frozen)."""
        return self.store.save(draft, edited(draft.strategy, strategy), force=force, author=author)

    def history(self, draft_id: str) -> list[Revision]:
        return self.store.history(draft_id)

    def open_revision(self, draft_id: str, number: int) -> Draft:
        return self.store.open_revision(draft_id, number)

    def _plan(self, draft_id: str, revision: Revision) -> Strategy | None:
        """The plan of a saved *revision* (kept by digest: old revisions never change),
        None when it is no longer kept or no longer reads as a plan."""
        hit = _PLANS.get(revision.digest)
        if hit is not None:
            return hit
        data = self._kept(draft_id, revision)
        try:
            if data is not None:
                plan = loads(data, file=f"{revision.number:06d}.toml")
            else:
                plan = self.open_revision(draft_id, revision.number).strategy
        except SocialStrategyError:  # DraftNotFoundError, or bytes no loader takes
            return None
        _PLANS.put(revision.digest, plan)
        _STAGES.put(revision.digest, Stage.of(plan))
        return plan

    def _kept(self, draft_id: str, revision: Revision) -> bytes | None:
        """A folder store: the bytes of a saved *revision*, read without reading the log
        again (once per revision, that is quadratic in the revisions); None when not kept,
        or for a database (which opens a revision with one query)."""
        if not isinstance(self.store, FolderStore):
            return None
        try:
            return self.store.revision_data(draft_id, revision)
        except SocialStrategyError:
            return None

    def _stage(self, draft_id: str, revision: Revision) -> Stage | None:
        hit = _STAGES.get(revision.digest)
        if hit is not None:
            return hit
        data = self._kept(draft_id, revision)
        stage = _stage_of(data) if data is not None else None
        if stage is None:
            plan = self._plan(draft_id, revision)
            if plan is None:
                return None
            stage = Stage.of(plan)
        _STAGES.put(revision.digest, stage)
        return stage

    def saved(self, draft_id: str) -> list[Saved]:
        """Every saved revision of the draft with its plan, the oldest first (what the
        score trend and the progress report read). A revision that is no longer kept or
        no longer reads as a plan is left out: history shows what it can."""
        out = []
        for revision in self.history(draft_id):
            plan = self._plan(draft_id, revision)
            if plan is not None:
                out.append(_saved(revision, plan))
        return out

    def past(self, draft_id: str) -> History:
        """What the draft's saved revisions tell a document or the planner: the score of
        each adopted or reviewed revision, and the last adopted plan.

        The same as ``History.of(self.saved(draft_id))``, but cheap: a revision's status
        is read from its lifecycle tables and kept per digest, scores per digest and day,
        and only the plans of counted revisions not scored before are opened. (A kept
        revision that no longer loads as a plan is left out only when it counted.)
        """
        kept: list[tuple[Revision, Stage]] = []
        for revision in self.history(draft_id):
            stage = self._stage(draft_id, revision)
            if stage is not None:
                kept.append((revision, stage))
        by_number = {revision.number: revision for revision, _ in kept}
        points = []
        for number, adopted in trend.counted([(r.number, stage) for r, stage in kept]):
            revision = by_number[number]
            day = revision.saved_at.date()
            point = trend.known(revision.digest, number, day, adopted=adopted)
            if point is None:
                plan = self._plan(draft_id, revision)
                if plan is None:  # gone since its stage was read: left out, as saved() does
                    continue
                point = trend.scored(_saved(revision, plan), adopted=adopted)
            points.append(point)
        newest = trend.last_adopted(points)
        adopted_plan = None
        if newest is not None:
            plan = self._plan(draft_id, by_number[newest.number])
            if plan is not None:
                adopted_plan = _saved(by_number[newest.number], plan)
        return History(scored=tuple(points), adopted=adopted_plan)

    @classmethod
    def beside(cls, path: Path) -> tuple[Workspace, str] | None:
        """The folder store *path* sits in, and its draft id, when the folder keeps a
        history of it (``.history/<stem>/``): how the command line finds an exported
        file's adopted revisions. None for a file with no history kept."""
        stem = path.stem
        if not DRAFT_ID.fullmatch(stem) or not (path.parent / HISTORY / stem).is_dir():
            return None
        return cls(path.parent), stem

    def comments(self, draft_id: str) -> list[Comment]:
        return self.store.comments(draft_id)

    def add_comment(self, draft_id: str, part: str, text: str, *, author: str = "") -> Comment:
        return self.store.add_comment(draft_id, part, text, author=author)

    def resolve_comment(self, draft_id: str, number: int, *, author: str = "") -> Comment:
        return self.store.resolve_comment(draft_id, number, author=author)

    def delete(self, draft_id: str) -> None:
        self.store.delete(draft_id)
