"""Strings of the guidelines step."""

from __future__ import annotations

from socialstrategy.i18n import Text

TEXTS: dict[str, Text] = {
    "guidelines.read_whole": Text("Lees de hele richtlijn", "Read the whole guideline"),
    "guidelines.section": Text("Onderdeel", "Part"),
    "guidelines.section.adoption": Text(
        "Richtlijn: vaststelling en toestemming", "Guideline: adoption and consent"
    ),
    "guidelines.section.rules": Text("Richtlijn: afspraken", "Guideline: agreements"),
    "guidelines.section.clients": Text(
        "Mediabegeleiding voor cliënten", "Media guidance for clients"
    ),
    # The employee guideline
    "guidelines.governance": Text("Vaststelling en aanspreekpunten", "Adoption and contacts"),
    "guidelines.governance.help": Text(
        "{Adopter} stelt de richtlijn vast {staff_step}, met een datum waarop hij weer"
        " wordt herzien. Wie vaststelt en wie adviseert, staat bij de organisatie.",
        "{Adopter} adopts the guideline {staff_step}, with a date on which it is reviewed"
        " again. Who adopts and who advises is set on the organisation step.",
    ),
    "guidelines.title": Text("Titel van de richtlijn", "Title of the guideline"),
    "guidelines.title.placeholder": Text(
        "bijvoorbeeld 'Richtlijn sociale media voor medewerkers'",
        "for example 'Social media guideline for employees'",
    ),
    "guidelines.owner": Text("Eigenaar van de richtlijn", "Owner of the guideline"),
    "guidelines.owner.help": Text(
        "Wie houdt de richtlijn bij, bijvoorbeeld na een incident of bij een nieuw platform?",
        "Who keeps the guideline up to date, after an incident or a new platform for instance?",
    ),
    "guidelines.contact": Text("Aanspreekpunt bij twijfel", "Contact when in doubt"),
    "guidelines.contact.help": Text(
        "Bij wie kunnen medewerkers terecht met een vraag? Noem ook een mailadres of"
        " telefoonnummer.",
        "Whom can employees ask? Add an email address or phone number.",
    ),
    "guidelines.report_to": Text("Meldroute", "Where to report"),
    "guidelines.report_to.help": Text(
        "Waar meldt een medewerker als er online iets misgaat: leidinggevende,"
        " incidentformulier, en bij een datalek de functionaris gegevensbescherming.",
        "Where an employee reports when something goes wrong online: the manager, the"
        " incident form, and for a data leak the data protection officer.",
    ),
    "guidelines.works_council_advice": Text("{advice}", "{advice}"),
    "guidelines.adopted": Text("Vastgesteld door {adopter}", "Adopted by {adopter}"),
    "guidelines.review_date": Text("Volgende herziening", "Next review"),
    "guidelines.review_date.help": Text(
        "Sociale media veranderen snel: herzie de richtlijn binnen twee jaar.",
        "Social media change fast: review the guideline within two years.",
    ),
    "guidelines.rules": Text("Regels", "Rules"),
    "guidelines.rules.help": Text(
        "Per onderwerp een regel in gewone woorden, met de reden erbij: een regel zonder"
        " reden wordt vergeten of omzeild.",
        "One rule per topic in plain words, with its reason: a rule without a reason is"
        " forgotten or worked around.",
    ),
    "guidelines.col.topic": Text("Onderwerp", "Topic"),
    "guidelines.col.rule": Text("Regel", "Rule"),
    "guidelines.col.why": Text("Waarom", "Why"),
    "guidelines.col.roles": Text("Voor wie", "For whom"),
    "guidelines.col.roles.help": Text(
        "De rollen voor wie de regel geldt; leeg betekent: voor iedereen.",
        "The roles the rule is for; empty means: for everyone.",
    ),
    "guidelines.col.model_text.help": Text(
        "Nog de voorbeeldtekst voor jullie sector: pas de regel aan, of neem alle regels"
        " in één keer over met de knop boven de tabel.",
        "Still the example text for your sector: adapt the rule, or adopt all rules at"
        " once with the button above the table.",
    ),
    "guidelines.rule.no_topic": Text(
        "kies bij elke regel een onderwerp", "choose a topic for every rule"
    ),
    "guidelines.core": Text("Kernonderwerpen", "Core topics"),
    "guidelines.core.help": Text(
        "Deze onderwerpen horen in elke richtlijn in de zorg: ze komen terug in de"
        " aanbevelingen van KNMG en V&VN en in de huisregels van zorgorganisaties.",
        "These topics belong in every guideline in care: they recur in the KNMG and V&VN"
        " recommendations and in care organisations' house rules.",
    ),
    "guidelines.core.summary": Text(
        "{covered} van de {total} kernonderwerpen staan in de richtlijn.",
        "{covered} of the {total} core topics are in the guideline.",
    ),
    "guidelines.other_topics": Text("Andere onderwerpen", "Other topics"),
    "guidelines.other_topics.help": Text(
        "Ook deze onderwerpen komen terug in richtlijnen in de zorg. Ze wegen minder zwaar"
        " dan de kernonderwerpen, maar een volledige richtlijn noemt ze allemaal.",
        "These topics recur in care guidelines too. They weigh less than the core topics,"
        " but a complete guideline covers them all.",
    ),
    "guidelines.other_topics.summary": Text(
        "{covered} van de {total} andere onderwerpen staan in de richtlijn.",
        "{covered} of the {total} other topics are in the guideline.",
    ),
    "guidelines.consent": Text(
        "Toestemming voor foto's en video van cliënten", "Consent for photos and video of clients"
    ),
    "guidelines.consent.help": Text(
        "Beeld van cliënten alleen met vooraf vastgelegde toestemming: van de ouders bij"
        " kinderen onder de 16, van de wettelijk vertegenwoordiger waar die er is.",
        "Images of clients only with consent recorded beforehand: from the parents for"
        " children under 16, from the legal representative where there is one.",
    ),
    "guidelines.consent.recorded_in": Text(
        "Waar wordt de toestemming vastgelegd?", "Where is consent recorded?"
    ),
    "guidelines.consent.recorded_in.placeholder": Text(
        "bijvoorbeeld 'in {records}'",
        "for example 'in {records}'",
    ),
    "guidelines.consent.parents_under_16": Text(
        "Ouders of voogd geven toestemming voor kinderen onder de 16",
        "Parents or guardian consent for children under 16",
    ),
    "guidelines.consent.legal_representative": Text(
        "De wettelijk vertegenwoordiger geeft toestemming waar die er is",
        "The legal representative consents where there is one",
    ),
    "guidelines.consent.withdrawal": Text(
        "Hoe trekt iemand de toestemming in, en wat gebeurt er dan met het beeld?",
        "How is consent withdrawn, and what happens to the images then?",
    ),
    # Media guidance for clients
    "guidelines.guidance": Text("Visie en aanpak", "Vision and approach"),
    "guidelines.guidance.help": Text(
        "Mediabegeleiding (mediawijsheid) gaat over het mediagebruik van de mensen in je"
        " zorg: de kansen die het biedt en de risico's die erbij horen.",
        "Media guidance (media literacy) is about the media use of the people in your care:"
        " the opportunities it offers and the risks that come with it.",
    ),
    "guidelines.vision": Text(
        "Onze visie op het mediagebruik van cliënten",
        "Our vision on the media use of our clients",
    ),
    "guidelines.approach": Text("Hoe begeleiders cliënten helpen", "How carers help clients"),
    "guidelines.approach.help": Text(
        "Wanneer bespreek je mediagebruik, welke hulp bied je, en wat doe je als het misgaat?",
        "When do you discuss media use, what help do you offer, and what do you do when it"
        " goes wrong?",
    ),
    "guidelines.guidance_owner": Text("Kartrekker mediabegeleiding", "Lead for media guidance"),
    "guidelines.guidance_owner.help": Text(
        "Eén persoon trekt de kar, terwijl iedereen verantwoordelijk blijft.",
        "One person leads, while everyone stays responsible.",
    ),
    "guidelines.embedding": Text("Vastgelegd in de zorg", "Embedded in care"),
    "guidelines.in_care_plan": Text(
        "Mediagebruik is onderdeel van het zorgplan", "Media use is part of the care plan"
    ),
    "guidelines.in_risk_inventory": Text(
        "De risico-inventarisatie vraagt: hoe veilig is de cliënt online?",
        "The risk inventory asks: how safe is the client online?",
    ),
    "guidelines.risks_opportunities": Text("Risico's en kansen", "Risks and opportunities"),
    "guidelines.risks": Text("Online risico's voor onze cliënten", "Online risks for our clients"),
    "guidelines.opportunities": Text(
        "Online kansen voor onze cliënten", "Online opportunities for our clients"
    ),
    "guidelines.example": Text(
        "**{title}** van {org}, vastgesteld op {adopted}. Een regel over"
        ' *{topic}*: "{rule}" Waarom: {why}',
        '**{title}** of {org}, adopted on {adopted}. A rule on *{topic}*: "{rule}" Why: {why}',
    ),
}
