"""Helpers shared by the consent register rules."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any, Final

import attrs

from socialstrategy import fmt
from socialstrategy.i18n import Text
from socialstrategy.model import ConsentRecord
from socialstrategy.scoring.rule import Hit, named
from socialstrategy.scoring.rules._edit import replace
from socialstrategy.vocab import (
    SECTOR_WORDS,
    ChannelKind,
    ClientSituation,
    ConsentReach,
    Purpose,
    Signatory,
)

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from socialstrategy.model import Channel, Strategy
    from socialstrategy.scoring.context import Context
    from socialstrategy.scoring.rule import Check


_CONSENT = "DOMAIN.md guidelines #3 (KNMG, V&VN: recorded consent; parents under 16)"
_AVG = "AVG art. 7 and 8, UAVG art. 5; Autoriteit Persoonsgegevens on photos of clients"

#: Channels only the organisation's own people see; everything else is external.
_INTERNAL_KINDS: Final = frozenset({ChannelKind.INTRANET, ChannelKind.CLIENT_PORTAL})
#: Words of a Dutch surname that are written in lower case ("Jan de Vries").
_PARTICLES: Final = frozenset({"van", "de", "der", "den", "het", "ter", "ten", "te", "'t", "in"})
#: Words a pseudonym may start with that say what, not who ("Cliënt Anna" still warns).
_GENERIC: Final = frozenset(
    {"client", "cliënt", "cliente", "jongere", "bewoner", "deelnemer", "patient", "patiënt",
     "kind", "meisje", "jongen", "pupil", "deelneemster", "bewoonster"}
)  # fmt: skip
_NAME_WORD: Final = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+(-[A-ZÀ-Ý][a-zà-ÿ]+)?")


# --- helpers for checks, messages and examples ------------------------------------------


def is_internal(channel: Channel) -> bool:
    """Whether *channel* is seen inside the organisation only (intranet, client portal, or
    a channel used for internal communication alone)."""
    return channel.kind in _INTERNAL_KINDS or set(channel.purposes) == {Purpose.INTERNAL}


def looks_like_a_name(pseudonym: str) -> bool:
    """Whether *pseudonym* reads like a first name and surname ("Jan de Vries",
    "Fatima El-Amrani"): at least two capitalised words, no digits, no initials, and not
    starting with a word that says what the person is ("Jongere", "Cliënt")."""
    words = pseudonym.split()
    if len(words) < 2 or words[0].lower() in _GENERIC:
        return False
    capitalised = [w for w in words if w.lower() not in _PARTICLES]
    return len(capitalised) >= 2 and all(_NAME_WORD.fullmatch(w) for w in capitalised)


def _records(ctx: Context) -> Iterator[tuple[int, ConsentRecord]]:
    yield from enumerate(ctx.strategy.consents)


def _each_record(field: str, finds: Callable[[ConsentRecord], bool]) -> Check:
    """A check that names each record *finds* holds for, at its *field*."""

    def check(ctx: Context) -> Iterator[Hit]:
        for i, record in _records(ctx):
            if finds(record):
                yield Hit(f"consents[{i}].{field}", _words(ctx, record))

    return check


def _who(record: ConsentRecord) -> str | Text:
    return record.pseudonym.strip() or Text("zonder pseudoniem", "no pseudonym")


def _words(ctx: Context, record: ConsentRecord) -> dict[str, object]:
    """What a message says of the record: its image, the client and the sector's words."""
    words = SECTOR_WORDS[ctx.strategy.organisation.sector]
    return {
        "what": named(record.what),
        "who": _who(record),
        "client": words.client,
        "representatives": words.representatives,
    }


def _day(date: dt.date) -> Text:
    return fmt.both(fmt.long_date, date)


def _channel_names(ctx: Context, ids: tuple[str, ...]) -> Text:
    """'Facebookpagina' en 'Intranet': the channels as the manager named them."""
    by_id = {c.id: c for c in ctx.strategy.channels}
    names = [
        f"'{named(by_id[i].name) if i in by_id and by_id[i].name.strip() else i}'" for i in ids
    ]
    return fmt.both(fmt.items, names)


def _signed(record: ConsentRecord, *signatories: Signatory) -> bool:
    return any(s in record.signatories for s in signatories)


def _beyond(ctx: Context, record: ConsentRecord, channel_id: str) -> Text | None:
    """How far the consent reaches, when *channel_id* lies beyond it; None when within."""
    if record.channels and channel_id not in record.channels:
        covered = _channel_names(ctx, record.channels)
        return Text(f"alleen voor {covered.nl}", f"only for {covered.en}")
    channel = next((c for c in ctx.strategy.channels if c.id == channel_id), None)
    if channel is None or record.reach in (None, ConsentReach.BOTH):
        return None
    if record.reach is ConsentReach.INTERNAL and not is_internal(channel):
        return Text("alleen intern", "internally only")
    if record.reach is ConsentReach.EXTERNAL and is_internal(channel):
        return Text("alleen extern", "externally only")
    return None


#: A record that passes every rule: an adult's own consent, dated, within its reach.
_SOUND: Final = ConsentRecord(
    id="zomerfeest-2026",
    what="Fotoserie zomerfeest 2026",
    pseudonym="Bewoner K.",
    situation=ClientSituation.ADULT,
    signatories=(Signatory.CLIENT,),
    reach=ConsentReach.BOTH,
    given=dt.date(2026, 6, 1),
    expires=dt.date(2028, 6, 1),
    published_on=("facebook",),
)


def _with(**changes: Any) -> Callable[[Strategy], Strategy]:
    """An example that adds one record to the register: a sound one, changed by *changes*."""

    def change(s: Strategy) -> Strategy:
        record = attrs.evolve(_SOUND, **changes)
        return replace(consents=(*s.consents, record))(s)

    return change
