"""The employee guideline's strings (``guideline.``)."""

from __future__ import annotations

from socialstrategy.i18n import Text

TEXTS: dict[str, Text] = {
    "guideline.title": Text(
        "Richtlijn sociale media voor medewerkers", "Social media guideline for employees"
    ),
    "guideline.subtitle": Text(
        "Voor het personeelshandboek en intranet", "For the staff handbook and intranet"
    ),
    "guideline.draft": Text(
        "concept, nog niet vastgesteld door {adopter}", "draft, not yet adopted by {adopter}"
    ),
    "guideline.we": Text("onze organisatie", "our organisation"),
    "guideline.intro": Text(
        "Sociale media horen bij ons werk en bij ons leven. Deze richtlijn zegt in gewone"
        " woorden wat wel en niet kan, en waarom. Ze geldt voor iedereen die bij"
        " {organisation} werkt, ook op je eigen accounts en in je vrije tijd, zodra het over"
        " je werk, {clients} of collega's gaat.",
        "Social media are part of our work and our lives. This guideline says in plain words"
        " what is and is not done, and why. It applies to everyone who works at"
        " {organisation}, on your own accounts and in your own time too, whenever it"
        " concerns your work, {clients} or colleagues.",
    ),
    "guideline.intro.doubt": Text(
        "Twijfel je? Doe het dan niet, en vraag het eerst: achteraan in deze richtlijn staat"
        " bij wie je terechtkunt.",
        "In doubt? Then don't, and ask first: the end of this guideline says whom to ask.",
    ),
    "guideline.everyone": Text("Regels voor iedereen", "Rules for everyone"),
    "guideline.no_rules": Text(
        "Er zijn nog geen regels vastgelegd.", "No rules have been recorded yet."
    ),
    "guideline.why": Text("Waarom: {why}", "Why: {why}"),
    "guideline.role": Text("Extra regels voor: {role}", "Additional rules for: {role}"),
    "guideline.role.also": Text(
        "Naast de regels voor iedereen gelden voor deze rol ook de volgende regels.",
        "Besides the rules for everyone, these rules apply to this role.",
    ),
    "guideline.consent": Text("Toestemming voor foto's en video", "Consent for photos and video"),
    "guideline.consent.always": Text(
        "Zonder vastgelegde toestemming maak en deel je geen foto's of video's van {clients},"
        " en ook niet van ruimtes waar {clients} of dossiers in beeld zijn.",
        "Without recorded consent you do not take or share photos or videos of {clients},"
        " nor of rooms where {clients} or records can be seen.",
    ),
    "guideline.consent.recorded": Text(
        "Toestemming wordt vastgelegd in: {where}", "Consent is recorded in: {where}"
    ),
    "guideline.consent.parents": Text(
        "Voor kinderen onder de 16 geven de ouders toestemming.",
        "For children under 16, the parents give consent.",
    ),
    "guideline.consent.representative": Text(
        "Heeft een {client} een wettelijk vertegenwoordiger, dan beslist die over toestemming.",
        "Where a {client} has a legal representative, the representative decides on consent.",
    ),
    "guideline.consent.withdrawal": Text(
        "Toestemming intrekken: {how}", "Withdrawing consent: {how}"
    ),
    "guideline.media": Text(
        "Begeleiding van {clients} bij hun mediagebruik", "Guiding {clients} in their media use"
    ),
    "guideline.media.owner": Text("Aanspreekpunt", "Contact"),
    "guideline.ask": Text("Vragen en melden", "Questions and reporting"),
    "guideline.ask.contact": Text("Twijfel of een vraag", "In doubt, or a question"),
    "guideline.ask.report_to": Text(
        "Iets gezien of gaat er iets mis", "Seen something, or something goes wrong"
    ),
    "guideline.ask.missing": Text(
        "nog niet vastgelegd: vraag je leidinggevende", "not recorded yet: ask your manager"
    ),
    "guideline.ask.how": Text(
        "Meld het meteen, ook als je twijfelt. Maak een schermafbeelding, verwijder niets,"
        " reageer niet zelf en deel het niet verder. Melden is nooit verraad: het beschermt"
        " {clients}, collega's en jezelf.",
        "Report it straight away, even when in doubt. Take a screenshot, delete nothing, do"
        " not respond yourself and do not pass it on. Reporting is never betrayal: it"
        " protects {clients}, colleagues and yourself.",
    ),
    "guideline.about": Text("Over deze richtlijn", "About this guideline"),
    "guideline.about.adopted": Text("Vastgesteld door {adopter}", "Adopted by {adopter}"),
    "guideline.about.not_adopted": Text("nog niet vastgesteld", "not adopted yet"),
    "guideline.about.works_council": Text("{advice}", "{advice}"),
    "guideline.about.owner": Text("Eigenaar", "Owner"),
    "guideline.about.review": Text("Volgende herziening", "Next review"),
}
