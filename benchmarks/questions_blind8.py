"""Eighth blind set: written from the routine and the list of FAQ entries only, by someone who saw
neither the content file, the search code nor any other question set. Never used to tune anything.
"""

from __future__ import annotations

DECLINE = "decline"

BLIND8: list[tuple[str, str]] = [
    # --- access_role_what ---
    ("vad menas med behörighetsroll egentligen?", "access_role_what"),
    (
        "Sorry, I'm new here - what exactly is a 'behörighetsroll' in Heroma?",
        "access_role_what",
    ),
    # --- role_for_manager ---
    (
        "Hej! Jag är ny enhetschef på SÄS sen förra veckan. Vilken roll ska jag ha i Heroma?",
        "role_for_manager",
    ),
    ("VEC här - vilken behörighetsroll gäller för mig i heroma typ?", "role_for_manager"),
    (
        "Which Heroma role do I get as läkarchef? First-line manager at the surgery dept",
        "role_for_manager",
    ),
    # --- role_for_support ---
    (
        "vår medicinska sekreterare ska jobba som stödfunktion i heroma, vilken roll ska hon ha?",
        "role_for_support",
    ),
    ("behörighetsroll för stödfunktoner?", "role_for_support"),
    # --- heroma_reporter_what ---
    ("heromarapportör, vad är det", "heroma_reporter_what"),
    (
        "Min chef säger att jag ska bli Heromarapportör på avdelningen, vad innebär det?",
        "heroma_reporter_what",
    ),
    # --- existing_roles ---
    (
        "Jag har haft chefsbehörighet i flera år, påverkas den av det nya som gäller från 1 mars?",
        "existing_roles",
    ),
    (
        "måste vi söka om alla gamla behörigheter nu när det ändrats from 260301?",
        "existing_roles",
    ),
    # --- courses_required ---
    ("vilka utb måste man gå för chefsbehörighet", "courses_required"),
    ("Vilka kurser krävs för att bli heromarapportör?", "courses_required"),
    ("Which Heroma courses are required for the manager role?", "courses_required"),
    # --- courses_before_form ---
    (
        "kan jag skicka in blanketten redan nu fast hon inte gjort klart utbildningarna, "
        "eller måste dom vara klara först?",
        "courses_before_form",
    ),
    ("Behöver utbildningen va godkänd innan ansökan skickas in?", "courses_before_form"),
    # --- training_material ---
    ("Var finns utbildningsmaterialet till Heroma för chef?", "training_material"),
    (
        "Where can I find study material for the Heroma courses? Want to read up first",
        "training_material",
    ),
    # --- how_to_apply ---
    ("hur söker man behörighet i heroma", "how_to_apply"),
    (
        "Hej, vi har en ny schemaadministratör som börjar nästa månad och behöver komma "
        "åt Heroma. Hur går man tillväga, vad är stegen?",
        "how_to_apply",
    ),
    ("behöver fixa heroma-inlogg till nyanställd assistent", "how_to_apply"),
    (
        "How do I get Heroma access set up for a new admin assistant on my ward?",
        "how_to_apply",
    ),
    # --- who_applies ---
    ("vem ansöker om heromabehörighet, jag själv eller min chef?", "who_applies"),
    ("är det medarbetaren själv som ska söka om konto i heroma??", "who_applies"),
    (
        "Who is supposed to request the Heroma access - HR or the line manager?",
        "who_applies",
    ),
    # --- enrol_learning_portal ---
    ("hur anmläer jag mig till heromakursen i lärportalen", "enrol_learning_portal"),
    (
        "hittar inte heromautbildningen i lärportalen, vad ska man söka på?",
        "enrol_learning_portal",
    ),
    ("How do I sign up for the Heroma training in Lärportalen?", "enrol_learning_portal"),
    # --- who_enrols ---
    (
        "kan jag som EC anmäla min nya administratör till heromautbildningen åt henne?",
        "who_enrols",
    ),
    ("Måste medarbetaren anmäla sig själv till utb eller gör chefen det?", "who_enrols"),
    # --- form_where ---
    ("var finns blanketten", "form_where"),
    ("var hittar man behörighetsblanketten på löneservice sida?", "form_where"),
    (
        "letar efter pappret man fyller i för heroma-access, var ligger det nånstans",
        "form_where",
    ),
    # --- form_who_fills ---
    ("vem ska skriva under behörighetsblanketten?", "form_who_fills"),
    (
        "Kan min assistent fylla i behörighetsblanketten åt mig eller måste chefen göra det själv?",
        "form_who_fills",
    ),
    # --- form_send_to ---
    ("vart skickar jag blanketen när den är ifylld", "form_send_to"),
    (
        "Ska den ifyllda behörighetsblanketten skickas direkt till ls eller till nån annan?",
        "form_send_to",
    ),
    ("Where do I email the completed access form?", "form_send_to"),
    # --- encrypted_mail ---
    ("måste mejlet med blanketten va krypterat?", "encrypted_mail"),
    (
        "räcker det att skicka behörighetsblanketten som vanlig e-post eller måste den krypteras",
        "encrypted_mail",
    ),
    # --- coordinator_absent ---
    (
        "bemanningssamordnaren är på semester, vart skickar jag blanketten då?",
        "coordinator_absent",
    ),
    (
        "fick ett frånvaromeddelande när jag mejlade blanketten till bem.samordnare, "
        "vad gör jag nu",
        "coordinator_absent",
    ),
    # --- after_sending ---
    ("har skickat in blanketten, vad händer sen?", "after_sending"),
    ("I've sent in the behörighetsblankett, what happens next?", "after_sending"),
    # --- manager_support_doc ---
    (
        "finns det nån sammanställning för oss chefer över vilka heromabehörigheter som finns?",
        "manager_support_doc",
    ),
    (
        "stöddokumentet för chefer om heromabehörigheter, var hittar jag det?",
        "manager_support_doc",
    ),
    # --- change_access ---
    ("hur gör jag för att ändra en befintlig behörighet", "change_access"),
    (
        "min sekreterare ska ha andra rättigheter i heroma än idag, hur gör jag ändringen?",
        "change_access",
    ),
    ("How do I change the Heroma role for someone in my team?", "change_access"),
    # --- when_to_change ---
    ("När måste man revidera behörighetsrollen?", "when_to_change"),
    (
        "behöver jag göra nåt med behörigheten om min adminstratör får nya arbetsuppgifter?",
        "when_to_change",
    ),
    # --- terminate_access ---
    ("hur tar jag bort heromabehörigheten för en som slutat", "terminate_access"),
    ("avsluta behörighet - hur?", "terminate_access"),
    (
        "How do I remove Heroma access for an assistant who is leaving at the end of the month?",
        "terminate_access",
    ),
    # --- no_auto_termination ---
    (
        "Avdelningschef här. Om en rapportör slutar, försvinner behörigheten av sig själv?",
        "no_auto_termination",
    ),
    ("does the heroma access end automaticaly when someone quits", "no_auto_termination"),
    # --- manager_link_what ---
    ("vad är chefskoppling", "manager_link_what"),
    (
        "Vad innebär det att chefen ska vara kopplad till ansvaret i Heroma?",
        "manager_link_what",
    ),
    # --- manager_link_change ---
    (
        "ny chef på vårt ansvar från 1 maj, hur flyttar vi kopplingen i heroma så "
        "ärendena går till rätt person?",
        "manager_link_change",
    ),
    ("byte av chef på ansvar - hur hanteras det i heroma", "manager_link_change"),
    (
        "We're getting a new sektionschef for our ansvar. How do we make sure staff "
        "cases in Heroma go to her instead of the old manager?",
        "manager_link_change",
    ),
    # --- area_contact_person ---
    ("vem är kontaktperson för heroma i vårt VO?", "area_contact_person"),
    (
        "finns det nån i verksamhetsområdet som samordnar alla heromagrejer, PA-team och så?",
        "area_contact_person",
    ),
    # --- who_to_ask ---
    ("vem kan jag fråga om behöriggheter?", "who_to_ask"),
    ("who can I contact if I have questions about Heroma access?", "who_to_ask"),
    # --- follow_up_list ---
    ("vad är underlag heromahantering", "follow_up_list"),
    (
        "HR här: ska underlaget för heromahantering i VO:t uppdateras när nåt ändras?",
        "follow_up_list",
    ),
    # --- staffing_coordinator_role ---
    ("vad gör bem.samordnaren i det här?", "staffing_coordinator_role"),
    # --- payroll_service_role ---
    ("vad har löneservice specialistsupport för roll", "payroll_service_role"),
    # --- heroma_what ---
    ("What is Heroma used for?", "heroma_what"),
    # --- kom_o_ga_what ---
    ("vad ar kom o ga for nat", "kom_o_ga_what"),
    # --- self_service_what ---
    ("vad ar sjalvservice i heroma", "self_service_what"),
    # --- document_version ---
    ("hur länge gäller rutinen? och vilken version är det", "document_version"),
    # --- document_scope ---
    ("gäller den här rutinen för hela VGR eller bara SÄS?", "document_scope"),
    # --- document_owner ---
    ("vem är innehållsansvarig för rutinen", "document_owner"),
    # --- declines (routine does not answer) ---
    (
        "hur lång handläggningstid är det innan behörigheten börjar funka?",
        DECLINE,
    ),
    ("glömt lösenordet till heroma, hur återställer jag det", DECLINE),
    ("Hur attesterar jag övertid för mina medarbetare i Heroma?", DECLINE),
    ("när kommer lönen ut den här månaden", DECLINE),
    ("Hur får vi behörighet till Medinet för schemaläggningen?", DECLINE),
    ("hur skickar man krypterat mejl i outlook? har aldrig gjort det", DECLINE),
    (
        "behöver access till journalsystemet också för min nya sekr, vem söker man det hos",
        DECLINE,
    ),
    ("Hur lång tid tar kursen Heroma för chefer ungefär?", DECLINE),
    ("hur lägger jag in ett nytt schema för avdelningen i heroma", DECLINE),
    ("hur ändrar jag mitt kontonummer för löneutbetalningen", DECLINE),
    ("Kan man logga in i Heroma hemifrån utan VPN?", DECLINE),
    ("finns det nån app för självservice i mobilen?", DECLINE),
    ("Hur registrerar jag en nyanställning i Heroma?", DECLINE),
    ("vad blir lönerevisionen i år för sjuksköterskor", DECLINE),
    ("Vad är det för lunch i matsalen idag?", DECLINE),
    ("Is the Heroma för chefer course available in English?", DECLINE),
    ("kan en inhyrd konsult få heromabehörighet?", DECLINE),
    (
        "Går det att signera behörighetsblanketten digitalt eller måste det vara med penna?",
        DECLINE,
    ),
    (
        "hur långt innan personen börjar bör man skicka in ansökan?",
        DECLINE,
    ),
    ("kommer inte in i lärportalen, nån som vet varför?", DECLINE),
    (
        "Hur tar jag ut statistik på sjukfrånvaron för min enhet i Heroma?",
        DECLINE,
    ),
    ("How do I approve my staff's flex hours in Kom o Gå?", DECLINE),
    ("Do I need a SITHS card to log in to Heroma?", DECLINE),
    ("How do I change my tax table in Heroma?", DECLINE),
    ("Where can I park at the hospital?", DECLINE),
]
