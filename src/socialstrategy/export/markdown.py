"""Markdown: any outline as UTF-8 CommonMark with GitHub tables.

Everything in the outline is plain text as the user typed it, so every piece is
escaped here, with backslashes only, so the file reads as the user wrote it (``Zorg &
Welzijn``, never ``&amp;``): ``<`` and ``>`` are backslash-escaped (no HTML tag or
autolink gets through to a viewer that renders Markdown to HTML), so is an ``&`` that
would start an entity reference (``&lt;``), inline markup characters are too, and a
line can never start a heading, list, quote, code block or table of its own. Table
cells, headings and list items are kept on one line. Markdown cannot hold a Vega chart:
a chart is a short line that names it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from socialstrategy.export import outline
from socialstrategy.export.texts import T
from socialstrategy.scoring import Level

if TYPE_CHECKING:
    from collections.abc import Sequence

    from socialstrategy.i18n import Language

#: Characters that start inline markup anywhere in a line (emphasis, code, links,
#: strikethrough, table cells, headings' closing sequence, escapes themselves, HTML tags
#: and autolinks).
_INLINE: Final = re.compile(r"([\\`*_\[\]|~#<>])")
#: An ``&`` that a Markdown viewer would read as the start of an entity (``&lt;``,
#: ``&#60;``): escaped so that it stays the text typed. Any other ``&`` is plain text.
_ENTITY: Final = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
#: What would open a block at the start of a line: a list item, a thematic break, a
#: setext underline, an ordered list item (``1.`` or ``1)``).
_LINE_START: Final = re.compile(r"^(?:(\d+)([.)])|([-+=]))")


def escape(text: str, *, line_start: bool = True) -> str:
    """*text* as literal Markdown text on one line (whitespace runs become one space).

    With *line_start* false the text follows other text on its line (a heading's
    ``##``, a table's ``|``, a label), where it cannot open a block.
    """
    return _line(" ".join(text.split()), line_start=line_start)


def escape_lines(text: str) -> str:
    """*text* as literal Markdown, keeping its line breaks and blank lines.

    Each line is escaped on its own and loses its indentation (which would make it a
    code block); a line break inside a paragraph is a hard break.
    """
    paragraphs = re.split(r"\n\s*\n", text.strip())
    return "\n\n".join(
        "  \n".join(
            _line(" ".join(line.split())) for line in paragraph.splitlines() if line.strip()
        )
        for paragraph in paragraphs
        if paragraph.strip()
    )


def _line(text: str, *, line_start: bool = True) -> str:
    text = _INLINE.sub(r"\\\1", text)
    text = _ENTITY.sub(r"\\&", text)
    return _LINE_START.sub(_block_start, text, count=1) if line_start else text


def _block_start(match: re.Match[str]) -> str:
    digits, dot, mark = match.groups()
    return f"{digits}\\{dot}" if digits else f"\\{mark}"


def _cell(text: str) -> str:
    return escape(text, line_start=False) or " "


def render(document: outline.Document) -> bytes:
    """*document* as UTF-8 Markdown."""
    language = document.language
    out: list[str] = [f"# {escape(document.title)}"]
    if document.subtitle:
        out.append(f"*{escape(document.subtitle)}*")
    if document.cover:
        out.append(
            "\n".join(
                f"- **{escape(k)}:** {escape(v, line_start=False)}" for k, v in document.cover
            )
        )
    out += _blocks(document.blocks, language, after_list=bool(document.cover))
    return ("\n\n".join(out) + "\n").encode("utf-8")


def render_blocks(blocks: Sequence[outline.Block], language: Language) -> str:
    """Blocks of an outline as Markdown, without a document's title block (a part of a
    document shown on its own)."""
    return "\n\n".join(_blocks(blocks, language, after_list=False))


def _blocks(blocks: Sequence[outline.Block], language: Language, *, after_list: bool) -> list[str]:
    out: list[str] = []
    previous_list = after_list
    for block in blocks:
        text = _block(block, language)
        if not text:
            continue
        is_list = isinstance(block, (outline.Bullets, outline.Pairs))
        if is_list and previous_list:
            # Two lists in a row would merge into one; a comment keeps them apart.
            out.append("<!-- -->")
        out.append(text)
        previous_list = is_list
    return out


def _block(block: outline.Block, language: Language) -> str:
    if isinstance(block, outline.Heading):
        level = min(max(block.level, 1), 4) + 1
        return f"{'#' * level} {escape(block.text, line_start=False)}"
    if isinstance(block, outline.Paragraph):
        text = escape_lines(block.text)
        if not text:
            return ""
        if block.style == "lead":
            return f"**{text}**" if "\n" not in text else text
        if block.style == "note":
            return f"*{text}*" if "\n" not in text else text
        return text
    if isinstance(block, outline.Bullets):
        return "\n".join(f"- {escape(item)}" for item in block.items if item.strip())
    if isinstance(block, outline.Pairs):
        return "\n".join(
            f"- **{escape(k)}:** {escape(v, line_start=False)}" for k, v in block.items
        )
    if isinstance(block, outline.Table):
        return _table(block)
    if isinstance(block, outline.Finding):
        return _finding(block, language)
    if isinstance(block, outline.Chart):
        return f"*{escape(T('common.chart', language, title=block.title))}*"
    return ""  # a page break has no place in Markdown


def _table(table: outline.Table) -> str:
    width = len(table.columns)
    lines = [
        "| " + " | ".join(_cell(c) for c in table.columns) + " |",
        "|" + "---|" * width,
    ]
    for row in table.rows:
        cells = [*row[:width], *[""] * (width - len(row))]
        lines.append("| " + " | ".join(_cell(c) for c in cells) + " |")
    return "\n".join(lines)


def _finding(finding: outline.Finding, language: Language) -> str:
    level = Level.parse(finding.level).label(language)
    lines = [f"> **{escape(level)} · {escape(finding.label)}**", ">"]
    # One line per place a rule fired, as hard breaks inside the quote.
    lines.append("> " + "  \n> ".join(escape(line) for line in finding.text.split("\n")))
    if finding.fix:
        lines += [">", f"> *{escape(T('common.fix', language))}:* {escape(finding.fix)}"]
    return "\n".join(lines)


__all__ = ["escape", "escape_lines", "render"]
