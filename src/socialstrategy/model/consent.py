"""The consent register: per image or series of images of a client, who consented to what.

The register names a client by a **pseudonym only** (a code or nickname that the client
file links to the person: "Jongere 07", "Cliënt K."), never by name. The strategy file is
shared with the board, the privacy officer and advisers; a name in it would itself be a
privacy breach. Who is behind a pseudonym is kept where the consent form is: the client
file (see :class:`~socialstrategy.model.ConsentPolicy.recorded_in`).
"""

from __future__ import annotations

import datetime as dt

import attrs

from socialstrategy.model._fields import day, doc, id_field, line, not_before, refs, text
from socialstrategy.model.channels import Channel
from socialstrategy.vocab import ClientSituation, ConsentReach, Signatory


@attrs.frozen(kw_only=True)
class ConsentRecord:
    """One image or series of images, the consent given for it, and where it is shown."""

    id: str = id_field("consent record")
    what: str = line("The image or series, e.g. 'Fotoserie zomerfeest De Linde 2026'.")
    pseudonym: str = line(
        "The client, by a pseudonym or code the client file links to the person; never a name."
    )
    situation: ClientSituation = doc(
        "The client's age: under 16, 16 or 17, or an adult.", default=ClientSituation.ADULT
    )
    represented: bool = doc(
        "The client has a legal representative (mentor, curator, guardian).", default=False
    )
    signatories: tuple[Signatory, ...] = doc("Who signed the consent.", default=())
    reach: ConsentReach | None = doc(
        "Where the images may be shown: internal, external or both (empty: as the channels).",
        default=None,
    )
    channels: tuple[str, ...] = refs(
        "the channels the consent covers (empty: every channel within the reach)", target=Channel
    )
    given: dt.date | None = day("When the consent was given.")
    expires: dt.date | None = day(
        "When the consent ends (empty: until withdrawn).",
        after=not_before("given", "de datum van toestemming", "the date consent was given"),
    )
    withdrawn: dt.date | None = day(
        "When the consent was withdrawn (empty: not withdrawn).",
        after=not_before("given", "de datum van toestemming", "the date consent was given"),
    )
    published_on: tuple[str, ...] = refs(
        "the channels the images are shown on now (take a channel off when they come down)",
        target=Channel,
    )
    notes: str = text("Anything else the privacy officer should know.")
