"""Strings of the consent register, on the guidelines step."""

from __future__ import annotations

from socialstrategy.i18n import Text

TEXTS: dict[str, Text] = {
    "consent.register": Text("Toestemmingsregister beeldmateriaal", "Consent register for images"),
    "consent.register.help": Text(
        "Per foto, video of serie: welke toestemming er is, van wie, voor welke kanalen en"
        " tot wanneer. Zo kan de functionaris gegevensbescherming nagaan of elk beeld online"
        " mag staan.",
        "Per photo, video or series: what consent there is, from whom, for which channels"
        " and until when, so the data protection officer can check every image may be online.",
    ),
    "consent.register.how": Text(
        "Eén rij per beeld of serie. Noem de cliënt alleen bij een pseudoniem of code die in"
        " het dossier terug te vinden is, nooit bij naam: dit plan wordt gedeeld. Haal een"
        " kanaal weg bij 'Staat op' zodra de beelden er niet meer staan.",
        "One row per image or series. Name the client only by a pseudonym or code that the"
        " client file links to them, never by name: this plan is shared. Take a channel off"
        " 'Shown on' as soon as the images are no longer there.",
    ),
    "consent.col.what": Text("Beeld of serie", "Image or series"),
    "consent.col.what.help": Text(
        "Bijvoorbeeld 'Fotoserie zomerfeest 2026'.", "For example 'Summer party photos 2026'."
    ),
    "consent.col.pseudonym": Text("Cliënt (pseudoniem)", "Client (pseudonym)"),
    "consent.col.pseudonym.help": Text(
        "Een pseudoniem of code, zoals 'Jongere 07' of 'Cliënt HB-031'. Nooit de echte naam.",
        "A pseudonym or code, such as 'Young person 07' or 'Client HB-031'. Never the real name.",
    ),
    "consent.col.situation": Text("Leeftijd", "Age"),
    "consent.col.represented": Text("Vertegenwoordigd", "Represented"),
    "consent.col.represented.help": Text(
        "De cliënt heeft een wettelijk vertegenwoordiger: mentor, curator of voogd.",
        "The client has a legal representative: mentor, guardian or trustee.",
    ),
    "consent.col.signatories": Text("Getekend door", "Signed by"),
    "consent.col.reach": Text("Mag op", "May be shown"),
    "consent.col.reach.help": Text(
        "Waarvoor de toestemming geldt: alleen intern (intranet, cliëntportaal), alleen"
        " extern of beide.",
        "What the consent covers: internal only (intranet, client portal), external only or both.",
    ),
    "consent.col.channels": Text("Alleen deze kanalen", "Only these channels"),
    "consent.col.channels.help": Text(
        "Noemt het formulier kanalen, kies ze hier; leeg: elk kanaal binnen 'Mag op'.",
        "If the form names channels, choose them here; empty: every channel within 'May be shown'.",
    ),
    "consent.col.given": Text("Gegeven", "Given"),
    "consent.col.expires": Text("Geldig tot", "Valid until"),
    "consent.col.expires.help": Text(
        "De laatste dag dat de toestemming geldt; leeg: tot ze wordt ingetrokken.",
        "The last day consent holds; empty: until it is withdrawn.",
    ),
    "consent.col.withdrawn": Text("Ingetrokken", "Withdrawn"),
    "consent.col.published_on": Text("Staat op", "Shown on"),
    "consent.col.published_on.help": Text(
        "De kanalen waar de beelden nu op staan.", "The channels the images are on now."
    ),
    "consent.col.notes": Text("Notities", "Notes"),
    "consent.downloads": Text(
        "Voor de functionaris gegevensbescherming: het register met de bevindingen erbij.",
        "For the data protection officer: the register with its findings.",
    ),
    "consent.download.pdf": Text("PDF: {name}", "PDF: {name}"),
    "consent.download.pdf.help": Text(
        "Om te lezen of te bewaren: het register, met per beeld de bevindingen.",
        "To read or keep: the register, with the findings per image.",
    ),
    "consent.download.csv": Text("Spreadsheet (CSV): {name}", "Spreadsheet (CSV): {name}"),
    "consent.download.csv.help": Text(
        "Opent in Excel met een dubbelklik: één rij per beeld, datums als 2026-03-01.",
        "Opens in Excel with a double click: one row per image, dates as 2026-03-01.",
    ),
}
