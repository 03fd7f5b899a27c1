"""What one run settles, and which widgets a redraw of the step keeps.

A tiny page of its own, not a planner step: a widget that declares itself kept where
its key is made survives a redraw without the state package knowing its name; one that does not
starts again from its default.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from streamlit.testing.v1 import AppTest

from socialstrategy.planner import per_run


def _page() -> None:
    """Three widgets of a new kind; buttons that redraw the step in its three ways."""
    # AppTest runs this function's body as a script of its own: its imports go with it.
    import streamlit as st  # noqa: PLC0415

    from socialstrategy.planner import per_run, state  # noqa: PLC0415

    per_run.new()
    st.radio("place", ["a", "b"], key=state.key("test.where", keep=state.Keep.PLACE))
    st.radio("pick", ["x", "y"], key=state.key("test.items.picked", keep=state.Keep.PICK))
    st.text_input("typed", key=state.key("test.typed"))
    # A language switch: the redraw runs in a callback, before this run draws anything.
    st.button("relabel", key="relabel", on_click=state.relabel)
    if st.button("refresh", key="refresh"):
        state.refresh()  # after adding or removing an item: the item is chosen anew
    if st.button("refresh, keep pick", key="keep_pick"):
        state.refresh(keep_pick=True)


def _widget(elements: object, path: str) -> object:
    matches = [e for e in elements if str(e.key).endswith(":" + path)]  # type: ignore[attr-defined]
    assert len(matches) == 1, matches
    return matches[0]


def _changed() -> AppTest:
    """The page with every widget changed from its default."""
    at = AppTest.from_function(_page, default_timeout=30)
    at.run()
    _widget(at.radio, "test.where").set_value("b")  # type: ignore[attr-defined]
    _widget(at.radio, "test.items.picked").set_value("y")  # type: ignore[attr-defined]
    _widget(at.text_input, "test.typed").input("getypt")  # type: ignore[attr-defined]
    at.run()
    assert not at.exception, at.exception
    return at


def _values(at: AppTest) -> tuple[object, object, object]:
    return (
        _widget(at.radio, "test.where").value,  # type: ignore[attr-defined]
        _widget(at.radio, "test.items.picked").value,  # type: ignore[attr-defined]
        _widget(at.text_input, "test.typed").value,  # type: ignore[attr-defined]
    )


def _key(at: AppTest) -> str:
    return str(_widget(at.radio, "test.where").key)  # type: ignore[attr-defined]


def test_a_redraw_from_a_callback_keeps_the_declared_widgets_only() -> None:
    at = _changed()
    before = _key(at)
    at.button(key="relabel").click().run()
    assert not at.exception, at.exception
    assert _key(at) != before  # every widget is a new one
    assert _values(at) == ("b", "y", "")


def test_a_redraw_that_chooses_the_item_anew_drops_the_pick_not_the_place() -> None:
    at = _changed()
    before = _key(at)
    at.button(key="refresh").click().run()
    assert not at.exception, at.exception
    assert _key(at) != before
    assert _values(at) == ("b", "x", "")


def test_a_redraw_after_a_rename_keeps_the_pick() -> None:
    at = _changed()
    at.button(key="keep_pick").click().run()
    assert not at.exception, at.exception
    assert _values(at) == ("b", "y", "")


def _in_a_thread(check: Callable[[], None]) -> None:
    """*check* in a thread of its own, as a session's script runs: the test's own thread
    keeps no run of this test's making (AppTest's format functions read it later)."""
    failed: list[BaseException] = []

    def run() -> None:
        try:
            check()
        except BaseException as exc:  # handed to the test's thread
            failed.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    if failed:
        raise failed[0]


def test_a_new_run_forgets_what_the_last_one_settled_and_collected() -> None:
    def check() -> None:
        run = per_run.new()
        run.settle(prefix="1.2:", language="en")
        run.collected.sections["crisis"] = "Crisisplan"
        run.moved()
        assert run.settled.prefix is None
        assert run.settled.language == "en"  # only the key prefix moves with the view
        fresh = per_run.new()
        assert per_run.this() is fresh
        assert fresh.settled == per_run.Settled()
        assert fresh.collected == per_run.Collected()

    _in_a_thread(check)


def test_a_run_in_another_thread_is_its_own() -> None:
    """Each session's runs have a script thread of their own: one manager's language or
    key prefix never reaches another's run."""

    def check() -> None:
        mine = per_run.new()
        mine.settle(language="en")
        seen: list[per_run.Run] = []
        _in_a_thread(lambda: seen.append(per_run.this()))
        assert seen[0] is not mine
        assert seen[0].settled.language is None
        assert per_run.this() is mine

    _in_a_thread(check)
