"""The words a sector uses for the people it serves, their records and their representatives.

Starter texts, rules and exports speak the sector's language: a hospital has patients and an
EPD, long-term care has clients and an ECD, a GP practice has patients and an HIS, youth care
has young people and their parents or guardian. The crisis plan's stakeholders are named
the same way (:func:`stakeholder_label`), and so is the regulator who applies.
"""

from __future__ import annotations

from typing import Final

import attrs

from socialstrategy import fmt
from socialstrategy.i18n import Language, Text
from socialstrategy.vocab.crisis import StakeholderKind
from socialstrategy.vocab.organisation import Sector


@attrs.frozen(kw_only=True)
class SectorWords:
    """How one sector names the people in its care and what is kept about them."""

    client: Text  # one person in care: "patiënt", "cliënt", "jongere"
    clients: Text  # the plural
    records: Text  # the record system, with its article: "het EPD"
    representatives: Text  # who decides with or for the client where they cannot


def _t(nl: str, en: str) -> Text:
    return Text(nl=nl, en=en)


_CLIENT = _t("cliënt", "client")
_CLIENTS = _t("cliënten", "clients")
_PATIENT = _t("patiënt", "patient")
_PATIENTS = _t("patiënten", "patients")
_ECD = _t("het ECD", "the electronic client record (ECD)")
_EPD = _t("het EPD", "the electronic patient record (EPD)")
_REPRESENTATIVE = _t("de wettelijk vertegenwoordiger", "the legal representative")

SECTOR_WORDS: Final[dict[Sector, SectorWords]] = {
    Sector.HOSPITAL: SectorWords(
        client=_PATIENT,
        clients=_PATIENTS,
        records=_EPD,
        representatives=_REPRESENTATIVE,
    ),
    Sector.ELDERLY_CARE: SectorWords(
        client=_CLIENT,
        clients=_CLIENTS,
        records=_ECD,
        representatives=_t(
            "de wettelijk vertegenwoordiger (mentor of curator) of eerste contactpersoon",
            "the legal representative (mentor or guardian) or first contact",
        ),
    ),
    Sector.DISABILITY_CARE: SectorWords(
        client=_CLIENT,
        clients=_CLIENTS,
        records=_ECD,
        representatives=_t(
            "de wettelijk vertegenwoordiger (mentor of curator)",
            "the legal representative (mentor or guardian)",
        ),
    ),
    Sector.MENTAL_HEALTH: SectorWords(
        client=_CLIENT,
        clients=_CLIENTS,
        records=_EPD,
        representatives=_REPRESENTATIVE,
    ),
    Sector.YOUTH_CARE: SectorWords(
        client=_t("jongere", "young person"),
        clients=_t("jongeren", "young people"),
        records=_t("het cliëntdossier (ECD)", "the client record (ECD)"),
        representatives=_t(
            "de ouders met gezag of de voogd", "the parents with custody or the guardian"
        ),
    ),
    Sector.GP_CARE: SectorWords(
        client=_PATIENT,
        clients=_PATIENTS,
        records=_t("het HIS", "the GP information system (HIS)"),
        representatives=_REPRESENTATIVE,
    ),
    Sector.WELFARE: SectorWords(
        client=_t("deelnemer", "participant"),
        clients=_t("deelnemers en bewoners", "participants and residents"),
        records=_t("het registratiesysteem", "the registration system"),
        representatives=_REPRESENTATIVE,
    ),
    Sector.OTHER: SectorWords(
        client=_CLIENT,
        clients=_CLIENTS,
        records=_t("het cliëntdossier", "the client record"),
        representatives=_REPRESENTATIVE,
    ),
}


#: The regulators where the IGJ does not supervise: welfare work answers to the
#: municipality (Wmo) and, on personal data, the AP; "other" is not known to have more.
_REGULATORS: Final[dict[Sector, Text]] = {
    Sector.WELFARE: _t("Toezichthouder (AP, gemeente)", "Regulator (AP, municipality)"),
    Sector.OTHER: _t("Toezichthouder (zoals de AP)", "Regulator (such as the AP)"),
}


def stakeholder_label(kind: StakeholderKind, sector: Sector, language: Language) -> str:
    """*kind* as a manager of *sector* reads it: "Patiënten" in a hospital, "Jongeren" in
    youth care; a regulator without the IGJ where the IGJ does not supervise."""
    if kind is StakeholderKind.CLIENTS:
        return fmt.capital(SECTOR_WORDS[sector].clients.get(language))
    if kind is StakeholderKind.INSPECTORATE and sector in _REGULATORS:
        return _REGULATORS[sector].get(language)
    return kind.label(language)
