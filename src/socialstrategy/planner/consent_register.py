"""The consent register, kept on the guidelines step under the consent policy.

One table row per image or series: the client by pseudonym, who signed, where the images
may go and where they are, and from when until when. The findings of the consent rules
stand beside the table; the privacy officer's PDF and CSV are downloaded below it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs
import streamlit as st

from socialstrategy.export.names import file_name
from socialstrategy.model import ConsentRecord
from socialstrategy.planner import tables
from socialstrategy.planner.columns import code_column, text_column
from socialstrategy.planner.components import downloads
from socialstrategy.planner.markup import inert
from socialstrategy.planner.widgets import language, t
from socialstrategy.vocab import ClientSituation, ConsentReach, Signatory

if TYPE_CHECKING:
    from collections.abc import Mapping

    from socialstrategy.model import Strategy
    from socialstrategy.planner.widgets import FindingSlots

PATH = "consents"


def _codes(value: Any) -> tuple[str, ...]:
    """A multiselect cell as codes: empty cells come back as None."""
    value = tables.clean(value)
    return () if value is None else tuple(str(v) for v in value)


def _term(value: Any, kind: type[Any], default: Any) -> Any:
    code = tables.text(value)
    return kind.parse(code) if code in kind.codes() else default


def show(strategy: Strategy, slots: FindingSlots) -> Strategy:
    """Draw the register and its downloads; *strategy* with the register as edited."""
    lang = language()
    channel_names = {c.id: c.name or c.kind.label(lang) for c in strategy.channels}

    st.subheader(t("consent.register"), help=t("consent.register.help"))
    st.caption(t("consent.register.how"))

    def channels_column(name: str, label: str, help_text: str) -> tables.Column[ConsentRecord]:
        return tables.Column(
            name,
            st.column_config.MultiselectColumn(
                label,
                help=help_text,
                options=list(channel_names),
                format_func=lambda i: channel_names.get(i, i),
                width=180,
            ),
            lambda r: list(getattr(r, name)),
            dtype="object",
        )

    def build(row: Mapping[str, Any], old: ConsentRecord | None) -> ConsentRecord:
        return ConsentRecord(
            id=row["_id"] if old is None else old.id,
            what=tables.text(row["what"]),
            pseudonym=tables.text(row["pseudonym"]),
            situation=_term(row["situation"], ClientSituation, ClientSituation.ADULT),
            represented=bool(tables.clean(row["represented"])),
            signatories=tuple(
                Signatory.parse(c) for c in _codes(row["signatories"]) if c in Signatory.codes()
            ),
            reach=_term(row["reach"], ConsentReach, None),
            channels=_codes(row["channels"]),
            given=tables.day(row["given"]),
            expires=tables.day(row["expires"]),
            withdrawn=tables.day(row["withdrawn"]),
            published_on=_codes(row["published_on"]),
            notes=tables.text(row["notes"]),
        )

    records = tables.edit(
        PATH,
        strategy.consents,
        [
            text_column(
                "what",
                t("consent.col.what"),
                help=t("consent.col.what.help"),
                width=220,
                needed=True,
            ),
            text_column(
                "pseudonym",
                t("consent.col.pseudonym"),
                help=t("consent.col.pseudonym.help"),
                width=160,
                needed=True,
            ),
            code_column("situation", t("consent.col.situation"), ClientSituation, lang, width=140),
            tables.Column(
                "represented",
                st.column_config.CheckboxColumn(
                    t("consent.col.represented"), help=t("consent.col.represented.help")
                ),
                lambda r: r.represented,
                dtype="boolean",
            ),
            tables.Column(
                "signatories",
                st.column_config.MultiselectColumn(
                    t("consent.col.signatories"),
                    options=list(Signatory.codes()),
                    format_func=lambda c: Signatory.parse(str(c)).label(lang),
                    width=200,
                ),
                lambda r: [s.code for s in r.signatories],
                dtype="object",
            ),
            code_column(
                "reach",
                t("consent.col.reach"),
                ConsentReach,
                lang,
                help=t("consent.col.reach.help"),
                width=200,
            ),
            channels_column("channels", t("consent.col.channels"), t("consent.col.channels.help")),
            tables.date_column("given", t("consent.col.given"), lambda r: r.given, width=110),
            tables.date_column(
                "expires",
                t("consent.col.expires"),
                lambda r: r.expires,
                help=t("consent.col.expires.help"),
                width=110,
            ),
            tables.date_column(
                "withdrawn", t("consent.col.withdrawn"), lambda r: r.withdrawn, width=110
            ),
            channels_column(
                "published_on", t("consent.col.published_on"), t("consent.col.published_on.help")
            ),
            text_column("notes", t("consent.col.notes"), width=220),
        ],
        build,
        id_of=lambda r: r.id,
        name_column="what",
    )
    slots.here(PATH)
    changed = attrs.evolve(strategy, consents=records)
    if records:
        _downloads(changed)
    return changed


def _downloads(strategy: Strategy) -> None:
    """The register for the privacy officer: PDF to read, CSV for a spreadsheet."""
    lang = language()
    st.caption(t("consent.downloads"))
    left, right = st.columns(2)
    for column, fmt in ((left, "pdf"), (right, "csv")):
        name = file_name(strategy, "consent", fmt, lang, fallback="strategie")
        downloads.document(
            column,
            t(f"consent.download.{fmt}", name=inert(name)),
            strategy,
            "consent",
            fmt,
            help=t(f"consent.download.{fmt}.help"),
            icon=":material/download:",
            key=f"consent.download.{fmt}",
        )
