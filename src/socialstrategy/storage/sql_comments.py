"""The comments of a database store: table ``comments`` (migration 3).

A comment's number counts per plan. Two reviewers commenting at once in PostgreSQL may
both read the same highest number; the second insert then meets the first's key and
is tried again with the next number.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, Final, Protocol

from socialstrategy.storage.comments import (
    Comment,
    CommentNotFoundError,
    check_part,
    comment_text,
)
from socialstrategy.storage.errors import DraftNotFoundError
from socialstrategy.storage.records import check_id, moment

if TYPE_CHECKING:
    from collections.abc import Sequence
    from contextlib import AbstractContextManager

    from socialstrategy.storage.sql import Cursor

#: Tries at a comment's number before giving up (each lost only to another insert).
_TRIES: Final = 20
_COLUMNS: Final = "number, part, author, EPOCH(at), body, revision, resolved_by, EPOCH(resolved_at)"


class _SQL(Protocol):
    duplicate: tuple[type[Exception], ...]

    def _sql(self, query: str) -> str: ...
    def _run(self, query: str, params: Sequence[Any] = ()) -> list[Any]: ...
    def _writing(self) -> AbstractContextManager[Cursor]: ...


def _comment(row: Sequence[Any]) -> Comment:
    number, part, author, at, body, revision, resolved_by, resolved_at = row
    return Comment(
        int(number),
        str(part),
        str(author),
        moment(float(at)),
        str(body),
        int(revision),
        str(resolved_by),
        None if resolved_at is None else moment(float(resolved_at)),
    )


class SQLComments:
    """What a :class:`~socialstrategy.storage.sql.SQLStore` keeps of comments."""

    def comments(self: _SQL, draft_id: str) -> list[Comment]:
        if not self._run("SELECT id FROM drafts WHERE id = %s", (check_id(draft_id),)):
            raise DraftNotFoundError(draft_id)
        rows = self._run(
            f"SELECT {_COLUMNS} FROM comments WHERE draft_id = %s ORDER BY number", (draft_id,)
        )
        return [_comment(row) for row in rows]

    def add_comment(
        self: _SQL, draft_id: str, part: str, text: str, *, author: str = ""
    ) -> Comment:
        check_id(draft_id)
        check_part(part)
        body = comment_text(text)
        for attempt in range(_TRIES):
            now = time.time()
            try:
                with self._writing() as cursor:
                    cursor.execute(
                        self._sql("SELECT revision FROM drafts WHERE id = %s"), (draft_id,)
                    )
                    head = cursor.fetchone()
                    if head is None:
                        raise DraftNotFoundError(draft_id)
                    cursor.execute(
                        self._sql(
                            "SELECT coalesce(max(number), 0) + 1 FROM comments WHERE draft_id = %s"
                        ),
                        (draft_id,),
                    )
                    number = int(cursor.fetchone()[0])
                    cursor.execute(
                        self._sql(
                            "INSERT INTO comments (draft_id, number, part, author, at, body,"
                            " revision) VALUES (%s, %s, %s, %s, TS(%s), %s, %s)"
                            f" RETURNING {_COLUMNS}"
                        ),
                        (draft_id, number, part, author, now, body, int(head[0])),
                    )
                    row = cursor.fetchone()
            except self.duplicate:
                if attempt + 1 == _TRIES:
                    raise  # the numbers kept being taken: the driver's own error
                continue  # another comment took the number: take the next
            return _comment(row)  # as stored (a time read back is rounded as stored)
        raise AssertionError("unreachable: the last try returns or raises")

    def resolve_comment(self: _SQL, draft_id: str, number: int, *, author: str = "") -> Comment:
        check_id(draft_id)
        with self._writing() as cursor:
            # Only one that is open: the first to resolve it is kept.
            cursor.execute(
                self._sql(
                    "UPDATE comments SET resolved_by = %s, resolved_at = TS(%s)"
                    " WHERE draft_id = %s AND number = %s AND resolved_at IS NULL"
                ),
                (author, time.time(), draft_id, number),
            )
            cursor.execute(
                self._sql(f"SELECT {_COLUMNS} FROM comments WHERE draft_id = %s AND number = %s"),
                (draft_id, number),
            )
            row = cursor.fetchone()
        if row is None:
            raise CommentNotFoundError(draft_id, number)
        return _comment(row)


__all__ = ["SQLComments"]
