"""Callbacks that save run to their end, even when new input arrives meanwhile.

Streamlit stops a run at any read or write of ``st.session_state`` once the browser has
sent new input (the next keystroke, a click), also inside a widget's callback. A save
stopped there was never made: the next run compares the widget with the value it already
holds and calls no callback again, and if someone else's save came in between, the page
does not save it either. So a saving callback that is stopped starts again (the request
that stopped it has been taken, so it is not stopped for it twice), and the newest stop
is passed on once the save is done: Streamlit then reruns with that input as it would have.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from streamlit.runtime.scriptrunner_utils.exceptions import RerunException

if TYPE_CHECKING:
    from collections.abc import Callable

P = ParamSpec("P")
R = TypeVar("R")
#: How often a callback is started again before the stop is passed on unfinished.
_TRIES = 5


def whole(callback: Callable[P, R]) -> Callable[P, R]:
    """*callback*, run to its end despite new input (see the module docstring)."""

    @functools.wraps(callback)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        stopped: RerunException | None = None
        for _ in range(_TRIES):
            try:
                result = callback(*args, **kwargs)
            except RerunException as exc:
                stopped = exc  # the newest input: the one to rerun with
                continue
            if stopped is not None:
                raise stopped
            return result
        assert stopped is not None
        raise stopped

    return run


__all__ = ["whole"]
