"""Tenth blind set: written from the routine and the list of FAQ entries only, by someone who saw
neither the content file, the search code nor any other question set. Never used to tune anything.
"""

from __future__ import annotations

DECLINE = "decline"

BLIND10: list[tuple[str, str]] = [
    ("vad menas med behörighetsroll egentligen?", "access_role_what"),
    ("what's an 'access role' in Heroma, is it basically like a user account?", "access_role_what"),
    (
        "Hej! Jag är ny som vårdenhetschef på SÄS sen förra veckan. Vilken roll i heroma ska jag "
        "ha?",
        "role_for_manager",
    ),
    ("behörighetsroll verksamhetschef?", "role_for_manager"),
    ("I'm starting as läkarchef next month, which role will I get in Heroma?", "role_for_manager"),
    (
        "vilken roll i heroma ska vår admin ha? hon ska vara stöd åt mig med rapporteringen",
        "role_for_support",
    ),
    (
        "What role does a unit assistant get when she'll be working in Heroma as support for the "
        "manager?",
        "role_for_support",
    ),
    ("vad är heromarapportör för nåt", "heroma_reporter_what"),
    (
        "Hej, min chef säger att jag ska bli Heroma-rapportör. Vad innebär det?",
        "heroma_reporter_what",
    ),
    (
        "Jag har haft chefsbehörighet i heroma i flera år, måste jag söka om nu när det nya gäller "
        "från mars 2026?",
        "existing_roles",
    ),
    (
        "do the new role rules from March 2026 mean my current access will be changed?",
        "existing_roles",
    ),
    ("vilka utb behövs för chefsbehörighet", "courses_required"),
    ("Vilka kurser måste en heromarapportör ha gått?", "courses_required"),
    ("Which Heroma courses are mandatory for a nurse manager?", "courses_required"),
    (
        "kan jag skicka in blanketten innan min nya EC har gjort klart utbildningarna eller måste "
        "dom vara klara först?",
        "courses_before_form",
    ),
    ("måste kurserna vara godkända före ansökan skickas", "courses_before_form"),
    ("finns det nån lathund eller utbildningsmaterial för heroma nånstans?", "training_material"),
    ("var på löneservice hemsida ligger utbildningsmaterialet?", "training_material"),
    ("hur söker man behörihet till heroma", "how_to_apply"),
    (
        "Hej! Jag är enhetschef och har en ny biträdande enhetschef som börjar 1/4. Hur går det "
        "till att få heroma-access för henne, vilka steg är det?",
        "how_to_apply",
    ),
    ("How do I get access to Heroma? What's the process?", "how_to_apply"),
    ("behöver fixa heroma inlogg till ny chef, hur gör jag", "how_to_apply"),
    ("vem ansvarar för att ansöka om behörighet åt en ny chef?", "who_applies"),
    (
        "Jag är medicinsk sekreterare och ska bli stöd i heroma, kan jag ansöka om behörigheten "
        "själv?",
        "who_applies",
    ),
    (
        "Whose job is it to request Heroma access for a new support person, HR's or the manager's?",
        "who_applies",
    ),
    ("hur anmäler jag mig till heroma kursen i lärportaln?", "enrol_learning_portal"),
    ("hittar inte heromautbildningen i lärportalen, vad ska man söka på?", "enrol_learning_portal"),
    ("How do I sign up for the Heroma training in Lärportalen?", "enrol_learning_portal"),
    (
        "kan jag som chef anmäla min nya admin till utbildnigen eller måste hon göra det själv?",
        "who_enrols",
    ),
    (
        "Can I register my new deputy manager for the Heroma course myself, or does she have to do "
        "it?",
        "who_enrols",
    ),
    ("var hittar jag behörighetsblanketten", "form_where"),
    (
        "Var ligger blanketten för heromabehörighet på löneservice hemsida? hittar den inte",
        "form_where",
    ),
    ("behörighets papperet, var finns det?", "form_where"),
    ("vem ska skriva under blanketten?", "form_who_fills"),
    (
        "Kan min assistent fylla i behörighetsblanketten åt mig eller måste chefen göra det?",
        "form_who_fills",
    ),
    ("vart skickar man blanketen när den e ifylld", "form_send_to"),
    ("Till vem ska den ifyllda ansökan om heromabehörighet skickas på SÄS?", "form_send_to"),
    ("Filled in the behörighetsblankett, who do I email it to?", "form_send_to"),
    ("måste det vara krypterat mejl eller kan jag skicka vanligt?", "encrypted_mail"),
    (
        "räcker det att maila blanketten som vanligt i outlook eller ska den krypteras",
        "encrypted_mail",
    ),
    ("bem.samordnaren är på semester, vart skickar jag blanketten då?", "coordinator_absent"),
    (
        "Hej! Skulle skicka in en behörighetsblankett men fick autosvar att mottagaren är "
        "frånvarande. Vad gör jag nu?",
        "coordinator_absent",
    ),
    ("vad händer sen när jag har skickat in blanketten?", "after_sending"),
    ("I've sent in the access form, what happens to it next?", "after_sending"),
    (
        "Finns det något stöddokument för chefer med en sammanställning av heromabehörigheterna?",
        "manager_support_doc",
    ),
    (
        "finns det nåt dokument jag som chef kan spara ner på datorn med en översikt av "
        "behörighetsrollerna?",
        "manager_support_doc",
    ),
    ("hur ändrar jag beh. för en medarbetare", "change_access"),
    (
        "Min sekreterare blir bitr. EC i höst och ska gå från rapportör till chefsbehörighet, hur "
        "gör jag ändringen?",
        "change_access",
    ),
    (
        "How do I update the Heroma access for a staff member who is moving to another unit?",
        "change_access",
    ),
    ("när behöver man revidera en behörighetsroll?", "when_to_change"),
    (
        "måste jag göra nåt med behörigheten om min medarbetares uppdrag ändras typ?",
        "when_to_change",
    ),
    ("hur avslutar man en heromabehörighet", "terminate_access"),
    (
        "min admin går i pension i juni, hur tar jag bort hennes rättigheter i heroma?",
        "terminate_access",
    ),
    (
        "hjälp med att stänga av heroma-access för en chef som har slutat, hur gör man?",
        "terminate_access",
    ),
    ("försvinner behörigheten av sig själv när man slutar?", "no_auto_termination"),
    (
        "If someone leaves the region, is their Heroma access removed automatically?",
        "no_auto_termination",
    ),
    ("vad är en chefskoppling?", "manager_link_what"),
    ("Vad betyder det att chefen ska vara kopplad till ansvaret i heroma?", "manager_link_what"),
    (
        "Hej, jag går på föräldraledighet i höst och en annan chef tar över mitt ansvar. Vad "
        "behöver göras i heroma så att ärendena hamnar hos henne istället?",
        "manager_link_change",
    ),
    ("ny chef på ansvraet, hur flyttar jag chefskopplingen", "manager_link_change"),
    (
        "Our unit is getting a new manager, how is the manager link updated in Heroma?",
        "manager_link_change",
    ),
    ("vem är heroma-kontaktperson för vårt verksamhetsområde?", "area_contact_person"),
    ("finns det nån som koordinerar heroma-grejerna i VO:t?", "area_contact_person"),
    ("vad är underlag heromahantering VO och när ska det uppdateras?", "follow_up_list"),
    ("vem kan jag vända mig till med frågor om behörigheter?", "who_to_ask"),
    ("Who can I contact if I have questions about my Heroma permissions?", "who_to_ask"),
    ("vilken roll har bemanningssamordnaren i behörighetsärendena?", "staffing_coordinator_role"),
    ("vad gör ls specialistsupport egentligen?", "payroll_service_role"),
    ("heroma??", "heroma_what"),
    ("Sorry, new here from abroad, what is Heroma actually used for?", "heroma_what"),
    ("kom å gå, vad är det?", "kom_o_ga_what"),
    ("vad kan medarbetarna göra i heroma självservice?", "self_service_what"),
    (
        "vilken version av rutinen är det som gäller och hur länge är den giltig?",
        "document_version",
    ),
    ("gäller den här rutinen för hela VGR eller bara SÄS?", "document_scope"),
    ("vem är innehållsansvarig för behörighetsrutinen?", "document_owner"),
    ("vilken webbläsare funkar bäst för heroma?", DECLINE),
    ("hur lång handläggningstid är det på behörighetsblanketten innan man kan logga in?", DECLINE),
    ("hur skickar man krypterad e-post i outlook, vilken knapp ska jag trycka på?", DECLINE),
    ("hur lägger jag in ett schema i heroma", DECLINE),
    ("hur får man behörighet till medinet?", DECLINE),
    ("lönen blev fel den här månaden, vem rättar det?", DECLINE),
    ("när kommer lönen ut i april", DECLINE),
    ("hur lång tid tar kursen heroma för chefer?", DECLINE),
    ("får man nåt kursintyg efter heroma introduktion", DECLINE),
    ("glömt lösenordet till lärportalen, hjälp", DECLINE),
    ("kan en och samma person ha både chefsroll och rapportörsroll samtidigt?", DECLINE),
    ("hur byter jag bankkonto för lönen", DECLINE),
    ("behöver man siths-kort för att logga in i heroma?", DECLINE),
    ("hur lägger jag upp en ny anställning i heroma för en sommarvikarie?", DECLINE),
    ("hur mycket OB får man på helger", DECLINE),
    ("hur tar jag fram ett tjänstgöringsintyg ur heroma", DECLINE),
    ("vad blir det för lunch i personalmatsalen idag", DECLINE),
    ("var får man parkera vid sjukhuset i borås?", DECLINE),
    ("Hej, hur får jag behörighet till journalsystemet för en nyanställd usk?", DECLINE),
    ("kostar det nåt för enheten att få en heromabehörighet?", DECLINE),
    ("How do I reset my Heroma password?", DECLINE),
    ("Can I log in to Heroma from home without VPN?", DECLINE),
    ("How do I approve my staff's overtime in Heroma as a manager?", DECLINE),
    ("Is there a way to switch Heroma to English?", DECLINE),
    ("What's the weather going to be like in Borås tomorrow?", DECLINE),
]
