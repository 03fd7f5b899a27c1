"""The command line: ``socialstrategy validate | new | schema | score | rules | export | diff |
planner | store | organisations | users | audit``.

Every error the library raises on purpose is presented in one place, as lines with an
exit code; no traceback reaches a user.

Exit codes: 0 all is well; 1 a strategy is invalid, cannot be read or written, or scores
below ``--fail-under``; 2 the command was used wrongly, an output path included (one that
is an input, a device or a folder where a file belongs: nothing is written over it), or
it needs an extra that is not installed (``export``: ``socialstrategy[export]``,
``planner``: ``socialstrategy[planner]``; the rest is the core);
3 an internal error (please report it). ``diff`` exits like ``diff``: 0 the same, 1
different, 2 a plan that cannot be read.
"""

from __future__ import annotations

import os
import sys
from typing import NoReturn

import click

from socialstrategy.cli import (  # noqa: F401 - registers the commands
    access,
    compare,
    export,
    files,
    planner,
    scoring,
    store,
)
from socialstrategy.cli._common import EXIT_INTERNAL, EXIT_INVALID, EXIT_USAGE
from socialstrategy.cli._group import cli
from socialstrategy.errors import MissingExtraError, SocialStrategyError, StrategyIOError
from socialstrategy.i18n import Language, Text

_INTERNAL = Text(
    nl="interne fout in socialstrategy ({error}); meld dit aan de ontwikkelaars"
    " (SOCIALSTRATEGY_DEBUG=1 toont de details)",
    en="internal error in socialstrategy ({error}); please report it"
    " (SOCIALSTRATEGY_DEBUG=1 shows the details)",
)


def main(argv: list[str] | None = None) -> NoReturn:
    """Entry point of the ``socialstrategy`` console script."""
    language = _language(sys.argv[1:] if argv is None else argv)
    try:
        cli.main(args=argv, prog_name="socialstrategy", standalone_mode=True)
    except StrategyIOError as exc:  # e.g. writing a new file into a missing folder
        click.echo(exc.describe(language), err=True)
        sys.exit(EXIT_INVALID)
    except MissingExtraError as exc:  # e.g. `export` with the core installed only
        click.echo(exc.describe(language), err=True)
        sys.exit(EXIT_USAGE)
    except SocialStrategyError as exc:
        click.echo(str(exc), err=True)
        sys.exit(EXIT_INVALID)
    except Exception as exc:
        # A bug of ours: one line and an exit code, never a traceback, unless debugging.
        if os.environ.get("SOCIALSTRATEGY_DEBUG"):
            raise
        message = _INTERNAL.get(language).format(error=f"{type(exc).__name__}: {exc}")
        click.echo(message, err=True)
        sys.exit(EXIT_INTERNAL)
    sys.exit(0)


def _language(args: list[str]) -> Language:
    """The language for errors raised outside click's context: flag, then environment."""
    for index, arg in enumerate(args):
        if arg.startswith("--lang="):
            return "en" if arg == "--lang=en" else "nl"
        if arg == "--lang" and index + 1 < len(args):
            return "en" if args[index + 1] == "en" else "nl"
    return "en" if os.environ.get("SOCIALSTRATEGY_LANG") == "en" else "nl"


__all__ = ["cli", "main"]
