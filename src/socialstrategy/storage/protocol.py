"""The one interface every store offers: a folder of files, SQLite or PostgreSQL.

Drafts are kept as the exact bytes of their TOML file, so what goes in by import comes
out by export byte for byte. A save is a compare-and-swap on the digest of the bytes the
session last read or wrote: it either writes a new revision in one atomic step, or
raises :class:`~socialstrategy.storage.DraftConflictError` with what is stored now, and
never overwrites.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from socialstrategy.access.directory import Directory
    from socialstrategy.i18n import Text
    from socialstrategy.model import Strategy
    from socialstrategy.storage.comments import Comment
    from socialstrategy.storage.records import Draft, DraftSummary, Revision


@runtime_checkable
class Store(Protocol):
    """Where drafts live; see the module docstring. Every method is safe to call from
    several threads and several processes at once."""

    def describe(self) -> Text:
        """What kind of store this is, in words for a manager: never a path or password."""
        ...

    def ids(self, organisation: str | None = None) -> list[str]:
        """Every draft's id, sorted; only *organisation*'s when one is given."""
        ...

    def summaries(self, organisation: str | None = None) -> list[DraftSummary]:
        """Every draft with its title, the most recently changed first."""
        ...

    def exists(self, draft_id: str) -> bool: ...

    def open(self, draft_id: str) -> Draft:
        """The draft as stored now; :class:`DraftNotFoundError` when there is none, the
        loader's errors when its bytes are no valid strategy."""
        ...

    def data(self, draft_id: str) -> bytes:
        """The draft's bytes exactly as stored (for an export)."""
        ...

    def create(
        self, strategy: Strategy, hint: str = "", *, author: str = "", organisation: str = ""
    ) -> Draft:
        """A new draft of *strategy* under a fresh, unguessable id made from *hint*."""
        ...

    def put(
        self,
        draft_id: str,
        data: bytes,
        *,
        author: str = "",
        organisation: str = "",
        replace: bool = False,
    ) -> Draft:
        """Store *data* (a valid strategy file) as *draft_id*, byte for byte (an import).
        :class:`DraftExistsError` when the id is taken, unless *replace*: then it becomes
        the draft's next revision."""
        ...

    def check(self, draft: Draft) -> None:
        """:class:`DraftConflictError` when the stored draft is no longer *draft*. Reads only."""
        ...

    def save(
        self, draft: Draft, strategy: Strategy, *, force: bool = False, author: str = ""
    ) -> Draft:
        """Write *strategy* as the next revision of *draft*, unless the stored draft changed
        meanwhile (then :class:`DraftConflictError`, nothing written); *force* writes anyway.
        An unchanged strategy is not written again (a hand-written file keeps its layout)."""
        ...

    def history(self, draft_id: str) -> list[Revision]:
        """Every saved revision of the draft, the oldest first."""
        ...

    def open_revision(self, draft_id: str, number: int) -> Draft:
        """One revision of the draft, as it was saved."""
        ...

    def comments(self, draft_id: str) -> list[Comment]:
        """The comments on the draft's parts, the oldest first (resolved ones too);
        :class:`DraftNotFoundError` when there is no draft."""
        ...

    def add_comment(self, draft_id: str, part: str, text: str, *, author: str = "") -> Comment:
        """Comment on *part* of the draft (``guidelines``, ``goals/<id>``): numbered per
        draft, with the revision it was made on. Changes no revision of the plan.
        :class:`ValueError` for an empty text or a part that is none."""
        ...

    def resolve_comment(self, draft_id: str, number: int, *, author: str = "") -> Comment:
        """Mark comment *number* resolved by *author* (resolved already: unchanged);
        :class:`~socialstrategy.storage.comments.CommentNotFoundError` when there is none."""
        ...

    def delete(self, draft_id: str, *, author: str = "") -> None:
        """Remove the draft, its history and its comments; :class:`DraftNotFoundError`
        when there is none."""
        ...

    def organisation_of(self, draft_id: str) -> str:
        """The organisation the draft belongs to ("" in the single-user tool);
        :class:`DraftNotFoundError` when there is none."""
        ...

    def adopt(self, organisation: str, *, author: str = "") -> list[str]:
        """Give every plan of no organisation (the single-user tool's) to *organisation*,
        audited; the ids of the plans adopted."""
        ...

    def directory(self) -> Directory:
        """The organisations, members and audit trail kept in this store (the store itself
        audits every plan created, saved and deleted)."""
        ...

    def close(self) -> None:
        """Let go of connections and files (a store can be used again afterwards)."""
        ...
