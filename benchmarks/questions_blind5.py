"""Fifth blind set: written from the routine and the list of FAQ entries only, by someone who saw
neither the content file, the search code nor any other question set. Never used to tune anything.
"""

from __future__ import annotations

DECLINE = "decline"

BLIND5: list[tuple[str, str]] = [
    # --- access_role_what (2)
    ("behörighetsroll = vad?", "access_role_what"),
    (
        "Sorry for the English - what is meant by a 'behörighetsroll'? "
        "Is it the same as user rights?",
        "access_role_what",
    ),
    # --- role_for_manager (4)
    (
        "Hej! Jag har precis börjat som vårdenhetschef på medicinavdelningen "
        "och undrar vilken roll jag ska ha i Heroma?",
        "role_for_manager",
    ),
    ("läkarchef vilken roll i heroma?", "role_for_manager"),
    (
        "Which Heroma role should I request for our new verksamhetschef?",
        "role_for_manager",
    ),
    ("stabschef, får dom samma beh.roll som EC?", "role_for_manager"),
    # --- role_for_support (2)
    (
        "Vilken behörighetsroll ska jag ha som administratör om jag ska jobba "
        "som stöd åt min chef i Heroma?",
        "role_for_support",
    ),
    ("vilken roll får stödfunktioner typ assistenter", "role_for_support"),
    # --- heroma_reporter_what (2)
    ("vad är en heromarapportör för nåt", "heroma_reporter_what"),
    ("rapportör i heroma, vad innebär det?", "heroma_reporter_what"),
    # --- existing_roles (2)
    (
        "Gäller de nya reglerna från mars även oss som redan har behörighet? Måste vi söka om?",
        "existing_roles",
    ),
    (
        "With the new rules from 1 March 2026, will my current Heroma permissions be changed?",
        "existing_roles",
    ),
    # --- courses_required (4)
    ("kurser rapportör", "courses_required"),
    (
        "Vilka utbildningar måste en nyanställd enhetschef gå innan hen kan få Heroma?",
        "courses_required",
    ),
    ("vilka utb krävs för chefsbehorighet", "courses_required"),
    (
        "Which courses do I need to complete to get manager access in Heroma?",
        "courses_required",
    ),
    # --- courses_before_form (2)
    (
        "kan jag skicka in blanketten innan min nya medarbetare har gjort klart kurserna "
        "eller måste dom vara godkända först?",
        "courses_before_form",
    ),
    (
        "Can I send in the form now and let her finish the e-learning afterwards?",
        "courses_before_form",
    ),
    # --- training_material (2)
    (
        "finns det nåt studiematerial eller manualer för heroma som man kan läsa?",
        "training_material",
    ),
    (
        "var på löneservice sidor ligger utbildningsmaterialet och bokningen?",
        "training_material",
    ),
    # --- how_to_apply (4)
    ("hur ansöker man om heroma beh?", "how_to_apply"),
    (
        "Hej, jag blir sektionschef från och med nästa månad och behöver komma in i "
        "Heroma. Hur går jag till väga?",
        "how_to_apply",
    ),
    ("What are the steps to get access to Heroma?", "how_to_apply"),
    ("ansökan heroma rättigheter hur gör jag", "how_to_apply"),
    # --- who_applies (2)
    (
        "Ska jag som ny medarbetare själv ansöka om behörighet i Heroma "
        "eller är det nån annan som gör det?",
        "who_applies",
    ),
    (
        "who is supposed to request Heroma access for a new assistant, "
        "the assistant or the manager?",
        "who_applies",
    ),
    # --- enrol_learning_portal (2)
    (
        "hur anmäler jag mig till heroma kursen i lärportalen? hittar den inte",
        "enrol_learning_portal",
    ),
    ("lärportalen heroma anmälan", "enrol_learning_portal"),
    # --- who_enrols (2)
    (
        "Kan jag som chef anmäla min nya admin till Heromautbildningen "
        "eller måste hon göra det själv?",
        "who_enrols",
    ),
    (
        "can I sign up my new staff for the Heroma course on their behalf?",
        "who_enrols",
    ),
    # --- form_where (2)
    ("behorighetsblanket var finns den", "form_where"),
    ("Where can I download the Heroma access form?", "form_where"),
    # --- form_who_fills (2)
    (
        "vems underskrift ska stå på behörighetsblanketten? räcker det att "
        "assistenten fyller i och skriver på?",
        "form_who_fills",
    ),
    ("vem fyller i pappret för heroma-behörighet", "form_who_fills"),
    # --- form_send_to (4)
    ("vart skickar jag blanketten?", "form_send_to"),
    (
        "Hej! Har fyllt i behörighetsblanketten för vår nya enhetschef, vem ska den mejlas till?",
        "form_send_to",
    ),
    ("blanketten klar, skicka till vem", "form_send_to"),
    ("Who do I email the completed access form to?", "form_send_to"),
    # --- encrypted_mail (2)
    (
        "måste mejlet vara krypterat eller kan jag skicka blanketten som vanligt mejl?",
        "encrypted_mail",
    ),
    ("krypterad epost krav för blanketten?", "encrypted_mail"),
    # --- coordinator_absent (2)
    (
        "bemaningssamordnaren är på semester, vem skickar jag blanketten till då?",
        "coordinator_absent",
    ),
    (
        "vad gör jag om bem.samordnare är sjuk och blanketten måste in asap",
        "coordinator_absent",
    ),
    # --- after_sending (2)
    ("Vad händer sen när jag har skickat in blanketten?", "after_sending"),
    ("skickat in beh-blanketten igår, vad är nästa steg nu?", "after_sending"),
    # --- manager_support_doc (2)
    (
        "Finns det nåt underlag för oss chefer där man ser vilka heromabehörigheter som finns?",
        "manager_support_doc",
    ),
    ("sammanställning behörigheter för chef, var hittar jag den", "manager_support_doc"),
    # --- change_access (3)
    ("hur ändrar man en behörighet", "change_access"),
    (
        "Min medarbetare har gått från rapportör till chef, hur gör jag för att "
        "ändra hennes behörighetsroll?",
        "change_access",
    ),
    ("How do I change a staff member's Heroma permissions?", "change_access"),
    # --- when_to_change (2)
    (
        "När måste jag som chef se till att en behörighet ändras?",
        "when_to_change",
    ),
    ("i vilka lägen ska man revidera behörighetsrollen", "when_to_change"),
    # --- terminate_access (4)
    ("avsluta beh?", "terminate_access"),
    (
        "En av mina administratörer slutar i maj, hur tar jag bort hennes behörighet i Heroma?",
        "terminate_access",
    ),
    (
        "How do I remove Heroma access for someone on my team who is quitting?",
        "terminate_access",
    ),
    ("hur stänger jag heroma konto för en som byter jobb", "terminate_access"),
    # --- no_auto_termination (2)
    (
        "Försvinner behörigheten av sig själv när anställningen tar slut?",
        "no_auto_termination",
    ),
    (
        "går behörigheten ut automatiskt nör nån slutar eller måste man göra nåt",
        "no_auto_termination",
    ),
    # --- manager_link_what (2)
    ("vad är en chefskoppling", "manager_link_what"),
    (
        "vad betyder det att chefen ska vara kopplad till ansvaret i heroma?",
        "manager_link_what",
    ),
    # --- manager_link_change (3)
    (
        "Vi får ny enhetschef på avdelning 32 nästa vecka, vad behöver vi göra i Heroma "
        "så att ärendena går till henne?",
        "manager_link_change",
    ),
    ("ny chef på ansvaret, hur ändrar man chefskopplingen", "manager_link_change"),
    (
        "We're getting a new section manager on our ansvar, what needs to be done in Heroma?",
        "manager_link_change",
    ),
    # --- area_contact_person (2)
    ("vem är heromakontakt för vårt VO?", "area_contact_person"),
    (
        "Finns det nån kontaktperson i verksamhetsområdet som samordnar heromagrejerna?",
        "area_contact_person",
    ),
    # --- follow_up_list (1)
    ("vad är underlag heromahantering VO för nåt?", "follow_up_list"),
    # --- who_to_ask (2)
    ("vem kan jag fråga om behörigheter?", "who_to_ask"),
    (
        "Who can I contact if I have questions about Heroma access?",
        "who_to_ask",
    ),
    # --- staffing_coordinator_role (1)
    ("vad är bemanningssamordnarens roll i det här?", "staffing_coordinator_role"),
    # --- payroll_service_role (1)
    ("Vad har Löneservice specialistsupport för uppgift?", "payroll_service_role"),
    # --- heroma_what (1)
    ("vad är heroma ens", "heroma_what"),
    # --- kom_o_ga_what (1)
    ("vad e kom o gå", "kom_o_ga_what"),
    # --- self_service_what (1)
    ("what is Heroma självservice used for?", "self_service_what"),
    # --- document_version (1)
    ("är rutinen aktuell? när går den ut?", "document_version"),
    # --- document_scope (1)
    ("gäller den här rutinen hela VGR eller bara SÄS?", "document_scope"),
    # --- document_owner (1)
    ("vem äger rutinen för heromabehörigheter?", "document_owner"),
    # --- declines (25)
    ("hur många semesterdagar har jag kvar i år?", DECLINE),
    ("när kommer lönen ut den här månaden", DECLINE),
    ("jag kommer inte in i heroma, står fel lösenord hela tiden", DECLINE),
    (
        "hur lång tid tar det innan behörigheten är klar efter att blanketten skickats?",
        DECLINE,
    ),
    ("kostar heromautbildningen nåt för enheten?", DECLINE),
    ("Hur lägger jag in en sjukanmälan för min medarbetare i Heroma?", DECLINE),
    ("Jag glömde stämpla ut i Kom o Gå igår, hur rättar jag det?", DECLINE),
    ("hur får man behörighet till Medinet?", DECLINE),
    ("Hur attesterar jag reseräkningar och utlägg som chef?", DECLINE),
    ("Vad är OB-tillägget på helger för undersköterskor?", DECLINE),
    (
        "kan man få tillfällig chefsbehörighet medan ordinarie chef är föräldraledig?",
        DECLINE,
    ),
    ("Hur får jag tillgång till journalsystemet Millennium?", DECLINE),
    ("Var ser jag min lönespec?", DECLINE),
    ("hur lägger man sommarschemat i heroma", DECLINE),
    ("Vad är telefonnumret till Löneservice?", DECLINE),
    ("kan en inhyrd konsult från bemanningsföretag få heromabehörighet?", DECLINE),
    ("hur mycket övertid får man jobba per år?", DECLINE),
    ("Hur bokar jag ett konferensrum på SÄS?", DECLINE),
    ("vad blir det för lunch i personalmatsalen idag", DECLINE),
    ("hur ändrar jag mitt kontonummer för löneutbetalningen", DECLINE),
    ("How do I update my tax details in Heroma?", DECLINE),
    ("My Heroma account is locked, who can unlock it?", DECLINE),
    ("How many days of annual leave do doctors get in VGR?", DECLINE),
    ("Is there a monthly deadline for reporting overtime?", DECLINE),
    ("Can you recommend a good place to eat near the hospital in Borås?", DECLINE),
]
