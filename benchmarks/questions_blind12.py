"""Twelfth blind set: written from the routine and the list of FAQ entries only, by someone who
saw neither the content file, the search code nor any other question set. Never used to tune
anything.
"""

from __future__ import annotations

DECLINE = "decline"

BLIND12: list[tuple[str, str]] = [
    # --- in scope ---
    ("vad menas egentligen med behörighetsroll?", "access_role_what"),
    ("behorighetsroll vad e det", "access_role_what"),
    ("jag blir vårdenhetschef i april, vilken roll ska jag ha i heroma", "role_for_manager"),
    ("Which Heroma role does a first line manager get at SÄS?", "role_for_manager"),
    (
        "vår nya adm ska jobba i heroma som stöd åt mig, vilken beh.roll ska hon ha",
        "role_for_support",
    ),
    (
        "vilken behörighet får en stödfunktion, typ bemanningsassistent på enheten?",
        "role_for_support",
    ),
    ("heromarapportör vad är det för nåt", "heroma_reporter_what"),
    ("What is a Heromarapportör? saw it on the form", "heroma_reporter_what"),
    (
        "Vi har redan chefsbehörighet sen tidigare, måste vi söka om nu när det är nya regler "
        "från mars?",
        "existing_roles",
    ),
    ("påverkas befintliga behörigheter av ändringen 260301", "existing_roles"),
    ("vilka kurser måste man ha gått för att bli heromarapportör", "courses_required"),
    ("vilka utb krävs för chefsbehörighet i heroma", "courses_required"),
    ("kan jag skicka in blanketten nu och låta henne gå utbildningen sen?", "courses_before_form"),
    (
        "Does the training have to be completed before the access form is submitted?",
        "courses_before_form",
    ),
    (
        "finns det ngt utbildningsmaterial för oss chefer om heroma, var ligger det",
        "training_material",
    ),
    ("Where's the Heroma training material on Löneservice's site?", "training_material"),
    ("hur går man tillväga för att få behörighet i heroma", "how_to_apply"),
    ("Ny EC här, hur söker jag heromabehörighet? vilka steg ska göras", "how_to_apply"),
    ("How do I get access to Heroma as a new manager, what's the process?", "how_to_apply"),
    ("är det jag själv som ska söka behörigheten eller min chef?", "who_applies"),
    ("vem ansvarar for att ansoka om heromabehorighet till en ny stodfunktion", "who_applies"),
    ("hur anmäler jag mig till heromakursen i lärportalen", "enrol_learning_portal"),
    (
        "hittar inte heromautbildningen i lärportalen, vad ska man söka på??",
        "enrol_learning_portal",
    ),
    ("kan jag som chef anmäla min nya medarbetare till kursen direkt?", "who_enrols"),
    (
        "Can I sign my new admin up for the Heroma course myself or does she have to do it?",
        "who_enrols",
    ),
    ("var finns blanketten för heromabehörighet", "form_where"),
    ("behörighetsblankett länk?", "form_where"),
    ("vem ska skriva under behörighetsblanketten", "form_who_fills"),
    (
        "kan medarbetaren själv fylla i blanketten för behörighet eller måste chefen göra det",
        "form_who_fills",
    ),
    ("vart skickar jag behörighetsblanketten när den är ifylld", "form_send_to"),
    ("blanketten är klar o underskriven, vem ska ha den sen?", "form_send_to"),
    ("Where should the completed access form be sent?", "form_send_to"),
    ("räcker det att maila blanketten vanligt eller måste det va krypterat", "encrypted_mail"),
    ("måste mejlet med blanketten krypteras", "encrypted_mail"),
    (
        "bemanningssamordnaren har semester, vem skickar jag blanketten till då",
        "coordinator_absent",
    ),
    ("The staffing coordinator is on leave, who do I send the form to?", "coordinator_absent"),
    ("har skickat in blanketten, vad händer nu", "after_sending"),
    ("vad händer efter att blanketten är inskickad, vem handlägger den sen", "after_sending"),
    (
        "finns det nån sammanställning över aktuella heromabehörigheter som stöd för mig som chef?",
        "manager_support_doc",
    ),
    ("stöddokument för chefer om heromabehörigheter, var hittar jag det", "manager_support_doc"),
    ("min medarbetare ska byta från rapportör till en annan roll, hur gör jag", "change_access"),
    ("How do I change an employee's access role in Heroma?", "change_access"),
    ("när ska behörighetsrollen revideras?", "when_to_change"),
    ("i vilka lägen behöver man ändra en behörighet i heroma", "when_to_change"),
    ("hur tar jag bort heromabehörighet för en som slutat", "terminate_access"),
    (
        "hur avslutar man behörigheten för en stödfunktion som går i pension vid månadsskiftet",
        "terminate_access",
    ),
    ("How do I remove Heroma access for someone who is leaving?", "terminate_access"),
    ("försvinner behörigheten av sig själv när anställningen tar slut?", "no_auto_termination"),
    (
        "vår gamla chef har slutat, har hon fortfarande tillgång till heroma eller stängs det "
        "automatiskt",
        "no_auto_termination",
    ),
    ("vad är chefskoppling i heroma", "manager_link_what"),
    ("hur vet heroma vilken chef medarbetarnas ärenden ska gå till", "manager_link_what"),
    (
        "vi får ny enhetschef på ansvaret från 1 maj, vad behöver göras i heroma",
        "manager_link_change",
    ),
    (
        "I'm taking over as manager for a responsibility unit, how do I get linked to it "
        "in Heroma?",
        "manager_link_change",
    ),
    ("vem koordinerar heroma-frågorna på VO-nivå", "area_contact_person"),
    ("finns det en kontaktperson för heroma per verksamhetsomrade", "area_contact_person"),
    ("underlag heromahantering vad är det", "follow_up_list"),
    (
        "What's the 'Underlag Heromahantering - VO' and when does it need updating?",
        "follow_up_list",
    ),
    ("vem kan jag vända mig till om jag har frågor om behörigheter i heroma", "who_to_ask"),
    ("who do i contact with questions about heroma access", "who_to_ask"),
    ("vad har bemanningssamordnaren för roll i det här", "staffing_coordinator_role"),
    (
        "bemanningssamordnare SÄS, vad är deras uppgift i behörighetsprocessen",
        "staffing_coordinator_role",
    ),
    ("vad gör löneservice specialistsupport", "payroll_service_role"),
    ("vilken roll har Löneservice i behörighetsärendet?", "payroll_service_role"),
    ("vad är heroma för system", "heroma_what"),
    ("What is Heroma? new here", "heroma_what"),
    ("vad är kom o gå", "kom_o_ga_what"),
    ("kom och gå, vad används det till?", "kom_o_ga_what"),
    ("vad kan man göra i heroma självservice", "self_service_what"),
    ("What's Heroma Självservice used for?", "self_service_what"),
    ("vilken version är rutinen och när går den ut", "document_version"),
    ("hur länge gäller rutinen för heromabehörigheter?", "document_version"),
    ("gäller den här rutinen för hela VGR eller bara SÄS?", "document_scope"),
    ("who is this routine for", "document_scope"),
    ("vem är innehållsansvarig för rutinen", "document_owner"),
    ("vem har godkänt rutinen om heromabehörigheter", "document_owner"),
    # --- out of scope ---
    ("glömt lösenordet till heroma, hur återställer jag det", DECLINE),
    ("när betalas lönen ut denna månad?", DECLINE),
    ("hur attesterar jag övertid i heroma", DECLINE),
    ("hur lång tid tar det innan behörigheten är klar efter att jag skickat blanketten?", DECLINE),
    ("hur lägger jag in ett nytt grundschema för enheten", DECLINE),
    ("kan jag få behörighet till Medinet också?", DECLINE),
    ("heroma är nere, ngn mer som har problem?", DECLINE),
    ("How do I register sick leave for a staff member in Heroma?", DECLINE),
    ("where can I find my payslip", DECLINE),
    ("hur många semesterdagar har jag kvar", DECLINE),
    ("hur beställer jag siths-kort till en nyanställd usk", DECLINE),
    ("kostar heromautbildningen ngt för min enhet", DECLINE),
    ("hur lång är utb heroma för chefer, hur mkt tid ska man avsätta", DECLINE),
    ("What's the OB rate for weekend nights?", DECLINE),
    ("kan man ha heroma i mobilen? finns det app", DECLINE),
    ("hur gör jag lönerevisionen i heroma i år", DECLINE),
    ("behöver hjälp med vpn hemifrån, kommer inte åt nånting", DECLINE),
    ("hur mkt är friskvårdsbidraget och vem beslutar om det", DECLINE),
    ("hur registrerar jag VAB", DECLINE),
    ("hur skriver jag ut ett tjänstgöringsintyg för en medarbetare som slutat", DECLINE),
    ("Is there a Heroma course in English?", DECLINE),
    ("vilken flik i heroma ska jag gå in på för att godkänna ledighetsansökningar", DECLINE),
    ("får jag ta ut komp istället för övertidsersättning", DECLINE),
    ("hur anmäler jag en arbetsskada", DECLINE),
    ("hur lägger jag upp en ny anställning för en timvikarie i heroma", DECLINE),
]
