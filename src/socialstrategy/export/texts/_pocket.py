"""The crisis card's strings (``pocket.``)."""

from __future__ import annotations

from socialstrategy.i18n import Text

TEXTS: dict[str, Text] = {
    "pocket.title": Text("Crisiskaart sociale media", "Social media crisis card"),
    "pocket.default": Text(
        "Algemene richtlijn: het plan legt dit nog niet vast.",
        "General guidance: the plan does not record this yet.",
    ),
    "pocket.levels": Text("Wat is wat?", "What counts as what?"),
    "pocket.general": Text(
        "Niveaus die het plan nog niet omschrijft, staan er in algemene woorden bij.",
        "Levels the plan does not describe yet are given in general terms.",
    ),
    "pocket.tier.general": Text("Algemeen: {text}", "In general: {text}"),
    "pocket.tier.incident": Text(
        "Eén bericht of situatie met risico voor een cliënt, de privacy of de naam van de"
        " organisatie, die snel aandacht vraagt.",
        "One post or situation that puts a client, privacy or the organisation's name at"
        " risk and needs attention quickly.",
    ),
    "pocket.tier.calamity": Text(
        "Een gebeurtenis in de zorg met ernstig letsel of overlijden van een cliënt; melden"
        " bij de toezichthouder.",
        "An event in care causing a client serious harm or death; to be reported to the"
        " inspectorate.",
    ),
    "pocket.tier.crisis": Text(
        "De continuïteit of het vertrouwen in de organisatie staat op het spel; pers en"
        " publiek kijken mee.",
        "The continuity of or trust in the organisation is at stake; press and public are"
        " watching.",
    ),
    "pocket.call": Text("Wie bel je, in deze volgorde?", "Whom to call, in this order?"),
    "pocket.triage": Text("Hoe ernstig is het?", "How serious is it?"),
    "pocket.triage.safety": Text(
        "Loopt een cliënt gevaar, online of daarbuiten? Zo ja: {level}.",
        "Is a client in danger, online or offline? If yes: {level}.",
    ),
    "pocket.triage.default": Text(
        "Staan er gegevens of beelden van een cliënt online? Zo ja: incident.\n"
        "Wordt het bericht snel en veel gedeeld? Zo ja: incident.\n"
        "Heeft de pers gebeld of erover geschreven? Zo ja: incident of crisis.\n"
        "Dreigt iemand met juridische stappen? Zo ja: incident.",
        "Are a client's details or images online? If yes: incident.\n"
        "Is the post shared fast and widely? If yes: incident.\n"
        "Has the press called or written about it? If yes: incident or crisis.\n"
        "Is anyone threatening legal action? If yes: incident.",
    ),
    "pocket.responses": Text("Reageren we, en hoe?", "Do we respond, and how?"),
    "pocket.stakeholders": Text("Wie informeren we?", "Whom do we inform?"),
    "pocket.principles": Text("Zo spreken we", "How we speak"),
    "pocket.principles.default": Text(
        "Wees snel, wees juist, wees geloofwaardig, toon medeleven, zeg wat mensen kunnen"
        " doen, toon respect, en spreek alleen over je eigen domein.",
        "Be first, be right, be credible, express empathy, promote action, show respect,"
        " and speak only about your own domain.",
    ),
    "pocket.call.none": Text(
        "Er is nog geen escalatieketen: bel je leidinggevende en de communicatieadviseur.",
        "There is no escalation chain yet: call your manager and the communications adviser.",
    ),
    "pocket.response": Text("Reactietijden per kanaal", "Response times per channel"),
    "pocket.holding": Text("Eerste reactie", "Holding statement"),
    "pocket.holding.scenario": Text("Bij: {scenario}", "For: {scenario}"),
    "pocket.holding.template.note": Text(
        "Procesboodschap: het plan heeft nog geen eigen eerste reactie.",
        "Process message: the plan has no holding statement of its own yet.",
    ),
    "pocket.holding.template": Text(
        "We hebben de berichten gezien en nemen ze serieus. We zoeken uit wat er is gebeurd"
        " en praten eerst met de mensen om wie het gaat. Over cliënten doen we online geen"
        " uitspraken. {when} laten we via {where} weten wat we weten. — {organisation}",
        "We have seen the posts and take them seriously. We are finding out what happened"
        " and talk first with the people concerned. We do not discuss clients online."
        " {when} we will share what we know on {where}. — {organisation}",
    ),
    "pocket.holding.within": Text("Binnen {time}", "Within {time}"),
    "pocket.holding.today": Text("Vandaag nog", "Later today"),
    "pocket.holding.website": Text("onze website", "our website"),
    "pocket.first_hour": Text("Het eerste uur", "The first hour"),
    "pocket.first_hour.default": Text(
        "Zet geplande berichten stil.\n"
        "Informeer je leidinggevende en de communicatieadviseur.\n"
        "Leg alles vast met schermafbeeldingen.\n"
        "Verwijder geen kritiek; reageer alleen met de eerste reactie.\n"
        "Zet het gesprek met de betrokkene voort buiten het openbare kanaal.",
        "Pause scheduled posts.\n"
        "Inform your manager and the communications adviser.\n"
        "Keep evidence with screenshots.\n"
        "Never delete criticism; respond only with the holding statement.\n"
        "Take the conversation with the person concerned out of the public channel.",
    ),
    "pocket.clocks": Text("Wettelijke termijnen", "Legal deadlines"),
    "pocket.clock.ap": Text(
        "Autoriteit Persoonsgegevens (AP)", "Dutch Data Protection Authority (AP)"
    ),
    "pocket.clock.igj": Text(
        "Inspectie Gezondheidszorg en Jeugd (IGJ)", "Health and Youth Care Inspectorate (IGJ)"
    ),
    "pocket.clock.without_delay": Text("onverwijld", "without delay"),
    "pocket.clock.unassigned": Text("nog niet belegd", "not assigned yet"),
    "pocket.access": Text("Toegang tot de accounts", "Account access"),
    "pocket.owner": Text("Eigenaar van het plan", "Owner of the plan"),
}
