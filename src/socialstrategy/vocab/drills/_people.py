"""Exercises where people are hurt: a staff member's misconduct, a calamity, a threat,
a client harmed online."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from socialstrategy.vocab.crisis import ScenarioKind
from socialstrategy.vocab.drills._inject import inject

if TYPE_CHECKING:
    from socialstrategy.vocab.drills._inject import Inject

EXERCISES: Final[dict[ScenarioKind, tuple[Inject, Inject, Inject]]] = {
    ScenarioKind.EMPLOYEE_MISCONDUCT: (
        inject(
            0,
            "Een naaste stuurt een schermafbeelding: een medewerker maakt in een openbare"
            " TikTok-video grappen over het gedrag van een {client}. De naam valt niet, maar wie"
            " de locatie kent, herkent de {client}.",
            "A relative sends a screenshot: in a public TikTok video a staff member jokes about"
            " the behaviour of a {client}. No name is given, but anyone who knows the location"
            " recognises the {client}.",
            (
                "Wie leidt: communicatie, de leidinggevende of HR?",
                "Who leads: communications, the manager or HR?",
            ),
            (
                "Wat is de eerste stap richting de medewerker (gesprek, verzoek om de video te"
                " verwijderen)?",
                "What is the first step towards the staff member (a talk, a request to delete"
                " the video)?",
            ),
            (
                "Hoe leggen we bewijs vast voordat de video verdwijnt?",
                "How do we keep evidence before the video disappears?",
            ),
        ),
        inject(
            20,
            "De video is 5.000 keer bekeken. Onder de video vragen mensen ‘Werkt die nog steeds"
            " bij jullie?’ en taggen het account van {organisation}.",
            "The video has 5,000 views. Below it people ask ‘Does she still work for you?’ and"
            " tag the account of {organisation}.",
            (
                "Wat zeggen we openbaar, zonder iets te zeggen over stappen richting de"
                " medewerker?",
                "What do we say in public, without saying anything about steps towards the staff"
                " member?",
            ),
            (
                "Wie informeert de {client} en {representative}, en wanneer?",
                "Who informs the {client} and {representative}, and when?",
            ),
            (
                "Melden we dit als incident in het interne meldsysteem (MIC/VIM)?",
                "Do we report this as an incident in the internal reporting system?",
            ),
        ),
        inject(
            60,
            "Collega's van de medewerker vinden het in de teamapp ‘maar een grapje’; een van hen"
            " plaatst online een steunbetuiging.",
            "Colleagues of the staff member say in the team chat it was ‘only a joke’; one of"
            " them posts a message of support online.",
            (
                "Wat vertellen we het team vandaag, en wie doet dat?",
                "What do we tell the team today, and who does it?",
            ),
            (
                "Welke regels uit de richtlijn sociale media gelden hier, en met welke gevolgen?",
                "Which rules of the social media guideline apply here, and with what consequences?",
            ),
            (
                "Wat doen we om herhaling te voorkomen (gesprek in het team, training)?",
                "What do we do to prevent a repeat (a team discussion, training)?",
            ),
        ),
    ),
    ScenarioKind.CALAMITY: (
        inject(
            0,
            "Vanmorgen is een {client} overleden na een val; intern is de vraag gesteld of het"
            " toezicht voldoende was. Op Facebook vraagt een buurtbewoner: ‘Ambulance en politie"
            " bij de locatie, wat is daar gebeurd?’",
            "This morning a {client} died after a fall; inside, the question has been raised"
            " whether supervision was adequate. On Facebook a neighbour asks: ‘Ambulance and"
            " police at the location, what happened?’",
            (
                "Is dit een calamiteit die we onverwijld bij de IGJ melden? Wie beslist, wie"
                " meldt?",
                "Is this a calamity we report to the inspectorate without delay? Who decides,"
                " who reports?",
            ),
            (
                "Wie leidt de communicatie, en wie is het aanspreekpunt voor de familie?",
                "Who leads communication, and who is the family's contact?",
            ),
            (
                "Wat zeggen we online wel en niet, zolang het onderzoek loopt?",
                "What do we say online and what not, while the investigation runs?",
            ),
        ),
        inject(
            20,
            "Een familielid schrijft op Facebook: ‘Hij is overleden omdat niemand oplette.’ Het"
            " bericht is 300 keer gedeeld. Een regionale omroep belt.",
            "A relative writes on Facebook: ‘He died because nobody was paying attention.’ The"
            " post has been shared 300 times. A regional broadcaster calls.",
            (
                "Hoe tonen we medeleven zonder iets te zeggen over de oorzaak?",
                "How do we express sympathy without saying anything about the cause?",
            ),
            (
                "Wie staat de pers te woord, en wat is de kernboodschap?",
                "Who speaks to the press, and what is the key message?",
            ),
            (
                "Wie informeert de medewerkers, de andere {clients} en hun naasten?",
                "Who informs staff, the other {clients} and their relatives?",
            ),
        ),
        inject(
            60,
            "De IGJ belt met vragen over de melding. Medewerkers zijn aangeslagen; een van hen"
            " deelt op Facebook een rouwbericht met een foto van de overleden {client}.",
            "The inspectorate calls with questions about the report. Staff are shaken; one of"
            " them shares a message of mourning with a photo of the {client} who died on"
            " Facebook.",
            (
                "Is de melding gedaan, en wie houdt contact met de inspectie?",
                "Has the report been made, and who keeps in touch with the inspectorate?",
            ),
            (
                "Wat doen we met het rouwbericht: heeft de familie toestemming gegeven?",
                "What do we do about the mourning post: did the family consent?",
            ),
            (
                "Welke opvang en nazorg krijgen de medewerkers, en wie regelt die?",
                "What support and aftercare do staff get, and who arranges it?",
            ),
        ),
    ),
    ScenarioKind.THREAT: (
        inject(
            0,
            "Na een conflict over de zorg plaatst een familielid de naam en een foto van een"
            " medewerker op Facebook: ‘Deze vrouw is verantwoordelijk. Weet iemand waar ze"
            " woont?’",
            "After a dispute about care a relative posts the name and a photo of a staff"
            " member on Facebook: ‘This woman is responsible. Does anyone know where she"
            " lives?’",
            (
                "Wie belt de medewerker nu, en wat heeft zij nodig?",
                "Who calls the staff member now, and what does she need?",
            ),
            (
                "Leggen we het bericht vast (schermafbeelding met datum en link) voor een"
                " aangifte?",
                "Do we keep the post (a screenshot with date and link) for a police report?",
            ),
            (
                "Wie leidt, en wie meldt het bericht bij het platform?",
                "Who leads, and who reports the post to the platform?",
            ),
        ),
        inject(
            20,
            "Onder het bericht staan reacties als ‘die moet je eens opwachten’. Het is 300 keer"
            " gedeeld. De medewerker durft niet naar huis.",
            "Below the post are comments such as ‘someone should wait for her’. It has been"
            " shared 300 times. The staff member is afraid to go home.",
            (
                "Doen we aangifte, en wie gaat met de medewerker mee?",
                "Do we report it to the police, and who goes along with the staff member?",
            ),
            (
                "Reageren we openbaar? Zo ja: niets over de {client}, wel dat we bedreiging niet"
                " accepteren?",
                "Do we respond in public? If so: nothing about the {client}, but that we do not"
                " accept threats?",
            ),
            (
                "Wie regelt de veiligheid op de locatie (wijkagent, beveiliging, vervoer naar"
                " huis)?",
                "Who arranges safety at the location (community police officer, security,"
                " transport home)?",
            ),
        ),
        inject(
            60,
            "Een lokale journalist vraagt of het klopt dat een medewerker wordt bedreigd. De"
            " familie eist een gesprek met de directie.",
            "A local journalist asks whether it is true that a staff member is being"
            " threatened. The family demands a meeting with the management.",
            (
                "Wat zeggen we tegen de journalist, zonder de medewerker of de {client}"
                " herkenbaar te maken?",
                "What do we tell the journalist without making the staff member or the {client}"
                " recognisable?",
            ),
            (
                "Wie voert het gesprek met de familie, en onder welke voorwaarden?",
                "Who meets the family, and on what terms?",
            ),
            (
                "Hoe informeren we het team, en welke nazorg is er?",
                "How do we inform the team, and what aftercare is there?",
            ),
        ),
    ),
    ScenarioKind.CLIENT_ONLINE_HARM: (
        inject(
            0,
            "Een {client} vertelt een medewerker dat iemand die zij via Instagram heeft leren"
            " kennen, dreigt naaktfoto's van haar te verspreiden als ze niet betaalt.",
            "A {client} tells a staff member that someone she met on Instagram threatens to"
            " spread nude photos of her unless she pays.",
            (
                "Wat zeggen we als eerste tegen de {client} (geen verwijt, niet betalen, geen"
                " contact meer, niets verwijderen)?",
                "What do we say first to the {client} (no blame, do not pay, stop contact,"
                " delete nothing)?",
            ),
            (
                "Wie leidt: de medewerker die het hoorde, een gedragsdeskundige of de"
                " leidinggevende?",
                "Who leads: the staff member who heard it, a behavioural expert or the manager?",
            ),
            (
                "Wanneer informeren we {representative}, waar het kan met instemming van de"
                " {client}?",
                "When do we inform {representative}, with the {client}'s agreement where possible?",
            ),
        ),
        inject(
            20,
            "De afperser stuurt een van de foto's naar een vriend van de {client} en dreigt met"
            " meer. De {client} is erg overstuur.",
            "The extortionist sends one of the photos to a friend of the {client} and threatens"
            " more. The {client} is very upset.",
            (
                "Doen we samen met de {client} aangifte, en wie gaat mee?",
                "Do we report it to the police with the {client}, and who goes along?",
            ),
            (
                "Hoe laten we de beelden offline halen (meldknop van het platform, Helpwanted.nl)?",
                "How do we get the images taken down (the platform's report button,"
                " Helpwanted.nl)?",
            ),
            (
                "Hoe leggen we bewijs vast zónder de beelden zelf op te slaan of door te sturen?",
                "How do we keep evidence WITHOUT saving or forwarding the images ourselves?",
            ),
        ),
        inject(
            60,
            "Een andere {client} heeft de foto gezien en praat erover in een groepsapp met"
            " anderen. Ook bellen naasten van andere {clients} met vragen.",
            "Another {client} has seen the photo and talks about it in a group chat. Relatives"
            " of other {clients} call with questions too.",
            (
                "Wat zeggen we tegen de andere {clients} en hun naasten, zonder de {client} te"
                " beschadigen?",
                "What do we tell the other {clients} and their relatives without harming the"
                " {client}?",
            ),
            (
                "Moeten we dit melden als incident, en geldt de meldcode huiselijk geweld en"
                " kindermishandeling?",
                "Do we report this as an incident, and does the reporting code for domestic"
                " violence and child abuse apply?",
            ),
            (
                "Welke voorlichting over online veiligheid plannen we voor de groep?",
                "What information on staying safe online do we plan for the group?",
            ),
        ),
    ),
}
