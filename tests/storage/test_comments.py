"""Every store saves over a plan's stored text: the comments a person wrote stay."""

from __future__ import annotations

import difflib
from typing import TYPE_CHECKING

import attrs

from socialstrategy.storage import export, import_file
from tests.conftest import TEMPLATE

if TYPE_CHECKING:
    from pathlib import Path

    from socialstrategy.storage import Store


def _comments(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.lstrip().startswith("#")]


def test_a_save_keeps_the_comments_and_changes_one_line(store: Store, tmp_path: Path) -> None:
    """start-hier imported, its title edited and saved: every comment line is still in
    the stored text and in its revision, one line changed, and the export is those bytes."""
    import_file(store, TEMPLATE)
    draft = store.open("start-hier")
    meta = attrs.evolve(draft.strategy.meta, title="Sociale-mediastrategie De Linde")
    saved = store.save(draft, attrs.evolve(draft.strategy, meta=meta), author="anna")
    before = TEMPLATE.read_text(encoding="utf-8")
    after = store.data("start-hier").decode("utf-8")
    assert len(_comments(before)) >= 105
    assert _comments(after) == _comments(before)
    diff = difflib.unified_diff(before.splitlines(), after.splitlines(), n=0, lineterm="")
    assert [line for line in diff if line[:1] in "+-" and line[:3] not in ("+++", "---")] == [
        '-title = "Sociale-mediastrategie [naam van de organisatie]"',
        '+title = "Sociale-mediastrategie De Linde"',
    ]
    assert store.open_revision("start-hier", saved.revision).strategy == saved.strategy
    assert store.open("start-hier").strategy == saved.strategy
    (written,) = export(store, tmp_path / "out")
    assert written.read_bytes() == after.encode("utf-8")
