"""Second blind set: written from the routine and the list of FAQ entries only, by someone who saw
neither the content file, the search code nor any other question set.
Never used to tune anything."""

from __future__ import annotations

DECLINE = "decline"

BLIND2: list[tuple[str, str]] = [
    # --- roles -------------------------------------------------------------------------------
    ("behörighetsroll, vad betyder det ens?", "access_role_what"),
    (
        "ny som vårdenhetschef fr.o.m. april, vilken roll ska jag ha i heroma?",
        "role_for_manager",
    ),
    (
        "I'm starting as läkarchef next month – which access role in Heroma should I ask for?",
        "role_for_manager",
    ),
    (
        "vår nya adm assistent ska sköta heroma åt mig, vilken behörighetsroll ska jag söka "
        "för henne?",
        "role_for_support",
    ),
    ("vilken roll far en stodfunktion i heroma", "role_for_support"),
    ("rapportör?", "heroma_reporter_what"),
    (
        "My colleague says I should become a 'Heromarapportör' – what is that?",
        "heroma_reporter_what",
    ),
    (
        "har haft chefsbehörighet sen 2022, måste jag söka om nu när det nya gäller från 1 mars?",
        "existing_roles",
    ),
    ("påverkas befintliga behörigheter av de nya reglerna from 260301", "existing_roles"),
    ("vilka kurser måste man ha gått för att få heroma beh som chef", "courses_required"),
    ("vilka utb krävs for rapportör", "courses_required"),
    (
        "Which courses do I need before I can get Heroma access as an enhetschef?",
        "courses_required",
    ),
    (
        "kan jag skicka in blanketten nu och låta henne gå utbildningen sen? vill inte tappa tid",
        "courses_before_form",
    ),
    (
        "Can I send in the form while my assistant is still doing the training, or does it have "
        "to be done first?",
        "courses_before_form",
    ),
    (
        "var hittar man utbildningsmaterialet för heroma, vill kolla igenom innan",
        "training_material",
    ),
    # --- applying ----------------------------------------------------------------------------
    ("hur får man behörighet till heroma", "how_to_apply"),
    (
        "Hej! Jag har precis börjat som enhetschef på medicin och kommer inte åt nånting i Heroma. "
        "Vad är det som ska göras för att få behörighet? Tacksam för steg för steg, har typ "
        "ingen koll",
        "how_to_apply",
    ),
    ("Hi, new here. What's the process to get access to Heroma?", "how_to_apply"),
    (
        "ska den nya medarbetaren själv söka behörigheten eller är det jag som chef som gör det?",
        "who_applies",
    ),
    ("vem söker heromabehörighet åt en ny chef, hen själv eller VC?", "who_applies"),
    ("hur anmaler jag mig till heromakursen i LP", "enrol_learning_portal"),
    ("how do I sign up for the Heroma course in Lärportalen?", "enrol_learning_portal"),
    (
        "kan jag som chef anmäla min nya assistent till heroma utb eller måste hon göra det själv",
        "who_enrols",
    ),
    ("kan jag boka kursen åt vår nya admin?", "who_enrols"),
    ("blankett var", "form_where"),
    ("var ligger behörighetsblanketten nånstans? hittar den inte", "form_where"),
    ("where do I find the behörighetsblankett?", "form_where"),
    ("vem ska skriva under blanketten, jag eller medarbetaren?", "form_who_fills"),
    ("ska rapportören fylla i behörighetsblanketten själv?", "form_who_fills"),
    ("vart skickar jag blanketten nar den är ifylld", "form_send_to"),
    ("I have filled in the access form – who do I send it to?", "form_send_to"),
    (
        "funkar det att skicka blanketten med vanlig mejl eller måste den krypteras?",
        "encrypted_mail",
    ),
    ("does the form really have to go by encrypted email?", "encrypted_mail"),
    (
        "bemanningssamordnaren har semester hela juli, vem tar emot blanketten då?",
        "coordinator_absent",
    ),
    ("mottagaren av blanketten är sjuk, vart skickar jag den istället", "coordinator_absent"),
    ("skickade blanketten förra veckan, vad händer nu?", "after_sending"),
    ("What happens after I've sent in the form? Who processes it?", "after_sending"),
    (
        "finns det nån sammanställning för oss chefer över vilka heromabehörigheter som finns?",
        "manager_support_doc",
    ),
    ("stöddokument för chef om heromabehörigheter, finns det?", "manager_support_doc"),
    # --- changes -----------------------------------------------------------------------------
    (
        "en kollega går från rapportör till enh.chef hos oss, hur gör jag för att ändra hennes "
        "behörighet?",
        "change_access",
    ),
    ("när måste man revidera en behörighetsroll?", "when_to_change"),
    (
        "behöver jag göra nåt med behörigheten om min rapportör får andra arbetsuppgifter?",
        "when_to_change",
    ),
    ("hur avslutar man heromabeh för en rapportör som slutat", "terminate_access"),
    ("How do I remove someone's Heroma access when they leave?", "terminate_access"),
    (
        "vår rapportör slutar på fredag, försvinner hans heromabehörighet av sig själv?",
        "no_auto_termination",
    ),
    ("går behörigheten ut automatiskt när anstallningen tar slut", "no_auto_termination"),
    # --- organisation ------------------------------------------------------------------------
    ("chefskoppling vad är det", "manager_link_what"),
    (
        "ny chef på vårt ansvar från 1 maj, hur ser jag till att ärendena går till henne "
        "istället för mig?",
        "manager_link_change",
    ),
    (
        "I'm taking over a unit from another manager. How do I make sure my staff's requests in "
        "Heroma come to me?",
        "manager_link_change",
    ),
    ("vem är heromakontaktperson för vårt VO?", "area_contact_person"),
    ("Underlag Heromahantering?", "follow_up_list"),
    ("vem kan jag vända mig till om jag har frågor om heromabehörigheter?", "who_to_ask"),
    ("vad har bemanningssamordnaren för roll i det här?", "staffing_coordinator_role"),
    ("vad är Löneservice specialistsupport och vad gör dom?", "payroll_service_role"),
    # --- about Heroma ------------------------------------------------------------------------
    ("vad är heroma för system", "heroma_what"),
    ("kom o gå, vad är det", "kom_o_ga_what"),
    ("självservicen i heroma, vad är det för nåt", "self_service_what"),
    # --- about the routine -------------------------------------------------------------------
    ("vilken version av rutinen gäller nu och hur länge", "document_version"),
    ("gäller den här rutinen för hela VGR eller bara SÄS?", "document_scope"),
    ("vem är innehållsansvarig för rutinen", "document_owner"),
    # --- out of scope ------------------------------------------------------------------------
    ("när betalas lönen ut i december?", DECLINE),
    ("hur räknas övertidsersättningen för en deltidsanställd usk?", DECLINE),
    ("hur många semesterdagar har jag kvar i år?", DECLINE),
    (
        "medarbetare har varit sjuk i över en vecka, när behöver jag läkarintyg?",
        DECLINE,
    ),
    ("hur lägger jag in sommarschemat för enheten i heroma", DECLINE),
    ("Glömt lösenordet till Medinet, vem återställer det?", DECLINE),
    ("min nya usk behöver behörighet till journalsystemet, hur söker jag det?", DECLINE),
    ("blankett för tjänstledighet, var hittar jag den?", DECLINE),
    ("finns det nån ledarskapskurs för nya enhetschefer?", DECLINE),
    ("när är lönerevisionen i år och hur sätter jag nya löner?", DECLINE),
    ("hur gör jag en reseräkning för en konferens i Göteborg", DECLINE),
    ("ska rekrytera en ssk, var lägger man ut annonsen?", DECLINE),
    ("hur godkänner jag semesteransökningar från personalen i heroma som chef?", DECLINE),
    ("How many vacation days do I get per year as a doctor in VGR?", DECLINE),
    ("How do I report in sick? I'm a resident doctor on a rotation", DECLINE),
]
