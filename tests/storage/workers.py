"""What each process of the concurrency tests does (a module of its own: spawned
processes import it by name)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from socialstrategy.storage import Draft, DraftConflictError, open_store

if TYPE_CHECKING:
    from multiprocessing.queues import Queue
    from multiprocessing.synchronize import Barrier


def signed(draft: Draft, author: str) -> Draft:
    """*draft* with *author* as the plan's author (the one field the workers change)."""
    meta = attrs.evolve(draft.strategy.meta, author=author)
    return attrs.evolve(draft, strategy=attrs.evolve(draft.strategy, meta=meta))


def save_once(  # noqa: PLR0917 - multiprocessing passes arguments by position
    url: str, draft_id: str, digest: str, name: str, go: Barrier, out: Queue[str]
) -> None:
    """Open the draft, wait for every other process, then all save over the same revision."""
    store = open_store(url)
    draft = store.open(draft_id)
    assert draft.digest == digest
    go.wait()
    try:
        store.save(draft, signed(draft, name).strategy, author=name)
    except DraftConflictError:
        out.put("conflict")
    else:
        out.put("saved")
    store.close()


def save_many(  # noqa: PLR0917 - multiprocessing passes arguments by position
    url: str, draft_id: str, name: str, times: int, go: Barrier, out: Queue[str]
) -> None:
    """Save *times* changes of one's own, each retried after a conflict until it is in;
    puts one line per attempt: ``saved <author>`` or ``conflict``."""
    store = open_store(url)
    go.wait()
    for number in range(times):
        author = f"{name}-{number}"
        while True:
            draft = store.open(draft_id)
            try:
                store.save(draft, signed(draft, author).strategy, author=author)
            except DraftConflictError:
                out.put("conflict")
                continue
            out.put(f"saved {author}")
            break
    store.close()
