"""Exercises where the story is the problem: a post that spreads, a review, a rumour,
anything else."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from socialstrategy.vocab.crisis import ScenarioKind
from socialstrategy.vocab.drills._inject import inject

if TYPE_CHECKING:
    from socialstrategy.vocab.drills._inject import Inject

EXERCISES: Final[dict[ScenarioKind, tuple[Inject, Inject, Inject]]] = {
    ScenarioKind.NEGATIVE_VIRAL: (
        inject(
            0,
            "Een familielid van een {client} plaatst op Facebook een boze oproep: haar naaste"
            " heeft al drie dagen niet de afgesproken zorg gekregen ‘omdat er geen personeel"
            " is’. Zij noemt de locatie bij naam.",
            "A relative of a {client} posts an angry appeal on Facebook: her family member has"
            " not had the agreed care for three days ‘because there are no staff’. She names"
            " the location.",
            (
                "Is dit een klacht, een issue of al een incident? Wie beslist dat?",
                "Is this a complaint, an issue or already an incident? Who decides?",
            ),
            (
                "Wat is onze eerste reactie onder het bericht, en binnen hoeveel tijd?",
                "What is our first reply below the post, and how soon?",
            ),
            (
                "Wie neemt persoonlijk contact op met de schrijver?",
                "Who contacts the writer in person?",
            ),
        ),
        inject(
            20,
            "Het bericht is 300 keer gedeeld en heeft honderden reacties, sommige met"
            " scheldwoorden naar medewerkers van de locatie. Een lokale journalist stuurt een"
            " bericht via Messenger.",
            "The post has been shared 300 times and has hundreds of comments, some abusing the"
            " location's staff. A local journalist sends a message on Messenger.",
            (
                "Wie staat de journalist te woord, en wat zeggen we wel en niet over deze"
                " {client}?",
                "Who speaks to the journalist, and what do we say and not say about this {client}?",
            ),
            (
                "Hoe steunen we de medewerkers die nu online worden uitgescholden?",
                "How do we support the staff who are being abused online?",
            ),
            (
                "Schalen we op? Wie moet het nu weten (bestuur, medezeggenschap)?",
                "Do we escalate? Who must know now (the board, client and staff representatives)?",
            ),
        ),
        inject(
            60,
            "De familie plaatst een foto van onze brief waarin de zorg wordt afgezegd. Een"
            " landelijke actiegroep deelt het bericht met de tekst ‘Zo gaat het overal in de"
            " zorg’.",
            "The family posts a photo of our letter cancelling the care. A national action"
            " group shares the post with the words ‘This is how it goes everywhere in care’.",
            (
                "Reageren we op de brief, of alleen in het gesprek met de familie?",
                "Do we respond about the letter, or only in the conversation with the family?",
            ),
            (
                "Welk deel gaat over ons eigen domein, en over welk deel (de landelijke discussie)"
                " zeggen we niets?",
                "Which part is about our own domain, and which part (the national debate) do we"
                " leave alone?",
            ),
            (
                "Wanneer en waar laten we in een procesbericht zien wat we gedaan hebben?",
                "When and where do we show in a process message what we have done?",
            ),
        ),
    ),
    ScenarioKind.NEGATIVE_REVIEW: (
        inject(
            0,
            "Op ZorgkaartNederland verschijnt een beoordeling met een 1: ‘Onbeschoft behandeld,"
            " niemand luisterde en we hebben twee uur gewacht zonder uitleg.’ De schrijver is"
            " anoniem.",
            "A review scoring 1 appears on ZorgkaartNederland: ‘Treated rudely, nobody listened"
            " and we waited two hours without explanation.’ The writer is anonymous.",
            ("Wie reageert, en binnen welke termijn?", "Who responds, and within what time?"),
            (
                "Hoe reageren we zonder te bevestigen dat de schrijver bij ons in zorg is"
                " (beroepsgeheim)?",
                "How do we respond without confirming that the writer is in our care"
                " (professional secrecy)?",
            ),
            (
                "Hoe nodigen we de schrijver uit voor een gesprek, of verwijzen we naar de"
                " klachtenfunctionaris?",
                "How do we invite the writer to talk, or refer them to the complaints officer?",
            ),
        ),
        inject(
            20,
            "Op Google verschijnen twee nieuwe beoordelingen met dezelfde strekking, en iemand"
            " deelt een schermafbeelding van de eerste in een lokale Facebookgroep.",
            "Two new reviews to the same effect appear on Google, and someone shares a"
            " screenshot of the first in a local Facebook group.",
            (
                "Is dit nog een losse klacht, of een patroon? Wie zoekt dat uit?",
                "Is this still a single complaint, or a pattern? Who finds out?",
            ),
            (
                "Reageren we op elke beoordeling apart, en persoonlijk of met één tekst?",
                "Do we answer each review separately, and in person or with one text?",
            ),
            (
                "Wie informeren we intern (teamleider, klachtenfunctionaris)?",
                "Whom do we inform inside (team leader, complaints officer)?",
            ),
        ),
        inject(
            60,
            "De schrijver reageert op ons antwoord: ‘Mooie woorden, maar niemand heeft me"
            " gebeld.’ Een medewerker wil vanaf haar eigen account reageren om het team te"
            " verdedigen.",
            "The writer replies to our answer: ‘Nice words, but nobody called me.’ A staff"
            " member wants to reply from her own account to defend the team.",
            (
                "Wie belt de schrijver nu echt, en wat bieden we aan?",
                "Who actually calls the writer now, and what do we offer?",
            ),
            (
                "Wat zeggen we tegen de medewerker die wil reageren?",
                "What do we tell the staff member who wants to reply?",
            ),
            (
                "Vragen we de site de beoordeling te verwijderen? Dat kan alleen als die de"
                " regels van de site schendt: wie beoordeelt dat?",
                "Do we ask the site to remove the review? Only possible if it breaks the site's"
                " rules: who judges that?",
            ),
        ),
    ),
    ScenarioKind.MISINFORMATION: (
        inject(
            0,
            "In een WhatsApp-groep van naasten en in een Facebookgroep gaat het bericht rond dat"
            " {organisation} ‘volgende maand de locatie sluit en alle {clients} moeten"
            " verhuizen’. Het klopt niet.",
            "A WhatsApp group of relatives and a Facebook group pass on the message that"
            " {organisation} ‘closes the location next month and all {clients} must move’. It"
            " is not true.",
            (
                "Wie stelt vast wat de feiten zijn, en hoe snel?",
                "Who establishes the facts, and how fast?",
            ),
            (
                "Zetten we de feiten online recht, en waar: op ons eigen kanaal of onder het"
                " bericht?",
                "Do we correct the facts online, and where: on our own channel or below the post?",
            ),
            ("Wie leidt?", "Who leads?"),
        ),
        inject(
            20,
            "Het bericht is 300 keer gedeeld. Ongeruste naasten bellen de locatie; de receptie"
            " weet niet wat zij moet zeggen.",
            "The post has been shared 300 times. Worried relatives call the location; reception"
            " does not know what to say.",
            (
                "Welke tekst krijgen de receptie en het team nu mee?",
                "What text do reception and the team get now?",
            ),
            (
                "Wie informeren we rechtstreeks: {clients}, naasten, de medezeggenschap?",
                "Whom do we inform directly: {clients}, relatives, client and staff councils?",
            ),
            (
                "Wat zeggen we níét (niets over plannen waarover nog niet besloten is)?",
                "What do we NOT say (nothing about plans not yet decided)?",
            ),
        ),
        inject(
            60,
            "Een gemeenteraadslid stelt er online vragen over en tagt de wethouder. Een lokale"
            " nieuwssite neemt het gerucht over zonder ons te bellen.",
            "A local councillor asks questions about it online and tags the alderman. A local"
            " news site repeats the rumour without calling us.",
            (
                "Vragen we de nieuwssite om een correctie? Wie doet dat?",
                "Do we ask the news site for a correction? Who does that?",
            ),
            (
                "Wie informeert de gemeente als financier?",
                "Who informs the municipality as a funder?",
            ),
            (
                "Hoe en wanneer sluiten we af met een procesbericht?",
                "How and when do we close with a process message?",
            ),
        ),
    ),
    ScenarioKind.OTHER: (
        inject(
            0,
            "Iemand plaatst op sociale media een ernstige beschuldiging aan het adres van"
            " {organisation}. Wat er waar is, weet nog niemand.",
            "Someone posts a serious accusation against {organisation} on social media. Nobody"
            " knows yet what is true.",
            (
                "Wie zoekt uit wat er aan de hand is, en hoe snel?",
                "Who finds out what is going on, and how fast?",
            ),
            (
                "Welk niveau is dit: klacht, issue, incident, calamiteit of crisis?",
                "Which level is this: complaint, issue, incident, calamity or crisis?",
            ),
            ("Wie leidt?", "Who leads?"),
        ),
        inject(
            20,
            "Het bericht is 300 keer gedeeld en een journalist belt.",
            "The post has been shared 300 times and a journalist calls.",
            (
                "Wat is onze eerste reactie, en wie keurt die goed?",
                "What is our holding statement, and who approves it?",
            ),
            (
                "Wie informeren we intern, tegelijk met de buitenwereld?",
                "Whom do we inform inside, at the same time as outside?",
            ),
            ("Wat zeggen we níét?", "What do we NOT say?"),
        ),
        inject(
            60,
            "Een naaste plaatst een foto die het verhaal lijkt te bevestigen; medewerkers krijgen"
            " vragen van familie en buren.",
            "A relative posts a photo that seems to confirm the story; staff get questions from"
            " families and neighbours.",
            (
                "Hoe gaan we om met de foto (privacy, toestemming)?",
                "How do we deal with the photo (privacy, consent)?",
            ),
            (
                "Wat krijgen medewerkers mee als ze vragen krijgen?",
                "What do staff get to say when they are asked?",
            ),
            (
                "Wanneer sturen we een procesbericht, en waar?",
                "When do we send a process message, and where?",
            ),
        ),
    ),
}
