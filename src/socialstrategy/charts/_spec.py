"""Shared mechanics: turning a chart into a themed spec, messages, labels, dates."""

from __future__ import annotations

import textwrap
import threading
from typing import TYPE_CHECKING, Any, Final

import altair as alt

from socialstrategy import fmt
from socialstrategy.charts._theme import MUTED, THEME, locale

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable, Sequence

    from socialstrategy.i18n import Language

# Altair's theme registry is global: hold it steady while one spec is made, whatever
# theme another part of the process (or another session's thread) has enabled.
_THEME_LOCK = threading.Lock()


def to_spec(chart: Any, language: Language) -> dict[str, Any]:
    """The Vega-Lite dict of *chart*, themed, with the locale of *language*.

    Not validated here: the charts' structure is fixed by this package and only the data
    varies, which the schema does not constrain, so the tests validate every chart
    against the Vega-Lite schema instead. Validating here would nearly double the cost.
    """
    chart = chart.configure(locale=locale(language))
    with _THEME_LOCK, alt.theme.enable(THEME):
        spec: dict[str, Any] = chart.to_dict(validate=False)
    return inline_datasets(spec)


def inline_datasets(spec: dict[str, Any]) -> dict[str, Any]:
    """Put each named dataset where it is used, as ``{"values": [...]}``.

    Streamlit turns every top-level dataset into an Arrow table on every rerun (about a
    millisecond each; the radar has a dozen). These datasets are a few rows each, so
    inline JSON is far cheaper, and it stays the same valid Vega-Lite for the exports.
    """
    datasets = spec.pop("datasets", None)
    if not datasets:
        return spec

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            data = node.get("data")
            if isinstance(data, dict) and set(data) == {"name"} and data["name"] in datasets:
                node = {**node, "data": {"values": datasets[data["name"]]}}
            return {key: walk(value) for key, value in node.items()}
        if isinstance(node, list):
            return [walk(item) for item in node]
        return node

    inlined: dict[str, Any] = walk(spec)
    return inlined


def title(text: str, subtitle: str | Sequence[str] = ()) -> alt.Title:
    """A chart title with an optional subtitle of one or more lines."""
    if isinstance(subtitle, str):
        subtitle = [subtitle]
    if subtitle:
        return alt.Title(text, subtitle=list(subtitle))
    return alt.Title(text)


def message(heading: str, lines: str | Sequence[str], language: Language) -> dict[str, Any]:
    """A chart that only says something, for when there is nothing to draw yet."""
    if isinstance(lines, str):
        lines = [lines]
    rows = [line for text in lines for line in wrap(text, 80)]
    chart = (
        alt.Chart(alt.InlineData(values=[{"text": "\n".join(rows)}]), title=title(heading))
        .mark_text(
            align="left", baseline="top", fontSize=13, color=MUTED, lineHeight=18, lineBreak="\n"
        )
        .encode(x=alt.value(0), y=alt.value(4), text=alt.Text("text:N"))
        .properties(width=480, height=max(24, 18 * len(rows)))
    )
    return to_spec(chart, language)


def wrap(text: str, width: int) -> list[str]:
    """*text* in lines of at most *width* characters (a long word keeps its own line)."""
    return textwrap.wrap(text, width, break_long_words=False) or [""]


#: An axis label expression that sets a label with line breaks on several lines.
LINES: Final = "split(datum.label, '\\n')"


def wrapped(text: str, width: int) -> str:
    """*text* on lines of at most *width* characters, joined by line breaks, for an axis
    whose labels use :data:`LINES`: a long name wraps rather than being cut off."""
    return "\n".join(wrap(text, width))


def unique(labels: Iterable[tuple[str, str]]) -> list[str]:
    """Display labels made unique: a label used twice gets its id, ``Naam (id)``.

    A nominal axis merges equal labels into one row, so two audiences both called
    "Medewerkers" would otherwise share a row.
    """
    pairs = list(labels)
    counts: dict[str, int] = {}
    for label, _ in pairs:
        counts[label] = counts.get(label, 0) + 1
    return [f"{label} ({id_})" if counts[label] > 1 else label for label, id_ in pairs]


def shorten(text: str, limit: int) -> str:
    """*text* cut at *limit* characters with an ellipsis (for tooltips)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def day(date: dt.date, language: Language) -> str:
    """A date as people write it: ``3 mrt 2027`` or ``3 Mar 2027``."""
    months = fmt.month_names(language, short=True)
    return f"{date.day} {months[date.month - 1]} {date.year}"
