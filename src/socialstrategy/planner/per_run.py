"""What one run of the planner's script has settled, forgotten when the next run starts.

The session object, the widget-key prefix and the language are read from the session
once per run, not at every widget (:class:`Settled`); the redraws asked for and the
findings shown beside their parts belong to the run that made them (:class:`Collected`).
Each session's runs happen in a script thread of their own, so a thread-local never
carries one manager's run into another's; :func:`new` is called first in every run, so
nothing an earlier run settled in the same thread holds.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

import attrs

# Types only: these classes are never structured by cattrs (which reads annotations at
# run time), and state imports this module.
if TYPE_CHECKING:
    from collections.abc import Callable

    from streamlit.delta_generator import DeltaGenerator

    from socialstrategy.i18n import Language  # noqa: TC004
    from socialstrategy.model import Strategy  # noqa: TC004
    from socialstrategy.planner.state import Session  # noqa: TC004
    from socialstrategy.scoring import Finding
    from socialstrategy.storage import Comment  # noqa: TC004

    #: Whether something drawn before this run's save no longer shows the saved plan.
    Stale = Callable[[Strategy], bool]
    #: A change to the saved plan made once this run's save is done.
    Tidy = Callable[[Strategy], Strategy]
    #: Where a rule's findings shown beside one part are, to take its other places
    #: later; None once the rule is beside two parts.
    Box = tuple[DeltaGenerator, list[Finding]] | None


@attrs.frozen
class Settled:
    """What the run has read once and holds: replaced whole (:meth:`Run.settle`), never
    changed in place, so a reader sees one consistent set."""

    #: This session's state (see :func:`socialstrategy.planner.state.session`).
    session: Session | None = None
    #: The widget-key prefix of the view being drawn; None once the view moves.
    prefix: str | None = None
    #: The manager's language, once the language switch is drawn.
    language: Language | None = None


@attrs.define
class Collected:
    """What the run gathers while it draws the page."""

    #: Draw the step afresh after the save if any says so (``state.redraw_if``).
    redraw_if: list[Stale] = attrs.Factory(list)
    #: Run the step again after the save if any says so (``state.rerun_if``).
    rerun_if: list[Stale] = attrs.Factory(list)
    #: Once the save is done: tidy the saved plan, then draw the step afresh at this
    #: focus (``state.refresh_after_save``: an item added to or removed from a list).
    after_save: tuple[Tidy, str] | None = None
    #: The findings already shown, as (rule code, path).
    findings_shown: set[tuple[str, str]] = attrs.Factory(set)
    #: The box of each rule shown beside a part, by rule code.
    finding_boxes: dict[str, Box] = attrs.Factory(dict)
    #: The labels of the page's sections by the paths they show (``widgets.section``).
    sections: dict[str, str] = attrs.Factory(dict)
    #: The person may not change the open plan: widgets are drawn disabled (``roles``).
    read_only: bool = False
    #: The plan the page was drawn from (``state.strategy``), and then saved by this run.
    drawn_from: Strategy | None = None
    #: The widget keys renewed for that plan (``state.keys.renew``), read with it.
    renewed: dict[str, int] | None = None
    #: The open plan's comments, read once per run (``planner.comments``).
    comments: list[Comment] | None = None


@attrs.define
class Run:
    """One run of the script: what it settled, and what it collects."""

    settled: Settled = attrs.Factory(Settled)
    collected: Collected = attrs.Factory(Collected)

    def settle(
        self,
        *,
        session: Session | None = None,
        prefix: str | None = None,
        language: Language | None = None,
    ) -> None:
        """Hold a value read once (only the ones given change)."""
        was = self.settled
        self.settled = Settled(
            session=was.session if session is None else session,
            prefix=was.prefix if prefix is None else prefix,
            language=was.language if language is None else language,
        )

    def moved(self) -> None:
        """The generation or the view moved: widget keys are made anew."""
        self.settled = attrs.evolve(self.settled, prefix=None)


_LOCAL = threading.local()


def new() -> Run:
    """A new run: forget everything the previous one settled."""
    run = _LOCAL.run = Run()
    return run


def this() -> Run:
    """This thread's run (a callback outside any run gets one of its own)."""
    run: Run | None = getattr(_LOCAL, "run", None)
    if run is None:
        run = new()
    return run


__all__ = ["Collected", "Run", "Settled", "new", "this"]
