"""Reading the bundled starter texts, and filling in the sector's words.

The texts are TOML files beside this module, so that Dutch prose reads as prose and a
reviewer sees one topic's text in one place. A text holds placeholders for the words a
sector uses (``{clients}``: "patiënten", "cliënten", "jongeren"), filled by :func:`fill`.
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import TYPE_CHECKING, Any, Final

import tomli

from socialstrategy import fmt
from socialstrategy.vocab.sector_words import SECTOR_WORDS

if TYPE_CHECKING:
    from socialstrategy.i18n import Language
    from socialstrategy.vocab.organisation import Sector

#: The sub-table of a text that holds what a sector says differently.
DEFAULT: Final = "default"


@functools.cache
def table(name: str) -> dict[str, Any]:
    """The bundled file *name* (``"guidelines"``), read once."""
    data = resources.files(__package__).joinpath(f"{name}.toml").read_text(encoding="utf-8")
    return tomli.loads(data)


def for_sector(entry: dict[str, Any], sector: Sector) -> dict[str, Any]:
    """*entry* with what its sub-table for *sector* overrides (fields, or one language)."""
    override = entry.get(sector.code)
    if not isinstance(override, dict):
        return entry
    merged = dict(entry)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = {**merged[key], **value}
        else:
            merged[key] = value
    return merged


def _lower_first(name: str) -> str:
    """A role name inside a sentence: 'Zorgmanager' → 'zorgmanager', 'HR-adviseur' stays."""
    if len(name) > 1 and name[1].islower():
        return name[0].lower() + name[1:]
    return name


@functools.cache
def words(sector: Sector, language: Language) -> dict[str, str]:
    """Every placeholder a starter text may hold, with the sector's word in *language*."""
    sector_words = SECTOR_WORDS[sector]
    found = {
        "client": sector_words.client.get(language),
        "clients": sector_words.clients.get(language),
        "records": sector_words.records.get(language),
        "representatives": sector_words.representatives.get(language),
    }
    extra = table("words")
    default, own = extra[DEFAULT], extra.get(sector.code, {})
    for key, text in default.items():
        found[key] = own.get(key, {}).get(language) or text[language]
    roles = table("roles")
    for role_id, entry in roles.items():
        found[role_id] = _lower_first(for_sector(entry, sector)["name"][language])
    found |= {fmt.capital(k): fmt.capital(v) for k, v in list(found.items())}
    return found


def fill(text: str, sector: Sector, language: Language) -> str:
    """*text* with the sector's words put in: ``"{Clients} en {records}"`` →
    ``"Patiënten en het EPD"``. An unknown placeholder raises :class:`KeyError`."""
    return text.format_map(words(sector, language))


def localised(entry: dict[str, Any], field: str, sector: Sector, language: Language) -> str:
    """The text *field* of *entry* (``{"nl": ..., "en": ...}``) for *sector*, filled in."""
    return fill(entry[field][language], sector, language)
