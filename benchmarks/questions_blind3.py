"""Third blind set: written from the routine and the list of FAQ entries only, by someone who saw
neither the content file, the search code nor any other question set. Never used to tune anything.
"""

from __future__ import annotations

DECLINE = "decline"

BLIND3: list[tuple[str, str]] = [
    # access_role_what
    ("vad menas med behörighetsroll egentligen? ser ordet överallt i rutinen", "access_role_what"),
    ("What does 'behörighetsroll' actually mean?", "access_role_what"),
    # role_for_manager
    (
        "Hej! jag är ny som vårdenhetschef sen förra veckan, vilken roll ska jag ha i heroma?",
        "role_for_manager",
    ),
    ("vilken beh.roll gäller for verksamhetschef på SÄS", "role_for_manager"),
    ("I'm a first line manager (läkarchef), which role do I get in Heroma?", "role_for_manager"),
    # role_for_support
    (
        "vi har en administratör som ska jobba som stödfunktion åt mig i heroma, "
        "vilken behörighet ska hon ha?",
        "role_for_support",
    ),
    # heroma_reporter_what
    ("heromarapportör, vad är det för nåt?", "heroma_reporter_what"),
    # existing_roles
    (
        "måste vi byta roll på alla som redan har behörighet nu när det ändrats fr.o.m. 1 mars?",
        "existing_roles",
    ),
    (
        "dom som redan har behörighet sen innan, behöver dom söka om nu med nya reglerna?",
        "existing_roles",
    ),
    # courses_required
    ("vilka utb måste man ha gjort för att få chefsbehörighet", "courses_required"),
    ("Vilka kurser ska en heromarapportör gå?", "courses_required"),
    ("vilka utbildningar krävs för att bli rapportör?", "courses_required"),
    # courses_before_form
    (
        "kan jag skicka in blanketten redan nu och låta medarbetaren gå kursen sen?",
        "courses_before_form",
    ),
    ("måste utbildningarna vara godkända innan ansökan skickas in", "courses_before_form"),
    # training_material
    ("var bokar man heroma utbildning? hittar inte", "training_material"),
    (
        "finns det nåt utbildningsmaterial för heroma nånstans på löneservice sidan?",
        "training_material",
    ),
    ("var ligger utbildningsmaterialet för heroma chef?", "training_material"),
    # how_to_apply
    (
        "Hej! jag är ny som enhetschef och behöver få tillgång till heroma, hur går jag till väga?",
        "how_to_apply",
    ),
    ("hur söker man behörighet i heroma", "how_to_apply"),
    ("vilka steg är det för att få heromabehörighet till en ny chef?", "how_to_apply"),
    ("How do I get Heroma access set up for a new manager on my team?", "how_to_apply"),
    # who_applies
    (
        "vem ansvarar för att ansöka om behörigheten, är det jag som chef eller medarbetaren "
        "själv?",
        "who_applies",
    ),
    ("ska den nyanställda själv söka om heroma-behörighet?", "who_applies"),
    # enrol_learning_portal
    ("hur anmäler jag mig till heromakursen i lärportalen", "enrol_learning_portal"),
    (
        "hittar inte heroma utbildningen i lärportalen, vad ska jag söka på?",
        "enrol_learning_portal",
    ),
    ("How do I sign up for the Heroma course in Lärportalen?", "enrol_learning_portal"),
    # who_enrols
    ("kan jag som chef anmäla min nya stödfunktion till kursen åt henne?", "who_enrols"),
    ("Måste medarbetaren anmäla sig själv till utb eller gör mgr det?", "who_enrols"),
    # form_where
    ("var finns behörighetsblanketten??", "form_where"),
    (
        "hittar inte blanketten för heroma behörighet på löneservice hemsida, var ligger den",
        "form_where",
    ),
    ("var laddar jag ner blanketen för att söka heroma behörihet", "form_where"),
    # form_who_fills
    ("vem ska skriva under blanketten", "form_who_fills"),
    ("kan medarbetaren fylla i behörighetsblanketten själv?", "form_who_fills"),
    # form_send_to
    ("vart ska blanketten skickas när den är ifylld", "form_send_to"),
    (
        "Hej, har fyllt i blanketten för min nya sektionschef, vem mejlar jag den till?",
        "form_send_to",
    ),
    ("Who do I email the filled-in behörighetsblankett to?", "form_send_to"),
    # encrypted_mail
    ("måste man kryptera mejlet med blanketten?", "encrypted_mail"),
    ("räcker det att skicka blanketten i vanligt mail", "encrypted_mail"),
    # coordinator_absent
    (
        "bemanningssamordnaren är på semester, vart skickar jag blanketten då",
        "coordinator_absent",
    ),
    (
        "The staffing coordinator is on leave, where should I send the form instead?",
        "coordinator_absent",
    ),
    # after_sending
    ("vad händer sen när jag skickat in blanketten?", "after_sending"),
    ("vad händer med blanketten efter att jag mejlat in den", "after_sending"),
    # manager_support_doc
    (
        "finns det nåt stöddokument för chefer med en sammanställning av behörigheterna?",
        "manager_support_doc",
    ),
    ("har chefer nåt underlag över vilka heromabehörigheter som finns?", "manager_support_doc"),
    # change_access
    (
        "en av mina medarbetare ska gå från rapportör till chef, hur ändrar jag hennes behörighet?",
        "change_access",
    ),
    ("hur gör jag för att ändra behörighetsroll för nån", "change_access"),
    ("ska ändra behörigheten för en medarbetare som byter uppdrag, hur gör jag?", "change_access"),
    # when_to_change
    ("I vilka lägen behöver man se över och revidera behörighetsrollen?", "when_to_change"),
    # terminate_access
    (
        "medarbetare slutar nästa månad, hur tar jag bort hennes heromabehörighet?",
        "terminate_access",
    ),
    ("hur avslutar man beh. i heroma när nån går i pension", "terminate_access"),
    ("hur stänger jag av heroma-åtkomsten för en i min personalgrupp", "terminate_access"),
    # no_auto_termination
    (
        "försvinner behörigheten av sig själv när anställningen tar slut?",
        "no_auto_termination",
    ),
    (
        "does heroma access get removed automatically when an employee quits?",
        "no_auto_termination",
    ),
    # manager_link_what
    ("vad betyder chefkoppling", "manager_link_what"),
    ("vad innebär det att en chef är kopplad till ett ansvar i heroma?", "manager_link_what"),
    # manager_link_change
    (
        "vi får ny enhetschef på ansvaret fr.o.m. 1 april, vad behöver göras i heroma?",
        "manager_link_change",
    ),
    (
        "jag tar över som chef för ett ansvar efter min kollega, hur blir jag kopplad till det?",
        "manager_link_change",
    ),
    (
        "New manager taking over our ansvar next month, what has to be done in Heroma?",
        "manager_link_change",
    ),
    # area_contact_person
    ("vem är heroma kontaktperson för vårt VO?", "area_contact_person"),
    (
        "finns det nån i verksamhetsområdet som samordnar heroma-grejerna som PA-team och "
        "chefskopplingar?",
        "area_contact_person",
    ),
    # follow_up_list
    ("vad är underlag heromahantering - VO för nåt", "follow_up_list"),
    # who_to_ask
    ("vem kan jag vända mig till om jag har frågor om heroma behörighet", "who_to_ask"),
    # staffing_coordinator_role
    ("vad gör bemanningssamordnaren i den här processen?", "staffing_coordinator_role"),
    # payroll_service_role
    ("vad är löneservice specialistsupports roll i det hela?", "payroll_service_role"),
    # heroma_what
    ("vad är heroma för systen", "heroma_what"),
    ("sorry new here, what is Heroma used for?", "heroma_what"),
    # kom_o_ga_what
    ("vad används kom och gå till?", "kom_o_ga_what"),
    # self_service_what
    ("vad kan medarbetarna göra i heroma självservice?", "self_service_what"),
    # document_version
    ("är rutinen fortfarande giltig? när går den ut?", "document_version"),
    # document_scope
    ("gäller den här rutinen för hela VGR eller bara SÄS?", "document_scope"),
    # document_owner
    ("vem har innehållsansvar för rutinen om heromabehörigheter", "document_owner"),
    # out of scope
    ("hur många semesterdagar har jag kvar i år?", DECLINE),
    ("När kommer lönen i juni?", DECLINE),
    ("hur sjukanmäler jag en medarbetare i heroma", DECLINE),
    ("har glömt mitt lösenord till heroma, hur återställer jag det?", DECLINE),
    ("I can't log in to Heroma, it says my account is locked. What do I do?", DECLINE),
    (
        "hur lång tid tar det innan behörigheten är klar efter att jag skickat blanketten?",
        DECLINE,
    ),
    ("kostar heroma utbildningen i lärportalen nåt för enheten?", DECLINE),
    ("vad gör knappen 'attestera' i heroma?", DECLINE),
    ("hur lägger jag in ett nytt schema för min enhet i heroma", DECLINE),
    ("hur attesterar jag övertid för mina medarbetare i heroma?", DECLINE),
    ("hur får jag behörighet till journalsystemet för en ny sjuksköterska?", DECLINE),
    ("Can you help me write an email to my team about the Christmas party?", DECLINE),
    ("hur bokar jag ett konferensrum på sjukhuset?", DECLINE),
    ("vad tjänar en undersköterska i snitt i regionen?", DECLINE),
    (
        "vilket datum är sista dag för att få in ändringar till månadens lönekörning?",
        DECLINE,
    ),
    ("funkar heroma i mobilen?", DECLINE),
    ("var hittar jag mina lönespecar", DECLINE),
    ("What's the phone number for the IT service desk?", DECLINE),
    ("hur registrerar jag en nyanställning i heroma?", DECLINE),
    ("kan man ha heromabehörighet i två olika regioner samtidigt?", DECLINE),
]
