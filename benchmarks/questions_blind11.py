"""Eleventh blind set: written from the routine and the list of FAQ entries only, by someone who
saw neither the content file, the search code nor any other question set. Never used to tune
anything.
"""

from __future__ import annotations

DECLINE = "decline"

BLIND11: list[tuple[str, str]] = [
    # --- in scope ---
    ("vad menas egentligen med behörighetsroll?", "access_role_what"),
    ("Varför behöver man en behörighetsroll för att jobba i Heroma?", "access_role_what"),
    (
        "Hej! Börjar som VEC på ortopeden 1 april. Vilken roll i Heroma ska jag ha?",
        "role_for_manager",
    ),
    ("which Heroma role does a first line manager get at SÄS?", "role_for_manager"),
    ("vilken beh. får en verksamhetschef", "role_for_manager"),
    (
        "Vår enhetsadministratör ska stötta mig i Heroma som stödfunktion, vilken roll ska hon ha?",
        "role_for_support",
    ),
    ("roll för stödfunktion?", "role_for_support"),
    ("vad är en heromarapportör för nåt", "heroma_reporter_what"),
    (
        "Jag har haft min behörighet i flera år, måste jag söka om nu när dom nya reglerna kommit?",
        "existing_roles",
    ),
    (
        "Do the new role rules from March 2026 affect people who already have access?",
        "existing_roles",
    ),
    ("vilka utb krävs för chefsbehörighet", "courses_required"),
    ("Vilka kurser måste en heromarapportör ha gjort?", "courses_required"),
    (
        "Which courses do I have to complete before I can get Heroma access?",
        "courses_required",
    ),
    ("kan jag skicka in blanketten nu o gå kurserna sen?", "courses_before_form"),
    (
        "Hej! Min nya EC börjar nästa vecka men hinner inte gå utbildningen "
        "innan. Går det att skicka in papperet ändå så hon har access från dag 1?",
        "courses_before_form",
    ),
    ("letar efter utbildningsmaterial till heroma, var ligger det nånstans?", "training_material"),
    (
        "is there any study material for the Heroma courses somewhere on the Löneservice site?",
        "training_material",
    ),
    ("hur söker man heroma behörihet", "how_to_apply"),
    (
        "Hej! Är ny enhetschef på medicinkliniken sen en vecka och har inget "
        "inlogg till Heroma än. Hur går man till väga för att få det?",
        "how_to_apply",
    ),
    ("How do I get access to Heroma? Just started as a section manager", "how_to_apply"),
    (
        "behöver fixa heromabehörighet till en ny medarbetare, vilka steg är det?",
        "how_to_apply",
    ),
    ("vem ansöker om behörigheten, jag själv eller min chef?", "who_applies"),
    (
        "Jobbar på HR. Är det vi som ska söka Heromabehörighet åt nya chefer "
        "eller är det deras chef som gör det?",
        "who_applies",
    ),
    ("Who is supposed to request Heroma access for a new employee?", "who_applies"),
    ("hur anmäler jag mig till heroma kursen i lärportalen", "enrol_learning_portal"),
    (
        "hittar inte heromautbildningen i lärportaln, vad ska jag söka på?",
        "enrol_learning_portal",
    ),
    ("how do I sign up for the Heroma training?", "enrol_learning_portal"),
    (
        "kan jag som läkarchef anmäla min nya biträdande till utbildningen åt honom?",
        "who_enrols",
    ),
    ("Ska medarbetaren anmäla sig själv till kursen eller gör chefen det?", "who_enrols"),
    ("var ligger blanketten för heroma behörighet", "form_where"),
    (
        "Hej, letar efter papperet man fyller i för att få rättigheter i "
        "Heroma, nån som vet var det finns?",
        "form_where",
    ),
    ("where's the access form? can't find it anywhere", "form_where"),
    ("vem ska skriva under behörighetsblanketen", "form_who_fills"),
    (
        "Kan jag som medicinsk sekreterare fylla i blanketten själv eller måste chefen göra det?",
        "form_who_fills",
    ),
    ("vart skickar man blanketten när den är ifylld?", "form_send_to"),
    ("till vem ska behörighetsansökan mejlas", "form_send_to"),
    ("Who should I email the completed Heroma form to?", "form_send_to"),
    ("måste mejlet med blanketten vara krypterat?", "encrypted_mail"),
    ("can I just send the form as a normal email?", "encrypted_mail"),
    ("bem.samordnaren är på semester, vart skickar jag blanketten då?", "coordinator_absent"),
    (
        "Bemanningssamordnaren har frånvaro hela veckan, vem tar emot "
        "behörighetsblanketter under tiden?",
        "coordinator_absent",
    ),
    ("Vad händer med blanketten efter att jag skickat den?", "after_sending"),
    ("har skickat in papprena, vad händer nu?", "after_sending"),
    (
        "Finns det nåt stöddokument för chefer med alla heromabehörigheter samlade?",
        "manager_support_doc",
    ),
    (
        "finns det en lathund för oss chefer som sammanfattar vilka behörigheter som finns?",
        "manager_support_doc",
    ),
    ("hur gör jag för att ändra en beh. i heroma", "change_access"),
    (
        "Min medarbetare ska gå från rapportör till chef, hur ändrar jag hennes behörighet?",
        "change_access",
    ),
    (
        "need to change the access level for my assistant in Heroma, how do I do that?",
        "change_access",
    ),
    ("i vilka lägen behöver behörigheten uppdateras?", "when_to_change"),
    ("varför är det så viktigt att rollen revideras när nåt förändras?", "when_to_change"),
    ("hur avslutar man en behörighet i heroma", "terminate_access"),
    (
        "Hej! Min administratör går i pension i juni, hur tar jag bort hennes behörighet i Heroma?",
        "terminate_access",
    ),
    ("How do I remove Heroma access for someone who's leaving my unit?", "terminate_access"),
    ("försvinner behörigheten av sig själv när nån slutar?", "no_auto_termination"),
    (
        "Om en chef slutar i regionen, stängs hennes heroma-konto automatiskt eller?",
        "no_auto_termination",
    ),
    ("vad är chefskoppling", "manager_link_what"),
    ("What does 'chefskoppling' mean?", "manager_link_what"),
    (
        "Ny chef på ansvaret från 1/5, vad behöver göras i Heroma så ärendena hamnar rätt?",
        "manager_link_change",
    ),
    (
        "jag tar över som avdelningschef efter en kollega som slutat, hur "
        "blir jag kopplad till ansvaret?",
        "manager_link_change",
    ),
    (
        "We have a new manager on our responsibility unit, what needs to be updated in Heroma?",
        "manager_link_change",
    ),
    ("Vem är heroma-kontaktperson för vårt VO?", "area_contact_person"),
    (
        "finns det nån i verksamhetsområdet som samordnar heromadelarna?",
        "area_contact_person",
    ),
    ("vad är underlag heromahantering VO", "follow_up_list"),
    ("när ska underlag heromahantering uppdateras?", "follow_up_list"),
    ("vem vänder jag mig till med frågor om behörigheter", "who_to_ask"),
    (
        "Hej, jag är sektionschef och helt ny i regionen. Vem kan jag fråga "
        "om allt det här med rättigheter i heroma?",
        "who_to_ask",
    ),
    ("vad har bemanningssamordnaren för roll i det här?", "staffing_coordinator_role"),
    ("vad är ls specialistsupport o vad gör dom?", "payroll_service_role"),
    ("vad är heroma", "heroma_what"),
    (
        "What is Heroma used for? I'm a nurse manager who just moved here from Norway",
        "heroma_what",
    ),
    ("vad är kom o gå", "kom_o_ga_what"),
    ("vad kan man göra i heroma självservice?", "self_service_what"),
    ("Vilken version av rutinen är det här och när går den ut?", "document_version"),
    ("gäller den här rutinen för hela VGR eller bara SÄS?", "document_scope"),
    ("vem äger rutinen om heromabehörigheter", "document_owner"),
    # --- declines ---
    ("I forgot my Heroma password, how do I reset it?", DECLINE),
    ("How do I get access to Kom o Gå as a manager?", DECLINE),
    ("Can I log in to Heroma from home without VPN?", DECLINE),
    ("how do I approve overtime for my staff in Heroma?", DECLINE),
    ("what's the weather like in Borås tomorrow?", DECLINE),
    (
        "hur lång tid tar det innan behörigheten är klar efter att blanketten skickats?",
        DECLINE,
    ),
    ("behöver behörighet i Medinet för schemaläggning, hur söker jag den?", DECLINE),
    ("Hur godkänner jag en semesteransökan som chef?", DECLINE),
    ("när kommer lönen ut den här månaden", DECLINE),
    ("hur många timmar tar kursen heroma för chefer ungefär?", DECLINE),
    ("Kostar heromautbildningen nåt för enheten?", DECLINE),
    ("mitt SITHS-kort funkar inte, kan inte logga in nånstans", DECLINE),
    ("Hur skickar man krypterat mejl i Outlook? Har aldrig gjort det", DECLINE),
    (
        "Finns det nån läsbehörighet i heroma för undersköterskor som gör schemat?",
        DECLINE,
    ),
    ("hur gör jag lönerevision i heroma", DECLINE),
    ("Var registrerar jag sjukfrånvaro för en medarbetare?", DECLINE),
    ("hur byter jag bankkonto för lönen", DECLINE),
    ("hur många semesterdagar har jag kvar", DECLINE),
    ("Hur lägger jag in ett nytt grundschema för avdelningen i Heroma?", DECLINE),
    (
        "Hej, hur ansöker jag om behörighet till journalsystemet för en ny läkare?",
        DECLINE,
    ),
    ("behöver beställa nytt passerkort, vart vänder jag mig?", DECLINE),
    ("vad har jag för uppsägningstid som enhetschef", DECLINE),
    ("hur skriver jag ut min lönespec", DECLINE),
    ("kan du boka ett mötesrum åt mig på torsdag?", DECLINE),
    ("Kan du hjälpa mig skriva ett välkomstmejl till en nyanställd?", DECLINE),
]
