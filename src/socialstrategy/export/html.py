"""The outline as one self-contained HTML file: inline CSS, charts as inline SVG.

Nothing is loaded from elsewhere and nothing runs: no ``<script>`` element, no external
``src`` or ``href``, and a Content-Security-Policy that forbids both should anything
slip in. Jinja2 autoescapes every text from the outline; the only markup passed through
unescaped is the chart SVG, which :func:`static_charts.svg` checks for anything active.

On screen it reads as one column; printed, it is A4 with the cover on its own page,
every chapter on a new page, page numbers in the margin (where the browser supports
CSS margin boxes), and no table row, finding or chart split across pages. A one-page
document prints compact, at the type scale its PDF needs to fit one page, with a narrow
chart floating beside the text that follows it.
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from typing import TYPE_CHECKING, Any, Final

import attrs
import jinja2
from markupsafe import Markup

from socialstrategy.export import static_charts
from socialstrategy.export.fit import fitting_scale
from socialstrategy.export.look import level_label
from socialstrategy.export.outline import (
    Block,
    Bullets,
    Chart,
    Finding,
    Heading,
    PageBreak,
    Pairs,
    Paragraph,
    Table,
)
from socialstrategy.export.texts import T

if TYPE_CHECKING:
    from socialstrategy.export.outline import Document
    from socialstrategy.i18n import Language

_KINDS: Final[dict[type, str]] = {
    Heading: "heading",
    Paragraph: "paragraph",
    Bullets: "bullets",
    Pairs: "pairs",
    Table: "table",
    Finding: "finding",
    Chart: "chart",
    PageBreak: "pagebreak",
}
_SVG_REFERENCES: Final = re.compile(r'(\bid="|url\(#|href="#)')


@attrs.frozen
class _Item:
    """One block with what the template needs besides it (labels, pictures)."""

    kind: str
    block: Block
    tag: str = ""
    level: str = ""
    fix_label: str = ""
    widths: tuple[float, ...] = ()
    svg: Markup | None = None
    width: float = 0.0
    beside: bool = False
    missing: str = ""


@attrs.define
class _Chapter:
    """A level-1 heading and what follows it, up to the next one."""

    heading: Heading | None
    anchor: str
    items: list[_Item] = attrs.Factory(list)


@functools.cache
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("socialstrategy.export", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


@functools.cache
def _css(language: Language, numbered: bool) -> Markup:
    """The stylesheet; *numbered* adds page numbers to every printed page but the cover."""
    css = (resources.files("socialstrategy.export") / "templates" / "document.css").read_text(
        encoding="utf-8"
    )
    if numbered:
        word, of = (
            _css_string(T("common.page.word", language)),
            _css_string(T("common.page.of", language)),
        )
        css += (
            "@media print {\n"
            "  @page { @bottom-right { content: "
            f'{word} " " counter(page) " " {of} " " counter(pages);'
            " font-size: 8pt; color: #5f7173; } }\n"
            "  @page :first { @bottom-right { content: none; } }\n"
            "}\n"
        )
    # Our own stylesheet, no user text in it.
    return Markup(css)


def _css_string(text: str) -> str:
    """*text* as a quoted CSS string."""
    escaped = "".join(ch if ch.isalnum() or ch == " " else f"\\{ord(ch):x} " for ch in text)
    return f'"{escaped}"'


def _percentages(widths: tuple[float, ...] | None, count: int) -> tuple[float, ...]:
    if not widths or len(widths) != count or sum(widths) <= 0:
        return ()
    total = sum(widths)
    return tuple(round(100 * w / total, 2) for w in widths)


def _scoped(svg: str, number: int) -> str:
    """*svg* with its ids prefixed, so two charts in one page never share one."""
    return _SVG_REFERENCES.sub(lambda m: f"{m.group(1)}chart{number}-", svg)


#: On a one-page document a chart up to this wide (cm) floats beside what follows it.
BESIDE_CM: Final = 9.5


def _item(block: Block, document: Document, number: int) -> _Item:
    language = document.language
    kind = _KINDS[type(block)]
    if isinstance(block, Heading):
        # The title is the page's h1; chapters, sections and subsections follow it.
        return _Item(kind, block, tag=f"h{min(max(block.level, 1), 3) + 1}")
    if isinstance(block, Finding):
        return _Item(
            kind,
            block,
            level=level_label(block.level, language),
            fix_label=T("common.fix", language),
        )
    if isinstance(block, Table):
        return _Item(kind, block, widths=_percentages(block.widths, len(block.columns)))
    if isinstance(block, Chart):
        svg = static_charts.svg(block.spec)
        if svg is None:
            return _Item(kind, block, missing=static_charts.missing(block.title, language))
        # Checked by static_charts.is_inert: drawing elements only, labels escaped.
        picture = Markup(_scoped(svg, number))
        beside = document.one_page and block.width_cm <= BESIDE_CM
        return _Item(kind, block, svg=picture, width=block.width_cm, beside=beside)
    return _Item(kind, block)


def _chapters(document: Document) -> list[_Chapter]:
    chapters = [_Chapter(heading=None, anchor="")]
    for number, block in enumerate(document.blocks):
        if isinstance(block, Heading) and block.level <= 1:
            chapters.append(_Chapter(heading=block, anchor=f"chapter-{len(chapters)}"))
        chapters[-1].items.append(_item(block, document, number))
    return [chapter for chapter in chapters if chapter.items]


def render(document: Document) -> bytes:
    """*document* as one HTML file, UTF-8."""
    template = _environment().get_template("document.html.j2")
    context: dict[str, Any] = {
        "doc": document,
        # Printed, a one-page document is set at the scale its PDF fits one page at.
        "fit": round(fitting_scale(document), 3) if document.one_page else None,
        "chapters": _chapters(document),
        "css": _css(document.language, not document.one_page),
    }
    return template.render(context).encode("utf-8")


__all__ = ["render"]
