"""Sixth blind set: written from the routine and the list of FAQ entries only, by someone who saw
neither the content file, the search code nor any other question set. Never used to tune anything.
"""

from __future__ import annotations

DECLINE = "decline"

BLIND6: list[tuple[str, str]] = [
    # --- access_role_what (2)
    ("vad menas med behörighetsroll egentligen?", "access_role_what"),
    ("beh.roll i heroma, vad är det", "access_role_what"),
    # --- role_for_manager (3)
    (
        "Hej! Jag är ny vårdenhetschef sedan förra veckan, vilken roll ska jag ha i Heroma?",
        "role_for_manager",
    ),
    ("vilken behörighet får en verksamhetschef", "role_for_manager"),
    (
        "Which Heroma role do first-line managers like a läkarchef get?",
        "role_for_manager",
    ),
    # --- role_for_support (2)
    (
        "Jag jobbar som administratör och ska hjälpa min chef i Heroma, "
        "vilken roll blir det för mig?",
        "role_for_support",
    ),
    ("roll för stödfunktion?", "role_for_support"),
    # --- heroma_reporter_what (2)
    ("heromarapportör vad är det", "heroma_reporter_what"),
    (
        "My manager said I'm going to be a 'Heromarapportör' - what does that mean?",
        "heroma_reporter_what",
    ),
    # --- existing_roles (2)
    (
        "Måste vi söka om alla behörigheter nu när dom nya reglerna gäller från mars?",
        "existing_roles",
    ),
    ("vi som redan har behörighet, påverkas vi av ändringen 260301?", "existing_roles"),
    # --- courses_required (3)
    ("vilka utb måste man ha gjort för chefsbehörighet", "courses_required"),
    ("Vilka kurser krävs för att bli heromarapportör?", "courses_required"),
    (
        "Which trainings do I have to complete before I can get manager access in Heroma?",
        "courses_required",
    ),
    # --- courses_before_form (2)
    (
        "kan jag skicka in blanketten innan min nya EC gjort klart kurserna "
        "eller måste dom vara klara först?",
        "courses_before_form",
    ),
    ("Måste utbildningen vara godkänd innan ansökan skickas", "courses_before_form"),
    # --- training_material (2)
    (
        "var ligger utbildningsmaterialet för heroma på ls hemsida?",
        "training_material",
    ),
    (
        "finns det nån lathund eller nåt material för att lära sig heroma som chef?",
        "training_material",
    ),
    # --- how_to_apply (4)
    ("hur söker man behörighet i heroma", "how_to_apply"),
    (
        "Hej! Vi har fått en ny enhetschef som börjar 1 april. Hur går vi "
        "tillväga för att hon ska få tillgång till Heroma?",
        "how_to_apply",
    ),
    (
        "How do I get access to Heroma? I just started as a nurse manager here.",
        "how_to_apply",
    ),
    (
        "behöver hjälp med att fixa inlogg till hreoma för en nyanställd "
        "sektionschef, vilka steg är det?",
        "how_to_apply",
    ),
    # --- who_applies (3)
    ("vem ska söka behörigheten, jag själv eller min chef?", "who_applies"),
    ("Är det HR som ansöker om heromabehörighet åt nya chefer?", "who_applies"),
    (
        "Who is supposed to request Heroma access for a new assistant?",
        "who_applies",
    ),
    # --- enrol_learning_portal (3)
    ("hur anmäler jag mig till heroma kursen i lärportalen", "enrol_learning_portal"),
    (
        "hittar inte heromautbildningen i lärportaln, vad ska man söka på?",
        "enrol_learning_portal",
    ),
    ("How do I sign up for the Heroma course in Lärportalen?", "enrol_learning_portal"),
    # --- who_enrols (2)
    (
        "kan jag som chef anmäla min nya admin till kursen eller måste hon göra det själv",
        "who_enrols",
    ),
    ("Får VEC boka in sina medarbetare på heroma-utbildningen?", "who_enrols"),
    # --- form_where (3)
    ("var finns blanketten", "form_where"),
    (
        "Var på Löneservice hemsida ligger ansökningsblanketten för heromabehörighet?",
        "form_where",
    ),
    ("where can I download the access form?", "form_where"),
    # --- form_who_fills (2)
    ("vem ska skriva under behörighetsblanketten?", "form_who_fills"),
    (
        "Kan min assistent fylla i papperet åt mig eller måste chefen göra det?",
        "form_who_fills",
    ),
    # --- form_send_to (3)
    ("vart skickar jag blanketen sen", "form_send_to"),
    (
        "Har fyllt i behörighetsblanketten för min nya sektionschef, vem ska ha den?",
        "form_send_to",
    ),
    ("Who do I email the completed form to?", "form_send_to"),
    # --- encrypted_mail (2)
    ("måste mejlet vara krypterat?", "encrypted_mail"),
    (
        "Can I just send the form as a normal email or does it need to be encrypted?",
        "encrypted_mail",
    ),
    # --- coordinator_absent (2)
    (
        "bem.samordnaren har semester, vart skickar jag blanketten då?",
        "coordinator_absent",
    ),
    (
        "fick ett frånvaromeddelande när jag mejlade blanketten, vem tar emot den istället?",
        "coordinator_absent",
    ),
    # --- after_sending (2)
    ("vad händer med blanketten efter att jag skickat in den", "after_sending"),
    ("Once I've sent in the form, what happens next?", "after_sending"),
    # --- manager_support_doc (2)
    (
        "Finns det nåt dokument för chefer där man ser vilka behörigheter som finns?",
        "manager_support_doc",
    ),
    ("stöddokument behörigheter chef", "manager_support_doc"),
    # --- change_access (3)
    ("hur ändrar man en behörighet", "change_access"),
    (
        "Min administratör ska ta över fler enheter. Hur gör jag för att "
        "ändra hennes rättigheter i Heroma?",
        "change_access",
    ),
    ("How do I update an employee's Heroma role?", "change_access"),
    # --- when_to_change (2)
    ("När måste jag skicka in en ändring av behörigheten?", "when_to_change"),
    (
        "behöver behörighetsrollen ses över om nån byter uppdrag typ?",
        "when_to_change",
    ),
    # --- terminate_access (3)
    ("hur tar jag bort behörigheten för en som slutar", "terminate_access"),
    (
        "Hej, en av mina enhetschefer går i pension i maj. Hur avslutar jag "
        "hennes Heroma-behörighet?",
        "terminate_access",
    ),
    ("How do I remove someone's Heroma access?", "terminate_access"),
    # --- no_auto_termination (2)
    ("försvinner behörigheten av sig själv när man slutar?", "no_auto_termination"),
    (
        "Does the Heroma role end automatically when someone leaves their job?",
        "no_auto_termination",
    ),
    # --- manager_link_what (2)
    ("vad är chefskoppling", "manager_link_what"),
    (
        "Vad betyder det att chefen ska vara kopplad till ansvaret i Heroma?",
        "manager_link_what",
    ),
    # --- manager_link_change (3)
    (
        "vi får ny chef på ansvaret från 1 maj, vad behöver göras i heroma så "
        "ärendena hamnar rätt?",
        "manager_link_change",
    ),
    ("Chefsbyte på ansvar – hur hanteras det?", "manager_link_change"),
    (
        "The ansvar is switching managers - how do I make sure staff cases go "
        "to the new manager in Heroma?",
        "manager_link_change",
    ),
    # --- area_contact_person (2)
    ("vem är heroma-kontaktperson i vårt VO?", "area_contact_person"),
    (
        "finns det nån i verksamhetsområdet som samordnar alla heromafrågor?",
        "area_contact_person",
    ),
    # --- follow_up_list (1)
    ("vad är underlag heromahantering - VO för nåt", "follow_up_list"),
    # --- who_to_ask (2)
    ("vem kan jag fråga om behörigheter", "who_to_ask"),
    ("har frågor om heroma-rättigheter, vem kontaktar jag?", "who_to_ask"),
    # --- staffing_coordinator_role (1)
    ("vad har bemanningssamordnaren för roll i det här?", "staffing_coordinator_role"),
    # --- payroll_service_role (1)
    ("Vad är Löneservice specialistsupport för funktion?", "payroll_service_role"),
    # --- heroma_what (2)
    ("vad är heroma?", "heroma_what"),
    (
        "Sorry, new here from Norway - what is Heroma actually used for?",
        "heroma_what",
    ),
    # --- kom_o_ga_what (1)
    ("vad är kom o gå för nåt, är det där man flexar?", "kom_o_ga_what"),
    # --- self_service_what (1)
    ("vad är självservice i heroma", "self_service_what"),
    # --- document_version (1)
    ("vilken version är rutinen och när går den ut?", "document_version"),
    # --- document_scope (1)
    ("gäller den här rutinen hela VGR eller bara SÄS?", "document_scope"),
    # --- document_owner (1)
    ("vem äger rutinen?", "document_owner"),
    # --- declines (25)
    ("Jag har glömt mitt lösenord till heroma, hur återställer jag det?", DECLINE),
    ("när kommer lönen ut den här månaden", DECLINE),
    (
        "hur lång tid tar det innan behörigheten är aktiverad efter att blanketten skickats?",
        DECLINE,
    ),
    ("hur attesterar jag övertid i heroma", DECLINE),
    ("Hur får jag behörighet till Medinet för schemaläggning?", DECLINE),
    ("hur beställer jag ett VGR-konto till en nyanställd undersköterska", DECLINE),
    ("hur krypterar man ett mejl i outlook?", DECLINE),
    ("finns det nån roll som bara ger läsbehörighet?", DECLINE),
    ("hur lägger man in ett nytt schema för en medarbetare i heroma", DECLINE),
    ("kostar heromautbildningen nåt för enheten?", DECLINE),
    ("hur lång är kursen heroma för chefer, typ hur många timmar?", DECLINE),
    ("vilket nummer ringer jag till löneservice?", DECLINE),
    ("hur gör man en reseräkning", DECLINE),
    ("kan jag logga in i heroma hemifrån utan vpn?", DECLINE),
    ("hur sjukanmäler jag mig", DECLINE),
    (
        "vilka uppgifter om medarbetaren behöver jag ha till hands för att fylla "
        "i blanketten, personnummer?",
        DECLINE,
    ),
    (
        "lärportalen hänger sig när jag gör testet i heroma introduktion, vad gör jag?",
        DECLINE,
    ),
    ("hur lägger jag ut en annons för en ledig tjänst", DECLINE),
    ("vad blir det för mat i personalrestaurangen idag", DECLINE),
    ("kan du skriva ett julhälsningsmejl till min personal", DECLINE),
    ("How do I get access to the electronic patient record system?", DECLINE),
    ("What's the parking situation like at the hospital in Borås?", DECLINE),
    ("Is there a Heroma mobile app I can use on my phone?", DECLINE),
    ("How many vacation days do I have left this year?", DECLINE),
    ("How do I change the bank account my salary is paid into?", DECLINE),
]
