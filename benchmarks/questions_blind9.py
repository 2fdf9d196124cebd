"""Ninth blind set: written from the routine and the list of FAQ entries only, by someone who saw
neither the content file, the search code nor any other question set. Never used to tune anything.
"""

from __future__ import annotations

DECLINE = "decline"

BLIND9: list[tuple[str, str]] = [
    ("vad är en behörighetsroll egentligen? det står överallt i rutinen", "access_role_what"),
    ("vilken roll får VEC i heroma", "role_for_manager"),
    (
        "Hej! Jag tillträder som verksamhetschef efter sommaren. Vilken behörighetsroll är det "
        "som gäller för mig i Heroma?",
        "role_for_manager",
    ),
    (
        "Which Heroma role does a first line manager like a läkarchef get at SÄS?",
        "role_for_manager",
    ),
    ("roll för stödfunktion?", "role_for_support"),
    (
        "Jag är medicinsk sekreterare och ska hjälpa min chef med heromahanteringen, vilken "
        "behörighet blir det för mig?",
        "role_for_support",
    ),
    ("what access role do admin support staff get in heroma?", "role_for_support"),
    ("vad gör en heromarapportör", "heroma_reporter_what"),
    ("vad betyder heromarapprotör", "heroma_reporter_what"),
    (
        "Jag har haft chefsbehörighet i Heroma i flera år, påverkas den av de nya reglerna som "
        "gäller från mars?",
        "existing_roles",
    ),
    ("måste vi söka om alla befintliga behörigheter nu när rutinen ändrats", "existing_roles"),
    ("vilka utb krävs för chefsbehörighet", "courses_required"),
    (
        "Hej, vår nya assistent ska bli Heromarapportör. Vilka kurser måste hon ha gått?",
        "courses_required",
    ),
    ("Which courses are mandatory for the manager role in Heroma?", "courses_required"),
    (
        "kan jag skicka in blanketten fast hon inte gjort klart utbildningarna än?",
        "courses_before_form",
    ),
    (
        "Does my new deputy have to finish the training before I send in the form?",
        "courses_before_form",
    ),
    ("finns det nån lathund eller utbildningsmaterial för heroma nånstans?", "training_material"),
    ("var på ls hemsida ligger utbildningsbokningen", "training_material"),
    ("hur funkar det att söka heroma behörihet", "how_to_apply"),
    (
        "Hej! Jag är ny som enhetschef sedan en vecka och har ingen tillgång till Heroma alls. "
        "Hur går jag tillväga för att få access?",
        "how_to_apply",
    ),
    ("behöver fixa inlogg i heroma åt en ny adminstratör, vad är stegen?", "how_to_apply"),
    (
        "Hi, I'm a nurse manager who just started in the region. What's the process to get access"
        " to Heroma?",
        "how_to_apply",
    ),
    ("Vem ska söka behörigheten, chefen eller den nya medarbetaren själv?", "who_applies"),
    (
        "ska vår nya läkarchef söka sin heromabehörighet själv el är det hans chef som gör det?",
        "who_applies",
    ),
    (
        "Who is responsible for requesting Heroma access for a new team assistant, me as manager "
        "or the assistant?",
        "who_applies",
    ),
    ("hur anmäler jag mig till heroma introduktion i lärportalen?", "enrol_learning_portal"),
    ("hittar inte heromakursen i larportalen, vad ska man söka på", "enrol_learning_portal"),
    ("How do I sign up for the Heroma course in Lärportalen?", "enrol_learning_portal"),
    (
        "Kan jag som chef anmäla min nya biträdande enhetschef till Heromautbildningen, eller "
        "måste hon göra det själv?",
        "who_enrols",
    ),
    ("får chefen anmäla dom nya till kursen eller måste dom göra det själva?", "who_enrols"),
    ("var hittar jag blanketten för heromabehörighet", "form_where"),
    (
        "Letar efter ansökningspappret för behörighet på Löneservice sida men hittar det inte, "
        "var ligger det?",
        "form_where",
    ),
    ("Where can I download the access form?", "form_where"),
    ("Vem ska skriva under behörighetsblanketten?", "form_who_fills"),
    (
        "kan vår bemanningsassistent fylla i blanketten själv eller ska chefen göra det",
        "form_who_fills",
    ),
    ("vart skickar jag blanketen när den är ifylld", "form_send_to"),
    (
        "Hej! Har fyllt i ansökan om heromabehörighet för en ny sektionschef. Vem ska ha den?",
        "form_send_to",
    ),
    ("mejla blanketten till vem?", "form_send_to"),
    ("I've filled in and signed the access form, who do I email it to?", "form_send_to"),
    ("måste mejlet med blanketten vara krypterat?", "encrypted_mail"),
    ("Can I send the form as a normal email or does it have to be encrypted?", "encrypted_mail"),
    ("bemanningssamordnaren har semester, vart skickar jag blanketten då?", "coordinator_absent"),
    (
        "bem.samordnare är sjuk, vem tar emot behörighetsblanketter under tiden",
        "coordinator_absent",
    ),
    ("vad händer sen när jag skickat in blanketten?", "after_sending"),
    ("Once I've sent the form, what happens next?", "after_sending"),
    (
        "Finns det nåt stöddokument för oss chefer där man ser alla behörigheter samlat?",
        "manager_support_doc",
    ),
    ("hur ändrar man en beh. i heroma", "change_access"),
    (
        "Min administratör har fått nya arbetsuppgifter och behöver andra rättigheter i Heroma. "
        "Hur gör jag?",
        "change_access",
    ),
    ("How do I update an existing Heroma access for one of my staff?", "change_access"),
    ("I vilka lägen behöver behörighetsrollen ändras?", "when_to_change"),
    (
        "Hur avslutar jag behörigheten för en assistent som går i pension nästa månad?",
        "terminate_access",
    ),
    ("hjälp med att ta bort heromabehörighet för en medarbetare som slutat", "terminate_access"),
    (
        "One of my assistants is leaving the hospital, how do I remove her Heroma access?",
        "terminate_access",
    ),
    ("Försvinner behörigheten av sig själv när man slutar sin anställning?", "no_auto_termination"),
    (
        "vår sekreterare slutar i maj, stängs hennes heroma-konto automatiskt då?",
        "no_auto_termination",
    ),
    ("vad menas med chefskoppling", "manager_link_what"),
    ("What is a 'chefskoppling'?", "manager_link_what"),
    (
        "Vi får en ny enhetschef på ansvaret nästa månad. Hur ser jag till att medarbetarnas "
        "ärenden går till henne i Heroma?",
        "manager_link_change",
    ),
    ("byte av chef på ansvar - vad ska göras i heroma?", "manager_link_change"),
    (
        "Jag är VC och en av mina EC är föräldraledig i ett år, en annan chef tar över chefskapet"
        " för ansvaret. Vad behöver jag göra i Heroma?",
        "manager_link_change",
    ),
    ("vem är kontaktperson för heroma i vårt VO?", "area_contact_person"),
    (
        "Jag sitter i PA-teamet. Vem är det som koordinerar Heroma-delarna för verksamhetsområdet?",
        "area_contact_person",
    ),
    ("vad är underlag heromahantering", "follow_up_list"),
    (
        "Det står att nåt underlag ska uppdateras i VO vid förändringar, vad är det för dokument "
        "typ?",
        "follow_up_list",
    ),
    ("vem kan jag fråga om behörigheter", "who_to_ask"),
    (
        "Har en fråga om heromarättigheter som jag inte hittar svar på, vem vänder jag mig till?",
        "who_to_ask",
    ),
    ("vad är bemanningssamordnarens roll?", "staffing_coordinator_role"),
    ("vad är löneservice specialistsupport för nåt?", "payroll_service_role"),
    ("vad är heroma", "heroma_what"),
    ("New doctor here, what is Heroma actually used for?", "heroma_what"),
    ("vad är kom&gå för nåt", "kom_o_ga_what"),
    ("Vad är Heroma självservice och vad gör man där?", "self_service_what"),
    ("är rutinen aktuell? till när gäller den", "document_version"),
    ("gäller den här rutinen hela VGR eller bara SÄS?", "document_scope"),
    ("vem ager rutinen", "document_owner"),
    (
        "hur lång tid tar det innan behörigheten är aktiverad efter att jag skickat blanketten?",
        DECLINE,
    ),
    ("How long does the Heroma för chefer course take to complete?", DECLINE),
    ("I forgot my Heroma password, how do I reset it?", DECLINE),
    ("hur attesterar jag övertid i heroma", DECLINE),
    ("Hur lägger mina medarbetare in en semesteransökan i självservice, steg för steg?", DECLINE),
    ("behöver behörighet till Medinet för schemaläggning, hur söker jag det?", DECLINE),
    ("när kommer lönen ut den här månaden", DECLINE),
    ("How do I actually send an encrypted email in Outlook?", DECLINE),
    ("måste man ha separat behörighet för Kom o Gå?", DECLINE),
    ("En medarbetare har glömt stämpla ut i kom o gå igår, hur rättar jag det?", DECLINE),
    ("Where can staff park at the hospital?", DECLINE),
    ("hur beställer jag SITHS-kort till en nyanställd", DECLINE),
    ("hur sjukanmäler jag en medarbetare i heroma", DECLINE),
    ("What's the phone number to Löneservice support?", DECLINE),
    ("Hur gör jag lönerevisionen för mina medarbetare i Heroma?", DECLINE),
    ("Kan man logga in i Heroma hemifrån utan VPN?", DECLINE),
    ("hur lägger jag in en ny anställning i heroma", DECLINE),
    ("vad kostar en heromabehörighet för verksamheten, belastar det vårt ansvar?", DECLINE),
    ("Hur ändrar jag kontonummer för min löneutbetalning?", DECLINE),
    ("kan jag ta ut en rapport över sjukfrånvaron på min enhet i heroma?", DECLINE),
    ("vad blir det för lunch i personalmatsalen idag", DECLINE),
    ("funkar Heroma i mobilen, finns det nån app?", DECLINE),
    ("hur lägger jag schema för nästa period i heroma", DECLINE),
    ("behöver heromautbildningen förnyas efter ett par år?", DECLINE),
    ("Hur många semesterdagar har jag kvar?", DECLINE),
]
