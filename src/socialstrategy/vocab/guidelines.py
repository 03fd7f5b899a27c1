"""Topics of an employee social media guideline.

The list follows the topics that recur across care guidelines (KNMG, V&VN, NHS
Employers, Mayo Clinic, Dutch hospital and youth-care house rules); see DOMAIN.md.
"""

from __future__ import annotations

from socialstrategy.vocab._term import Term


class GuidelineTopic(Term):
    EXISTING_CODES = (
        "existing_codes",
        "Bestaande gedragscodes gelden ook online",
        "Existing codes apply online",
    )
    CONFIDENTIALITY = (
        "confidentiality",
        "Beroepsgeheim en privacy",
        "Professional secrecy and privacy",
    )
    CONSENT = ("consent", "Toestemming voor foto's en video", "Consent for photos and video")
    CLIENT_CONTACT = (
        "client_contact",
        "Contactverzoeken van cliënten",
        "Contact requests from clients",
    )
    PRIVATE_PROFESSIONAL = (
        "private_professional",
        "Privé en zakelijk gescheiden",
        "Private and professional accounts",
    )
    PERMANENCE = ("permanence", "Bereik en blijvendheid", "Reach and permanence")
    RESPECT = (
        "respect",
        "Respect voor cliënten en collega's",
        "Respect for clients and colleagues",
    )
    PRIVACY_SETTINGS = (
        "privacy_settings",
        "Privacyinstellingen en eigen online aanwezigheid",
        "Privacy settings and own online presence",
    )
    REPORTING = ("reporting", "Melden wat misgaat", "Reporting what goes wrong")
    WORK_TIME = ("work_time", "Werktijd en apparaten", "Work time and devices")
    SPEAKING_FOR_ORGANISATION = (
        "speaking_for_organisation",
        "Spreken namens de organisatie",
        "Speaking on behalf of the organisation",
    )
    CONFLICTS_OF_INTEREST = (
        "conflicts_of_interest",
        "Belangenverstrengeling en aanbevelingen",
        "Conflicts of interest and endorsements",
    )
    CONSEQUENCES = ("consequences", "Gevolgen bij overtreding", "Consequences of breaches")
    MESSAGING_CLIENTS = (
        "messaging_clients",
        "Contact met cliënten via WhatsApp en DM",
        "Messaging clients over WhatsApp and DM",
    )
    OWN_NAME = (
        "own_name",
        "Publiceren onder eigen naam als zorgprofessional",
        "Publishing under your own name as a care professional",
    )


#: The topics an employee guideline in care must cover at the least.
CORE_TOPICS: tuple[GuidelineTopic, ...] = (
    GuidelineTopic.CONFIDENTIALITY,
    GuidelineTopic.CONSENT,
    GuidelineTopic.PRIVATE_PROFESSIONAL,
    GuidelineTopic.CLIENT_CONTACT,
    GuidelineTopic.SPEAKING_FOR_ORGANISATION,
    GuidelineTopic.REPORTING,
)
