"""File names for exports: organisation and document kind, safe on every file system."""

from __future__ import annotations

from typing import TYPE_CHECKING

from socialstrategy.export import MEDIA, PLAN_FILES
from socialstrategy.export.texts import T
from socialstrategy.files import safe_filename

if TYPE_CHECKING:
    from socialstrategy.i18n import Language
    from socialstrategy.model import Strategy


def file_name(
    strategy: Strategy, document: str, fmt: str, language: Language, fallback: str = "strategie"
) -> str:
    """``zorggroep-de-linde-rapport.pdf``, whatever the organisation is called.

    The name comes from the organisation (else the document title, else *fallback*) and
    the document kind in *language*; JSON is the strategy itself, so its name has no
    document kind; a plan file is named by what it holds (``…-agenda.ics``).
    """
    name = strategy.organisation.name or strategy.meta.title or fallback
    extension = MEDIA[fmt][0]
    if fmt == "json":
        return safe_filename(name, extension, fallback=fallback)
    if fmt in PLAN_FILES:
        document = fmt
    return safe_filename(f"{name} {T(f'common.file.{document}', language)}", extension)


__all__ = ["file_name"]
