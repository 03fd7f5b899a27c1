"""A saving callback stopped by new input runs to its end, then passes the stop on."""

from __future__ import annotations

import pytest
from streamlit.runtime.scriptrunner_utils.exceptions import RerunException
from streamlit.runtime.scriptrunner_utils.script_requests import RerunData

from socialstrategy.planner.state import whole


def test_a_callback_stopped_by_new_input_saves_and_reruns_with_the_newest_input() -> None:
    """Streamlit stops a callback at its first read of the session state once new input
    has arrived; the save it was making must still be made (it was lost: the next run
    calls no callback for a value the widget already holds)."""
    first, newest = RerunException(RerunData()), RerunException(RerunData())
    stops = [first, newest]
    saved: list[str] = []

    def save(value: str) -> str:
        if stops:
            raise stops.pop(0)  # as Streamlit does at a read of st.session_state
        saved.append(value)
        return "saved"

    with pytest.raises(RerunException) as stopped:
        whole(save)("Regio Oost")
    assert saved == ["Regio Oost"]
    assert stopped.value is newest  # the rerun carries the newest widget states


def test_a_callback_not_stopped_runs_once() -> None:
    calls: list[int] = []
    assert whole(lambda: calls.append(1) or len(calls))() == 1
    assert calls == [1]
