"""Drafts on disk: strict ids, atomic saves, and conflicts instead of silent overwrites."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import attrs
import pytest

import socialstrategy as ss
from socialstrategy.model.lifecycle import adopted, with_status
from socialstrategy.scoring.trend import History, Stage
from socialstrategy.storage.folder import HISTORY
from socialstrategy.vocab import PlanStatus
from socialstrategy.workspace import DraftConflictError, Workspace, _stage_of
from tests.adopted import COUNTED, FIRST_ADOPTED, SECOND_ADOPTED, example, two_adoptions
from tests.conftest import STRATEGIES, TEMPLATE


@pytest.fixture
def space(tmp_path: Path) -> Workspace:
    return Workspace(tmp_path / "plans")


def test_a_new_workspace_is_seeded_with_the_examples_once(space: Workspace) -> None:
    space.ensure(seed=STRATEGIES)
    seeded = sorted(p.name for p in space.folder.glob("*.toml"))
    assert seeded == sorted(p.name for p in STRATEGIES.glob("*.toml"))
    (space.folder / "welzijn-oost.toml").unlink()
    space.ensure(seed=STRATEGIES)
    assert not (space.folder / "welzijn-oost.toml").exists()


@pytest.mark.parametrize("bad", ["../etc/passwd", "a/b", "", "UPPER", "x", "a" * 80, "..."])
def test_draft_ids_are_strict(space: Workspace, bad: str) -> None:
    with pytest.raises(ValueError, match="not a draft id"):
        space.path(bad)
    assert not space.exists(bad)


def test_create_open_save_round_trip(space: Workspace) -> None:
    space.ensure()
    draft = space.create(ss.new_strategy(ss.Sector.HOSPITAL, "Test"), hint="Ziekenhuis Test")
    assert draft.id.startswith("ziekenhuis-test-")
    reopened = space.open(draft.id)
    assert reopened == draft
    changed = attrs.evolve(draft.strategy, meta=attrs.evolve(draft.strategy.meta, revision=2))
    saved = space.save(draft, changed)
    assert space.open(draft.id).strategy.meta.revision == 2
    assert saved.digest != draft.digest


def test_a_change_on_disk_is_a_conflict_not_an_overwrite(space: Workspace) -> None:
    """Two sessions on one draft: the second save is refused and the first one's work kept."""
    space.ensure()
    first = space.create(ss.new_strategy(ss.Sector.WELFARE, "Oost"))
    second = space.open(first.id)
    mine = attrs.evolve(first.strategy, meta=attrs.evolve(first.strategy.meta, author="A"))
    space.save(first, mine)
    theirs = attrs.evolve(second.strategy, meta=attrs.evolve(second.strategy.meta, author="B"))
    with pytest.raises(DraftConflictError) as info:
        space.save(second, theirs)
    assert info.value.theirs is not None
    assert info.value.theirs.meta.author == "A"
    assert space.open(first.id).strategy.meta.author == "A"
    space.save(second, theirs, force=True)
    assert space.open(first.id).strategy.meta.author == "B"


def test_checking_and_unchanged_saves_never_rewrite_a_hand_written_file(
    space: Workspace,
) -> None:
    """The template keeps its comments when it is opened and nothing is edited."""
    space.ensure()
    target = space.folder / "start-hier.toml"
    target.write_bytes(TEMPLATE.read_bytes())
    draft = space.open("start-hier")
    space.check(draft)
    space.save(draft, draft.strategy)
    assert target.read_bytes() == TEMPLATE.read_bytes()


def test_a_broken_file_on_disk_is_a_conflict_without_their_version(space: Workspace) -> None:
    space.ensure()
    draft = space.create(ss.Strategy())
    space.path(draft.id).write_text("schema_version = 1\n[meta]\ntitel = 'x'\n")
    with pytest.raises(DraftConflictError) as info:
        space.check(draft)
    assert info.value.theirs is None


def test_a_file_with_a_byte_order_mark_is_no_conflict(space: Workspace) -> None:
    """Windows editors write a BOM; reading and checking must see the same bytes."""
    space.ensure()
    target = space.folder / "met-bom.toml"
    target.write_bytes(b"\xef\xbb\xbf" + TEMPLATE.read_bytes())
    draft = space.open("met-bom")
    space.check(draft)
    space.save(draft, draft.strategy)
    assert target.read_bytes()[:3] == b"\xef\xbb\xbf"


def test_a_draft_that_is_not_utf8_is_an_invalid_strategy(space: Workspace) -> None:
    space.ensure()
    space.path("latin-1").write_bytes(b"schema_version = 1\n[meta]\ntitle = 'caf\xe9'\n")
    with pytest.raises(ss.InvalidStrategyError) as info:
        space.open("latin-1")
    assert info.value.lines("en") == ["latin-1.toml:3: not valid UTF-8 text (byte 38)"]


def test_binary_data_written_over_a_draft_is_a_conflict_without_their_version(
    space: Workspace,
) -> None:
    space.ensure()
    draft = space.create(ss.Strategy())
    space.path(draft.id).write_bytes(b"\x89PNG\r\n\x1a\n\x00\xff")
    with pytest.raises(DraftConflictError) as info:
        space.check(draft)
    assert info.value.theirs is None


def test_temporary_files_of_an_interrupted_save_are_not_drafts(space: Workspace) -> None:
    space.ensure()
    draft = space.create(ss.Strategy(), hint="plan")
    (space.folder / f".{draft.id}.toml.k2j4h1.tmp").write_bytes(b"schema_version = 1\n[me")
    assert space.ids() == [draft.id]


def test_a_sweep_removes_only_stale_leftovers_of_killed_saves(space: Workspace) -> None:
    space.ensure()
    draft = space.create(ss.Strategy(), hint="plan")
    stale = space.folder / f".{draft.id}.toml.a1b2c3.tmp"
    fresh = space.folder / f".{draft.id}.toml.d4e5f6.tmp"
    stale.write_bytes(b"schema_version = 1\n[me")
    fresh.write_bytes(b"schema_version = 1\n")
    hour_ago = time.time() - 3600
    os.utime(stale, (hour_ago, hour_ago))
    assert space.sweep() == [stale]
    assert not stale.exists()
    assert fresh.exists()  # perhaps a save still under way in another process
    assert space.ids() == [draft.id]
    assert space.open(draft.id).strategy == ss.Strategy()


def test_summaries_list_drafts_by_title_the_most_recently_changed_first(
    space: Workspace,
) -> None:
    space.ensure()
    old = space.create(ss.new_strategy(ss.Sector.HOSPITAL, "Ziekenhuis Oud"), hint="oud")
    new = space.create(ss.new_strategy(ss.Sector.WELFARE, "Welzijn Nieuw"), hint="nieuw")
    os.utime(space.path(old.id), (time.time() - 3600, time.time() - 3600))
    (space.folder / "kapot-bestand.toml").write_bytes(b"\xff\xfe not toml")
    listed = space.summaries()
    assert {s.id for s in listed[:2]} == {new.id, "kapot-bestand"}  # both changed just now
    assert listed[-1].id == old.id
    titles = {s.id: s.title for s in listed}
    assert titles[old.id] == "Sociale-mediastrategie Ziekenhuis Oud"
    assert titles["kapot-bestand"] == ""  # cannot be read: listed, without a title


def test_a_summary_follows_the_file_when_it_changes(space: Workspace) -> None:
    space.ensure()
    path = space.folder / "plan-een.toml"
    path.write_text('schema_version = 1\n[organisation]\nname = "  De   Eerste "\n')
    assert space.summaries()[0].title == "De Eerste"  # the name when there is no title
    path.write_text('schema_version = 1\n[meta]\ntitle = "Plan voor 2027"\n')
    os.utime(path, (time.time() + 5, time.time() + 5))  # a new version, whatever the clock
    assert space.summaries()[0].title == "Plan voor 2027"


def _listed_and_opened_at_once(space: Workspace) -> tuple[list[str], list[str], bool]:
    """What the start page lists, run in a thread that must finish: a FIFO opened for
    reading would block it (and every user of the page) for ever."""
    outcome: list[tuple[list[str], list[str], bool]] = []

    def run() -> None:
        ids = space.ids()
        outcome.append((ids, [s.id for s in space.summaries()], space.exists("pijp-123456")))

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(timeout=10)
    assert outcome, "listing the workspace blocked"
    return outcome[0]


def test_a_fifo_in_the_workspace_is_neither_listed_nor_opened(space: Workspace) -> None:
    space.ensure()
    draft = space.create(ss.new_strategy(ss.Sector.WELFARE, "Oost"))
    os.mkfifo(space.folder / "pijp-123456.toml")
    ids, summaries, exists = _listed_and_opened_at_once(space)
    assert ids == summaries == [draft.id]
    assert not exists
    with pytest.raises(ss.StrategyIOError, match="not a regular file"):
        space.open("pijp-123456")


def test_a_link_out_of_the_workspace_is_neither_listed_nor_opened(
    space: Workspace, tmp_path: Path
) -> None:
    """A link to a draft in the folder is a draft; a link that ends outside is not."""
    space.ensure()
    draft = space.create(ss.new_strategy(ss.Sector.WELFARE, "Oost"))
    (space.folder / "kopie-123456.toml").symlink_to(space.path(draft.id).name)
    outside = tmp_path / "elsewhere.toml"
    outside.write_bytes(TEMPLATE.read_bytes())
    (space.folder / "uit-123456.toml").symlink_to(outside)
    (space.folder / "via-123456.toml").symlink_to(space.folder / "uit-123456.toml")
    assert space.ids() == sorted([draft.id, "kopie-123456"])
    assert sorted(s.id for s in space.summaries()) == space.ids()
    assert space.open("kopie-123456").strategy == draft.strategy
    assert not space.exists("uit-123456")
    for draft_id in ("uit-123456", "via-123456"):
        with pytest.raises(ss.StrategyIOError, match="not a regular file inside the workspace"):
            space.open(draft_id)


def test_an_id_with_a_trailing_newline_is_no_draft_id(space: Workspace) -> None:
    with pytest.raises(ValueError, match="not a draft id"):
        space.path("plan-123456\n")
    assert not space.exists("plan-123456\n")


# --- the score trend: saved, past, beside ------------------------------------------------


def test_saved_lists_every_revision_with_its_plan_and_digest(space: Workspace) -> None:
    draft = two_adoptions(space)
    revisions = space.saved(draft.id)
    assert [r.number for r in revisions] == list(range(1, 9))
    assert [r.digest for r in revisions] == [r.digest for r in space.history(draft.id)]
    assert revisions[-1].strategy == draft.strategy
    assert revisions[3].strategy.lifecycle.adoption.date == FIRST_ADOPTED


def test_past_scores_the_adopted_and_reviewed_revisions_and_holds_the_last_adopted(
    space: Workspace,
) -> None:
    draft = two_adoptions(space)
    history = space.past(draft.id)
    assert {p.number: p.adopted for p in history.scored} == COUNTED
    assert history.adopted is not None
    assert history.adopted.number == 7
    assert history.adopted.strategy.lifecycle.adoption.date == SECOND_ADOPTED
    # The first adoption lacked training and engagement: the trend rises.
    overall = [p.overall for p in history.scored]
    assert overall[1] < overall[3]
    # The same as the library makes of every revision, and the same the second time.
    assert history == History.of(space.saved(draft.id))
    assert space.past(draft.id) == history


def test_past_reads_a_revision_saved_since(space: Workspace) -> None:
    draft = two_adoptions(space)
    before = space.past(draft.id)
    space.save(draft, with_status(draft.strategy, PlanStatus.IN_REVIEW))  # 9
    after = space.past(draft.id)
    assert [p.number for p in after.scored] == [*(p.number for p in before.scored), 9]
    assert after.adopted == before.adopted


def test_a_revision_no_longer_kept_is_left_out_of_saved_and_past(space: Workspace) -> None:
    """A kept copy that no longer matches its digest (torn by a crash, edited by hand)
    is not that revision: history shows what it can. (A plan of its own: the revisions'
    plans are kept in the process by digest, and a plan read before stays readable.)"""
    plan = example()
    own = attrs.evolve(plan, meta=attrs.evolve(plan.meta, author=str(space.folder)))
    draft = two_adoptions(space, own)
    kept = space.folder / HISTORY / draft.id / "000006.toml"
    kept.write_bytes(kept.read_bytes() + b"\n# torn\n")
    assert 6 not in [r.number for r in space.saved(draft.id)]
    history = space.past(draft.id)
    # 5 (a draft) now comes before 7: revision 6's review round is gone with it.
    assert {p.number: p.adopted for p in history.scored} == {3: False, 4: True, 7: True}
    assert history == History.of(space.saved(draft.id))


def test_a_plan_never_adopted_has_a_history_without_adopted_plan(space: Workspace) -> None:
    space.ensure()
    draft = space.create(ss.new_strategy(ss.Sector.WELFARE, "Oost"))
    assert space.past(draft.id) == History()
    space.save(draft, with_status(draft.strategy, PlanStatus.IN_REVIEW))
    history = space.past(draft.id)
    assert [p.number for p in history.scored] == [2]
    assert history.adopted is None


def test_beside_finds_the_folder_that_keeps_a_files_history(space: Workspace) -> None:
    draft = two_adoptions(space)
    found = Workspace.beside(space.path(draft.id))
    assert found is not None
    near, stem = found
    assert stem == draft.id
    assert near.past(stem) == space.past(draft.id)


def test_beside_is_none_without_history_or_for_a_name_that_is_no_draft_id(
    tmp_path: Path,
) -> None:
    plain = tmp_path / "welzijn-oost.toml"
    plain.write_bytes((STRATEGIES / "welzijn-oost.toml").read_bytes())
    assert Workspace.beside(plain) is None  # no .history beside it
    (tmp_path / ".history" / "welzijn-oost").mkdir(parents=True)
    assert Workspace.beside(plain) is not None
    for name in ("Welzijn Oost", "UPPER", "x"):
        odd = tmp_path / f"{name}.toml"
        odd.write_bytes(plain.read_bytes())
        (tmp_path / ".history" / name).mkdir(parents=True)
        assert Workspace.beside(odd) is None, name


@pytest.mark.parametrize("example", sorted(p.name for p in STRATEGIES.glob("*.toml")))
def test_the_stage_is_read_from_the_lifecycle_tables_alone(example: str) -> None:
    """What the quick reader finds is what loading the whole plan finds."""
    plan = ss.load(STRATEGIES / example)
    variants = [
        plan,
        with_status(plan, PlanStatus.IN_REVIEW),
        adopted(plan, FIRST_ADOPTED, "Vastgesteld.", 12),
        with_status(adopted(plan, FIRST_ADOPTED, "Ja.", 3), PlanStatus.DRAFT),
    ]
    for variant in variants:
        assert _stage_of(ss.dumps(variant).encode()) == Stage.of(variant)


@pytest.mark.parametrize(
    "text",
    [
        'lifecycle = { status = "adopted" }\n',  # an inline table
        'lifecycle.status = "adopted"\n',  # a dotted key
        '[meta]\ntitle = "Over de lifecycle"\n[lifecycle]\nstatus = "adopted"\n',
        '[lifecycle]\nstatus = "vastgesteld"\n',  # not a status: the loader says why
        '[lifecycle]\nstatus = "adopted"\n[lifecycle.adoption]\nrevision = "7"\n',
        b"\xff\xfe[lifecycle]",
    ],
)
def test_a_lifecycle_written_otherwise_is_read_with_the_whole_plan(text: str | bytes) -> None:
    data = text if isinstance(text, bytes) else text.encode()
    assert _stage_of(data) is None


def test_a_plan_without_lifecycle_is_a_draft() -> None:
    assert _stage_of(b'schema_version = 1\n[meta]\ntitle = "Plan"\n') == Stage(
        PlanStatus.DRAFT, None
    )
