"""The action plan as a tracker, for the board: the actions that are late, those due
soon, and those done since the plan was adopted."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Final

from socialstrategy.export import outline
from socialstrategy.export.documents._base import DASH
from socialstrategy.export.documents.sections import progress
from socialstrategy.vocab import ActionStatus

if TYPE_CHECKING:
    from socialstrategy.export.documents._base import Sources
    from socialstrategy.model import Action
    from socialstrategy.scoring.trend import History

#: "Due soon": before the next quarterly report to the board.
SOON: Final = dt.timedelta(days=92)


def blocks(src: Sources, history: History) -> list[outline.Block]:
    out: list[outline.Block] = [outline.Heading(src.t("progress.actions"), 1)]
    actions = src.strategy.actions
    if not actions:
        return [*out, outline.Paragraph(src.t("progress.actions.none"), "note")]
    today = src.today
    late = sorted((a for a in actions if a.overdue(today)), key=_due)
    horizon = today + SOON
    soon = sorted(
        (a for a in actions if a.status.open and a.due and today <= a.due <= horizon), key=_due
    )
    out.append(outline.Heading(src.t("progress.actions.late"), 2))
    out += _table(src, late, late=True) or [
        outline.Paragraph(src.t("progress.actions.late.none"), "note")
    ]
    out.append(outline.Heading(src.t("progress.actions.soon", date=src.date(horizon)), 2))
    out += _table(src, soon, late=False) or [
        outline.Paragraph(src.t("progress.actions.soon.none", date=src.date(horizon)), "note")
    ]
    out += _done(src, history)
    return out


def _due(action: Action) -> dt.date:
    return action.due or dt.date.max


def _table(src: Sources, actions: list[Action], *, late: bool) -> list[outline.Block]:
    if not actions:
        return []
    return [
        outline.Table(
            (
                src.t("progress.actions.action"),
                src.t("progress.actions.owner"),
                src.t("progress.actions.due"),
                src.t("progress.actions.where"),
            ),
            tuple(
                (
                    src.called(action),
                    action.owner or DASH,
                    _late_by(src, action) if late else src.short_date(action.due),
                    _where(src, action),
                )
                for action in actions
            ),
            widths=(3.4, 2.0, 1.8, 3.4),
        )
    ]


def _late_by(src: Sources, action: Action) -> str:
    days = (src.today - _due(action)).days
    key = "progress.actions.late.by.one" if days == 1 else "progress.actions.late.by"
    return src.t(key, date=src.short_date(action.due), days=days)


def _where(src: Sources, action: Action) -> str:
    """The status, and the note of the latest update when there is one."""
    status = progress.status(src, action)
    dated = [u for u in action.updates if u.note]
    if not dated:
        return status
    latest = max(dated, key=lambda u: u.date or dt.date.min)
    return f"{status}: {latest.note}"


def _done(src: Sources, history: History) -> list[outline.Block]:
    """The actions done: since the adopted revision when it is known, else all."""
    adopted = history.adopted
    before = (
        {a.id for a in adopted.strategy.actions if a.status is ActionStatus.DONE}
        if adopted
        else set()
    )
    done = [a for a in src.strategy.actions if a.status is ActionStatus.DONE and a.id not in before]
    heading = src.t("progress.actions.done" if adopted else "progress.actions.done.all")
    out: list[outline.Block] = [outline.Heading(heading, 2)]
    if not done:
        none = "progress.actions.done.none" if adopted else "progress.actions.done.none.all"
        return [*out, outline.Paragraph(src.t(none), "note")]
    items = []
    for action in sorted(done, key=lambda a: _done_on(a) or dt.date.min, reverse=True):
        day = _done_on(action)
        name = src.called(action)
        items.append(
            src.t("progress.actions.done.on", action=name, date=src.date(day)) if day else name
        )
    return [*out, outline.Bullets(tuple(items))]


def _done_on(action: Action) -> dt.date | None:
    """The day of the update that marked *action* done, if one did."""
    days = [u.date for u in action.updates if u.status is ActionStatus.DONE and u.date]
    return max(days) if days else None
