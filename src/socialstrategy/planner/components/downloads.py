"""Download buttons for a plan: the plan's own file, and a document made of it.

Neither reruns the page when clicked (a rerun would redraw the button while the manager
reaches for it), and a document is made only when its button is clicked.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from socialstrategy.export import MEDIA, export
from socialstrategy.export.names import file_name
from socialstrategy.files import dumps, safe_filename
from socialstrategy.planner.widgets import language

if TYPE_CHECKING:
    from streamlit.delta_generator import DeltaGenerator

    from socialstrategy.model import Strategy
    from socialstrategy.scoring.trend import History


def plan_file(
    place: DeltaGenerator,
    label: str,
    plan: Strategy,
    *,
    key: str,
    icon: str,
    words: str = "",
    data: bytes | None = None,
    help: str | None = None,
) -> None:
    """A button in *place* (a column, or ``st``) that downloads *plan* as a TOML file named
    after the organisation (else the plan's title) and *words* (``versie 3``); *data*: the
    file already written."""
    name = plan.organisation.name or plan.meta.title
    place.download_button(
        label,
        data=dumps(plan).encode("utf-8") if data is None else data,
        file_name=safe_filename(f"{name} {words}" if words else name, "toml"),
        mime="application/toml",
        help=help,
        icon=icon,
        on_click="ignore",
        key=key,
    )


def document(
    place: DeltaGenerator,
    label: str,
    plan: Strategy,
    kind: str,
    fmt: str,
    *,
    key: str,
    icon: str,
    help: str | None = None,
    history: History | None = None,
) -> None:
    """A button in *place* that downloads the document *kind* (``board``) of *plan* in
    format *fmt*, in the planner's language, under the name exports get; *history*: what
    the plan's saved revisions tell it (the score trend)."""
    lang = language()
    place.download_button(
        label,
        data=functools.partial(export, plan, fmt, language=lang, document=kind, history=history),
        file_name=file_name(plan, kind, fmt, lang, fallback="strategie"),
        mime=MEDIA[fmt][1],
        help=help,
        icon=icon,
        on_click="ignore",
        key=key,
    )


__all__ = ["document", "plan_file"]
