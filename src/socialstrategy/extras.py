"""The optional parts of socialstrategy, and whether their packages are installed.

``pip install socialstrategy`` is the core: the model, strategy files, scoring and the
command line's ``validate``, ``score``, ``rules``, ``schema`` and ``diff`` (what a
pre-commit hook that checks strategy files needs). The rest is an extra:

- ``[export]``: the documents (charts, PDF, Word, HTML), the calendar and the workbook;
- ``[planner]``: the Streamlit planner, with ``[export]`` for its downloads;
- ``[postgres]``: the PostgreSQL store (checked where a store is opened).

A command that needs an extra calls :func:`require` before it starts, so a missing one
is a sentence naming the install command, not a traceback halfway through.
"""

from __future__ import annotations

import importlib.util
from typing import Final

from socialstrategy.errors import MissingExtraError
from socialstrategy.i18n import Text

#: The modules each extra provides, with the distribution that installs each one.
MODULES: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    "export": (
        ("altair", "altair"),
        ("vl_convert", "vl-convert-python"),
        ("fpdf", "fpdf2"),
        ("fontTools", "fonttools"),
        ("PIL", "pillow"),
        ("docx", "python-docx"),
        ("jinja2", "jinja2"),
        ("markupsafe", "markupsafe"),
        ("icalendar", "icalendar"),
        ("openpyxl", "openpyxl"),
    ),
    "planner": (
        ("streamlit", "streamlit"),
        ("authlib", "authlib"),
        ("pandas", "pandas"),
    ),
}
#: What each extra is for, as the message about a missing one names it.
PARTS: Final[dict[str, Text]] = {
    "export": Text(nl="exporteren", en="exporting"),
    "planner": Text(nl="de planner", en="the planner"),
}
#: The extras an extra includes: the planner offers the documents as downloads.
INCLUDES: Final[dict[str, tuple[str, ...]]] = {"export": (), "planner": ("export",)}


def missing(extra: str) -> tuple[str, ...]:
    """The distributions of *extra* (and the extras it includes) that are not installed."""
    absent = []
    for name in (*INCLUDES[extra], extra):
        for module, distribution in MODULES[name]:
            if not _installed(module):
                absent.append(distribution)
    return tuple(absent)


def require(extra: str) -> None:
    """Raise :class:`MissingExtraError` when a package of *extra* is not installed."""
    absent = missing(extra)
    if absent:
        raise MissingExtraError(extra, PARTS[extra], absent)


def _installed(module: str) -> bool:
    """Whether *module* can be imported, without importing it (that is what is slow)."""
    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):  # a module set to None in sys.modules: blocked
        return False


__all__ = ["MODULES", "PARTS", "MissingExtraError", "missing", "require"]
