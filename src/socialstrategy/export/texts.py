"""Every string the exported documents show, in Dutch and English: the one catalogue.

Keys are prefixed by the document they belong to (``report.``, ``board.``,
``guideline.``, ``pocket.``) or ``common.`` for what several share. Names of things come
from the strategy, kinds and levels from the vocabularies, rule texts from the rules.
"""

from __future__ import annotations

from socialstrategy.i18n import Catalogue, Text

_COMMON: dict[str, Text] = {
    "common.organisation": Text("Organisatie", "Organisation"),
    "common.revision": Text("Revisie", "Revision"),
    "common.date": Text("Datum", "Date"),
    "common.author": Text("Auteur", "Author"),
    "common.yes": Text("Ja", "Yes"),
    "common.no": Text("Nee", "No"),
    "common.minutes": Text("{n} minuten", "{n} minutes"),
    "common.hour": Text("{n} uur", "{n} hour"),
    "common.hours": Text("{n} uur", "{n} hours"),
    "common.within": Text("binnen {time}", "within {time}"),
    "common.moderation.weekdays": Text("ma–vr {span}", "Mon–Fri {span}"),
    "common.moderation.evenings": Text("avond {span}", "evenings {span}"),
    "common.moderation.weekends": Text("weekend {span}", "weekends {span}"),
    "common.moderation.none": Text("geen bezettingstijden", "no moderation hours"),
    # How renderers that cannot draw name a chart, and how they introduce a fix.
    "common.chart": Text(
        "Grafiek: {title} (te zien in de HTML-, PDF- en Word-versie)",
        "Chart: {title} (shown in the HTML, PDF and Word versions)",
    ),
    "common.fix": Text("Wat te doen", "What to do"),
    # What the renderers add themselves: page numbers, a chart they could not draw.
    "common.page": Text("Pagina {page} van {pages}", "Page {page} of {pages}"),
    "common.page.word": Text("Pagina", "Page"),
    "common.page.of": Text("van", "of"),
    "common.chart.missing": Text(
        "[Grafiek ‘{title}’ kon niet worden getekend.]",
        "[The chart ‘{title}’ could not be drawn.]",
    ),
    # Document kinds in file names: zorggroep-de-linde-rapport.pdf
    "common.file.report": Text("rapport", "report"),
    "common.file.board": Text("bestuurspagina", "board pack"),
    "common.file.guideline": Text("richtlijn sociale media", "social media guideline"),
    "common.file.pocket": Text("crisiskaart", "crisis card"),
    "common.file.drills": Text("oefenkaarten crisis", "crisis drill cards"),
    "common.file.consent": Text("toestemmingsregister", "consent register"),
}

_REPORT: dict[str, Text] = {
    "report.title": Text("Sociale-mediastrategie", "Social media strategy"),
    "report.subtitle": Text(
        "Sociale-mediastrategie: plan, score en bevindingen",
        "Social media strategy: plan, score and findings",
    ),
    "report.none": Text("Nog niets vastgelegd.", "Nothing recorded yet."),
    # Management summary
    "report.summary": Text("Managementsamenvatting", "Management summary"),
    "report.summary.we": Text("De organisatie", "The organisation"),
    "report.summary.lead": Text(
        "{organisation} scoort {score} van de 100 punten en staat op volwassenheidsniveau"
        " {level} van 5: {name}.",
        "{organisation} scores {score} out of 100 and stands at maturity level {level} of 5:"
        " {name}.",
    ),
    "report.summary.capped": Text(
        "Het niveau is begrensd: {reason}.", "The level is capped: {reason}."
    ),
    "report.summary.score": Text("Totaalscore", "Overall score"),
    "report.summary.level": Text("Volwassenheidsniveau", "Maturity level"),
    "report.summary.open": Text("Openstaande punten", "Open points"),
    "report.summary.open.value": Text(
        "{errors} kritiek · {warnings} aandachtspunten · {advice} adviezen",
        "{errors} critical · {warnings} warnings · {advice} advice",
    ),
    "report.summary.strongest": Text("Sterkste onderdelen", "Strongest parts"),
    "report.summary.weakest": Text("Zwakste onderdelen", "Weakest parts"),
    "report.summary.last_reviewed": Text("Laatst geëvalueerd", "Last reviewed"),
    "report.summary.next_review": Text("Volgende evaluatie", "Next review"),
    "report.summary.steps": Text(
        "De drie belangrijkste volgende stappen", "The three most important next steps"
    ),
    "report.summary.no_steps": Text(
        "Er staan geen verbeterpunten open.", "There are no open points to improve."
    ),
    # Charts
    "report.chart.maturity": Text("Volwassenheidsniveau", "Maturity level"),
    "report.chart.readiness": Text(
        "Antwoorden op de checkvragen", "Answers to the check questions"
    ),
    "report.chart.coverage": Text("Doelgroepen en kanalen", "Audiences and channels"),
    "report.chart.timeline": Text("Planning van de acties", "Timeline of the actions"),
    "report.chart.traceability": Text(
        "Van primair proces tot actie", "From primary process to action"
    ),
    "report.chart.radar": Text("Score per onderdeel", "Score per area"),
    # Organisation
    "report.organisation": Text("Organisatie en processen", "Organisation and processes"),
    "report.organisation.name": Text("Naam", "Name"),
    "report.organisation.sector": Text("Sector", "Sector"),
    "report.organisation.employees": Text("Medewerkers", "Employees"),
    "report.organisation.locations": Text("Locaties", "Locations"),
    "report.organisation.region": Text("Regio", "Region"),
    "report.organisation.funders": Text("Financiers", "Funders"),
    "report.organisation.referrers": Text("Verwijzers", "Referrers"),
    "report.organisation.bodies": Text("Medezeggenschap", "Participation bodies"),
    "report.organisation.adopted_by": Text("Stelt beleid vast", "Adopts policy"),
    "report.organisation.staff": Text("Medezeggenschap medewerkers", "Staff participation"),
    "report.organisation.clients": Text("Medezeggenschap cliënten", "Client participation"),
    "report.organisation.assumed": Text(
        "{value} (afgeleid uit sector en omvang)", "{value} (follows from sector and size)"
    ),
    "report.organisation.unknown": Text("nog onbekend", "not known yet"),
    "report.organisation.primary": Text("Primaire processen", "Primary processes"),
    "report.organisation.supporting": Text("Ondersteunende processen", "Supporting processes"),
    "report.organisation.process": Text("Proces", "Process"),
    "report.organisation.description": Text("Omschrijving", "Description"),
    "report.organisation.roles": Text("Rollen", "Roles"),
    "report.organisation.role": Text("Rol", "Role"),
    "report.organisation.role_does": Text(
        "Wat de rol doet in deze strategie", "What the role does in this strategy"
    ),
    # Readiness
    "report.readiness": Text("Checkvragen", "Check questions"),
    "report.readiness.intro": Text(
        "Negen checkvragen laten zien waar de organisatie staat. Een 'ja' telt pas met"
        " onderbouwing: wie, wat, waar.",
        "Nine check questions show where the organisation stands. A 'yes' only counts with"
        " evidence: who, what, where.",
    ),
    "report.readiness.answer": Text("Antwoord", "Answer"),
    "report.readiness.explanation": Text("Toelichting", "Explanation"),
    "report.readiness.evidence": Text("Onderbouwing", "Evidence"),
    "report.readiness.unanswered": Text("Nog niet beantwoord.", "Not answered yet."),
    # Goals
    "report.goals": Text("Doelen", "Goals"),
    "report.goals.intro": Text(
        "Elk doel dient een primair proces en is meetbaar met een indicator, een nulmeting,"
        " een streefwaarde en een deadline.",
        "Every goal serves a primary process and is measured with an indicator, a baseline,"
        " a target and a deadline.",
    ),
    "report.goals.none": Text("Nog geen doelen vastgelegd.", "No goals recorded yet."),
    "report.goals.processes": Text("Dient de processen", "Serves the processes"),
    "report.goals.audiences": Text("Doelgroepen", "Audiences"),
    "report.goals.owner": Text("Eigenaar", "Owner"),
    "report.goals.rationale": Text("Waarom dit doel", "Why this goal"),
    "report.goals.no_indicators": Text(
        "Nog geen indicator: dit doel is nog niet meetbaar.",
        "No indicator yet: this goal cannot be measured.",
    ),
    "report.goals.kpi": Text("Indicator", "Indicator"),
    "report.goals.baseline": Text("Nulmeting", "Baseline"),
    "report.goals.target": Text("Streefwaarde", "Target"),
    "report.goals.deadline": Text("Deadline", "Deadline"),
    "report.goals.source": Text("Bron", "Source"),
    # Audiences
    "report.audiences": Text("Doelgroepen", "Audiences"),
    "report.audiences.none": Text("Nog geen doelgroepen vastgelegd.", "No audiences recorded yet."),
    "report.audiences.kind": Text("Soort", "Kind"),
    "report.audiences.online": Text("Wat ze online doen", "What they do online"),
    "report.audiences.needs": Text("Wat ze van ons nodig hebben", "What they need from us"),
    "report.audiences.source": Text("Hoe we dat weten", "How we know"),
    "report.audiences.platforms": Text("Platforms", "Platforms"),
    # Channels
    "report.channels": Text("Kanalen", "Channels"),
    "report.channels.none": Text("Nog geen kanalen vastgelegd.", "No channels recorded yet."),
    "report.channels.channel": Text("Kanaal", "Channel"),
    "report.channels.kind": Text("Soort", "Kind"),
    "report.channels.purposes": Text("Gebruikt voor", "Used for"),
    "report.channels.audiences": Text("Doelgroepen", "Audiences"),
    "report.channels.goals": Text("Doelen", "Goals"),
    "report.channels.owner": Text("Eigenaar", "Owner"),
    "report.channels.rhythm": Text("Ritme", "Rhythm"),
    "report.channels.response": Text("Reactietijd", "Response time"),
    "report.channels.moderation": Text("Bezettingstijden webcare", "Moderation hours"),
    "report.channels.client_contact": Text(
        "Contact met individuele cliënten", "Contact with individual clients"
    ),
    "report.channels.own_name": Text("Wie publiceert", "Who publishes"),
    "report.channels.own_name.yes": Text(
        "Een zorgprofessional, onder eigen naam", "A care professional, under their own name"
    ),
    "report.channels.notes": Text("Toelichting", "Notes"),
    # Guidelines and media guidance
    "report.guidelines": Text("Richtlijn en mediabegeleiding", "Guideline and media guidance"),
    "report.guidelines.title": Text("Titel", "Title"),
    "report.guidelines.owner": Text("Eigenaar", "Owner"),
    "report.guidelines.contact": Text("Vragen aan", "Questions to"),
    "report.guidelines.report_to": Text("Melden bij", "Report to"),
    "report.guidelines.works_council": Text("{advice}", "{advice}"),
    "report.guidelines.adopted": Text("Vastgesteld", "Adopted"),
    "report.guidelines.review": Text("Herziening", "Review"),
    "report.guidelines.rules": Text("Regels voor medewerkers", "Rules for employees"),
    "report.guidelines.no_rules": Text(
        "Er is nog geen richtlijn voor medewerkers.", "There is no employee guideline yet."
    ),
    "report.guidelines.topic": Text("Onderwerp", "Topic"),
    "report.guidelines.rule": Text("Regel", "Rule"),
    "report.guidelines.why": Text("Waarom", "Why"),
    "report.guidelines.for": Text("Voor", "For"),
    "report.guidelines.everyone": Text("Iedereen", "Everyone"),
    "report.consent": Text("Toestemming voor foto's en video", "Consent for photos and video"),
    "report.consent.recorded_in": Text("Vastgelegd in", "Recorded in"),
    "report.consent.parents": Text(
        "Ouders geven toestemming voor kinderen onder 16", "Parents consent for children under 16"
    ),
    "report.consent.representative": Text(
        "Wettelijk vertegenwoordiger geeft toestemming", "The legal representative consents"
    ),
    "report.consent.withdrawal": Text("Toestemming intrekken", "Withdrawing consent"),
    "report.consent.missing": Text("Niet geregeld", "Not arranged"),
    "report.media": Text("Mediabegeleiding van cliënten", "Media guidance for clients"),
    "report.media.vision": Text("Visie", "Vision"),
    "report.media.approach": Text("Aanpak", "Approach"),
    "report.media.owner": Text("Verantwoordelijk", "Responsible"),
    "report.media.care_plan": Text("Onderdeel van het zorgplan", "Part of the care plan"),
    "report.media.risk_inventory": Text(
        "Onderdeel van de risico-inventarisatie", "Part of the risk inventory"
    ),
    "report.media.risks": Text("Risico's", "Risks"),
    "report.media.opportunities": Text("Kansen", "Opportunities"),
    # Crisis plan
    "report.crisis": Text("Crisis- en incidentenplan", "Crisis and incident plan"),
    "report.crisis.owner": Text("Eigenaar", "Owner"),
    "report.crisis.monitoring": Text("Monitoring", "Monitoring"),
    "report.crisis.access": Text("Toegang tot de accounts", "Account access"),
    "report.crisis.evaluation": Text("Evaluatie en nazorg", "Evaluation and aftercare"),
    "report.crisis.last_drill": Text("Laatst geoefend", "Last rehearsed"),
    "report.crisis.tiers": Text("Niveaus", "Severity levels"),
    "report.crisis.level": Text("Niveau", "Level"),
    "report.crisis.trigger": Text("Wanneer", "When"),
    "report.crisis.approver": Text("Wie keurt goed", "Approved by"),
    "report.crisis.response": Text("Reageren", "Respond"),
    "report.crisis.escalation": Text("Escalatie", "Escalation"),
    "report.crisis.role": Text("Rol", "Role"),
    "report.crisis.reach": Text("Bereikbaar via", "How to reach"),
    "report.crisis.backup": Text("Back-up", "Back-up"),
    "report.crisis.day_and_night": Text("Dag en nacht", "Day and night"),
    "report.crisis.around_the_clock": Text("24/7", "24/7"),
    "report.crisis.from_level": Text("Vanaf niveau", "From level"),
    "report.crisis.first_hour": Text("Het eerste uur", "The first hour"),
    "report.crisis.scenarios": Text("Scenario's", "Scenarios"),
    "report.crisis.kind": Text("Soort", "Kind"),
    "report.crisis.lead": Text("Leiding", "Lead"),
    "report.crisis.holding": Text("Eerste reactie", "Holding statement"),
    "report.crisis.steps": Text("Eerste stappen, in volgorde:", "First steps, in order:"),
    "report.crisis.scenario_prevention": Text("Voorkomen", "Prevention"),
    "report.crisis.prevention": Text("Incidenten voorkomen", "Preventing incidents"),
    "report.crisis.clocks": Text("Wettelijke termijnen", "Legal deadlines"),
    "report.crisis.triage": Text("Triage: hoe ernstig is het?", "Triage: how serious is it?"),
    "report.crisis.triage.item": Text("{question} Zo ja: {level}.", "{question} If yes: {level}."),
    "report.crisis.responses": Text(
        "Beslisboom: reageren we, en hoe?", "Decision tree: do we respond, and how?"
    ),
    "report.crisis.answer": Text("Antwoord", "Answer"),
    "report.crisis.when": Text("Wanneer", "When"),
    "report.crisis.decides": Text("Wie beslist", "Who decides"),
    "report.crisis.action": Text("Wat we doen", "What we do"),
    "report.crisis.stakeholders": Text("Wie informeren we?", "Whom do we inform?"),
    "report.crisis.stakeholders.note": Text(
        "Binnen en buiten tegelijk: medewerkers horen het niet pas uit de media.",
        "Inside and outside at the same time: staff do not hear it from the media first.",
    ),
    "report.crisis.who": Text("Wie", "Who"),
    "report.crisis.side": Text("Intern/extern", "Inside/outside"),
    "report.crisis.inside": Text("intern", "inside"),
    "report.crisis.outside": Text("extern", "outside"),
    "report.crisis.informs": Text("Door", "By"),
    "report.crisis.when_informed": Text("Wanneer", "When"),
    "report.crisis.how": Text("Hoe", "How"),
    "report.crisis.principles": Text("Zo spreken we", "How we speak"),
    "report.crisis.clock": Text("Wat", "What"),
    "report.crisis.authority": Text("Bij wie", "To whom"),
    "report.crisis.deadline": Text("Termijn", "Deadline"),
    "report.crisis.clock_owner": Text("Wie zorgt ervoor", "Who sees to it"),
    "report.crisis.procedure": Text("Hoe", "How"),
    # Engagement
    "report.engagement": Text("Bespreekbaar maken", "Making it discussable"),
    "report.engagement.owner": Text("Kartrekker", "Lead"),
    "report.engagement.structural": Text("Structurele aandacht", "Structural attention"),
    "report.engagement.activities": Text("Activiteiten", "Activities"),
    "report.engagement.kind": Text("Soort", "Kind"),
    "report.engagement.audiences": Text("Wie doen mee", "Taking part"),
    "report.engagement.rhythm": Text("Ritme", "Rhythm"),
    "report.engagement.planned": Text("Gepland", "Planned"),
    "report.engagement.organiser": Text("Organisator", "Organiser"),
    "report.engagement.outcome": Text("Opbrengst", "Outcome"),
    # Training
    "report.training": Text("Scholing", "Training"),
    "report.training.none": Text("Nog geen scholing vastgelegd.", "No training recorded yet."),
    "report.training.role": Text("Rol", "Role"),
    "report.training.skills": Text("Vaardigheid", "Skill"),
    "report.training.need": Text("Wat de rol moet leren", "What the role must learn"),
    "report.training.format": Text("Hoe", "How"),
    "report.training.due": Text("Klaar op", "Done by"),
    # Action plan
    "report.actions": Text("Actieplan", "Action plan"),
    "report.actions.think_first": Text(
        "Eerst denken, dan doen: dit actieplan staat nog op losse schroeven. Nog open: {gaps}.",
        "Think before doing: this action plan is not on firm ground yet. Still open: {gaps}.",
    ),
    "report.actions.none": Text("Nog geen acties vastgelegd.", "No actions recorded yet."),
    "report.actions.action": Text("Actie", "Action"),
    "report.actions.owner": Text("Eigenaar", "Owner"),
    "report.actions.start": Text("Start", "Start"),
    "report.actions.due": Text("Gereed", "Due"),
    "report.actions.status": Text("Status", "Status"),
    "report.actions.serves": Text("Dient", "Serves"),
    "report.actions.details": Text("Toelichting per actie", "The actions explained"),
    "report.thread": Text("Van proces tot actie", "From process to action"),
    "report.thread.intro": Text(
        "Hoe de primaire processen, doelen, doelgroepen, kanalen en acties met elkaar"
        " samenhangen; losse eindjes zijn gemarkeerd.",
        "How the primary processes, goals, audiences, channels and actions hang together;"
        " loose ends are marked.",
    ),
    # Findings
    "report.findings": Text("Bevindingen per onderdeel", "Findings per area"),
    "report.findings.times": Text("{title} ({times}×)", "{title} ({times}×)"),
    "report.findings.more": Text(
        "… en nog {count} keer: de planner toont elk bij het onderdeel waar het over gaat.",
        "… and {count} more: the planner shows each beside the part it is about.",
    ),
    "report.findings.intro": Text(
        "Elk onderdeel scoort van 0 tot 100; elke bevinding kost punten en zegt wat er te"
        " doen is. De totaalscore weegt de onderdelen naar hun gewicht.",
        "Each area scores from 0 to 100; every finding costs points and says what to do."
        " The overall score weighs the areas by their weight.",
    ),
    "report.findings.area": Text("Onderdeel", "Area"),
    "report.findings.score": Text("Score", "Score"),
    "report.findings.weight": Text("Gewicht", "Weight"),
    "report.findings.area_heading": Text("{area} · {score}/100", "{area} · {score}/100"),
    "report.findings.none": Text(
        "Geen bevindingen: alles op orde.", "No findings: everything is in order."
    ),
}

_BOARD: dict[str, Text] = {
    "board.title": Text("Bestuurspagina sociale media", "Board summary: social media"),
    "board.status": Text(
        "Totaalscore {score}/100 · volwassenheidsniveau {level} van 5: {name}",
        "Overall score {score}/100 · maturity level {level} of 5: {name}",
    ),
    "board.objective": Text("O · Ambitie", "O · Objective"),
    "board.objective.none": Text(
        "De missie van de organisatie is nog niet vastgelegd.",
        "The organisation's mission is not recorded yet.",
    ),
    "board.objective.processes": Text(
        "Sociale media dienen de zorg en ondersteuning: {processes}.",
        "Social media serve care and support: {processes}.",
    ),
    "board.goals": Text("G · Doelen", "G · Goals"),
    "board.goals.none": Text("Nog geen doelen vastgelegd.", "No goals recorded yet."),
    "board.goals.targets": Text("streefwaarde {targets}", "target {targets}"),
    "board.goals.target": Text("{value} op {date}", "{value} by {date}"),
    "board.strategies": Text("S · Strategieën", "S · Strategies"),
    "board.strategy.channels": Text(
        "Kanalen en doelgroepen: {channels} kanalen ({kinds}) bereiken {reached} van de"
        " {audiences} doelgroepen.",
        "Channels and audiences: {channels} channels ({kinds}) reach {reached} of the"
        " {audiences} audiences.",
    ),
    "board.strategy.no_channels": Text(
        "Kanalen en doelgroepen: nog geen kanalen gekozen.",
        "Channels and audiences: no channels chosen yet.",
    ),
    "board.strategy.guideline": Text(
        "Richtlijn voor medewerkers: {rules} regels over {topics} onderwerpen, {status}.",
        "Employee guideline: {rules} rules on {topics} topics, {status}.",
    ),
    "board.strategy.adopted": Text("vastgesteld op {date}", "adopted on {date}"),
    "board.strategy.not_adopted": Text("nog niet vastgesteld", "not adopted yet"),
    "board.strategy.no_guideline": Text(
        "Richtlijn voor medewerkers: nog niet opgesteld.", "Employee guideline: not written yet."
    ),
    "board.strategy.crisis": Text(
        "Crisisparaatheid: {scenarios} scenario's, waarvan {statements} met een eerste"
        " reactie; {escalation}; {drill}.",
        "Crisis readiness: {scenarios} scenarios, {statements} of them with a holding"
        " statement; {escalation}; {drill}.",
    ),
    "board.strategy.escalation": Text(
        "een escalatieketen van {steps} stappen, waarvan {night} dag en nacht bereikbaar",
        "an escalation chain of {steps} steps, {night} of them reachable day and night",
    ),
    "board.strategy.no_escalation": Text("nog geen escalatieketen", "no escalation chain yet"),
    "board.strategy.drilled": Text("laatst geoefend op {date}", "last rehearsed on {date}"),
    "board.strategy.not_drilled": Text("nog niet geoefend", "not rehearsed yet"),
    "board.strategy.model_texts": Text(
        "Modelteksten: {texts} teksten in {parts} onderdelen (richtlijn, crisisplan) staan nog"
        " zoals het sectormodel ze gaf; nog niet bekeken of aangepast.",
        "Model texts: {texts} texts in {parts} parts (guideline, crisis plan) still stand as"
        " the sector model gave them; not yet reviewed or adapted.",
    ),
    "board.strategy.no_crisis": Text(
        "Crisisparaatheid: er is nog geen crisis- en incidentenplan.",
        "Crisis readiness: there is no crisis and incident plan yet.",
    ),
    "board.strategy.engagement": Text(
        "Bespreekbaar maken: {activities} activiteiten, waarvan {recurring} terugkerend;"
        " kartrekker: {owner}.",
        "Making it discussable: {activities} activities, {recurring} of them recurring;"
        " lead: {owner}.",
    ),
    "board.strategy.no_owner": Text("nog niemand", "nobody yet"),
    "board.strategy.no_engagement": Text(
        "Bespreekbaar maken: nog geen activiteiten gepland; kartrekker: {owner}.",
        "Making it discussable: no activities planned yet; lead: {owner}.",
    ),
    "board.measures": Text("M · Meetpunten", "M · Measures"),
    "board.measures.goal": Text("Doel", "Goal"),
    "board.measures.kpi": Text("Indicator", "Indicator"),
    "board.measures.values": Text("Nulmeting → streefwaarde", "Baseline → target"),
    "board.measures.change": Text("{baseline} → {target}", "{baseline} → {target}"),
    "board.measures.deadline": Text("Deadline", "Deadline"),
    "board.measures.none": Text(
        "Nog geen meetpunten: de doelen zijn niet meetbaar.",
        "No measures yet: the goals cannot be measured.",
    ),
    "board.areas": Text("Waar staan we?", "Where do we stand?"),
    "board.chart.radar": Text("Score per onderdeel", "Score per area"),
    "board.gaps": Text("De vijf belangrijkste verbeterpunten", "The five most important gaps"),
    "board.gaps.level": Text("Ernst", "Severity"),
    "board.gaps.gap": Text("Verbeterpunt", "Gap"),
    "board.gaps.fix": Text("Wat te doen", "What to do"),
    "board.gaps.times": Text("{times}×", "{times}×"),
    "board.gaps.none": Text("Er staan geen verbeterpunten open.", "There are no open gaps."),
    "board.decisions": Text("Gevraagde besluiten", "Decisions requested"),
    "board.decisions.decision": Text("Besluit", "Decision"),
    "board.decisions.reason": Text("Aanleiding", "Reason"),
}

_GUIDELINE: dict[str, Text] = {
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

_POCKET: dict[str, Text] = {
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

_DRILL: dict[str, Text] = {
    "drills.title": Text("Oefenkaarten crisisplan", "Crisis drill cards"),
    "drills.file.card": Text("oefenkaart", "drill card"),
    "drills.purpose": Text(
        "Table-top oefeningen per scenario, met het eigen plan op tafel",
        "Table-top exercises per scenario, with our own plan on the table",
    ),
    "drills.how": Text("Zo werkt de oefening", "How the exercise works"),
    "drills.how.steps": Text(
        "Print de kaarten dubbelzijdig: voorop de oefening, achterop wat ons plan zegt en de"
        " evaluatie.\n"
        "Kies een scenario. De oefenleider houdt de kaart; het team heeft het crisisplan of"
        " de crisiskaart op tafel, en verder niets.\n"
        "Start de timer en lees inject 1 voor. Het team beantwoordt de vragen hardop; de"
        " oefenleider noteert hoe laat elk antwoord er is.\n"
        "Lees inject 2 en 3 voor zodra de klok de tijd aangeeft, ook als er nog vragen open"
        " staan: zo loopt een echt incident ook.\n"
        "Vergelijk de antwoorden met wat het plan zegt (achterop de kaart). Wat het plan"
        " niet beantwoordt, wordt een actie.\n"
        "Sluit af met de evaluatie, en zet de datum bij ‘Laatst geoefend’ in het plan."
        " Oefen elk scenario minstens eens per jaar.",
        "Print the cards on both sides: the exercise on the front, what our plan says and the"
        " evaluation on the back.\n"
        "Choose a scenario. The exercise leader holds the card; the team has the crisis plan"
        " or the crisis card on the table, and nothing else.\n"
        "Start the timer and read out inject 1. The team answers the questions aloud; the"
        " leader notes the time each answer is there.\n"
        "Read out injects 2 and 3 as soon as the clock shows their time, even if questions"
        " are still open: a real incident does not wait either.\n"
        "Compare the answers with what the plan says (on the back of the card). What the"
        " plan does not answer becomes an action.\n"
        "Close with the evaluation, and enter the date as ‘Last drilled’ in the plan."
        " Drill every scenario at least once a year.",
    ),
    "drills.how.duration": Text(
        "Reken op ongeveer anderhalf uur: een uur spelen en een half uur evalueren.",
        "Allow about an hour and a half: an hour of play and half an hour of evaluation.",
    ),
    "drills.overview": Text("De scenario's", "The scenarios"),
    "drills.overview.scenario": Text("Scenario", "Scenario"),
    "drills.overview.level": Text("Niveau", "Level"),
    "drills.overview.lead": Text("Leidt", "Leads"),
    "drills.overview.last": Text("Laatst geoefend", "Last drilled"),
    "drills.none": Text(
        "Het plan heeft nog geen scenario's. Voeg ze toe in het crisisplan; per scenario"
        " komt er dan een oefenkaart.",
        "The plan has no scenarios yet. Add them to the crisis plan; each scenario then"
        " gets a drill card.",
    ),
    "drills.never": Text("nog nooit", "never"),
    "drills.meta": Text(
        "Oefening bij: {kind} · niveau {level} · laatst geoefend: {last}",
        "Exercise for: {kind} · level {level} · last drilled: {last}",
    ),
    "drills.timer": Text("Start de timer", "Start the timer"),
    "drills.timer.note": Text(
        "Lees elke inject voor zodra de klok de tijd aangeeft. Noteer de werkelijke tijden.",
        "Read out each inject as soon as the clock shows its time. Note the actual times.",
    ),
    "drills.timer.inject": Text("{clock} · inject {n}", "{clock} · inject {n}"),
    "drills.timer.end": Text("Einde", "End"),
    "drills.timer.read": Text("voorgelezen om ……", "read out at ……"),
    "drills.timer.started": Text("gestart om ……", "started at ……"),
    "drills.timer.stopped": Text("gestopt om ……", "stopped at ……"),
    "drills.inject": Text("Inject {n} · {clock}", "Inject {n} · {clock}"),
    "drills.plan": Text("Wat ons plan zegt", "What our plan says"),
    "drills.plan.lead": Text("Leidt", "Leads"),
    "drills.plan.level": Text("Niveau", "Level"),
    "drills.plan.response": Text("Eerste reactie", "First response"),
    "drills.plan.chain": Text("Escalatieketen", "Escalation chain"),
    "drills.plan.clocks": Text("Termijnen", "Deadlines"),
    "drills.plan.unassigned": Text(
        "nog niet belegd: wie leidt, is vraag 1", "not assigned yet: who leads is question 1"
    ),
    "drills.plan.no_chain": Text(
        "nog niet vastgelegd: spreek in de oefening af wie je belt",
        "not recorded yet: agree in the exercise whom to call",
    ),
    "drills.plan.clock": Text("{kind}: {deadline} ({owner})", "{kind}: {deadline} ({owner})"),
    "drills.plan.clock.open": Text("{kind} ({owner})", "{kind} ({owner})"),
    "drills.plan.clock.law": Text(
        "{kind}: {deadline} (wettelijk; nog niet in het plan)",
        "{kind}: {deadline} (by law; not in the plan yet)",
    ),
    "drills.holding": Text("Onze eerste reactie", "Our holding statement"),
    "drills.holding.draft": Text("Onze eerste reactie (concept)", "Our holding statement (draft)"),
    "drills.holding.none": Text(
        "Het plan heeft voor dit scenario nog geen eerste reactie. Schrijf die in deze"
        " oefening samen, in drie zinnen: wat we weten, wat we doen, en wanneer en waar"
        " mensen meer horen. Neem de tekst daarna op in het plan.",
        "The plan has no holding statement for this scenario yet. Write one together in"
        " this exercise, in three sentences: what we know, what we do, and when and where"
        " people hear more. Then add the text to the plan.",
    ),
    "drills.steps": Text("Onze eerste stappen", "Our first steps"),
    "drills.steps.none": Text(
        "Het plan noemt nog geen eerste stappen: noteer welke stappen het team zette.",
        "The plan lists no first steps yet: note the steps the team took.",
    ),
    "drills.evaluation": Text("Evaluatie", "Evaluation"),
    "drills.evaluation.good": Text("Wat ging goed", "What went well"),
    "drills.evaluation.better": Text("Wat kan beter", "What could be better"),
    "drills.evaluation.action": Text(
        "Actie · wie · wanneer (ook: plan aanpassen)",
        "Action · who · when (also: update the plan)",
    ),
    "drills.evaluation.who": Text(
        "Datum ……   Oefenleider ……   Deelnemers ……",
        "Date ……   Exercise leader ……   Participants ……",
    ),
}


_CONSENT: dict[str, Text] = {
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


def _merge(*parts: dict[str, Text]) -> dict[str, Text]:
    merged: dict[str, Text] = {}
    for part in parts:
        overlap = merged.keys() & part.keys()
        if overlap:
            raise ValueError(f"export text keys defined twice: {sorted(overlap)}")
        merged.update(part)
    return merged


T = Catalogue(_merge(_COMMON, _REPORT, _BOARD, _GUIDELINE, _POCKET, _DRILL, _CONSENT))

__all__ = ["T"]
