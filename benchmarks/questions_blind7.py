"""Seventh blind set: written from the routine and the list of FAQ entries only, by someone who saw
neither the content file, the search code nor any other question set. Never used to tune anything.
"""

from __future__ import annotations

DECLINE = "decline"

BLIND7: list[tuple[str, str]] = [
    # --- how_to_apply (4)
    ("hur söker man heroma behörighet", "how_to_apply"),
    (
        "Hej! Jag har en ny enhetschef som börjar hos mig på måndag och hon behöver "
        "komma åt Heroma. Hur går man tillväga, vilka steg är det?",
        "how_to_apply",
    ),
    (
        "Hi, I just started as sektionschef at the hospital. "
        "What's the process for getting access to Heroma?",
        "how_to_apply",
    ),
    ("behöver fixa access till heroma åt vår nya adminstratör, hur gör man??", "how_to_apply"),
    # --- who_applies (3)
    ("vem e det som ska söka behörigheten, jag själv eller min chef?", "who_applies"),
    (
        "Är det HR som beställer heromabehörighet till nyanställda chefer "
        "eller vem ska göra ansökan?",
        "who_applies",
    ),
    ("Who is supposed to request Heroma access for a new team member?", "who_applies"),
    # --- role_for_manager (3)
    ("vilken roll ska en vårdenhetschef ha i heroma", "role_for_manager"),
    (
        "Hejsan, jag är läkarchef sen förra månaden. Vilken behörighetsroll "
        "är det som gäller för mig?",
        "role_for_manager",
    ),
    ("Which Heroma role does a verksamhetschef get?", "role_for_manager"),
    # --- role_for_support (2)
    (
        "vilken beh. ska vår medicinska sekreterare ha? hon ska jobba som stöd i heroma åt mig",
        "role_for_support",
    ),
    ("vad för roll får man om man är stödfunktion och inte chef", "role_for_support"),
    # --- courses_required (3)
    ("vilka utb krävs", "courses_required"),
    ("Hej, vilka kurser måste jag gå för att bli heromarapportör?", "courses_required"),
    (
        "Which courses are mandatory for a manager to get the Heroma role?",
        "courses_required",
    ),
    # --- enrol_learning_portal (3)
    ("hur anmäler jag mig till heromakursen", "enrol_learning_portal"),
    (
        "hittar inte heroma-utbildningen i lärportalen, vad ska man söka på?",
        "enrol_learning_portal",
    ),
    ("How do I sign up for the Heroma course in Lärportalen?", "enrol_learning_portal"),
    # --- who_enrols (2)
    (
        "Kan jag som EC anmäla min nya admin till utbildningen åt henne "
        "eller måste hon göra det själv?",
        "who_enrols",
    ),
    ("vem anmäler till kursen, chefen eller den som ska gå den?", "who_enrols"),
    # --- form_where (3)
    ("var finns blanketten", "form_where"),
    (
        "Letar efter behörighetsblanketten på Löneservice sidor men hittar den inte, "
        "var ligger den nånstans?",
        "form_where",
    ),
    ("where can I download the access form?", "form_where"),
    # --- form_send_to (4)
    ("vart ska blanketen skickas", "form_send_to"),
    ("har fyllt i papperna för heromabehörighet, vem mejlar jag dom till?", "form_send_to"),
    (
        "God morgon! Blanketten är ifylld och underskriven av mig, vart skickar jag den nu?",
        "form_send_to",
    ),
    ("I've filled in the behörighetsblankett - who do I send it to?", "form_send_to"),
    # --- change_access (3)
    ("ändra behörighet", "change_access"),
    (
        "Min assistent ska byta från att vara rapportör på en enhet till en annan. "
        "Hur gör jag för att ändra hennes behörighet?",
        "change_access",
    ),
    ("How do I update someone's Heroma role?", "change_access"),
    # --- terminate_access (3)
    ("ta bort behörighet för nån som slutat, hur?", "terminate_access"),
    (
        "Hur avslutar jag heromabehörigheten för en sekreterare som går i pension i juni?",
        "terminate_access",
    ),
    ("How do I remove Heroma access for a manager who is leaving us?", "terminate_access"),
    # --- manager_link_change (2)
    (
        "Vi får en ny VEC på avdelningen från april. Vad behöver göras i heroma "
        "så att ärendena går till henne istället?",
        "manager_link_change",
    ),
    ("byte av chef på ansvaret, vad gör jag", "manager_link_change"),
    # --- manager_link_what (2)
    ("vad menas med chefskoppling", "manager_link_what"),
    ("What's a chefskoppling and why does it matter?", "manager_link_what"),
    # --- area_contact_person (2)
    (
        "Finns det nån kontaktperson för heroma i vårt verksamhetsområde?",
        "area_contact_person",
    ),
    ("vem koordinerar heroma-grejerna för VO:t", "area_contact_person"),
    # --- who_to_ask (2)
    ("vem kan jag vända mig till med frågor om behörigheter", "who_to_ask"),
    ("Who do I contact if I have questions about Heroma permissions?", "who_to_ask"),
    # --- access_role_what (1)
    ("vad är en behörighetsroll egentligen", "access_role_what"),
    # --- heroma_reporter_what (2)
    ("vad är heromarapportör", "heroma_reporter_what"),
    ("rapportör i heroma, vad innebär det typ?", "heroma_reporter_what"),
    # --- existing_roles (2)
    (
        "Min behörighet är från 2022. Måste jag söka om nu när det nya gäller från mars?",
        "existing_roles",
    ),
    ("påverkas befintliga behörigheter av ändringen 260301", "existing_roles"),
    # --- courses_before_form (2)
    (
        "Kan jag skicka in blanketten redan nu fast hon inte gått klart utbildningen än?",
        "courses_before_form",
    ),
    ("måste kurserna vara avklarade innan ansökan skickas in", "courses_before_form"),
    # --- training_material (2)
    (
        "Var på Löneservice hemsida hittar jag utbildningsmaterialet?",
        "training_material",
    ),
    ("finns det nåt studiematerial till heromautbildningarna nånstans?", "training_material"),
    # --- form_who_fills (2)
    ("vem ska skriva under behörighetsblanketten?", "form_who_fills"),
    (
        "Kan assistenten fylla i blanketten själv eller ska chefen göra det?",
        "form_who_fills",
    ),
    # --- encrypted_mail (2)
    ("måste mejlet vara krypterat?", "encrypted_mail"),
    (
        "räcker det med vanlig e-post när jag skickar behörighetsblanketten?",
        "encrypted_mail",
    ),
    # --- coordinator_absent (2)
    (
        "bemanningssamordnaren är på semester, vart skickar jag blanketten då?",
        "coordinator_absent",
    ),
    (
        "The staffing coordinator is on leave - who do I send the form to instead?",
        "coordinator_absent",
    ),
    # --- after_sending (2)
    ("vad händer sen när jag skickat in blanketten?", "after_sending"),
    ("What happens with the form after I've emailed it?", "after_sending"),
    # --- manager_support_doc (2)
    (
        "Finns det något stöddokument för chefer om heromabehörigheter?",
        "manager_support_doc",
    ),
    (
        "som chef vill jag ha en översikt över behörighetsrollerna, "
        "finns det nåt underlag jag kan spara ner?",
        "manager_support_doc",
    ),
    # --- when_to_change (2)
    ("När måste man uppdatera en behörighetsroll?", "when_to_change"),
    (
        "Behöver jag göra nåt med behörigheten om min medarbetares uppdrag förändras?",
        "when_to_change",
    ),
    # --- no_auto_termination (2)
    ("försvinner behörigheten av sig själv när någon slutar?", "no_auto_termination"),
    (
        "Does Heroma access get switched off automatically when someone quits?",
        "no_auto_termination",
    ),
    # --- follow_up_list (1)
    ("vad är underlag heromahantering - VO?", "follow_up_list"),
    # --- staffing_coordinator_role (2)
    ("vad har bem.samordnare för roll i det här", "staffing_coordinator_role"),
    ("vad är en bemanningssamordnare för nåt", "staffing_coordinator_role"),
    # --- payroll_service_role (1)
    ("Löneservice specialistsupport - vad gör dom?", "payroll_service_role"),
    # --- heroma_what (2)
    ("vad är heroma", "heroma_what"),
    (
        "I'm new in Sweden, what is this Heroma system everyone keeps talking about?",
        "heroma_what",
    ),
    # --- kom_o_ga_what (1)
    ("Kom o gå, vad är det", "kom_o_ga_what"),
    # --- self_service_what (1)
    ("vad är heroma självsevice", "self_service_what"),
    # --- document_version (1)
    ("vilken version är rutinen och hur länge gäller den", "document_version"),
    # --- document_scope (1)
    ("gäller den här rutinen hela VGR eller bara SÄS?", "document_scope"),
    # --- document_owner (1)
    ("vem äger rutinen?", "document_owner"),
    # --- declines (25)
    ("har glömt lösenordet till heroma, hur återställer jag det?", DECLINE),
    ("vilket datum betalas lönen ut den här månaden", DECLINE),
    ("Hur får jag behörighet i Medinet?", DECLINE),
    (
        "Hej, vi har en ny sjuksköterska som behöver komma åt journalsystemet "
        "Millennium, hur beställer jag det?",
        DECLINE,
    ),
    (
        "hur lång tid tar det innan behörigheten är aktiv efter att blanketten skickats?",
        DECLINE,
    ),
    ("hur skickar man krypterat mejl i outlook, vilken knapp?", DECLINE),
    ("kostar heromautbildningen nåt för enheten?", DECLINE),
    ("hur många timmar tar Heroma för chefer ungefär", DECLINE),
    ("hur attesterar jag övertid för mina medarbetare i heroma", DECLINE),
    ("Hur lägger man in ett nytt anställningsavtal i Heroma?", DECLINE),
    ("var beställer jag SITHS-kort till en nyanställd", DECLINE),
    ("hur rättar jag en felaktig stämpling i kom o gå", DECLINE),
    ("vad blir det för lunch i personalmatsalen idag?", DECLINE),
    ("Hur bokar jag ett konferensrum på sjukhuset?", DECLINE),
    ("vilket nummer har IT-servicedesk", DECLINE),
    ("hur skapar man ett nytt ansvar i heroma när en enhet delas", DECLINE),
    ("Hur tar jag ut en rapport över sjukfrånvaron på min enhet?", DECLINE),
    ("hur ändrar jag schemat för en medarbetare i heroma", DECLINE),
    ("har inget konto i lärportalen, hur loggar jag in där första gången?", DECLINE),
    ("How do I submit my travel expenses?", DECLINE),
    ("What does parking cost at the hospital per month?", DECLINE),
    ("Can I use Heroma from home over VPN?", DECLINE),
    ("When is this year's salary review and how much is the raise?", DECLINE),
    ("How many days of annual leave am I entitled to?", DECLINE),
    ("hur mkt friskvårdsbidrag får man per år", DECLINE),
]
