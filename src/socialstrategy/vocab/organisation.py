"""Who the organisation is: sector, kinds of process, funders, referrers, councils."""

from __future__ import annotations

from socialstrategy.vocab._term import Term


class Sector(Term):
    HOSPITAL = ("hospital", "Ziekenhuis", "Hospital")
    ELDERLY_CARE = ("elderly_care", "Ouderenzorg (VVT)", "Elderly care")
    DISABILITY_CARE = ("disability_care", "Gehandicaptenzorg", "Disability care")
    MENTAL_HEALTH = ("mental_health", "Geestelijke gezondheidszorg (ggz)", "Mental health care")
    YOUTH_CARE = ("youth_care", "Jeugdzorg", "Youth care")
    GP_CARE = ("gp_care", "Huisartsenzorg", "GP care")
    WELFARE = ("welfare", "Welzijnswerk", "Welfare work")
    OTHER = ("other", "Anders", "Other")


class ProcessKind(Term):
    PRIMARY = ("primary", "Primair proces", "Primary process")
    SUPPORTING = ("supporting", "Ondersteunend proces", "Supporting process")


class Funder(Term):
    CARE_OFFICE = ("care_office", "Zorgkantoor (Wlz)", "Care office (Long-term Care Act)")
    MUNICIPALITY_WMO = ("municipality_wmo", "Gemeente (Wmo)", "Municipality (Social Support Act)")
    MUNICIPALITY_YOUTH = ("municipality_youth", "Gemeente (Jeugdwet)", "Municipality (Youth Act)")
    INSURER = ("insurer", "Zorgverzekeraar (Zvw)", "Health insurer (Health Insurance Act)")
    FUNDS = ("funds", "Fondsen en subsidiegevers", "Charitable funds and grant makers")
    OTHER = ("other", "Anders", "Other")


class Referrer(Term):
    GP = ("gp", "Huisarts", "General practitioner")
    NEIGHBOURHOOD_TEAM = ("neighbourhood_team", "Wijkteam", "Neighbourhood team")
    WMO_CONSULTANT = ("wmo_consultant", "Wmo-consulent", "Social support consultant")
    YOUTH_CONSULTANT = ("youth_consultant", "Jeugdconsulent", "Youth consultant")
    SPECIALIST = ("specialist", "Medisch specialist", "Medical specialist")
    CERTIFIED_INSTITUTION = (
        "certified_institution",
        "Gecertificeerde instelling",
        "Certified child protection institution",
    )
    CIZ = ("ciz", "CIZ (indicatiesteller)", "CIZ (care needs assessor)")
    OTHER = ("other", "Anders", "Other")


class ParticipationBody(Term):
    CLIENT_COUNCIL = ("client_council", "Cliëntenraad", "Client council")
    RELATIVES_COUNCIL = ("relatives_council", "Verwantenraad", "Relatives' council")
    YOUTH_COUNCIL = ("youth_council", "Jongerenraad", "Youth council")
    WORKS_COUNCIL = ("works_council", "Ondernemingsraad (OR)", "Works council")
    NURSING_COUNCIL = (
        "nursing_council",
        "Verpleegkundige adviesraad (VAR)",
        "Nursing advisory council",
    )


class AdoptingBody(Term):
    """Who adopts policy such as the guideline: it follows the legal form and size."""

    BOARD_OF_DIRECTORS = ("board_of_directors", "Raad van bestuur", "Board of directors")
    MANAGEMENT = ("management", "Directie", "Management")
    BOARD = ("board", "Bestuur (stichting of vereniging)", "Board (foundation or association)")
    PARTNERS = ("partners", "Maatschap of partners", "The partners")


class StaffRepresentation(Term):
    """Staff participation under the WOR: a works council from 50 staff, a PVT from 10."""

    WORKS_COUNCIL = ("works_council", "Ondernemingsraad (OR)", "Works council")
    STAFF_REPRESENTATIVES = (
        "staff_representatives",
        "Personeelsvertegenwoordiging (PVT)",
        "Staff representative body",
    )
    NONE = ("none", "Geen", "None")


class ClientParticipation(Term):
    """Client participation: a client council where the Wmcz requires one, or another form."""

    CLIENT_COUNCIL = ("client_council", "Cliëntenraad (Wmcz)", "Client council (Wmcz)")
    OTHER_FORM = (
        "other_form",
        "Andere vorm (panel, spreekuur, enquête)",
        "Another form (panel, open hour, survey)",
    )
    NONE = ("none", "Geen", "None")
