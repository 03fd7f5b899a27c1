"""Channels and what they are used for."""

from __future__ import annotations

from socialstrategy.vocab._term import Term


class ChannelKind(Term):
    FACEBOOK = ("facebook", "Facebook", "Facebook")
    INSTAGRAM = ("instagram", "Instagram", "Instagram")
    LINKEDIN = ("linkedin", "LinkedIn", "LinkedIn")
    X = ("x", "X (Twitter)", "X (Twitter)")
    YOUTUBE = ("youtube", "YouTube", "YouTube")
    TIKTOK = ("tiktok", "TikTok", "TikTok")
    WHATSAPP = ("whatsapp", "WhatsApp", "WhatsApp")
    WEBSITE = ("website", "Website en blog", "Website and blog")
    CLIENT_PORTAL = ("client_portal", "Cliëntportaal", "Client portal")
    VIDEO_CALLING = ("video_calling", "Beeldbellen", "Video calling")
    #: Review sites the organisation cannot close (people review it whether it takes part
    #: or not): claimed, watched and answered, never stopped.
    RATING_SITE = (
        "rating_site",
        "Beoordelingssite (Google, ZorgkaartNederland, Independer)",
        "Review site (Google, ZorgkaartNederland, Independer)",
    )
    INTRANET = ("intranet", "Intranet", "Intranet")
    NEWSLETTER = ("newsletter", "E-mailnieuwsbrief", "Email newsletter")
    OTHER = ("other", "Anders", "Other")


class Purpose(Term):
    PROFILING = ("profiling", "Profilering met content", "Profiling with content")
    DIALOGUE = ("dialogue", "Dialoog", "Dialogue")
    ONLINE_CARE = ("online_care", "Online hulpverlening", "Online care")
    WEBCARE = ("webcare", "Webcare en klachten", "Webcare and complaints")
    RECRUITMENT = ("recruitment", "Werving", "Recruitment")
    KNOWLEDGE = ("knowledge", "Kennis delen", "Sharing knowledge")
    INTERNAL = ("internal", "Interne communicatie", "Internal communication")
    CRISIS = ("crisis", "Crisiscommunicatie", "Crisis communication")
