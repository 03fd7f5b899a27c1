"""Safe file names, whatever an organisation is called."""

from __future__ import annotations

import re
import unicodedata
from typing import Final

_MAX: Final = 60


def safe_filename(name: str, extension: str, fallback: str = "strategie") -> str:
    """``"Zorggroep 't Gooi / Noord"`` → ``"zorggroep-t-gooi-noord.toml"``.

    Only ASCII letters, digits and hyphens survive, so the name is safe on every file
    system and in a download header; accents are kept as their base letters.
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    stem = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:_MAX].strip("-")
    return f"{stem or fallback}.{extension.lstrip('.')}"
