"""The consent register as CSV, for the privacy officer's spreadsheet.

One row per record, headers in the document's language, dates as ISO (``2026-03-01``,
which Excel and LibreOffice read as dates in every locale).

Why these choices: Excel opens a ``.csv`` with a double click using the list separator
of the computer's region, and reads it as the old Windows code page unless the file
starts with a byte order mark. A Dutch Windows separates with ``;`` (the comma is the
decimal sign), an English one with ``,``. So the Dutch file is ``;``-separated, the
English one ``,``-separated, and both are UTF-8 *with* a byte order mark, so "cliënt"
and "Ouder of voogd" arrive intact. Cells with a separator, quote or line break in them
are quoted, as RFC 4180 says.
"""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING, Final

from socialstrategy.export.documents import consent
from socialstrategy.export.documents._base import Sources
from socialstrategy.model import Channel

if TYPE_CHECKING:
    import datetime as dt

    from socialstrategy.i18n import Language
    from socialstrategy.model import Strategy
    from socialstrategy.scoring import Report

#: The field separator per language: what Excel expects in that region.
DELIMITERS: Final[dict[Language, str]] = {"nl": ";", "en": ","}
#: Column headers, in order (keys of the export catalogue).
COLUMNS: Final = (
    "consent.col.id",
    "consent.col.what",
    "consent.col.pseudonym",
    "consent.col.situation",
    "consent.col.represented",
    "consent.col.signed",
    "consent.col.reach",
    "consent.col.channels",
    "consent.col.given",
    "consent.col.expires",
    "consent.col.withdrawn",
    "consent.col.published",
    "consent.col.status",
    "consent.col.findings",
    "consent.col.notes",
)


#: What a spreadsheet takes for the start of a formula: a cell typed as "=HYPERLINK(...)"
#: must stay text (OWASP, CSV injection), so it gets a leading apostrophe.
_FORMULA: Final = ("=", "+", "@", "\t", "\r")


def _cell(value: str) -> str:
    return "'" + value if value.startswith(_FORMULA) else value


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def consent_csv(strategy: Strategy, report: Report, language: Language, today: dt.date) -> bytes:
    """The register of *strategy* as CSV bytes (UTF-8 with a byte order mark)."""
    src = Sources(strategy, report, language, today)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=DELIMITERS[language], lineterminator="\r\n")
    writer.writerow([src.t(key) for key in COLUMNS])
    for entry in consent.entries(strategy, report):
        r = entry.record
        row = [
            r.id,
            r.what,
            r.pseudonym,
            consent.situation(src, r),
            src.yes_no(r.represented),
            consent.signed(src, r) if r.signatories else "",
            consent.reach(src, r) if r.reach else "",
            src.names(Channel, r.channels),
            _iso(r.given),
            _iso(r.expires),
            _iso(r.withdrawn),
            src.names(Channel, r.published_on),
            consent.status(src, entry),
            " | ".join(f.message.get(language) for f in entry.findings),
            r.notes,
        ]
        writer.writerow([_cell(value) for value in row])
    return out.getvalue().encode("utf-8-sig")


__all__ = ["COLUMNS", "DELIMITERS", "consent_csv"]
