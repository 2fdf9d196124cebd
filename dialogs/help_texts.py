"""What 'hjälp' says in each step of the new-access flow."""

from __future__ import annotations

from store.models import Stage

COMMANDS = (
    "Du kan alltid skriva **meny** för menyn eller **avbryt** för att lämna formuläret; "
    "utkastet sparas och du tar upp det igen med **fortsätt**."
)

NEW_ACCESS_HELP: dict[Stage, str] = {
    Stage.CHANGE: (
        "Ange vad som ändras, varför och från vilket datum. Sedan går du igenom uppgifterna "
        "som vid en ny behörighet, ifyllda från ärendet du utgick från, och rättar det som "
        "ändras. Kräver en ny roll andra utbildningar väntar ansökan tills de är klara."
    ),
    Stage.DETAILS: (
        "Fyll i uppgifterna på kortet. Avslut: ange personen, vilka roller som ska avslutas "
        "och sista dagen. Chefskoppling: ange ansvaret, den nya chefen och från vilket datum."
    ),
    Stage.ASSIGNMENT: (
        "Välj det uppdrag personen har. Rutinen säger vilken behörighetsroll varje uppdrag "
        "ger: chefsuppdrag ger rollen Chef och stödfunktioner rollen Heromarapportör."
    ),
    Stage.ROLE: (
        "Här ser du vilken roll uppdraget ger och vilka förberedande utbildningar rollen kräver. "
        "Stämmer det inte, välj Byt uppdrag."
    ),
    Stage.PERSON: (
        "Fyll i personens namn, användar-id (t.ex. VGR-ID: bokstäver följda av siffror) och "
        "e-postadress så som de står i regionens katalog."
    ),
    Stage.UNITS: (
        "Ange de ansvar (kostnadsställen/enheter) behörigheten ska gälla, ett per rad, och "
        "vilket verksamhetsområde de hör till."
    ),
    Stage.COURSES: (
        "Personen ska ha klarat de förberedande e-utbildningarna i Lärportalen innan hen anmäler "
        "sig till Heromautbildningen. Datumet finns i personens utbildningshistorik. Lämna "
        "datumet tomt om en kurs inte är klar, så sparas utkastet."
    ),
    Stage.HEROMA_COURSE: (
        "Personen anmäler sig själv till Heromautbildningen genom att söka på Heroma i "
        "Lärportalen. Blanketten skickas in först när utbildningen är genomförd."
    ),
    Stage.REVIEW: (
        "Kontrollera blanketten. Du som ansvarig chef bekräftar uppgifterna och skickar den "
        "till bemanningssamordnaren, som lämnar den vidare till Löneservice specialistsupport."
    ),
}


def help_for(stage: Stage) -> str:
    return f"{NEW_ACCESS_HELP[stage]}\n\n{COMMANDS}"
