"""Markdown: every section as a heading, tables that stay tables, user text as text."""

from __future__ import annotations

import re

import attrs
import pytest

import socialstrategy as ss
from socialstrategy.export import DOCUMENTS, build, export
from socialstrategy.export.markdown import escape, escape_lines, render
from socialstrategy.export.outline import (
    Bullets,
    Chart,
    Document,
    Finding,
    Heading,
    Pairs,
    Paragraph,
    Table,
)
from socialstrategy.i18n import Language
from tests.export.built import EXAMPLE_IDS, LANGUAGES, TODAY, document, strategy

SCRIPT = "<script>alert(1)</script>"
#: A line that opens a Markdown block: heading, list, quote, fence, table row, break.
_BLOCK_START = re.compile(r"^(#{1,6} |[-+*] |\d+[.)] |> |```|~~~|\||={3,}$|-{3,}$)")


def _headings(markdown: str) -> list[str]:
    return [line for line in markdown.splitlines() if line.startswith("#")]


def _expected_headings(doc: Document) -> list[str]:
    lines = [f"# {escape(doc.title, line_start=False)}"]
    for block in doc.blocks:
        if isinstance(block, Heading):
            lines.append(f"{'#' * (block.level + 1)} {escape(block.text, line_start=False)}")
    return lines


def _unescaped_pipes(line: str) -> int:
    return len(re.findall(r"(?<!\\)\|", line))


@pytest.mark.parametrize("kind", list(DOCUMENTS))
@pytest.mark.parametrize("stem", EXAMPLE_IDS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_section_is_a_heading(kind: str, stem: str, language: Language) -> None:
    """Parsed line by line, the headings are exactly the document's title and sections."""
    doc = document(stem, kind, language)
    markdown = render(doc).decode("utf-8")
    assert _headings(markdown) == _expected_headings(doc)


@pytest.mark.parametrize("stem", EXAMPLE_IDS)
def test_tables_keep_their_columns(stem: str) -> None:
    """Every row of every table has as many cells as the table has columns."""
    doc = document(stem, "report", "nl")
    markdown = render(doc).decode("utf-8")
    rows = [line for line in markdown.splitlines() if line.startswith("| ")]
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    assert len(rows) == sum(len(t.rows) + 1 for t in tables)
    widths = iter(len(t.columns) for t in tables for _ in range(len(t.rows) + 1))
    for row in rows:
        assert _unescaped_pipes(row) == next(widths) + 1, row


def test_findings_are_quotes_with_their_level() -> None:
    markdown = render(document("welzijn-oost", "report", "nl")).decode("utf-8")
    assert "> **Kritiek · " in markdown
    assert "> **Aandachtspunt · " in markdown
    assert "> **Advies · " in markdown
    assert "> *Wat te doen:* " in markdown


def test_charts_are_named_in_a_line() -> None:
    markdown = render(document("zorggroep-de-linde", "report", "en")).decode("utf-8")
    assert "*Chart: Score per area (shown in the HTML, PDF and Word versions)*" in markdown
    assert '"$schema"' not in markdown


def test_markdown_is_utf8_text_ending_in_a_newline() -> None:
    data = export(strategy("zorggroep-de-linde"), "md", document="pocket", today=TODAY)
    text = data.decode("utf-8")
    assert text.startswith("# Crisiskaart sociale media\n")
    assert text.endswith("\n")
    assert "Cliëntportaal" in render(document("zorggroep-de-linde", "report", "nl")).decode()


def _hostile() -> ss.Strategy:
    """De Linde with text in every kind of place that Markdown or HTML would act on."""
    s = strategy("zorggroep-de-linde")
    goal = attrs.evolve(s.goals[0], title=SCRIPT, description="# Geen kop\n- geen lijst")
    channel = attrs.evolve(s.channels[0], name="Kanaal | met pijp", owner="# Eigenaar")
    rule = attrs.evolve(s.guidelines.rules[0], rule="1. Geen lijst", why="> geen citaat")
    return attrs.evolve(
        s,
        organisation=attrs.evolve(s.organisation, name="Zorg | Welzijn # 1 & <b>co</b>"),
        goals=(goal, *s.goals[1:]),
        channels=(channel, *s.channels[1:]),
        guidelines=attrs.evolve(s.guidelines, rules=(rule, *s.guidelines.rules[1:])),
    )


@pytest.mark.parametrize("kind", list(DOCUMENTS))
def test_user_text_is_escaped(kind: str) -> None:
    """A goal titled <script>, a name with | and # : shown as text, never as markup."""
    doc = build(_hostile(), kind, language="nl", today=TODAY)
    markdown = render(doc).decode("utf-8")
    # Every < is backslash-escaped (no tag opens), and no entity stands for a character.
    assert not re.search(r"(?<!\\)<", markdown)
    assert "&lt;" not in markdown
    assert "&amp;" not in markdown
    assert _headings(markdown) == _expected_headings(doc)
    if kind == "report":
        assert f"### G1. {escape(SCRIPT)}" in markdown
        assert "\\<script\\>alert\\(1\\)" not in markdown  # () stay plain
        assert "### G1. \\<script\\>alert(1)\\</script\\>" in markdown
        assert "| Kanaal \\| met pijp | \\# Eigenaar |" in markdown
        assert "Zorg \\| Welzijn \\# 1 & \\<b\\>co\\</b\\>" in markdown
    for line in markdown.splitlines():
        # Only the renderer opens blocks: no user text starts one.
        for typed in ("# Geen kop", "- geen lijst", "1. Geen lijst", "> geen citaat"):
            assert not line.startswith(typed)


def test_user_text_cannot_open_a_block_on_any_line() -> None:
    """Each line of a multi-line paragraph is escaped where it starts."""
    text = "Eerste regel\n# kop\n- lijst\n+ plus\n1. een\n2) twee\n> citaat\n    code\n---\n==="
    escaped = escape_lines(text)
    for line in escaped.splitlines():
        assert not _BLOCK_START.match(line), line
    assert escaped.splitlines()[0] == "Eerste regel  "


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>"),
        ("a | b", "a \\| b"),
        ("# kop", "\\# kop"),
        ("1. een", "1\\. een"),
        ("- lijst", "\\- lijst"),
        ("*vet* en _schuin_", "\\*vet\\* en \\_schuin\\_"),
        ("[link](javascript:x)", "\\[link\\](javascript:x)"),
        ("`code`", "\\`code\\`"),
        ("Zorg & Welzijn", "Zorg & Welzijn"),
        ("R&D; &c", "R\\&D; &c"),
        ("&lt;al ontsnapt&gt; &#60;", "\\&lt;al ontsnapt\\&gt; &\\#60;"),
        ("a > b", "a \\> b"),
        ("C:\\map", "C:\\\\map"),
        ("  twee\n regels ", "twee regels"),
    ],
)
def test_escape(typed: str, shown: str) -> None:
    assert escape(typed) == shown


def test_every_block_type_renders() -> None:
    doc = Document(
        kind="report",
        language="en",
        title="T",
        date=TODAY,
        blocks=(
            Heading("H", 3),
            Paragraph("lead", "lead"),
            Paragraph("note", "note"),
            Bullets(("a", "b")),
            Pairs((("k", "v"),)),
            Table(("x", "y"), (("1",), ("2", "3", "4"))),
            Finding(level="warning", label="L", text="Text", fix="Fix"),
            Chart({}, "Radar"),
        ),
    )
    assert render(doc).decode("utf-8") == (
        "# T\n\n"
        "#### H\n\n"
        "**lead**\n\n"
        "*note*\n\n"
        "- a\n- b\n\n"
        "<!-- -->\n\n"
        "- **k:** v\n\n"
        "| x | y |\n|---|---|\n| 1 |   |\n| 2 | 3 |\n\n"
        "> **Warning · L**\n>\n> Text\n>\n> *What to do:* Fix\n\n"
        "*Chart: Radar (shown in the HTML, PDF and Word versions)*\n"
    )
