"""What goes wrong with a store.

::

    SocialStrategyError
     ├── DraftConflictError           the draft changed since this session read it
     ├── StoreURLError                SOCIALSTRATEGY_STORE (or --store) names no store
     └── StrategyIOError
          ├── DraftNotFoundError      no draft (or revision) by that id
          ├── DraftExistsError        an import met an id that is already taken
          └── StoreUnavailableError   the database cannot be reached or refused

:class:`StoreUnavailableError` is an :class:`OSError`, like a full disk: the planner keeps
the change it could not write and says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy.errors import SocialStrategyError, StrategyIOError
from socialstrategy.i18n import DEFAULT_LANGUAGE, Language, Text

if TYPE_CHECKING:
    from socialstrategy.model import Strategy
    from socialstrategy.storage.records import Draft


class DraftConflictError(SocialStrategyError):
    """The draft changed in the store since this session last read or wrote it."""

    def __init__(
        self, draft_id: str, theirs: Strategy | None, current: Draft | None = None
    ) -> None:
        super().__init__(f"draft {draft_id} changed in the store")
        self.draft_id = draft_id
        #: What is stored now (None when it is no longer a valid strategy, or is gone).
        self.theirs = theirs
        #: The stored draft as it is now, with its digest and revision (None: see *theirs*).
        self.current = current


class StoreURLError(SocialStrategyError, ValueError):
    """A store setting that names no store this library knows."""

    def __init__(self, text: Text) -> None:
        super().__init__(text.en)
        self.text = text

    def describe(self, language: Language = DEFAULT_LANGUAGE) -> str:
        return self.text.get(language)


_NOT_FOUND = Text(
    nl="bestaat niet (meer) in de opslag", en="does not exist (any more) in the store"
)
_EXISTS = Text(nl="bestaat al in de opslag", en="already exists in the store")


class DraftNotFoundError(StrategyIOError):
    """No draft, or no revision of it, by that id."""

    def __init__(self, draft_id: str) -> None:
        super().__init__(draft_id, _NOT_FOUND)
        self.draft_id = draft_id


class DraftExistsError(StrategyIOError):
    """A draft by that id is already in the store (an import does not overwrite)."""

    def __init__(self, draft_id: str) -> None:
        super().__init__(draft_id, _EXISTS)
        self.draft_id = draft_id


class StoreUnavailableError(StrategyIOError):
    """The store cannot be reached, or refused the operation; *detail* is its own words
    (never a password: connection settings are left out)."""

    def __init__(self, store: str, detail: str, *, reason: str = "") -> None:
        super().__init__(
            store,
            Text(
                nl=f"de opslag is niet bereikbaar ({detail})",
                en=f"the store cannot be reached ({detail})",
            ),
        )
        self.strerror = detail
        #: The driver's own words (for the command line and the log; may name a host).
        self.reason = reason
