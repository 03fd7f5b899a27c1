"""Comments on a plan's parts, kept beside the plan: a reviewer may comment but not edit.

A comment is about one part of the plan (:data:`PART`): a part by its name
(``guidelines``, ``crisis``) or an item by its id (``goals/werving``,
``crisis.scenarios/datalek``), so it stays with its goal when goals are reordered. It
records who wrote it, when, on which revision, and who resolved it and when. Comments
are no part of the plan file: reading along changes no plan, and an adopted revision
stays frozen whatever is said about it.

The folder store appends one line per event to ``.history/<id>/comments.jsonl`` under
the folder's lock (a comment added, a comment resolved); the database stores keep a
``comments`` table (:mod:`~socialstrategy.storage.sql_comments`).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import TYPE_CHECKING, Final, Protocol

import attrs

from socialstrategy.errors import StrategyIOError
from socialstrategy.i18n import Text
from socialstrategy.storage.errors import DraftNotFoundError
from socialstrategy.storage.records import digest

if TYPE_CHECKING:
    import contextlib
    from pathlib import Path

#: A part of the plan a comment is about: field names, then an item's id after "/".
PART: Final = re.compile(r"^[a-z_]+(\.[a-z_]+)*(/[a-z0-9][a-z0-9_-]{0,63})?$")
#: Longest comment: a few paragraphs, not a document.
MAX_COMMENT: Final = 4000
COMMENTS: Final = "comments.jsonl"


def check_part(part: str) -> str:
    """*part* when it names a part of a plan; else :class:`ValueError`."""
    if not isinstance(part, str) or not PART.fullmatch(part):
        raise ValueError(f"not a part of a plan: {part!r}")
    return part


def comment_text(text: str) -> str:
    """*text* trimmed; :class:`ValueError` when it is empty or longer than MAX_COMMENT."""
    cleaned = text.replace("\r\n", "\n").strip()
    if not cleaned or len(cleaned) > MAX_COMMENT:
        raise ValueError(f"a comment has 1 to {MAX_COMMENT} characters, not {len(cleaned)}")
    return cleaned


@attrs.frozen
class Comment:
    """One comment on a part of a plan, and whether it was resolved."""

    number: int
    part: str
    author: str
    at: dt.datetime
    text: str
    #: The plan's revision the comment was made on.
    revision: int = 0
    resolved_by: str = ""
    resolved_at: dt.datetime | None = None

    @property
    def resolved(self) -> bool:
        return self.resolved_at is not None


class CommentNotFoundError(StrategyIOError):
    """No comment by that number on the draft."""

    def __init__(self, draft_id: str, number: int) -> None:
        super().__init__(
            f"{draft_id}#{number}",
            Text(nl="die reactie bestaat niet (meer)", en="that comment does not exist (any more)"),
        )
        self.draft_id = draft_id
        self.number = number


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def fold(lines: list[str]) -> list[Comment]:
    """The comments a folder's event log describes, in the order they were made; a line
    torn by a killed write is left out."""
    found: dict[int, Comment] = {}
    for line in lines:
        try:
            entry = json.loads(line)
            number = int(entry["number"])
            if entry["event"] == "added":
                found[number] = Comment(
                    number,
                    str(entry["part"]),
                    str(entry["author"]),
                    dt.datetime.fromisoformat(entry["at"]),
                    str(entry["text"]),
                    int(entry.get("revision", 0)),
                )
            elif entry["event"] == "resolved" and number in found and not found[number].resolved:
                found[number] = attrs.evolve(
                    found[number],
                    resolved_by=str(entry["author"]),
                    resolved_at=dt.datetime.fromisoformat(entry["at"]),
                )
        except (ValueError, KeyError, TypeError):
            continue
    return [found[n] for n in sorted(found)]


class _Folder(Protocol):
    """What :class:`FolderComments` needs of the folder store it is mixed into."""

    def exists(self, draft_id: str) -> bool: ...
    def _history_dir(self, draft_id: str) -> Path: ...
    def _lock(self) -> contextlib.AbstractContextManager[None]: ...
    def _revision(self, draft_id: str, current: str) -> int: ...
    def data(self, draft_id: str) -> bytes: ...


class FolderComments:
    """The comments of a :class:`~socialstrategy.storage.folder.FolderStore`."""

    def _comment_log(self: _Folder, draft_id: str) -> Path:
        if not self.exists(draft_id):
            raise DraftNotFoundError(draft_id)
        return self._history_dir(draft_id) / COMMENTS

    def comments(self: _Folder, draft_id: str) -> list[Comment]:
        log = FolderComments._comment_log(self, draft_id)
        try:
            text = log.read_text(encoding="utf-8", errors="replace")
        except (FileNotFoundError, NotADirectoryError):
            return []
        return fold(text.splitlines())

    def add_comment(
        self: _Folder, draft_id: str, part: str, text: str, *, author: str = ""
    ) -> Comment:
        check_part(part)
        body = comment_text(text)
        with self._lock():
            log = FolderComments._comment_log(self, draft_id)
            known = FolderComments.comments(self, draft_id)
            revision = self._revision(draft_id, digest(self.data(draft_id)))
            made = Comment(
                (known[-1].number if known else 0) + 1, part, author, _now(), body, revision
            )
            _append(
                log,
                {
                    "event": "added",
                    "number": made.number,
                    "part": part,
                    "author": author,
                    "at": made.at.isoformat(),
                    "revision": revision,
                    "text": body,
                },
            )
        return made

    def resolve_comment(self: _Folder, draft_id: str, number: int, *, author: str = "") -> Comment:
        with self._lock():
            log = FolderComments._comment_log(self, draft_id)
            by_number = {c.number: c for c in FolderComments.comments(self, draft_id)}
            if number not in by_number:
                raise CommentNotFoundError(draft_id, number)
            if by_number[number].resolved:
                return by_number[number]  # the first to resolve it is kept
            when = _now()
            _append(
                log,
                {"event": "resolved", "number": number, "author": author, "at": when.isoformat()},
            )
        return attrs.evolve(by_number[number], resolved_by=author, resolved_at=when)


def _append(log: Path, entry: dict[str, object]) -> None:
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("a", encoding="utf-8") as stream:
        stream.write(json.dumps(entry, ensure_ascii=False) + "\n")


__all__ = [
    "MAX_COMMENT",
    "PART",
    "Comment",
    "CommentNotFoundError",
    "FolderComments",
    "check_part",
    "comment_text",
]
