"""The words of the made-up municipality: names, departments, accounts and notes.

Everything here is invented for :mod:`assistant.demo.build`; no name belongs to a
real person. The texts are in Swedish because that is what a municipality's
officers would write in their log.
"""

from __future__ import annotations

import unicodedata

MUNICIPALITY = "Lidingö"
MAIL_DOMAIN = "lidingo.se"

FIRST_NAMES = (
    "Åsa", "Anders", "Agneta", "Björn", "Birgitta", "Cecilia", "Daniel", "Ebba", "Elin",
    "Erik", "Fredrik", "Gunilla", "Göran", "Hanna", "Håkan", "Ingrid", "Jonas", "Johan",
    "Karin", "Kerstin", "Lars", "Linnéa", "Magnus", "Maria", "Mats", "Nils", "Örjan",
    "Olof", "Pernilla", "Per", "Ragnhild", "Sara", "Sören", "Stina", "Thomas", "Tove",
    "Ulla", "Viktor", "Åke", "Ylva", "Zeynep", "Amir", "Leyla", "Mikael", "Jörgen",
    "Märta", "Sofia", "Alva", "Oskar", "Hugo", "Astrid", "Ali", "Lejla", "Emil", "Ida",
    "Malin", "Rasmus", "Annika", "Kjell", "Gösta",
)  # fmt: skip

SURNAMES = (
    "Öberg", "Åkesson", "Ek", "Lindqvist", "Söderström", "Björk", "Nyström", "Håkansson",
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
    "Persson", "Svensson", "Gustafsson", "Pettersson", "Jönsson", "Löfgren", "Strömberg",
    "Sjöberg", "Åberg", "Bäckström", "Hägglund", "Öhman", "Wikström", "Forsberg",
    "Sandström", "Lundgren", "Berg", "Holm", "Engström", "Dahl", "Sundqvist", "Ahmadi",
    "Yilmaz", "Haddad", "Korhonen", "Nordin", "Ekström", "Blom", "Åström", "Fält",
    "Mäkinen", "Grönlund", "Lindén", "Boström", "Hedlund",
)  # fmt: skip

DEPARTMENTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "Kommunledningsförvaltningen",
        (
            "Lidingö stad",
            "Lidingö stad – jobb",
            "Näringsliv Lidingö",
            "Lidingö stad – krisinformation",
            "Kontaktcenter Lidingö",
            "Lidingö stad – nyheter",
        ),
    ),
    (
        "Kultur- och fritidsförvaltningen",
        (
            "Lidingö bibliotek",
            "Kulturskolan",
            "Millesgården",
            "Simhallen",
            "Fritidsgården Källan",
            "Lidingö konsthall",
            "Grönsta idrottsplats",
            "Lidingö ungdomsråd",
        ),
    ),
    (
        "Socialförvaltningen",
        (
            "Familjecentralen",
            "Ungdomsmottagningen",
            "Fältgruppen",
            "Anhörigstöd Lidingö",
            "Äldreomsorgen",
            "Träffpunkt Torsvik",
        ),
    ),
    (
        "Stadsbyggnadsförvaltningen",
        (
            "Stadsbyggnad Lidingö",
            "Bygglov Lidingö",
            "Lidingö hamnar",
            "Parker och natur",
            "Centrumutvecklingen",
            "Lilla Lidingöbron",
        ),
    ),
    (
        "Utbildningsförvaltningen",
        (
            "Lidingö gymnasium",
            "Förskolorna i Lidingö",
            "Käppalaskolan",
            "Ekholmsnässkolan",
            "Skolmat Lidingö",
            "Lidingö vuxenutbildning",
        ),
    ),
    (
        "Miljö- och hälsoskyddsförvaltningen",
        (
            "Miljö och hälsa Lidingö",
            "Klimatsmarta Lidingö",
            "Lidingös naturreservat",
            "Livsmedelskontrollen",
            "Återbruket",
        ),
    ),
    (
        "Tekniska förvaltningen",
        (
            "Räddningstjänsten",
            "Vatten och avlopp",
            "Trafik och gator",
            "Snöröjningen",
            "Avfall och återvinning",
        ),
    ),
    (
        "Arbetsmarknadsförvaltningen",
        (
            "Jobbtorget",
            "Sommarjobb Lidingö",
            "Feriepraktik",
            "Integration Lidingö",
        ),
    ),
)
"""Each department (förvaltning) with the accounts it runs, the first one first."""

PLATFORM_WEIGHTS = {
    "facebook": 30,
    "instagram": 25,
    "x": 8,
    "youtube": 8,
    "linkedin": 8,
    "tiktok": 6,
    "flickr": 3,
    "blog": 5,
    "other": 0,
}
"""How common each of the pack's platforms is; a platform not named here weighs 1."""

ADDRESSES = {
    "facebook": "https://www.facebook.com/{slug}",
    "instagram": "https://www.instagram.com/{slug}",
    "x": "https://x.com/{slug}",
    "youtube": "https://www.youtube.com/@{slug}",
    "linkedin": "https://www.linkedin.com/company/{slug}",
    "tiktok": "https://www.tiktok.com/@{slug}",
    "flickr": "https://www.flickr.com/photos/{slug}",
    "blog": "https://blogg.lidingo.se/{slug}",
}
OTHER_ADDRESS = "https://lidingo.se/konton/{slug}"

CHECK_NOTES = (
    "Lugnt idag.",
    "Många frågor om sophämtningen efter stormen.",
    "Svarade på frågor om öppettiderna i påsk.",
    "Klagomål om snöröjningen vidarebefordrat till tekniska förvaltningen.",
    "Dolde tre spamkommentarer.",
    "Fråga om bygglov hänvisad till bygglovsenheten.",
    "Direktmeddelande med personuppgifter skickat till registrator.",
    "Positiva kommentarer om sommarlovsaktiviteterna.",
    "Fråga om skolval; svar från utbildningsförvaltningen kommer i morgon.",
    "Tråd om parkeringen vid centrum växer; chefen informerad.",
    "Inga nya kommentarer sedan i går.",
    "Svarade på fråga om badtemperaturen.",
    "En kommentar väntar på svar från miljöinspektören.",
    "Tipsade om evenemangskalendern i flera svar.",
)

HANDOVER_NOTES = (
    "Två ärenden väntar på svar från bygglov.",
    "Inget särskilt; svara gärna på frågorna om öppettider.",
    "En fråga om förskoleplats väntar på svar från handläggaren.",
    "Kampanjen om sommarjobb publiceras automatiskt på måndag.",
    "Håll ett öga på tråden om parkeringen vid centrum.",
    "Registrator har fått två direktmeddelanden; inga svar behövs.",
    "Lösenordet finns i lösenordshanteraren under ”Sociala medier”.",
    "Gallringen är gjord; nästa görs efter att jag kommit tillbaka.",
    "Svara inte på frågor om upphandlingen; hänvisa till pressjouren.",
    "Ett klagomål om skolmaten är vidarebefordrat; följ upp om det kommer fler.",
)

SICK_HANDOVER_NOTES = (
    "Sjuk idag; inget som brådskar.",
    "Vabbar; ta dagens kontroll.",
    "Sjukskriven resten av veckan, ingen överlämning hann göras.",
)

REMOVAL_POSTS: dict[str, tuple[str, ...]] = {
    "defamation": (
        "Påstår att en namngiven rektor förskingrar skolans pengar.",
        "Kallar en handläggare på bygglov för lögnare och bedragare med namn.",
    ),
    "hate_speech_harassment": (
        "Kommentar med nedsättande omdömen om en folkgrupp (se skärmbilden).",
        "Upprepade sexistiska kommentarer till en anställd (se skärmbilden).",
    ),
    "violence_pornography": (
        "Länk till en våldsskildring (se skärmbilden).",
        "Pornografisk bild i en kommentar (se skärmbilden).",
    ),
    "incitement_to_crime": (
        "Uppmaning att klottra på den nya lekplatsen i helgen.",
        "Uppmaning att stjäla cyklar vid pendelstationen.",
    ),
    "copyright": (
        "Uppladdat klipp från ett tv-program utan tillstånd.",
        "Fotografi kopierat från en fotografs webbplats utan tillstånd.",
    ),
    "obscene_language": (
        "Kommentar med svordomar och grova ord om simhallens öppettider.",
        "Grovt språk i en tråd om snöröjningen.",
    ),
    "advertising": (
        "Köp billiga solglasögon här!!! Länk till nätbutik.",
        "Tjäna 5 000 kr om dagen hemifrån – klicka på länken.",
        "Reklam för en privat flyttfirma i varje tråd.",
    ),
    "confidential": (
        "Inlägg med namn och personnummer på en elev som behöver stöd.",
        "Förälder beskriver sitt ärende hos socialtjänsten med barnets namn.",
    ),
    "privacy_violation": (
        "Bild på en granne med adress och uppgifter om hans sjukdom.",
        "Namn och telefonnummer till en privatperson med påstående om skulder.",
    ),
    "presumed_unlawful": (
        "Hot mot en namngiven handläggare på socialförvaltningen.",
        "Uppgifter som ser ut att komma från en sekretessbelagd utredning.",
    ),
}
OTHER_REMOVAL_POST = "Inlägg som bröt mot stadens riktlinjer (se skärmbilden)."

REMOVAL_WEIGHTS = {
    "advertising": 30,
    "obscene_language": 25,
    "defamation": 10,
    "hate_speech_harassment": 8,
    "confidential": 8,
    "privacy_violation": 6,
    "copyright": 5,
    "incitement_to_crime": 3,
    "presumed_unlawful": 3,
    "violence_pornography": 2,
}
"""How often each of the pack's removal grounds comes up; a ground not named here weighs 2."""

CULLING_REMOVED = (
    "{count} kommentarer och inlägg av tillfällig betydelse från perioden.",
    "{count} kommentarer utan betydelse för ärenden; frågor med svar sparade.",
    "{count} inlägg och svar av ringa betydelse enligt gallringsbeslutet.",
    "{count} kommentarer om evenemang som redan ägt rum.",
)

CULLING_NOT_REMOVABLE = (
    "Omdömen på sidan kan inte tas bort av kontot.",
    "Taggningar i andras inlägg ligger kvar; de kan bara tas bort av den som skrev.",
    "Delningar av våra inlägg på andras sidor.",
)
CULLING_NOT_REMOVABLE_NO_REMOVAL = (
    "Andras svar i trådarna går inte att ta bort; vårt svar står kvar."
)

DOCUMENTATION_NOTES = (
    "Halvårsdokumentation: skärmbild av kontots startsida.",
    "Skärmbild av profil och senaste inlägg.",
    "Dokumenterat; profilbild och beskrivning oförändrade.",
    "Skärmbild sparad; ny omslagsbild sedan förra gången.",
)

REVISION_NOTES = (
    "Riktlinjerna genomgångna med alla kontoansvariga; inga ändringar.",
    "Nytt avsnitt om TikTok och om bilder på barn.",
    "Förtydligat vad som skickas till registrator.",
    "Ny rutin för skärmbild före borttagning; mallen för överlämning uppdaterad.",
    "Kontaktlistan till plattformarnas support uppdaterad.",
)


def ascii_slug(text: str) -> str:
    """Lower-case letters and digits only, Å, Ä, Ö and é folded: for addresses and e-mail."""
    folded = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in folded if c.isascii() and c.isalnum())


def email_local_part(name: str) -> str:
    """``Åsa Öberg`` → ``asa.oberg``."""
    return ".".join(ascii_slug(part) for part in name.split())
