"""The planner's session: which draft is open, saving every change, and conflicts.

One front door; the mechanics live in one module each:

- :mod:`.session`: the one plain object a session keeps (:class:`Session`), and the
  work the disk refused, kept for a refresh;
- :mod:`.drafts`: the draft named in the URL, opened, made, closed;
- :mod:`.saving`: every change saved at once, from widget callbacks and the page;
- :mod:`.conflicts`: a save that meets another version on disk;
- :mod:`.keys`: widget keys, fresh per generation and per visit;
- :mod:`.memo`: what is computed once per saved revision.

Callers use ``from socialstrategy.planner import state`` and ``state.x(...)``.
"""

from socialstrategy.planner.state.conflicts import (
    combined,
    conflict,
    dismiss_combined,
    notice_outside_change,
    resolve_clashes,
    resolve_repair,
    resolve_save_copy,
)
from socialstrategy.planner.state.drafts import (
    QUERY_DRAFT,
    QUERY_REVISION,
    broken,
    close,
    create,
    dismiss_reopened,
    draft,
    init,
    leave_revision,
    open_draft,
    reopened,
    shown_on,
    strategy,
    view_revision,
    viewing,
)
from socialstrategy.planner.state.keys import enter, key, refresh, relabel, speaks_for_now
from socialstrategy.planner.state.memo import memo, report
from socialstrategy.planner.state.saving import (
    accept_model_texts,
    apply,
    commit,
    commit_value,
    latest,
    put,
    redraw_after_save,
    redraw_if,
    refresh_after_save,
    rerun_if,
    retry,
    save_state,
    unsaved,
    update,
)
from socialstrategy.planner.state.session import (
    _SESSION,
    Keep,
    Pending,
    SaveFailure,
    Session,
    session,
    workspace,
)
from socialstrategy.planner.state.whole import whole

__all__ = [
    "QUERY_DRAFT",
    "QUERY_REVISION",
    "_SESSION",
    "Keep",
    "Pending",
    "SaveFailure",
    "Session",
    "accept_model_texts",
    "apply",
    "broken",
    "close",
    "combined",
    "commit",
    "commit_value",
    "conflict",
    "create",
    "dismiss_combined",
    "dismiss_reopened",
    "draft",
    "enter",
    "init",
    "key",
    "latest",
    "leave_revision",
    "memo",
    "notice_outside_change",
    "open_draft",
    "put",
    "redraw_after_save",
    "redraw_if",
    "refresh",
    "refresh_after_save",
    "relabel",
    "reopened",
    "report",
    "rerun_if",
    "resolve_clashes",
    "resolve_repair",
    "resolve_save_copy",
    "retry",
    "save_state",
    "session",
    "shown_on",
    "speaks_for_now",
    "strategy",
    "unsaved",
    "update",
    "view_revision",
    "viewing",
    "whole",
    "workspace",
]
