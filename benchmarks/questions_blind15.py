"""Fifteenth blind set: written from the routine and the list of FAQ entries only, by someone who
saw neither the content file, the search code nor any other question set. Never used to tune
anything.
"""

from __future__ import annotations

DECLINE = "decline"

BLIND15: list[tuple[str, str]] = [
    # --- in scope ---
    ("vad menas med behörighetsroll i heroma egentligen?", "access_role_what"),
    ("What does 'behörighetsroll' mean? New here and everyone keeps saying it", "access_role_what"),
    (
        "Hej! Jag blir vårdenhetschef från april, vilken roll i Heroma ska jag ha?",
        "role_for_manager",
    ),
    ("lakarchef - vilken behorighet galler i heroma?", "role_for_manager"),
    ("Which Heroma role does a verksamhetschef get at SÄS?", "role_for_manager"),
    (
        "vi har en administratör som ska hjälpa chefen med heroma, vilken roll ska hen ha?",
        "role_for_support",
    ),
    (
        "Vilken behörighet får en stödfunktion i heroma, typ nån som rapporterar åt chefen",
        "role_for_support",
    ),
    ("vad är en heromarapportör för nåt", "heroma_reporter_what"),
    ("Heromarapportör – vad innebär det? samma sak som admin eller?", "heroma_reporter_what"),
    (
        "Måste vi göra om alla befintliga behörigheter nu när det nya gäller från 1 mars?",
        "existing_roles",
    ),
    (
        "I'm already set up as a manager in Heroma. Will my role be changed with the new rules "
        "from March 2026?",
        "existing_roles",
    ),
    ("vilka kurser behöver jag gå för att få chefsbehörighet", "courses_required"),
    (
        "Vår nya schemaläggare ska bli heromarapportör, vilka utbildningar krävs innan?",
        "courses_required",
    ),
    (
        "kan jag skicka in blanketten redan nu och låta hen gå utbildningen sen?",
        "courses_before_form",
    ),
    (
        "Does the training have to be completed before I send in the access form?",
        "courses_before_form",
    ),
    ("var finns utbildningsmaterialet för heroma? hittar inte", "training_material"),
    (
        "Finns det nåt material/lathundar för heroma för chefer och rapportörer, och var bokar "
        "man utb?",
        "training_material",
    ),
    ("Hur går man tillväga för att få behörighet i heroma?", "how_to_apply"),
    ("ny enhetschef här, hur söker jag heromabehörighet? vilka steg ska göras", "how_to_apply"),
    (
        "How do I get access to Heroma as a new first-line manager? What are the steps?",
        "how_to_apply",
    ),
    ("Kan jag söka behörighet själv eller måste min chef göra det?", "who_applies"),
    ("vem ska ansöka om heromabehörighet för en nyanställd enhetschef, är det hr?", "who_applies"),
    ("hur anmäler jag mig till heromautbildningen i lärportalen", "enrol_learning_portal"),
    ("Hittar inte heromakursen i Lärportalen, vad ska man söka på?", "enrol_learning_portal"),
    (
        "Kan jag som chef anmäla min nya admin till kursen eller måste hen göra det själv?",
        "who_enrols",
    ),
    ("Can I sign up my employee for the Heroma course on their behalf?", "who_enrols"),
    ("var hittar jag blanketten för behörighet", "form_where"),
    ("länk till behörighetsblanketten?? letar på löneservice men hittar den inte", "form_where"),
    ("vem ska skriva under behorighetsblanketten", "form_who_fills"),
    (
        "Who is supposed to fill in the access form, me as the manager or the employee?",
        "form_who_fills",
    ),
    ("vart ska blanketten skickas när den är ifylld?", "form_send_to"),
    (
        "Jag har fyllt i behörighetsblanketten för vår nya läkarchef, vem mejlar jag den till?",
        "form_send_to",
    ),
    ("måste mejlet vara krypterat eller räcker vanlig mail?", "encrypted_mail"),
    ("Does the form need to go by encrypted email or is normal Outlook fine?", "encrypted_mail"),
    ("bemanningssamordnaren är på semester, vart skickar jag blanketten då?", "coordinator_absent"),
    (
        "fick ett autosvar från bemanningssamordnaren att hen är ledig. vad gör jag nu med min "
        "behörighetsblankett",
        "coordinator_absent",
    ),
    ("vad händer med blanketten efter att jag skickat in den?", "after_sending"),
    ("Skickade in blanketten igår. Vad är nästa steg i processen?", "after_sending"),
    (
        "Finns det nån sammanställning över vilka heromabehörigheter som finns, som stöd för oss "
        "chefer?",
        "manager_support_doc",
    ),
    (
        "Is there a support document for managers that sums up the Heroma access roles?",
        "manager_support_doc",
    ),
    (
        "En av mina admins ska få andra arbetsuppgifter, hur ändrar jag behörigheten i Heroma?",
        "change_access",
    ),
    ("hur gör man för att ändra en heromabehörighet", "change_access"),
    ("När måste man uppdatera en behörighetsroll?", "when_to_change"),
    (
        "min medarbetare får ett annat uppdrag internt, behöver behörigheten ses över då eller "
        "ligger den kvar?",
        "when_to_change",
    ),
    ("Hur tar jag bort heromabehörigheten för en som ska sluta?", "terminate_access"),
    ("How do I remove someone's Heroma access?", "terminate_access"),
    (
        "forsvinner behorigheten automatiskt nar nagon slutar sin anstallning?",
        "no_auto_termination",
    ),
    ("Om en chef går i pension, stängs heroma-rollen av av sig själv?", "no_auto_termination"),
    ("Does Heroma access expire automatically when a person leaves?", "no_auto_termination"),
    ("vad är en chefskoppling", "manager_link_what"),
    ("Vad betyder det att chefen ska vara kopplad till ansvaret i heroma?", "manager_link_what"),
    (
        "Vi får ny enhetschef på avd nästa månad, vad måste göras i heroma så att ärendena hamnar "
        "hos rätt chef?",
        "manager_link_change",
    ),
    ("what do I need to do in Heroma when an ansvar gets a new manager?", "manager_link_change"),
    ("vem är heroma-kontaktperson för vårt verksamhetsområde?", "area_contact_person"),
    (
        "finns det nån på VO-nivå som samordnar heromagrejerna, PA-team och sånt?",
        "area_contact_person",
    ),
    ("vad är underlag heromahantering", "follow_up_list"),
    (
        "Vad ska man göra med Underlag Heromahantering – VO, när ska det uppdateras?",
        "follow_up_list",
    ),
    ("vem kan jag vända mig till med frågor om heromabehörigheter?", "who_to_ask"),
    ("Who should I contact if I have questions about Heroma permissions?", "who_to_ask"),
    (
        "vad har bemanningssamordnaren för roll i det här med behörigheter?",
        "staffing_coordinator_role",
    ),
    ("What's the staffing coordinator's job in the access process?", "staffing_coordinator_role"),
    ("vad gör löneservice specialistsupport", "payroll_service_role"),
    (
        "vilken roll har Löneservice specialistsupport när en behörighet ändras?",
        "payroll_service_role",
    ),
    ("vad är heroma för system?", "heroma_what"),
    ("nyanställd ssk, alla pratar om heroma, vad är det?", "heroma_what"),
    ("vad ar kom o ga", "kom_o_ga_what"),
    ("What is Kom o Gå used for?", "kom_o_ga_what"),
    ("vad kan man göra i heroma självservice?", "self_service_what"),
    (
        "vad är självservicen i heroma, är det där man söker ledigt och byter pass?",
        "self_service_what",
    ),
    ("vilken version av behörighetsrutinen gäller nu?", "document_version"),
    ("hur länge gäller rutinen, när ska den revideras nästa gång?", "document_version"),
    ("gäller den här rutinen för hela VGR eller bara SÄS?", "document_scope"),
    ("vilka omfattas av rutinen om heromabehörigheter?", "document_scope"),
    ("vem är innehållsansvarig för rutinen?", "document_owner"),
    ("Who approved this routine?", "document_owner"),
    # --- out of scope ---
    ("När betalas lönen ut i maj?", DECLINE),
    ("hur mycket ob-tillägg får man på helger som usk?", DECLINE),
    ("Glömt lösenordet till VGR-kontot, hur återställer jag det?", DECLINE),
    ("Lönen är fel denna månad, saknas ob. Hur gör jag en reklamation?", DECLINE),
    ("hur många semesterdagar har man rätt till när man fyllt 40?", DECLINE),
    ("Hur attesterar jag tidrapporter i heroma som chef?", DECLINE),
    ("kan jag se kollegornas scheman i Medinet?", DECLINE),
    ("när kommer lönerevisionen i år", DECLINE),
    ("hur registrerar jag sjukfrånvaro för en medarbetare i heroma", DECLINE),
    ("Hur funkar friskvårdsbidraget, hur mycket får man?", DECLINE),
    ("var anmäler jag mig till HLR-utbildningen?", DECLINE),
    ("hej, hur får jag behörighet till journalsystemet? börjar som underläkare på måndag", DECLINE),
    ("Teams-mötet laggar hela tiden, vem ringer jag?", DECLINE),
    ("kan man ta ut föräldraledighet på timmar?", DECLINE),
    ("Hur lång uppsägningstid har jag som sjuksköterska?", DECLINE),
    ("Hur lägger jag upp ett nytt grundschema i heroma för sommaren?", DECLINE),
    ("stämpelklockan funkade inte igår, hur rättar jag min flex?", DECLINE),
    ("behöver en extra skärm till expeditionen, hur beställer jag?", DECLINE),
    ("vi behöver rekrytera en undersköterska, hur lägger jag ut en annons?", DECLINE),
    ("är det jour eller beredskap när man har telefonen hemma?", DECLINE),
    ("Tjänstledighet för studier – hur ansöker man och hur lång framförhållning krävs?", DECLINE),
    ("How do I get a parking permit at the hospital?", DECLINE),
    ("How do I change the bank account my salary is paid to?", DECLINE),
    ("How do I get a SITHS card? Starting as a nurse next week", DECLINE),
    ("What's the deadline for reporting overtime for this month's payroll?", DECLINE),
]
