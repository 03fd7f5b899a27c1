"""Strings of the crisis step."""

from __future__ import annotations

from socialstrategy.i18n import Text

TEXTS: dict[str, Text] = {
    "crisis.section": Text("Onderdeel van het plan", "Part of the plan"),
    "crisis.read_whole": Text("Lees het hele crisisplan", "Read the whole crisis plan"),
    "crisis.example": Text(
        "**{org}** onderscheidt {tiers} niveaus, van {low} tot {high}, elk met"
        " een aanleiding, wie de reactie goedkeurt en een reactietijd. Een van de"
        " scenario's: *{scenario}*\n\nDe eerste reactie ligt al klaar:\n\n> {statement}",
        "**{org}** distinguishes {tiers} levels, from {low} to {high}, each"
        " with a trigger, who approves the response and a response time. One of the"
        " scenarios: *{scenario}*\n\nThe first response is ready:\n\n> {statement}",
    ),
    "crisis.no_roles": Text(
        "Er zijn nog geen rollen vastgelegd. De escalatieketen, de niveaus en de scenario's"
        " verwijzen naar rollen zoals woordvoerder, privacyfunctionaris en dienstdoend"
        " bestuurder: leg die eerst vast bij de organisatie.",
        "No roles have been recorded yet. The escalation chain, the levels and the scenarios"
        " refer to roles such as spokesperson, privacy officer and director on call: record"
        " them first with the organisation.",
    ),
    "crisis.to_roles": Text("Naar de rollen", "Go to the roles"),
    "crisis.tab.general": Text("Algemeen", "General"),
    "crisis.tab.tiers": Text("Niveaus", "Levels"),
    "crisis.tab.escalation": Text("Escalatie", "Escalation"),
    "crisis.tab.scenarios": Text("Scenario's", "Scenarios"),
    "crisis.tab.clocks": Text("Wettelijke termijnen", "Legal deadlines"),
    "crisis.tab.triage": Text("Triage", "Triage"),
    "crisis.tab.responses": Text("Beslisboom", "Decision tree"),
    "crisis.tab.stakeholders": Text("Wie informeren we", "Who we inform"),
    "crisis.tab.principles": Text("Uitgangspunten", "Principles"),
    "crisis.triage.intro": Text(
        "Hoe ernstig is een bericht? Zet de vragen op een rij die de dienstdoende stelt, met"
        " het niveau waar een 'ja' het bericht naartoe brengt. In de zorg gaan twee vragen"
        " voor: is een cliënt in gevaar, en is iemands privacy geschonden?",
        "How serious is a message? List the questions the person on duty asks, each with"
        " the level a 'yes' raises the message to. In care two questions come first: is a"
        " client in danger, and has someone's privacy been broken?",
    ),
    "crisis.responses.intro": Text(
        "Reageer je, en hoe? Volgen zonder te reageren, de feiten rechtzetten, contact"
        " zoeken om te herstellen, of opschalen: beschrijf wanneer elk antwoord past, wie"
        " het besluit en wat er dan gebeurt.",
        "Do you respond, and how? Monitor without responding, correct the facts, seek"
        " contact to restore, or escalate: describe when each answer fits, who decides and"
        " what is done then.",
    ),
    "crisis.stakeholders.intro": Text(
        "Wie hoort het, van wie en binnen hoeveel uur? Informeer binnen en buiten tegelijk:"
        " medewerkers horen het uiterlijk tegelijk met de pers, want zij krijgen de vragen"
        " van cliënten en naasten.",
        "Who hears it, from whom and within how many hours? Inform inside and outside at"
        " the same time: staff hear it no later than the press, because they get the"
        " questions of clients and relatives.",
    ),
    "crisis.principles.intro": Text(
        "Hoe spreken jullie in een incident? Kies de uitgangspunten (de zes van CERC, en"
        " alleen spreken over je eigen domein) en schrijf bij elk wat het voor jullie"
        " berichten betekent.",
        "How do you speak in an incident? Choose the principles (CERC's six, and speaking"
        " only about your own domain) and write down what each means for your messages.",
    ),
    "crisis.col.criterion": Text("Wat je beoordeelt", "What is judged"),
    "crisis.col.question": Text("Vraag", "Question"),
    "crisis.col.raises_to": Text("Bij 'ja' naar", "If yes, to"),
    "crisis.col.answer": Text("Antwoord", "Answer"),
    "crisis.col.when": Text("Wanneer", "When"),
    "crisis.col.decides": Text("Wie beslist", "Who decides"),
    "crisis.col.action": Text("Wat we doen", "What we do"),
    "crisis.col.stakeholder": Text("Wie", "Who"),
    "crisis.col.informs": Text("Geïnformeerd door", "Informed by"),
    "crisis.col.within": Text("Binnen (uur)", "Within (hours)"),
    "crisis.col.within.help": Text(
        "Binnen hoeveel uur na het begin van het incident zij het horen.",
        "Within how many hours of the start of the incident they hear it.",
    ),
    "crisis.col.how": Text("Hoe", "How"),
    "crisis.col.principle": Text("Uitgangspunt", "Principle"),
    "crisis.col.meaning": Text("Wat het voor ons betekent", "What it means for us"),
    "crisis.owner": Text("Eigenaar van het plan", "Owner of the plan"),
    "crisis.owner.help": Text(
        "Wie houdt het plan actueel en zorgt dat het geoefend wordt?",
        "Who keeps the plan up to date and makes sure it is rehearsed?",
    ),
    "crisis.monitoring": Text("Monitoring", "Monitoring"),
    "crisis.monitoring.help": Text(
        "Wat volg je (zoektermen, ook verschrijvingen; kanalen, beoordelingssites, lokale"
        " Facebook-groepen), wie doet dat en op welke uren?",
        "What do you follow (keywords, misspellings too; channels, rating sites, local"
        " Facebook groups), who does it and during which hours?",
    ),
    "crisis.account_access": Text("Toegang tot de accounts", "Access to the accounts"),
    "crisis.account_access.help": Text(
        "Waar liggen de inloggegevens, wie kan er in een noodgeval bij, en is"
        " tweestapsverificatie aan?",
        "Where are the login details kept, who can reach them in an emergency, and is"
        " two-step verification on?",
    ),
    "crisis.evaluation": Text("Evaluatie en nazorg", "Evaluation and aftercare"),
    "crisis.evaluation.help": Text(
        "Hoe evalueer je een incident, wie doet dat, en hoe komen de lessen in het plan, de"
        " scholing en de richtlijn terecht?",
        "How is an incident evaluated, by whom, and how do the lessons reach the plan, the"
        " training and the guideline?",
    ),
    "crisis.last_drill": Text("Laatst geoefend op", "Last rehearsed on"),
    "crisis.last_drill.help": Text(
        "Oefen het plan minstens eens per jaar, met telkens een ander scenario. Per scenario"
        " staan de oefenkaart en de datum van de laatste oefening bij Scenario's.",
        "Rehearse the plan at least once a year, with a different scenario each time. Each"
        " scenario's drill card and last drill date are under Scenarios.",
    ),
    "crisis.first_hour": Text("Het eerste uur", "The first hour"),
    "crisis.prevention": Text("Zo voorkomen we incidenten", "How we prevent incidents"),
    "crisis.lines.help": Text(
        "Eén punt per regel, in de volgorde waarin het gebeurt.",
        "One item per line, in the order in which it happens.",
    ),
    "crisis.tiers.intro": Text(
        "Van een enkele vraag of klacht tot een crisis: beschrijf per niveau wanneer iets dat"
        " niveau heeft, wie de reactie goedkeurt en binnen hoeveel uur er een eerste reactie"
        " is.",
        "From a single question or complaint to a crisis: describe per level when something"
        " reaches that level, who approves the response and within how many hours there is a"
        " first response.",
    ),
    "crisis.escalation.intro": Text(
        "Wie wordt er gebeld, in deze volgorde? Geef elke rol een vervanger, en zorg dat"
        " iemand dag en nacht bereikbaar is. Verplaats een rij door zijn nummer te veranderen.",
        "Who is called, in this order? Give each role a back-up, and make sure someone can be"
        " reached day and night. Move a row by changing its number.",
    ),
    "crisis.scenarios.intro": Text(
        "Denk vooraf na over wat kan gebeuren: een datalek, een privacyschending, een bericht"
        " dat viral gaat, een calamiteit. Per scenario: wie leidt, wat doe je eerst en wat"
        " zeg je als eerste.",
        "Think in advance about what can happen: a data leak, a privacy breach, a post going"
        " viral, a calamity. Per scenario: who leads, what you do first and what you say"
        " first.",
    ),
    "crisis.clocks.intro": Text(
        "Sommige termijnen gaan direct lopen: een datalek meld je binnen 72 uur bij de"
        " Autoriteit Persoonsgegevens, een calamiteit bij de IGJ, een klacht gaat naar de"
        " klachtenfunctionaris.",
        "Some deadlines start running at once: a data leak is reported to the Data Protection"
        " Authority within 72 hours, a calamity to the Inspectorate, a complaint goes to the"
        " complaints officer.",
    ),
    "crisis.col.level": Text("Niveau", "Level"),
    "crisis.col.trigger": Text("Wanneer", "When"),
    "crisis.col.approver": Text("Keurt goed", "Approves"),
    "crisis.col.hours": Text("Reactie binnen (uur)", "Response within (hours)"),
    "crisis.col.hours.help": Text(
        "Binnen hoeveel uur gaat de eerste reactie naar buiten?",
        "Within how many hours does the first response go out?",
    ),
    "crisis.col.role": Text("Rol", "Role"),
    "crisis.col.reach": Text("Zo bereik je deze rol", "How to reach this role"),
    "crisis.col.backup": Text("Vervanger", "Back-up"),
    "crisis.col.day_and_night": Text("Dag en nacht", "Day and night"),
    "crisis.col.day_and_night.help": Text(
        "Ook 's avonds, 's nachts en in het weekend bereikbaar.",
        "Reachable in the evening, at night and at weekends too.",
    ),
    "crisis.col.from_level": Text("Vanaf niveau", "From level"),
    "crisis.col.clock": Text("Termijn", "Deadline"),
    "crisis.col.deadline": Text("Binnen (uur)", "Within (hours)"),
    "crisis.col.deadline.help": Text(
        "Het aantal uren vanaf het moment dat je het ontdekt.",
        "The number of hours from the moment it is discovered.",
    ),
    "crisis.col.authority": Text("Melden bij", "Report to"),
    "crisis.col.owner": Text("Verantwoordelijk", "Responsible"),
    "crisis.col.procedure": Text("Zo gaat het", "How it is done"),
    "crisis.scenario.pick": Text("Scenario", "Scenario"),
    "crisis.scenario.title": Text("Wat gebeurt er?", "What happens?"),
    "crisis.scenario.kind": Text("Soort", "Kind"),
    "crisis.scenario.level": Text("Niveau", "Level"),
    "crisis.scenario.lead": Text("Wie leidt", "Who leads"),
    "crisis.scenario.hours": Text("Eerste reactie binnen (uur)", "First response within (hours)"),
    "crisis.scenario.hours.help": Text(
        "Leeg: de reactietijd van het niveau geldt.", "Empty: the level's response time applies."
    ),
    "crisis.scenario.statement": Text("Eerste reactie", "Holding statement"),
    "crisis.scenario.statement.help": Text(
        "Wat je als eerste zegt: wat we gehoord hebben, wat we kunnen bevestigen, wat we doen,"
        " en wanneer en waar we meer vertellen.",
        "What you say first: what we have heard, what we can confirm, what we are doing, and"
        " when and where we will say more.",
    ),
    "crisis.scenario.steps": Text("Eerste stappen", "First steps"),
    "crisis.scenario.prevention": Text("Zo voorkomen we dit", "How we prevent this"),
}
