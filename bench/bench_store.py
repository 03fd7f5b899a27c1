"""The stores side by side: open, save and list on SQLite and PostgreSQL as a ratio to
the folder store, measured in the same run on the largest bundled example.

"Rerun, nothing changed" is what a planner rerun asks the store: is the draft still the
one this session holds (``check``), and opening a draft nobody changed (a database store
keeps opened drafts by digest: one small query, no parse). Target: PostgreSQL within
1.2x of the folder store there. PostgreSQL is a throwaway cluster with its durable
settings (fsync on: a save waits for the disk, as the folder store's does).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import attrs
from _common import ROOT, largest_example, median_time, ms, table

sys.path.insert(0, str(ROOT))
from tests.storage.cluster import server

from socialstrategy.access import Membership, Organisation, Role
from socialstrategy.files import atomic_write, dumps, loads
from socialstrategy.storage import Store, open_store
from socialstrategy.storage.sql import SQLStore

if TYPE_CHECKING:
    from collections.abc import Callable

PLANS = 50
TARGET = 1.2


#: The person signed in, a member of the organisation the plans belong to.
PERSON = "anna@oost.nl"


def _fill(store: Store, data: bytes) -> str:
    store.directory().add_organisation(Organisation("oost", "Welzijn Oost"))
    store.directory().grant(Membership(PERSON, "oost", Role.EDITOR))
    for n in range(PLANS):
        store.put(f"plan-{n:03d}", data)
    store.adopt("oost")
    return "plan-000"


def _measures(store: Store, draft_id: str) -> dict[str, Callable[[], object]]:
    opened = store.open(draft_id)
    flip = {"A": "B", "B": "A"}
    held = [opened]

    def save() -> None:
        draft = held[0]
        author = flip.get(draft.strategy.meta.author, "A")
        meta = attrs.evolve(draft.strategy.meta, author=author)
        held[0] = store.save(draft, attrs.evolve(draft.strategy, meta=meta))

    def cold_open() -> None:
        if isinstance(store, SQLStore):
            store._cache.clear()
        store.open(draft_id)

    return {
        "open (first time)": cold_open,
        "rerun: check": lambda: store.check(opened),
        "rerun: open unchanged": lambda: store.open(draft_id),
        # With sign-in, every rerun asks whose the plan is and what the person may do.
        "rerun: rights (sign-in)": lambda: (
            store.directory().members(email=PERSON),
            store.organisation_of(draft_id),
        ),
        "save": save,
        f"list ({PLANS} plans)": store.summaries,
    }


def _plain_save(folder: Path, data: bytes) -> float:
    """A save as the folder workspace made it before stores: the file alone, no lock and
    no history (the floor the folder store's save is compared with)."""
    strategy = loads(data)
    flip = {"A": "B", "B": "A"}
    held = [strategy]

    def save() -> None:
        author = flip.get(held[0].meta.author, "A")
        held[0] = attrs.evolve(held[0], meta=attrs.evolve(held[0].meta, author=author))
        atomic_write(folder / "plain.toml", dumps(held[0]).encode("utf-8"))

    return median_time(save, rounds=40, warmup=3)


def main() -> int:
    data = largest_example().read_bytes()
    with tempfile.TemporaryDirectory(prefix="bench-store-") as tmp, server(durable=True) as pg:
        stores = {
            "folder": open_store(str(Path(tmp) / "plans")),
            "sqlite": open_store(f"sqlite:///{Path(tmp) / 'plans.db'}"),
            "postgresql": open_store(pg),
        }
        (Path(tmp) / "plans").mkdir()
        times: dict[str, dict[str, float]] = {}
        for name, store in stores.items():
            draft_id = _fill(store, data)
            times[name] = {
                what: median_time(fn, rounds=40, warmup=3)
                for what, fn in _measures(store, draft_id).items()
            }
            store.close()
        plain = _plain_save(Path(tmp) / "plans", data)
    rows = []
    for what, floor in times["folder"].items():
        row: list[object] = [what, ms(floor)]
        for name in ("sqlite", "postgresql"):
            row += [ms(times[name][what]), f"{times[name][what] / floor:.2f}x"]
        rows.append(row)
    print(f"largest example: {largest_example().name}, {len(data) // 1024} KiB")
    table(["", "folder", "sqlite", "ratio", "postgresql", "ratio"], rows)
    folder_save = times["folder"]["save"]
    print(
        f"folder store save (lock, history) / the file alone as before: {folder_save / plain:.2f}x"
    )
    rerun = max(
        times["postgresql"][what] / times["folder"][what]
        for what in ("rerun: check", "rerun: open unchanged", "rerun: rights (sign-in)")
    )
    verdict = "ok" if rerun <= TARGET else "OVER TARGET"
    print(f"rerun with nothing changed, PostgreSQL / folder: {rerun:.2f}x", end=" ")
    print(f"(target {TARGET}x): {verdict}")
    return 0 if rerun <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
