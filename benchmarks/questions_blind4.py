"""Fourth blind set: written from the routine and the list of FAQ entries only, by someone who saw
neither the content file, the search code nor any other question set. Never used to tune anything.
"""

from __future__ import annotations

DECLINE = "decline"

BLIND4: list[tuple[str, str]] = [
    # --- how_to_apply ---
    (
        "hej! jag är ny enhetschef och behöver kunna jobba i heroma, hur går jag tillväga för "
        "att få behörighet?",
        "how_to_apply",
    ),
    ("hur ansöker man om heroma beh.?", "how_to_apply"),
    ("What are the steps to get a new colleague set up with access in Heroma?", "how_to_apply"),
    (
        "Hej, vi har fått en ny administratör på avdelningen som ska jobba som stödfunktion i "
        "Heroma. Vad är processen för att fixa behorighet åt henne, steg för steg? Tack på "
        "förhand",
        "how_to_apply",
    ),
    # --- who_applies ---
    (
        "vem e det som ska söka behörigheten, den nya medarbetaren själv eller chefen?",
        "who_applies",
    ),
    (
        "är det jag som chef som ska ansöka om heromabehörighet till min nya medarbetare?",
        "who_applies",
    ),
    # --- role_for_manager ---
    ("vilken behorighetsroll ska en vårdenhetschef ha", "role_for_manager"),
    (
        "I'm starting as läkarchef at SÄS next month. Which role will I get in Heroma?",
        "role_for_manager",
    ),
    ("verksamhetschef vilken roll i heroma?", "role_for_manager"),
    (
        "Hej, vår nya stabschef börjar på måndag, vilken behörighets roll ska hon ha i heroma?",
        "role_for_manager",
    ),
    # --- role_for_support ---
    (
        "vilken roll får man om man jobbar som stödfunktion i heroma och inte är chef",
        "role_for_support",
    ),
    (
        "Which Heroma role should our unit administrator get? She's support staff, not a manager.",
        "role_for_support",
    ),
    # --- heroma_reporter_what ---
    ("vad ar en heromarapportör egentligen?", "heroma_reporter_what"),
    ("What does 'Heromarapportör' mean? Saw it in the routine", "heroma_reporter_what"),
    # --- access_role_what ---
    ("beh.roll – vad är det för nåt?", "access_role_what"),
    # --- existing_roles ---
    (
        "Gäller dom nya reglerna från 260301 även behörigheter som redan finns, måste vi göra "
        "om allt?",
        "existing_roles",
    ),
    (
        "Do I have to reapply for my current Heroma access now that the new rules apply from "
        "March 2026?",
        "existing_roles",
    ),
    # --- courses_required ---
    ("vilka utb krävs för chefsbehörighet?", "courses_required"),
    ("Vilka kurser måste en heromarapportör ha gått?", "courses_required"),
    ("Which Heroma courses are required for a manager?", "courses_required"),
    (
        "hej hej, ska bli heroma-rapportör på vår mottagning och undrar vilka förberedande "
        "utbildningar jag behöver ha gjort",
        "courses_required",
    ),
    # --- courses_before_form ---
    (
        "kan jag skicka in blanketten innan medarbetaren har gått klart utbildningarna eller "
        "måste dom vara klara först?",
        "courses_before_form",
    ),
    ("Can I send the form now and let her finish the Heroma courses later?", "courses_before_form"),
    # --- training_material ---
    ("var hittar man utbildningsmaterialet för heroma", "training_material"),
    (
        "utbildningsmaterial heroma, under vilken flik på löneservice hemsida ligger det?",
        "training_material",
    ),
    # --- enrol_learning_portal ---
    (
        "hur anmäler jag mig till heromakursen i lärportalen? hittar den inte",
        "enrol_learning_portal",
    ),
    (
        "can't find the Heroma course in Lärportalen, what do I search for to register?",
        "enrol_learning_portal",
    ),
    # --- who_enrols ---
    ("kan jag som chef anmäla min nya medarbetare till heromautbildningen åt henne?", "who_enrols"),
    ("måste den som ska gå kursen anmäla sig själv eller kan nån annan göra det", "who_enrols"),
    # --- form_where ---
    ("behörighetsblanketten, var ligger den?", "form_where"),
    ("Where can I download the Heroma access form?", "form_where"),
    ("hittar inte blanketen på löneservice sidan, vart ligger den nånstans?", "form_where"),
    # --- form_who_fills ---
    ("vem ska skriva under behörighetsblanketten?", "form_who_fills"),
    ("kan medarbetaren fylla i blanketten själv eller måste chefen göra det", "form_who_fills"),
    # --- form_send_to ---
    ("vart skickar jag blanketten när den är ifylld", "form_send_to"),
    ("vem ska ha behörighetsblanketten?", "form_send_to"),
    ("Where do I send the filled in behörighetsblankett?", "form_send_to"),
    (
        "Hejsan! Har fyllt i och skrivit under blanketten för min nya enhetschef, vem mejlar "
        "jag den till nu?",
        "form_send_to",
    ),
    # --- encrypted_mail ---
    (
        "räcker det att skicka blanketten med vanlig mejl eller måste den vara krypterad?",
        "encrypted_mail",
    ),
    ("funkar det med okrypterad epost för behörighetsblanketten?", "encrypted_mail"),
    # --- coordinator_absent ---
    (
        "bemanningssamordnaren är på semester, vem skickar jag blanketten till då?",
        "coordinator_absent",
    ),
    ("hon som tar emot blanketterna har frånvaro, vart ska den då", "coordinator_absent"),
    # --- after_sending ---
    ("vad händer med blanketten efter att jag har skickat den?", "after_sending"),
    ("skickade in blanketten igår, vad händer nu", "after_sending"),
    # --- manager_support_doc ---
    (
        "finns det nåt stöddokument för oss chefer med en sammanställning av aktuella "
        "behörigheter?",
        "manager_support_doc",
    ),
    (
        "Is there a summary document for managers listing the current Heroma access roles?",
        "manager_support_doc",
    ),
    # --- change_access ---
    ("hur gör jag för att ändra en medarbetares behörighet i heroma?", "change_access"),
    ("min ls ska ha en annan behörighetsroll, hur ändrar man det?", "change_access"),
    ("Hur ändrar man en behörighetsroll, är det samma blankett som vid ansökan?", "change_access"),
    # --- when_to_change ---
    ("när måste man uppdatera en behörighetsroll?", "when_to_change"),
    ("Måste behörigheten revideras varje gång nåt förändras i ens uppdrag?", "when_to_change"),
    # --- terminate_access ---
    ("hur avslutar jag behörighet för en som har slutat", "terminate_access"),
    ("How do I remove Heroma access for someone who is leaving my unit?", "terminate_access"),
    (
        "Hej! En av våra administratörer går i pension i maj. Hur tar jag bort hennes "
        "heromabehörighet?",
        "terminate_access",
    ),
    # --- no_auto_termination ---
    ("försvinner behörigheten av sig själv när man slutar?", "no_auto_termination"),
    (
        "Does someone's Heroma access stop automatically when their employment ends?",
        "no_auto_termination",
    ),
    # --- manager_link_what ---
    ("vad är en chefskoppling", "manager_link_what"),
    ("varför måste chefen vara kopplad till ansvaret i heroma?", "manager_link_what"),
    # --- manager_link_change ---
    ("Vi byter chef på ansvaret från 1 april, vad behöver göras i heroma?", "manager_link_change"),
    ("ny chef på ansvaret, hur kopplar man om?", "manager_link_change"),
    (
        "I'm taking over as manager for a responsibility unit (ansvar) – how do I get linked "
        "so my staff's cases come to me?",
        "manager_link_change",
    ),
    # --- area_contact_person ---
    ("vem är kontaktperson för heroma i vårt VO?", "area_contact_person"),
    (
        "finns det nån i verksamhetsområdet som samordnar heromagrejerna typ pa-team och "
        "chefskopplingar?",
        "area_contact_person",
    ),
    # --- follow_up_list ---
    ("Underlag Heromahantering – VO, när ska det uppdateras?", "follow_up_list"),
    # --- who_to_ask ---
    ("vem kan jag fråga om behörigheter?", "who_to_ask"),
    ("Who can help me with questions about Heroma access?", "who_to_ask"),
    ("har en fråga om heroma beh, vem vänder jag mig till?", "who_to_ask"),
    # --- staffing_coordinator_role ---
    ("vad gör bemanningssamordnaren i behörighetsprocessen?", "staffing_coordinator_role"),
    # --- payroll_service_role ---
    (
        "vad har Löneservice specialistsupport för uppgift när det gäller behörigheter",
        "payroll_service_role",
    ),
    # --- background entries ---
    ("vad är heroma för system?", "heroma_what"),
    ("vad är kom å gå", "kom_o_ga_what"),
    ("vad kan man göra i heroma självservice", "self_service_what"),
    # --- document metadata ---
    ("vilken version är rutinen och hur länge gäller den", "document_version"),
    ("gäller den här rutinen för hela VGR eller bara SÄS?", "document_scope"),
    ("vem är innehållsansvarig för rutinen", "document_owner"),
    # --- declines (Swedish) ---
    ("var hittar jag mitt lönebesked?", DECLINE),
    ("funkar inte att logga in i heroma idag, nån mer som har problem?", DECLINE),
    (
        "finns det nån deadline för när blanketten måste vara inne innan en ny chef tillträder?",
        DECLINE,
    ),
    ("hur många semesterdagar får man spara till nästa år?", DECLINE),
    ("när betalas lönen ut den här månaden?", DECLINE),
    ("hur funkar karensavdraget?", DECLINE),
    ("hur gör jag för att kryptera ett mejl i outlook?", DECLINE),
    ("hur får jag behörighet till Medinet?", DECLINE),
    ("jag kommer inte in i lärportalen, det står fel lösenord", DECLINE),
    ("datorn startar inte, vem ringer jag?", DECLINE),
    ("hur beställer jag ett nytt siths-kort", DECLINE),
    ("hur lång tid tar utbildningen heroma för chefer, hur många timmar?", DECLINE),
    ("Hur många heromarapportörer får en enhet ha?", DECLINE),
    ("vad kostar det att få en heroma-licens för min enhet?", DECLINE),
    ("Hur lägger jag in ett nytt schema för sommaren i heroma?", DECLINE),
    ("hur ändrar jag kontonumret som lönen ska betalas till?", DECLINE),
    ("vad blir det för lunch i personalmatsalen idag?", DECLINE),
    ("Hur bokar jag ett konferensrum på SÄS?", DECLINE),
    ("Kan jag få behörighet till Millennium via samma blankett?", DECLINE),
    ("Min lön blev fel den här månaden, vem kontaktar jag?", DECLINE),
    # --- declines (English) ---
    ("I forgot my Heroma password, how do I reset it?", DECLINE),
    (
        "How long does it usually take before the access is activated after I send the form?",
        DECLINE,
    ),
    ("How do I report sick leave for myself as a doctor?", DECLINE),
    ("What's the phone number for IT support?", DECLINE),
    ("Is there staff parking at the hospital in Borås?", DECLINE),
]
