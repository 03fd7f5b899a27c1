"""Table-top exercises per scenario kind: the situation in three injects, and the questions
the team answers at each.

A table-top exercise (*table-top oefening*) runs a scenario on paper against the clock: the
leader reads an inject, the team answers its questions with the plan on the table, and
what the plan did not answer becomes an action. Three injects follow how an incident
online grows in care: a first message, spread and the press, then the people close to it
(relatives, staff, a regulator). No exercise names a real person; ``{client}``,
``{clients}``, ``{records}``, ``{representative}`` and ``{organisation}`` are filled in
with the sector's words and the plan's name (:func:`drill`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

import attrs

from socialstrategy.i18n import Text
from socialstrategy.vocab.crisis import LegalClockKind, ScenarioKind
from socialstrategy.vocab.sector_words import SECTOR_WORDS

if TYPE_CHECKING:
    from socialstrategy.i18n import Language
    from socialstrategy.vocab.organisation import Sector


@attrs.frozen
class Inject:
    """What happens at *minute* of the exercise, and what the team must answer then."""

    minute: int
    situation: Text
    questions: tuple[Text, ...]


@attrs.frozen
class DrillInject:
    """An inject in one language, with the sector's words filled in."""

    minute: int
    situation: str
    questions: tuple[str, ...]

    @property
    def clock(self) -> str:
        """``0:00``, ``0:20``, ``1:00``: the time on the exercise clock."""
        return f"{self.minute // 60}:{self.minute % 60:02d}"


def _i(minute: int, nl: str, en: str, *questions: tuple[str, str]) -> Inject:
    return Inject(minute, Text(nl, en), tuple(Text(q_nl, q_en) for q_nl, q_en in questions))


DRILLS: Final[dict[ScenarioKind, tuple[Inject, Inject, Inject]]] = {
    ScenarioKind.DATA_LEAK: (
        _i(
            0,
            "Een medewerker meldt dat zij per ongeluk een overzicht met namen, adressen en"
            " diagnoses van 40 {clients} naar een verkeerd e-mailadres heeft gestuurd. Wie de"
            " ontvanger is, weet niemand.",
            "A staff member reports that she has sent a list with the names, addresses and"
            " diagnoses of 40 {clients} to a wrong e-mail address. Nobody knows who received it.",
            (
                "Is dit een datalek dat we binnen 72 uur bij de Autoriteit Persoonsgegevens"
                " melden? Wie beslist dat?",
                "Is this a data leak we report to the Dutch Data Protection Authority within"
                " 72 hours? Who decides?",
            ),
            (
                "Wie leidt vanaf nu, en wie belt de functionaris gegevensbescherming?",
                "Who leads from now on, and who calls the data protection officer?",
            ),
            (
                "Wat leggen we nu vast voor de melding (tijdstip, ontvanger, welke gegevens)?",
                "What do we record now for the report (time, recipient, which data)?",
            ),
        ),
        _i(
            20,
            "Op Facebook schrijft iemand: ‘Ik kreeg net een lijst met gegevens van {clients} van"
            " {organisation} in mijn mailbox. Zo gaan ze dus met je privacy om.’ Het bericht is"
            " al 150 keer gedeeld.",
            "On Facebook someone writes: ‘I just got a list with details of {clients} of"
            " {organisation} in my inbox. So that is how they treat your privacy.’ The post"
            " has been shared 150 times already.",
            (
                "Reageren we openbaar? Zo ja, met welke eerste reactie?",
                "Do we respond in public? If so, with which holding statement?",
            ),
            (
                "Hoe vragen we de ontvanger de mail te verwijderen: onder het bericht of privé?",
                "How do we ask the recipient to delete the e-mail: below the post or privately?",
            ),
            (
                "Wat zeggen we níét (wie er op de lijst staan, welke gegevens)?",
                "What do we NOT say (who is on the list, which data)?",
            ),
        ),
        _i(
            60,
            "Een regionale journalist belt de receptie voor een reactie in het artikel van"
            " vanavond. Ook bellen naasten die willen weten of hun familielid op de lijst staat.",
            "A regional journalist calls reception for a comment in tonight's article."
            " Relatives call too, asking whether their family member is on the list.",
            (
                "Wie staat de journalist te woord, en wat is onze kernboodschap?",
                "Who speaks to the journalist, and what is our key message?",
            ),
            (
                "Wie informeert de betrokken {clients} en hun naasten, vóórdat zij het in de"
                " krant lezen?",
                "Who informs the {clients} concerned and their relatives before they read it"
                " in the paper?",
            ),
            (
                "Wie doet de melding bij de AP, en wanneer verloopt de termijn van 72 uur?",
                "Who reports to the DPA, and when do the 72 hours run out?",
            ),
        ),
    ),
    ScenarioKind.PRIVACY_BREACH: (
        _i(
            0,
            "Een medewerker zet na een uitje een groepsfoto op haar eigen Instagram. Drie"
            " {clients} staan er herkenbaar op; voor twee van hen is geen toestemming vastgelegd.",
            "After an outing a staff member posts a group photo on her own Instagram. Three"
            " {clients} can be recognised; for two of them no consent is recorded.",
            (
                "Wie neemt contact op met de medewerker, en met welk verzoek?",
                "Who contacts the staff member, and with what request?",
            ),
            (
                "Waar zoeken we snel na of er toestemming is, en wie doet dat?",
                "Where do we quickly check whether there is consent, and who does that?",
            ),
            ("Wie leidt de afhandeling?", "Who leads the response?"),
        ),
        _i(
            20,
            "De foto is 300 keer gedeeld. Een familielid reageert eronder: ‘Hier heeft niemand"
            " toestemming voor gegeven!’ Anderen vragen om welke locatie het gaat.",
            "The photo has been shared 300 times. A relative comments below it: ‘Nobody"
            " consented to this!’ Others ask which location it is.",
            (
                "Reageren we onder het bericht, of nemen we het gesprek privé? Met welke woorden?",
                "Do we reply below the post, or take the conversation private? In which words?",
            ),
            (
                "Wie belt de {clients} op de foto en {representative}, en wanneer?",
                "Who calls the {clients} in the photo and {representative}, and when?",
            ),
            (
                "Vragen we de functionaris gegevensbescherming te beoordelen of dit een"
                " datalek is?",
                "Do we ask the data protection officer to judge whether this is a data leak?",
            ),
        ),
        _i(
            60,
            "De medewerker heeft de foto verwijderd, maar een schermafbeelding gaat rond in een"
            " Facebookgroep van de wijk. Daar vragen mensen of de {clients} ‘daar wel veilig"
            " zijn’.",
            "The staff member has deleted the photo, but a screenshot circulates in a"
            " neighbourhood Facebook group, where people ask whether the {clients} are ‘safe"
            " there’.",
            (
                "Vragen we de beheerder van de groep de schermafbeelding te verwijderen? Wie doet"
                " dat?",
                "Do we ask the group's administrator to remove the screenshot? Who does that?",
            ),
            (
                "Wat vertellen we de medewerkers, zodat niemand op eigen houtje reageert?",
                "What do we tell staff, so that nobody responds on their own?",
            ),
            (
                "Welke afspraak uit de richtlijn sociale media frissen we op, en wat bespreekt de"
                " leidinggevende met de medewerker?",
                "Which rule of the social media guideline do we go over again, and what does the"
                " manager discuss with the staff member?",
            ),
        ),
    ),
    ScenarioKind.NEGATIVE_VIRAL: (
        _i(
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
        _i(
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
                "Schalen we op? Wie moet het nu weten (bestuur, cliëntenraad, ondernemingsraad)?",
                "Do we escalate? Who must know now (board, client council, works council)?",
            ),
        ),
        _i(
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
        _i(
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
        _i(
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
        _i(
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
    ScenarioKind.EMPLOYEE_MISCONDUCT: (
        _i(
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
        _i(
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
        _i(
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
        _i(
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
        _i(
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
        _i(
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
    ScenarioKind.MISINFORMATION: (
        _i(
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
        _i(
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
                "Wie informeren we rechtstreeks: {clients}, naasten, de cliëntenraad?",
                "Whom do we inform directly: {clients}, relatives, the client council?",
            ),
            (
                "Wat zeggen we níét (niets over plannen waarover nog niet besloten is)?",
                "What do we NOT say (nothing about plans not yet decided)?",
            ),
        ),
        _i(
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
    ScenarioKind.ACCOUNT_HACKED: (
        _i(
            0,
            "Op het Instagram-account van {organisation} verschijnt een ‘gratis iPhone-actie’"
            " met een verdachte link. Niemand van communicatie heeft dit geplaatst.",
            "A ‘free iPhone giveaway’ with a suspicious link appears on the Instagram account"
            " of {organisation}. Nobody in communications posted it.",
            (
                "Wie heeft de inloggegevens, en wie probeert nu de toegang terug te krijgen?",
                "Who holds the login details, and who is trying to regain access now?",
            ),
            (
                "Hoe waarschuwen we volgers niet op de link te klikken, en via welk ander kanaal?",
                "How do we warn followers not to click the link, and on which other channel?",
            ),
            ("Wie leidt?", "Who leads?"),
        ),
        _i(
            20,
            "Het wachtwoord is gewijzigd; we komen er niet meer in. De hacker stuurt"
            " privéberichten naar volgers, onder wie {clients} en naasten.",
            "The password has been changed; we are locked out. The hacker sends private"
            " messages to followers, among them {clients} and relatives.",
            (
                "Kan de hacker privéberichten met gegevens van {clients} lezen? Is dit een"
                " datalek (72 uur)?",
                "Can the hacker read private messages with details of {clients}? Is this a data"
                " leak (72 hours)?",
            ),
            (
                "Wie neemt contact op met het platform, en langs welke weg?",
                "Who contacts the platform, and by which route?",
            ),
            (
                "Welke ingeplande berichten zetten we stil?",
                "Which scheduled posts do we pause?",
            ),
        ),
        _i(
            60,
            "Een naaste meldt dat ze via de link haar bankgegevens heeft ingevuld. Een"
            " medewerker ziet dat ook het Facebook-account aan het gehackte account gekoppeld is.",
            "A relative reports that she entered her bank details through the link. A staff"
            " member sees that the Facebook account is linked to the hacked account as well.",
            (
                "Wie belt de getroffen naaste, en wat bieden we aan?",
                "Who calls the relative affected, and what do we offer?",
            ),
            (
                "Welke accounts zijn nog meer gekoppeld, en wie zet overal tweestapsverificatie"
                " aan?",
                "Which other accounts are linked, and who turns on two-step verification"
                " everywhere?",
            ),
            (
                "Doen we aangifte bij de politie? Wie doet dat?",
                "Do we report it to the police? Who does that?",
            ),
        ),
    ),
    ScenarioKind.THREAT: (
        _i(
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
        _i(
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
        _i(
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
        _i(
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
        _i(
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
        _i(
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
    ScenarioKind.OTHER: (
        _i(
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
        _i(
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
        _i(
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

#: The legal and procedural clocks that may start running in each scenario.
CLOCKS: Final[dict[ScenarioKind, tuple[LegalClockKind, ...]]] = {
    ScenarioKind.DATA_LEAK: (LegalClockKind.DATA_LEAK_AUTHORITY,),
    ScenarioKind.PRIVACY_BREACH: (
        LegalClockKind.DATA_LEAK_AUTHORITY,
        LegalClockKind.COMPLAINTS_OFFICER,
    ),
    ScenarioKind.NEGATIVE_VIRAL: (LegalClockKind.COMPLAINTS_OFFICER,),
    ScenarioKind.NEGATIVE_REVIEW: (
        LegalClockKind.RATING_SITE_RESPONSE,
        LegalClockKind.COMPLAINTS_OFFICER,
    ),
    ScenarioKind.EMPLOYEE_MISCONDUCT: (
        LegalClockKind.COMPLAINTS_OFFICER,
        LegalClockKind.DATA_LEAK_AUTHORITY,
    ),
    ScenarioKind.CALAMITY: (LegalClockKind.CALAMITY_INSPECTORATE,),
    ScenarioKind.MISINFORMATION: (),
    ScenarioKind.ACCOUNT_HACKED: (LegalClockKind.DATA_LEAK_AUTHORITY,),
    ScenarioKind.THREAT: (),
    ScenarioKind.CLIENT_ONLINE_HARM: (),
    ScenarioKind.OTHER: tuple(LegalClockKind),
}

_WE: Final = Text("de organisatie", "the organisation")


def drill(
    kind: ScenarioKind, sector: Sector, organisation: str, language: Language
) -> tuple[DrillInject, ...]:
    """The three injects of *kind*'s exercise in *language*, in the sector's words."""
    words = SECTOR_WORDS[sector]
    fill = {
        "client": words.client.get(language),
        "clients": words.clients.get(language),
        "records": words.records.get(language),
        "representative": words.representatives.get(language),
        "organisation": organisation or _WE.get(language),
    }
    return tuple(
        DrillInject(
            inject.minute,
            inject.situation.get(language).format(**fill),
            tuple(q.get(language).format(**fill) for q in inject.questions),
        )
        for inject in DRILLS[kind]
    )


__all__ = ["CLOCKS", "DRILLS", "DrillInject", "Inject", "drill"]
