"""Where plans are kept: one :class:`Store` interface, three stores.

::

    Store (protocol.py)          list, open, create, save (compare-and-swap), history, delete,
                                 comments on a plan's parts (comments.py)
     ├── FolderStore (folder.py)      a folder of TOML files, locked for each save
     ├── SQLiteStore (sqlite.py)      one database file, several processes on one machine
     └── PostgresStore (postgres.py)  several planner replicas on one server

Which one is one setting (:mod:`~socialstrategy.storage.settings`): a folder path,
``sqlite:///…`` or ``postgresql://…`` in ``SOCIALSTRATEGY_STORE``.
"""

from socialstrategy.storage.comments import Comment, CommentNotFoundError
from socialstrategy.storage.errors import (
    DraftConflictError,
    DraftExistsError,
    DraftNotFoundError,
    StoreUnavailableError,
    StoreURLError,
)
from socialstrategy.storage.folder import FolderStore
from socialstrategy.storage.protocol import Store
from socialstrategy.storage.records import DRAFT_ID, Draft, DraftSummary, Revision, new_id
from socialstrategy.storage.settings import (
    STORE_VAR,
    WORKSPACE_VAR,
    configured_url,
    open_store,
    shared_store,
)
from socialstrategy.storage.sqlite import SQLiteStore
from socialstrategy.storage.transfer import Imported, Outcome, export, import_file, importable

__all__ = [
    "DRAFT_ID",
    "STORE_VAR",
    "WORKSPACE_VAR",
    "Comment",
    "CommentNotFoundError",
    "Draft",
    "DraftConflictError",
    "DraftExistsError",
    "DraftNotFoundError",
    "DraftSummary",
    "FolderStore",
    "Imported",
    "Outcome",
    "Revision",
    "SQLiteStore",
    "Store",
    "StoreURLError",
    "StoreUnavailableError",
    "configured_url",
    "export",
    "import_file",
    "importable",
    "new_id",
    "open_store",
    "shared_store",
]
