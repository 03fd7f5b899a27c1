"""The consent register's strings (``consent.``)."""

from __future__ import annotations

from socialstrategy.i18n import Text

TEXTS: dict[str, Text] = {
    "consent.title": Text("Toestemmingsregister beeldmateriaal", "Consent register for images"),
    "consent.subtitle": Text(
        "Voor de functionaris gegevensbescherming", "For the data protection officer"
    ),
    "consent.intro": Text(
        "Per foto, video of serie staat hier welke toestemming er is, wie tekende, waar"
        " de beelden op mogen en tot wanneer. {clients} staan er alleen onder een pseudoniem"
        " in, nooit met hun naam: wie erachter zit, staat bij het toestemmingsformulier.",
        "For each photo, video or series this lists the consent given, who signed, where the"
        " images may be shown and until when. {clients} appear under a pseudonym only, never"
        " by name: who is behind it is kept with the consent form.",
    ),
    "consent.as_of": Text("De bevindingen gelden op {date}.", "The findings are as of {date}."),
    "consent.policy": Text("Overzicht", "Overview"),
    "consent.policy.recorded": Text("Toestemming vastgelegd in", "Consent recorded in"),
    "consent.policy.withdrawal": Text("Intrekken", "Withdrawal"),
    "consent.summary.records": Text("Beelden in het register", "Images in the register"),
    "consent.summary.findings": Text("Met een bevinding", "With a finding"),
    "consent.summary.expired": Text("Verlopen", "Expired"),
    "consent.summary.withdrawn": Text("Ingetrokken", "Withdrawn"),
    "consent.register": Text("Register", "Register"),
    "consent.none": Text(
        "Er staan nog geen beelden in het register.", "The register holds no images yet."
    ),
    "consent.col.id": Text("Id", "Id"),
    "consent.col.what": Text("Beeld", "Image"),
    "consent.col.pseudonym": Text("Cliënt (pseudoniem)", "Client (pseudonym)"),
    "consent.col.situation": Text("Leeftijd", "Age"),
    "consent.col.represented": Text("Wettelijk vertegenwoordiger", "Legal representative"),
    "consent.col.signed": Text("Getekend door", "Signed by"),
    "consent.col.reach": Text("Mag op", "May be shown"),
    "consent.col.channels": Text("Kanalen in de toestemming", "Channels in the consent"),
    "consent.col.given": Text("Gegeven", "Given"),
    "consent.col.expires": Text("Geldig tot", "Valid until"),
    "consent.col.withdrawn": Text("Ingetrokken", "Withdrawn"),
    "consent.col.published": Text("Staat op", "Shown on"),
    "consent.col.status": Text("Status", "Status"),
    "consent.col.findings": Text("Bevindingen", "Findings"),
    "consent.col.notes": Text("Notities", "Notes"),
    "consent.represented": Text("vertegenwoordigd", "represented"),
    "consent.col.what_who": Text("Beeld en cliënt", "Image and client"),
    "consent.col.term": Text("Looptijd", "Term"),
    "consent.term.from": Text("vanaf {date}", "from {date}"),
    "consent.term.until": Text("t/m {date}", "until {date}"),
    "consent.term.withdrawn": Text("ingetrokken {date}", "withdrawn {date}"),
    "consent.term.undated": Text("datum onbekend", "date unknown"),
    "consent.short.under_16": Text("jonger dan 16", "under 16"),
    "consent.short.aged_16_17": Text("16 of 17 jaar", "16 or 17"),
    "consent.short.adult": Text("volwassen", "adult"),
    "consent.short.client": Text("cliënt", "client"),
    "consent.short.parent": Text("ouder of voogd", "parent or guardian"),
    "consent.short.legal_representative": Text("vertegenwoordiger", "representative"),
    "consent.nobody": Text("niemand", "nobody"),
    "consent.no_pseudonym": Text("(geen pseudoniem)", "(no pseudonym)"),
    "consent.reach.internal": Text("Intern", "Internal"),
    "consent.reach.external": Text("Extern", "External"),
    "consent.reach.both": Text("Intern en extern", "Internal and external"),
    "consent.reach.open": Text("niet vastgelegd", "not recorded"),
    "consent.only": Text("alleen: {channel}", "only: {channel}"),
    "consent.until_withdrawn": Text("tot intrekking", "until withdrawn"),
    "consent.status.ok": Text("In orde", "In order"),
    "consent.status.withdrawn": Text("Ingetrokken", "Withdrawn"),
    "consent.status.expired": Text("Verlopen", "Expired"),
    "consent.status.signatory": Text("Handtekening ontbreekt", "Signature missing"),
    "consent.status.beyond": Text("Buiten de toestemming", "Beyond the consent"),
    "consent.status.still_shown": Text("Ingetrokken, staat nog online", "Withdrawn, still online"),
    "consent.status.incomplete": Text("Gegevens ontbreken", "Details missing"),
    "consent.status.name": Text("Mogelijk echte naam", "Possibly a real name"),
    "consent.findings": Text("Bevindingen", "Findings"),
    "consent.findings.none": Text(
        "Geen bevindingen: elke toestemming is geldig, compleet en blijft binnen de"
        " afgesproken kanalen.",
        "No findings: every consent is valid, complete and kept within its channels.",
    ),
    "consent.record": Text("{number}. {what}", "{number}. {what}"),
}
