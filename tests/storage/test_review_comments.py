"""The comments contract: the same behaviour from the folder, SQLite and PostgreSQL stores."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

import socialstrategy as ss
from socialstrategy.storage import (
    CommentNotFoundError,
    DraftNotFoundError,
    Store,
    open_store,
)


def _plan() -> ss.Strategy:
    return ss.new_strategy(ss.Sector.ELDERLY_CARE, "Zorggroep Proef")


def test_a_comment_is_kept_with_its_part_author_time_and_revision(store: Store) -> None:
    """A comment is numbered per plan and records its part, author, time and revision."""
    made = store.create(_plan(), author="bewerker@zorg.nl")
    before = dt.datetime.now(dt.timezone.utc)
    first = store.add_comment(
        made.id, "guidelines", "  Graag de OR eerst horen.\r\n", author="or@zorg.nl"
    )
    second = store.add_comment(made.id, "goals/werving", "Meetbaar?", author="or@zorg.nl")
    assert (first.number, second.number) == (1, 2)
    assert store.comments(made.id) == [first, second]
    (kept, _) = store.comments(made.id)
    assert (kept.part, kept.author, kept.text, kept.revision) == (
        "guidelines",
        "or@zorg.nl",
        "Graag de OR eerst horen.",
        made.revision,
    )
    assert abs((kept.at - before).total_seconds()) < 60
    assert not kept.resolved


def test_a_comment_changes_no_revision_of_the_plan(store: Store) -> None:
    """Reading along is no edit: the plan's bytes and history stay as they were."""
    made = store.create(_plan())
    store.add_comment(made.id, "crisis.scenarios/datalek", "Wie belt de AP?")
    assert store.open(made.id) == made
    assert [r.number for r in store.history(made.id)] == [made.revision]


def test_resolving_keeps_who_and_when_and_the_first_resolver(store: Store) -> None:
    """A resolved comment says who resolved it and when; resolving it again changes nothing."""
    made = store.create(_plan())
    comment = store.add_comment(made.id, "guidelines", "Te lang.", author="or@zorg.nl")
    resolved = store.resolve_comment(made.id, comment.number, author="manager@zorg.nl")
    assert resolved.resolved
    assert resolved.resolved_by == "manager@zorg.nl"
    assert resolved.resolved_at is not None
    again = store.resolve_comment(made.id, comment.number, author="ander@zorg.nl")
    assert again.resolved_by == "manager@zorg.nl"
    (kept,) = store.comments(made.id)
    assert kept.resolved_by == "manager@zorg.nl"
    assert kept.text == "Te lang."


def test_comments_of_one_plan_are_not_another_plans(store: Store) -> None:
    """Numbers count per plan, and a plan lists only its own comments."""
    one, other = store.create(_plan()), store.create(_plan())
    store.add_comment(one.id, "guidelines", "Een.")
    made = store.add_comment(other.id, "guidelines", "Twee.")
    assert made.number == 1
    assert [c.text for c in store.comments(one.id)] == ["Een."]
    with pytest.raises(CommentNotFoundError):
        store.resolve_comment(one.id, 2)


def test_no_comment_on_a_plan_that_is_not_there(store: Store) -> None:
    """Commenting on, listing or resolving on a missing plan says the plan is not found."""
    with pytest.raises(DraftNotFoundError):
        store.comments("bestaat-niet")
    with pytest.raises(DraftNotFoundError):
        store.add_comment("bestaat-niet", "guidelines", "Hallo")
    made = store.create(_plan())
    with pytest.raises(CommentNotFoundError):
        store.resolve_comment(made.id, 1)


@pytest.mark.parametrize(
    ("part", "text"),
    [("guidelines", "   "), ("../etc", "Hallo"), ("goals/Werving!", "Hallo"), ("", "Hallo")],
)
def test_an_empty_comment_or_a_part_that_is_none_is_refused(
    store: Store, part: str, text: str
) -> None:
    """Nothing is stored for an empty text or a part that names no part of a plan."""
    made = store.create(_plan())
    with pytest.raises(ValueError, match=r"comment|part"):
        store.add_comment(made.id, part, text)
    assert store.comments(made.id) == []


def test_deleting_a_plan_deletes_its_comments(store: Store) -> None:
    """A deleted plan's comments go with it; a new plan starts counting at one."""
    made = store.create(_plan())
    store.add_comment(made.id, "guidelines", "Weg ermee.")
    store.delete(made.id)
    with pytest.raises(DraftNotFoundError):
        store.comments(made.id)


def test_comments_are_shared_by_two_stores_on_one_place(store_url: str) -> None:
    """Two processes' stores on the same folder or database see each other's comments,
    and reviewers commenting at once each get a number of their own."""
    first, second = open_store(store_url), open_store(store_url)
    try:
        made = first.create(_plan())
        errors: list[BaseException] = []

        def comment(store: Store, who: str) -> None:
            try:
                for n in range(5):
                    store.add_comment(made.id, "guidelines", f"{who} {n}", author=who)
            except BaseException as exc:  # reported below
                errors.append(exc)

        threads = [
            threading.Thread(target=comment, args=(first, "a")),
            threading.Thread(target=comment, args=(second, "b")),
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        seen = second.comments(made.id)
        assert [c.number for c in seen] == list(range(1, 11))
        assert sorted(c.text for c in seen) == sorted(
            [f"a {n}" for n in range(5)] + [f"b {n}" for n in range(5)]
        )
        first.resolve_comment(made.id, 3, author="a")
        assert second.comments(made.id)[2].resolved_by == "a"
    finally:
        first.close()
        second.close()
