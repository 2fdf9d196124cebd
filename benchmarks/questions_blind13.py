"""Thirteenth blind set: written from the routine and the list of FAQ entries only, by someone who
saw neither the content file, the search code nor any other question set. Never used to tune
anything.
"""

from __future__ import annotations

DECLINE = "decline"

BLIND13: list[tuple[str, str]] = [
    # --- in scope ---
    ("vad menas med behörighetsroll i heroma egentligen?", "access_role_what"),
    (
        "Hej! Ny som EC här. Alla pratar om att man måste ha 'rätt behörighetsroll' - vad är det "
        "för nåt och varför behövs det?",
        "access_role_what",
    ),
    ("Jag blir ny vårdenhetschef 1 april, vilken roll i Heroma ska jag ha?", "role_for_manager"),
    ("Which Heroma role do first line managers get at SÄS?", "role_for_manager"),
    ("vilken behorighet far en admin som ska jobba som stödfunktion i heroma", "role_for_support"),
    (
        "Vår enhetsadministratör ska avlasta mig med Heroma-grejer. Vilken roll ska hon ha där?",
        "role_for_support",
    ),
    ("vad är en heromarapportör för nåt", "heroma_reporter_what"),
    (
        "What does a Heroma reporter actually do, is it the same thing as a manager role?",
        "heroma_reporter_what",
    ),
    (
        "Måste jag söka om min behörighet nu när det ändrats fr.o.m. 1 mars? Har haft chefsroll i "
        "flera år",
        "existing_roles",
    ),
    (
        "Do the roles people already have get changed with the new rules from March 2026?",
        "existing_roles",
    ),
    ("vilka kurser måste en ny enhetschef gå innan hen kan få heroma?", "courses_required"),
    ("vilka förberedande utb behövs för heromarapportör", "courses_required"),
    (
        "Kan jag skicka in blanketten redan nu o låta ssk:n gå utbildningen sen?",
        "courses_before_form",
    ),
    (
        "Does the training have to be completed before I send in the access form, or can it be "
        "done in parallel?",
        "courses_before_form",
    ),
    ("var finns utbildningsmaterialet för heroma? hittar inte", "training_material"),
    (
        "Var på löneservice hemsida ligger utbildningsbokning och material för chefer o "
        "rapportörer?",
        "training_material",
    ),
    ("hej, hur söker jag heroma-behörighet till en ny chef?", "how_to_apply"),
    (
        "Vilka steg är det för att få behörighet i Heroma? Har en ny sektionsledare som ska jobba "
        "som stödfunktion",
        "how_to_apply",
    ),
    ("What's the process to get access to Heroma as a new manager?", "how_to_apply"),
    ("Är det jag själv som ska ansöka om min heromabehörighet eller min chef?", "who_applies"),
    (
        "vem ansvarar för att ansöka om behörighet när vi anställer en ny admin som ska jobba i "
        "Heroma",
        "who_applies",
    ),
    ("hur anmäler jag mig till heromakursen i lärportalen?", "enrol_learning_portal"),
    ("How do I sign up for the Heroma course in Lärportalen?", "enrol_learning_portal"),
    ("kan jag som VC anmäla min nya EC till heromautbildningen direkt?", "who_enrols"),
    (
        "Måste medarbetaren anmäla sig själv till utb eller kan chefen göra det åt hen?",
        "who_enrols",
    ),
    ("var hittar jag blanketten för heromabehörighet??", "form_where"),
    ("Where can I find the Heroma access form?", "form_where"),
    (
        "Vem ska skriva under behörighetsblanketten, jag eller den som ska ha behörigheten?",
        "form_who_fills",
    ),
    ("fyller den anstallda i blanketten sjalv?", "form_who_fills"),
    ("har fyllt i blanketten, vem skickar jag den till nu", "form_send_to"),
    ("Till vilken mejladress ska behörighetsblanketten?", "form_send_to"),
    ("Who do I email the completed access form to?", "form_send_to"),
    ("måste man kryptera mejlet med blanketten eller räcker vanlig mejl?", "encrypted_mail"),
    ("Går det bra att skicka behörighetsblanketten okrypterat i outlook?", "encrypted_mail"),
    ("bemanningssamordnaren är på semester, vart skickar jag blanketten då?", "coordinator_absent"),
    (
        "Fick autosvar att mottagaren är ledig i två veckor. Vem tar emot behörighetsblanketter "
        "under tiden?",
        "coordinator_absent",
    ),
    ("skickade in blanketten igår, vad händer med den nu?", "after_sending"),
    ("What happens to the form after I've sent it in?", "after_sending"),
    (
        "Finns det nån sammanställning för oss chefer över vilka behörigheter som finns?",
        "manager_support_doc",
    ),
    (
        "finns stöddokument för chef om heromabehörigheter som man kan spara ner på datorn?",
        "manager_support_doc",
    ),
    ("min admin ska få utökad behörighet i heroma, hur gör jag?", "change_access"),
    ("How do I change an existing Heroma access role for one of my staff?", "change_access"),
    ("När ska man revidera en behörighetsroll?", "when_to_change"),
    (
        "Medarbetare har bytt uppdrag internt, behöver behörigheten i heroma uppdateras då iaf?",
        "when_to_change",
    ),
    ("hur tar jag bort behörigheten för en chef som slutar hos oss", "terminate_access"),
    (
        "En av mina heromarapportörer ska inte jobba med heroma längre. Hur avslutar jag hennes "
        "behörighet?",
        "terminate_access",
    ),
    ("How do I remove Heroma access for someone who no longer needs it?", "terminate_access"),
    ("försvinner heromabehörigheten av sig själv när anställningen upphör?", "no_auto_termination"),
    (
        "If a manager quits, does their Heroma access get shut off automatically?",
        "no_auto_termination",
    ),
    ("vad betyder chefskoppling i heroma?", "manager_link_what"),
    (
        "Varför hamnar medarbetarnas ärenden hos fel chef i Heroma? Vad är det som styr vem som "
        "får dem?",
        "manager_link_what",
    ),
    (
        "Vi får ny enhetschef på ansvaret fr o m nästa månad, vad behöver göras i heroma så "
        "ärendena går till rätt person?",
        "manager_link_change",
    ),
    (
        "Jag tar över som chef för ett ansvar efter en kollega, hur blir jag kopplad till "
        "ansvaret?",
        "manager_link_change",
    ),
    ("vem är heroma-kontaktperson för vårt VO?", "area_contact_person"),
    (
        "Finns det nån på verksamhetsområdet som samordnar heromagrejerna, PA-team och sånt?",
        "area_contact_person",
    ),
    ("vad är underlag heromahantering VO för ett dokument?", "follow_up_list"),
    ("What is 'Underlag Heromahantering' and when does it need updating?", "follow_up_list"),
    ("vem kan jag vända mig till med frågor om behörigheter i heroma", "who_to_ask"),
    (
        "hej! har en fråga om heromabehörighet som jag inte hittar svar på nånstans, vem frågar "
        "jag?",
        "who_to_ask",
    ),
    ("vad är bemanningssamordnarens roll i behörighetsprocessen?", "staffing_coordinator_role"),
    (
        "Vilken funktion har bemanningssamordnaren på SÄS när det gäller heroma?",
        "staffing_coordinator_role",
    ),
    ("vad gör löneservice specialistsupport med behörighetsärendena?", "payroll_service_role"),
    ("What's Löneservice specialist support's part in the access process?", "payroll_service_role"),
    ("vad är heroma för system?", "heroma_what"),
    ("nyanställd usk här, vad används heroma till?", "heroma_what"),
    ("vad är kom o gå? ngn nämnde det på apt", "kom_o_ga_what"),
    ("What is Kom o Gå used for?", "kom_o_ga_what"),
    ("vad kan man göra i heroma självservice?", "self_service_what"),
    ("vad ar sjalvservice i heroma, ar det dar man soker ledighet?", "self_service_what"),
    ("vilken version av rutinen för heromabehörigheter är det som gäller nu?", "document_version"),
    ("hur länge gäller rutinen, när ska den ses över nästa gång?", "document_version"),
    ("gäller rutinen för hela VGR eller bara SÄS?", "document_scope"),
    ("Who is this access routine meant for?", "document_scope"),
    ("vem är innehållsansvarig för rutinen?", "document_owner"),
    ("Vem har godkänt behörighetsrutinen?", "document_owner"),
    # --- out of scope ---
    ("hur återställer jag mitt lösenord till heroma?", DECLINE),
    ("när kommer lönen ut denna månad, är det den 25e?", DECLINE),
    ("hur sjukanmäler jag mig om jag är hemma med feber idag", DECLINE),
    ("Var ser jag min lönespec?", DECLINE),
    ("hur många semesterdagar har jag kvar o var syns det", DECLINE),
    ("hur mycket är OB-tillägget på helger för usk?", DECLINE),
    ("Kan jag få ut friskvårdsbidrag, hur gör jag?", DECLINE),
    ("How much parental pay supplement does the region give on top of Försäkringskassan?", DECLINE),
    ("Mitt SITHS-kort funkar inte, vem kontaktar jag?", DECLINE),
    ("hur lägger man in en reseräkning efter en kurs i gbg", DECLINE),
    ("när är årets lönerevision klar?", DECLINE),
    ("hur lägger jag upp ett Teams-möte med hela enheten", DECLINE),
    ("vad gäller för sjuklön dag 1-14?", DECLINE),
    ("Can I work extra shifts as a nurse at another hospital while I'm employed here?", DECLINE),
    ("vilket kollektivavtal gäller för ssk i VGR", DECLINE),
    ("Hur lång uppsägningstid har en usk som vill sluta?", DECLINE),
    ("VPN funkar inte hemifrån, ngn som vet vad man gör?", DECLINE),
    ("How do I approve my staff's time reports in Heroma before the payroll deadline?", DECLINE),
    ("var anmäler jag ett tillbud/arbetsskada på avd?", DECLINE),
    ("hur många timmar övertid får man jobba per år enl avtalet?", DECLINE),
    ("Skrivaren på avd 12 skriver inte ut, vem ringer jag", DECLINE),
    ("Hur söker jag semesterväxling? Vill byta lönetillägg mot fler dagar", DECLINE),
    ("när ska sommarsemestern vara inlagd senast?", DECLINE),
    ("What's the cut-off date for registering overtime so it's paid next month?", DECLINE),
    ("hur rekryterar jag en vikarie, var lägger jag ut annonsen?", DECLINE),
]
