"""Cards built from every helper in cards/elements.py, for the renderer check and screenshots."""

from __future__ import annotations

from cards.elements import (
    CardDict,
    action_set,
    bullet_list,
    card,
    choice_set,
    container,
    date_input,
    error_text,
    execute,
    fact_set,
    heading,
    progress,
    submit,
    submit_without_inputs,
    text,
    text_input,
    toggle,
)

CASE_ID = "A-2024-0042"

person_step = card(
    [
        progress(2, 6, "Person"),
        heading("Vem ska få behörighet?"),
        text("Fyll i uppgifterna om medarbetaren.", subtle=True),
        error_text("Anställningsnumret ska vara 6 siffror."),
        text_input(
            "employee_number",
            "Anställningsnummer",
            placeholder="123456",
            required=True,
            max_length=6,
            regex=r"^\d{6}$",
            error_message="Ange 6 siffror.",
        ),
        text_input("name", "Namn", value="Kim Exempel", required=True),
        text_input("note", "Övrigt till bemanningssamordnaren", multiline=True, max_length=500),
        date_input("start_date", "Startdatum", value="2024-09-01", required=True),
        choice_set(
            "access_role",
            "Behörighetsroll",
            [("Schemaläggare", "scheduler"), ("Attestant", "approver")],
            required=True,
        ),
        choice_set(
            "business_area",
            "Verksamhetsområde",
            [("Vård och omsorg", "care"), ("Skola", "school")],
            value="care",
            expanded=False,
        ),
        choice_set(
            "responsibility_units",
            "Ansvar",
            [("1100 Hemtjänst norr", "1100"), ("1200 Hemtjänst söder", "1200")],
            multi=True,
        ),
        toggle(
            "training_done", "Medarbetaren har gått utbildningen i Lärportalen", label="Utbildning"
        ),
    ],
    [
        submit("Nästa", "person_submitted", style="positive", case_id=CASE_ID),
        submit_without_inputs("Avbryt", "cancel", case_id=CASE_ID),
    ],
)

coordinator_case = card(
    [
        heading("Nytt ärende: ny behörighet"),
        container(
            [
                fact_set(
                    [
                        ("Ärende", CASE_ID),
                        ("Medarbetare", "Kim Exempel"),
                        ("Roll", "Schemaläggare"),
                        ("Startdatum", "2024-09-01"),
                    ]
                ),
            ],
            style="emphasis",
        ),
        text("Att göra", weight="Bolder", spacing="Medium"),
        bullet_list(["Lägg upp behörigheten i Heroma", "Meddela chefen när det är klart"]),
        toggle("notify_manager", "Meddela chefen", label="Avisering", value=True),
    ],
    [
        execute("Ta ärendet", "take_case", style="positive", case_id=CASE_ID),
        execute("Klart", "complete_case", case_id=CASE_ID),
    ],
)

done = card(
    [
        text("Klart! Ärendet är skickat.", size="Medium", color="Good"),
        action_set([submit("Till menyn", "menu"), submit("Mina ärenden", "my_cases")]),
    ]
)

SAMPLES: dict[str, CardDict] = {
    "person_step": person_step,
    "coordinator_case": coordinator_case,
    "done": done,
}
