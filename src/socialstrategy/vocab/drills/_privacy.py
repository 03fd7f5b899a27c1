"""Exercises where data or images get out: a data leak, a privacy breach, a hacked account."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from socialstrategy.vocab.crisis import ScenarioKind
from socialstrategy.vocab.drills._inject import inject

if TYPE_CHECKING:
    from socialstrategy.vocab.drills._inject import Inject

EXERCISES: Final[dict[ScenarioKind, tuple[Inject, Inject, Inject]]] = {
    ScenarioKind.DATA_LEAK: (
        inject(
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
        inject(
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
        inject(
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
        inject(
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
        inject(
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
        inject(
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
    ScenarioKind.ACCOUNT_HACKED: (
        inject(
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
        inject(
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
        inject(
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
}
