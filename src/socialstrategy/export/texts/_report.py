"""The full report's strings (``report.``), section by section."""

from __future__ import annotations

from socialstrategy.i18n import Text

TEXTS: dict[str, Text] = {
    "report.title": Text("Sociale-mediastrategie", "Social media strategy"),
    "report.subtitle": Text(
        "Sociale-mediastrategie: plan, score en bevindingen",
        "Social media strategy: plan, score and findings",
    ),
    "report.none": Text("Nog niets vastgelegd.", "Nothing recorded yet."),
    # What a missing date or person reads as, where a dash would say nothing.
    "report.not_reviewed": Text("nog niet geëvalueerd", "not reviewed yet"),
    "report.not_planned": Text("nog niet gepland", "not planned yet"),
    "report.not_asked": Text("nog niet gevraagd", "not asked yet"),
    "report.not_adopted": Text("nog niet vastgesteld", "not adopted yet"),
    "report.not_drilled": Text("nog niet geoefend", "not rehearsed yet"),
    "report.nobody": Text("nog niemand", "nobody yet"),
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
    "report.summary.level.value": Text("{level} van 5: {name}", "{level} of 5: {name}"),
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
    "report.crisis.none": Text(
        "Er is nog geen crisis- en incidentenplan: geen niveaus, escalatieketen, scenario's,"
        " eerste reacties of wettelijke termijnen.",
        "There is no crisis and incident plan yet: no severity levels, escalation chain,"
        " scenarios, holding statements or legal deadlines.",
    ),
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
    "report.findings.none_open": Text(
        "Geen open bevindingen. De geaccepteerde bevindingen staan hieronder.",
        "No open findings. The accepted findings are listed below.",
    ),
    "report.accepted": Text("Geaccepteerd", "Accepted"),
    "report.accepted.intro": Text(
        "Met deze bevindingen heeft de organisatie besloten voorlopig te leven. Ze kosten"
        " geen punten, maar het blijven tekortkomingen: na de afgesproken datum tellen ze"
        " weer mee.",
        "The organisation decided to live with these findings for now. They cost no"
        " points, but they remain shortcomings: after the agreed date they count again.",
    ),
    "report.accepted.rule": Text("Regel", "Rule"),
    "report.accepted.finding": Text("Bevinding", "Finding"),
    "report.accepted.reason": Text("Reden", "Reason"),
    "report.accepted.until": Text("Tot en met", "Until"),
    "report.accepted.open": Text("tot het besluit wordt herzien", "until the decision is reviewed"),
}
