"""Machine-readable output of the commands that report problems, as ruff does it.

``--output-format text|json|github`` on ``validate``, ``score``, ``rules`` and ``diff``:
each command turns what it found into :class:`Diagnostic` records, prints its own text
for people, and leaves JSON and GitHub workflow annotations to :func:`render`:

- ``json``: always one array of objects, whatever the number of files, each with the
  keys ``file``, ``line``, ``column``, ``code``, ``level``, ``message``, ``fix`` (``null``
  where unknown) and the command's own extra keys (``path``, ``area``, ``points``…);
- ``github``: one ``::error file=…,line=…,col=…,title=CODE::message`` line per record
  (``warning`` for a warning, ``notice`` for advice and accepted findings), escaped as
  the GitHub Actions toolkit escapes: ``%``, CR and LF everywhere, ``:`` and ``,`` in
  properties too.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Final, TypeVar

import attrs
import click

from socialstrategy.errors import InvalidStrategyError, StrategyIOError
from socialstrategy.files.locate import LineIndex

if TYPE_CHECKING:
    from socialstrategy.i18n import Language
    from socialstrategy.scoring import Accepted, Finding

OUTPUT_FORMATS: Final = ("text", "json", "github")

#: The workflow command of each level: advice is a notice, as is an accepted finding.
_GITHUB_LEVEL: Final = {"error": "error", "warning": "warning"}

F = TypeVar("F", bound=Callable[..., Any])


@attrs.frozen(kw_only=True)
class Diagnostic:
    """One thing a command reports about a file (or, for ``rules``, about no file)."""

    file: str | None
    code: str
    level: str
    message: str
    fix: str | None = None
    line: int | None = None
    column: int | None = None
    #: Further keys of the command's JSON objects (``path``, ``area``, ``accepted``…).
    extra: Mapping[str, Any] = attrs.field(factory=dict)
    #: Shown as a notice in GitHub annotations, whatever the level (an accepted finding).
    notice: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "code": self.code,
            "level": self.level,
            "message": self.message,
            "fix": self.fix,
            **self.extra,
        }


def output_format_option(*, alias: str | None = None) -> Callable[[F], F]:
    """The ``--output-format`` option; *alias*: the name of the command's older
    ``--format`` parameter whose values ``text`` (and ``json``) mean the same, which
    :func:`chosen_format` reconciles."""
    help_text = "text for people, json (one array) for machines, github for workflow annotations."
    if alias is not None:
        help_text += " Default: --format's value if it names one of these, else text."
    return click.option(
        "--output-format",
        "output_format",
        type=click.Choice(OUTPUT_FORMATS),
        default=None,
        help=help_text,
    )


def chosen_format(output_format: str | None, legacy: str | None = None) -> str:
    """The output format: ``--output-format``, else an older ``--format`` value that
    names the same format, else text. Two different choices are a usage error."""
    same = legacy if legacy in OUTPUT_FORMATS else None
    if output_format is not None and same is not None and output_format != same:
        raise click.UsageError(
            f"--format {legacy} and --output-format {output_format} ask for different output"
        )
    return output_format or same or "text"


def render(diagnostics: Iterable[Diagnostic], output_format: str) -> str:
    """*diagnostics* as JSON (an array) or GitHub annotations (one line each)."""
    if output_format == "json":
        items = [d.to_dict() for d in diagnostics]
        return json.dumps(items, ensure_ascii=False, indent=2) + "\n"
    if output_format == "github":
        return "".join(github_line(d) + "\n" for d in diagnostics)
    raise ValueError(f"{output_format!r} is rendered by the command itself")


def emit(diagnostics: Iterable[Diagnostic], output_format: str) -> None:
    """Print :func:`render`'s output on stdout."""
    click.echo(render(diagnostics, output_format), nl=False)


def escape_data(text: str) -> str:
    """A workflow command's message, escaped (``%``, CR, LF)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A workflow command's property value, escaped (also ``:`` and ``,``)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_line(diagnostic: Diagnostic) -> str:
    """``::error file=…,line=…,col=…,title=CODE::message`` for one diagnostic; the fix,
    when there is one, on the annotation's second line."""
    command = "notice" if diagnostic.notice else _GITHUB_LEVEL.get(diagnostic.level, "notice")
    properties = {
        "file": diagnostic.file,
        "line": diagnostic.line,
        "col": diagnostic.column,
        "title": diagnostic.code,
    }
    shown = ",".join(
        f"{key}={escape_property(str(value))}" for key, value in properties.items() if value
    )
    message = diagnostic.message
    if diagnostic.fix:
        message += f"\n→ {diagnostic.fix}"
    return f"::{command} {shown}::{escape_data(message)}"


def load_error(
    error: InvalidStrategyError | StrategyIOError, language: Language, text: str = ""
) -> list[Diagnostic]:
    """The diagnostics of a file that could not be used: each problem, or the one reason
    it could not be read; ``path`` is the field path, ``fix`` the problem's hint. With
    the file's *text*, a problem on a line gets the column where that line's key starts
    (unless the parser said a column)."""
    if isinstance(error, StrategyIOError):
        return [
            Diagnostic(
                file=error.file,
                code=error.code,
                level="error",
                message=error.text.get(language),
                extra={"path": None},
            )
        ]
    lines = text.splitlines()
    return [
        Diagnostic(
            file=error.file,
            code=error.code,
            level="error",
            message=(f"{p.path}: " if p.path else "") + p.text.get(language),
            fix=p.hint.get(language) if p.hint else None,
            line=p.line,
            column=p.column if p.column is not None else _indent(lines, p.line),
            extra={"path": p.path or None},
        )
        for p in error.problems
    ]


def _indent(lines: list[str], line: int | None) -> int | None:
    """The column of the first character written on *line* of *lines*, or None."""
    if line is None or not 0 < line <= len(lines):
        return None
    written = lines[line - 1]
    return len(written) - len(written.lstrip()) + 1


class Locator:
    """The line and column of a field path in one TOML text: where its key (or table
    header) starts. Built on first use: a plan without findings never pays for it."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._index: LineIndex | None = None
        self._lines: list[str] = []

    def __call__(self, path: str) -> tuple[int | None, int | None]:
        if not self._text:
            return None, None
        if self._index is None:
            self._index = LineIndex(self._text)
            self._lines = self._text.splitlines()
        line = self._index.line_of(path)
        return line, _indent(self._lines, line)


def finding(
    found: Finding,
    file: str,
    language: Language,
    locate: Callable[[str], tuple[int | None, int | None]],
    accepted: Accepted | None = None,
) -> Diagnostic:
    """A scoring finding as a diagnostic at the line of its part in *file*; an accepted
    one says so (``accepted``: its reason and until-date; a notice on GitHub)."""
    line, column = locate(found.path)
    acceptance = accepted.acceptance if accepted is not None else None
    message = found.message.get(language)
    if acceptance is not None:
        message = f"[{_ACCEPTED[language]}: {acceptance.reason}] {message}"
    return Diagnostic(
        file=file,
        code=found.code,
        level=found.level.code,
        message=message,
        fix=found.fix.get(language),
        line=line,
        column=column,
        notice=acceptance is not None,
        extra={
            "path": found.path,
            "area": found.area.code,
            "title": found.title.get(language),
            "points": round(found.points, 2),
            "accepted": None
            if acceptance is None
            else {
                "reason": acceptance.reason,
                "until": acceptance.until.isoformat() if acceptance.until else None,
            },
        },
    )


_ACCEPTED: Final[Mapping[str, str]] = {"nl": "geaccepteerd", "en": "accepted"}


__all__ = [
    "OUTPUT_FORMATS",
    "Diagnostic",
    "Locator",
    "chosen_format",
    "emit",
    "escape_data",
    "escape_property",
    "finding",
    "github_line",
    "load_error",
    "output_format_option",
    "render",
]
