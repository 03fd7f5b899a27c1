"""Safe file names, whatever an organisation is called."""

from __future__ import annotations

from typing import Final

from socialstrategy.model._fields import slug

_MAX: Final = 60


def safe_filename(name: str, extension: str, fallback: str = "strategie") -> str:
    """``"Zorggroep 't Gooi / Noord"`` → ``"zorggroep-t-gooi-noord.toml"``.

    Only ASCII letters, digits and hyphens survive, so the name is safe on every file
    system and in a download header; accents are kept as their base letters.
    """
    stem = slug(name, _MAX)
    return f"{stem or fallback}.{extension.lstrip('.')}"
