"""Blind set: written from the routine and the list of FAQ entries only, without seeing the content
file, the search code or the other question sets. Never used to tune anything."""

from __future__ import annotations

DECLINE = "decline"

BLIND: list[tuple[str, str]] = [
    # --- in scope, Swedish ---
    (
        "vad menas med behörighetsroll egentligen? är det samma sak som att ha inlogg?",
        "access_role_what",
    ),
    ("blir vårdenhetschef fr.o.m april, vilken roll ska jag ha i heroma", "role_for_manager"),
    ("läkarchef – vilken beh. gäller för det uppdraget i Heroma?", "role_for_manager"),
    (
        "vilken behörighetsroll ska en adminstratör ha som jobbar i heroma åt chefen",
        "role_for_support",
    ),
    (
        "Hej, vi har anställt en stödfunktion till enheten. Vilken roll i Heroma ska hen ha?",
        "role_for_support",
    ),
    ("min enhet ska ha en heromarapportör, vad innebär det för jobb?", "heroma_reporter_what"),
    ("måste jag söka om min behörighet nu när det kommer nya regler 1 mars?", "existing_roles"),
    ("har haft behörighet i flera år, påverkas den av det nya från 260301?", "existing_roles"),
    ("vilka kurser måste man ha gjort för att få chefsbehörighet", "courses_required"),
    (
        "räcker det med Heroma introduktion för en rapportör eller måste hen gå för chefer ocksa?",
        "courses_required",
    ),
    (
        "kan jag skicka in blanketten redan nu och låta henne göra utbildningarna sen?",
        "courses_before_form",
    ),
    ("ska utb vara klar innan man skickar in ansökan?", "courses_before_form"),
    (
        "finns det nån lathund eller utbildningsmaterial för heroma på löneservice sidan?",
        "training_material",
    ),
    ("hej! ny enhetschef här, hur går det till att få behörighet i heroma?", "how_to_apply"),
    ("vilka steg är det för att ansöka om heromabehörighet", "how_to_apply"),
    (
        "ska den nya medarbetaren själv söka behörighet i heroma eller är det jag som chef?",
        "who_applies",
    ),
    ("var i LP anmäler man sig till heroma, vad ska jag söka på?", "enrol_learning_portal"),
    ("kan jag som enh.chef anmäla min nya admin till kursen direkt?", "who_enrols"),
    ("var ligger blanketten för behörighet? hittar den inte på löneservice", "form_where"),
    ("länk till behorighetsblanketten nån?", "form_where"),
    ("vem ska skriva under blanketten, jag eller den nyanställda?", "form_who_fills"),
    ("vart mejlar jag blanketten när den är ifylld", "form_send_to"),
    ("skickas beh.blanketten direkt till löneservice eller till nån annan?", "form_send_to"),
    ("behöver mejlet vara krypterat eller räcker vanlig mejl", "encrypted_mail"),
    ("kan jag skicka blanketten som vanligt mail i outlook?", "encrypted_mail"),
    (
        "fick autosvar att bemanningssamordnaren är ledig, vart skickar jag ansökan nu",
        "coordinator_absent",
    ),
    ("skickade blanketten förra veckan, hur går det vidare därifrån?", "after_sending"),
    ("finns det nån översikt över alla heromabehörigheter för oss chefer?", "manager_support_doc"),
    (
        "min admin ska få andra arbetsuppgifter i heroma, hur ändrar jag hennes behörighet",
        "change_access",
    ),
    ("hur gör man för att ändra en befintlig behörighet i heroma?", "change_access"),
    (
        "i vilka lägen behöver jag som chef skicka in en ändring av nån behörighet?",
        "when_to_change",
    ),
    ("medarbetare slutar 31/5, hur tar jag bort hennes heroma behorighet", "terminate_access"),
    ("försvinner behörigheten av sig själv när anställningen tar slut?", "no_auto_termination"),
    ("om en chef slutar, stängs heroma-rollen automatiskt då?", "no_auto_termination"),
    ("vad innebär det att en chef är kopplad till ett ansvar i heroma?", "manager_link_what"),
    (
        "jag tar över som chef för ett ansvar efter en kollega, hur blir jag kopplad i heroma?",
        "manager_link_change",
    ),
    ("vem är heroma kontaktperson för vårt VO?", "area_contact_person"),
    (
        "finns det nån i verksamhetsområdet som samordnar heromagrejerna, PA-team osv?",
        "area_contact_person",
    ),
    ("ska man uppdatera nåt underlag för VO:t när nån behörighet ändras?", "follow_up_list"),
    ("vart vänder jag mig om jag har frågor kring behörigheter i heroma", "who_to_ask"),
    ("vad är bemanningssamordnarens roll i det här?", "staffing_coordinator_role"),
    (
        "vad har löneservice specialistsupport för roll i behörighetsprocessen",
        "payroll_service_role",
    ),
    ("vad används heroma till?", "heroma_what"),
    ("vad är komogå för system? har det med flex att göra?", "kom_o_ga_what"),
    ("medarbetarna pratar om självservicen, vad är det?", "self_service_what"),
    (
        "hur länge gäller rutinen för heromabehörighet, finns det nyare version?",
        "document_version",
    ),
    ("gäller den här rutinen hela VGR eller bara SÄS?", "document_scope"),
    ("vem ansvarar for innehållet i rutinen?", "document_owner"),
    # --- in scope, English ---
    ("I'm starting as a unit manager at SÄS, which role do I get in Heroma?", "role_for_manager"),
    ("what's a heroma rapportör, is that like an admin?", "heroma_reporter_what"),
    ("Will my current Heroma access be changed by the new rules in March?", "existing_roles"),
    (
        "Can I send the form before my new coordinator has finished the LP courses?",
        "courses_before_form",
    ),
    ("how do I sign up for the heroma course in the learning portal?", "enrol_learning_portal"),
    ("Can I register my employee for the Heroma training myself?", "who_enrols"),
    ("who do I email the filled in access form to?", "form_send_to"),
    (
        "The staffing coordinator is on leave - who should get the form instead?",
        "coordinator_absent",
    ),
    ("how do I remove heroma access for someone who is leaving?", "terminate_access"),
    (
        "A new manager is taking over my old responsibility unit, what needs to happen in Heroma?",
        "manager_link_change",
    ),
    ("sorry, new here - what is Heroma?", "heroma_what"),
    ("does this routine apply to all of VGR or just SÄS?", "document_scope"),
    # --- out of scope ---
    ("har glömt lösenordet till Heroma, hur återställer jag det?", DECLINE),
    ("när betalas lönen ut i december?", DECLINE),
    ("hur sjukanmäler jag mig om jag blir sjuk på helgen", DECLINE),
    ("hur många semesterdagar har jag kvar i år", DECLINE),
    ("behörighet till journalsystemet för en ny ssk, hur söker jag det?", DECLINE),
    ("hur lägger jag ut sommarschemat i Medinet", DECLINE),
    ("som chef, hur attesterar jag övertid i heroma?", DECLINE),
    ("hur tar jag fram lönespecen för förra månaden", DECLINE),
    ("vilken blankett ska jag använda för tjänstledighet?", DECLINE),
    ("datorn på avdelningen har dött, vem på IT ska jag ringa?", DECLINE),
    ("ny chef, hur förbereder jag lönesamtal med mina medarbetare?", DECLINE),
    ("hur beställer jag behörighet till en delad mapp på G:?", DECLINE),
    ("How do I change the bank account my salary is paid to?", DECLINE),
    ("Can I get friskvårdsbidrag for my gym membership?", DECLINE),
    ("How do I get a SITHS card to log in to the clinical systems?", DECLINE),
]
