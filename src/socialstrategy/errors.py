"""The exception family of socialstrategy.

::

    SocialStrategyError
     ├── StrategyIOError            a file could not be read or written (file)
     ├── InvalidStrategyError       not a valid strategy (file, problems)
     │    ├── TomlSyntaxError       the TOML itself is broken (line, column)
     │    ├── FileTooLargeError     refused before parsing (size, limit)
     │    └── SchemaVersionError    a schema_version this library cannot read
     └── MissingExtraError          a part needs an extra not installed (extra, missing)

Every :class:`InvalidStrategyError` carries *all* problems found, each a
:class:`Problem` with a field path (``goals[2].processes[0]``), a line (and column)
where one is known, and its text in Dutch and English. Each class has a stable
``code`` (FILE001…FILE005) that machine-readable output reports, as a linter's rules do.
"""

from __future__ import annotations

import difflib
from typing import TYPE_CHECKING, ClassVar, Final

import attrs

from socialstrategy.i18n import DEFAULT_LANGUAGE, Language, Text

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence


#: Control characters and line separators from a file are shown escaped: one problem
#: stays one line, and a file cannot send escape sequences to a terminal.
_ESCAPES: Final = {
    code: f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    for code in (*range(0x20), *range(0x7F, 0xA0), 0x2028, 0x2029)
} | {ord("\n"): "\\n", ord("\r"): "\\r", ord("\t"): "\\t"}


_PATH_SHOWN = 120


def shorten(text: str, limit: int) -> str:
    """*text*, cut in the middle to *limit* characters when longer: a key of thousands of
    characters (a paste gone wrong) must not fill a screen. Machines get the whole path
    from ``Problem.path``.
    """
    if len(text) <= limit:
        return text
    keep = limit - 1
    return text[: keep - keep // 3] + "…" + text[len(text) - keep // 3 :]


def did_you_mean(value: str, choices: Sequence[str]) -> Text | None:
    """A problem's hint: the choice closest to *value* (a typo of a key, a code or an
    id), as "did you mean 'x'?"; None when no choice is close."""
    close = difflib.get_close_matches(value, choices, n=1, cutoff=0.6)
    if not close:
        return None
    return Text(nl=f"bedoelde je '{close[0]}'?", en=f"did you mean '{close[0]}'?")


@attrs.frozen
class Problem:
    """One thing wrong with a strategy, addressed by its field path."""

    path: str
    text: Text
    line: int | None = None
    hint: Text | None = None
    column: int | None = None

    def describe(self, language: Language = DEFAULT_LANGUAGE) -> str:
        """``path: what is wrong (hint)`` in *language*."""
        message = self.text.get(language)
        if self.path:
            message = f"{shorten(self.path, _PATH_SHOWN)}: {message}"
        if self.hint is not None:
            message += f" ({self.hint.get(language)})"
        return message


class SocialStrategyError(Exception):
    """Base of every error this library raises on purpose."""

    #: The stable code of this kind of error in machine-readable output.
    code: ClassVar[str] = "FILE000"


class StrategyIOError(SocialStrategyError, OSError):
    """A strategy file could not be read or written."""

    code = "FILE001"

    def __init__(self, file: str, text: Text) -> None:
        super().__init__(f"{file}: {text.en}")
        self.file = file
        self.text = text

    def describe(self, language: Language = DEFAULT_LANGUAGE) -> str:
        return f"{self.file}: {self.text.get(language)}"


class InvalidStrategyError(SocialStrategyError, ValueError):
    """The input is not a valid strategy; ``problems`` lists everything found."""

    code = "FILE005"

    def __init__(self, problems: Iterable[Problem], file: str | None = None) -> None:
        self.problems = tuple(problems)
        self.file = file
        super().__init__("\n".join(self.lines("en")))

    def lines(self, language: Language = DEFAULT_LANGUAGE) -> list[str]:
        """One line per problem: ``file:line: path: message (hint)``."""
        out = []
        for problem in self.problems:
            where = self.file or "<string>"
            if problem.line is not None:
                where += f":{problem.line}"
            out.append(f"{where}: {problem.describe(language)}".translate(_ESCAPES))
        return out


class TomlSyntaxError(InvalidStrategyError):
    """The file is not valid TOML."""

    code = "FILE002"


class FileTooLargeError(InvalidStrategyError):
    """The input is larger than a strategy can reasonably be; it was not parsed."""

    code = "FILE003"


class SchemaVersionError(InvalidStrategyError):
    """The file's ``schema_version`` is missing, invalid, or newer than supported."""

    code = "FILE004"


class MissingExtraError(SocialStrategyError, ImportError):
    """A part of socialstrategy needs packages of an extra that is not installed
    (``pip install socialstrategy`` is the core; see :mod:`socialstrategy.extras`)."""

    def __init__(self, extra: str, part: Text, missing: Iterable[str]) -> None:
        self.extra = extra
        self.part = part
        self.missing = tuple(missing)
        super().__init__(self.describe("en"))

    def describe(self, language: Language = DEFAULT_LANGUAGE) -> str:
        """One line: what needs which packages, and the command that installs them."""
        return _MISSING_EXTRA.get(language).format(
            part=self.part.get(language), extra=self.extra, missing=", ".join(self.missing)
        )


_MISSING_EXTRA = Text(
    nl="voor {part} zijn pakketten nodig die niet geïnstalleerd zijn ({missing}):"
    " pip install 'socialstrategy[{extra}]'",
    en="{part} needs packages that are not installed ({missing}):"
    " pip install 'socialstrategy[{extra}]'",
)
