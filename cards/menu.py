"""The main menu: what the assistant can help with, one button each."""

from __future__ import annotations

from cards.elements import CardDict, action_set, card, heading, submit, text

# (action, title, what it is for). The action is what the router dispatches on.
MENU_ITEMS: tuple[tuple[str, str, str], ...] = (
    (
        "menu.new_access",
        "Ny behörighet",
        "Ansök om en behörighetsroll i Heroma för en medarbetare.",
    ),
    ("menu.change", "Ändra behörighet", "När ett uppdrag ändras och rollen behöver revideras."),
    ("menu.termination", "Avsluta behörighet", "Behörigheter upphör aldrig av sig själva."),
    ("menu.manager_link", "Chefskoppling", "Koppla en ny chef till ett ansvar i Heroma."),
    ("menu.my_cases", "Mina ärenden", "Se dina ärenden, deras status och nästa steg."),
    ("menu.faq", "Frågor om rutinen", "Svar på vanliga frågor om behörigheter i Heroma."),
)


def menu_card(
    *,
    greeting: str = "Vad vill du göra?",
    has_draft: bool = False,
    notice: str | None = None,
    detail: str | None = None,
) -> CardDict:
    """The menu, with a way back into the latest draft when there is one.

    `notice` is highlighted at the top; `detail`, a plain line under it, says more about it.
    """
    body = [heading("Heroma-assistenten")]
    if notice:
        body.append(text(notice, color="Attention", weight="Bolder"))
    if detail:
        body.append(text(detail))
    body.append(text(greeting))
    lines = []
    for _action, title, purpose in MENU_ITEMS:
        lines.append(f"- **{title}**: {purpose}")
    body.append(text("\n".join(lines)))
    body.append(
        text(
            "Skriv **meny** när som helst för att komma hit, **hjälp** för att få hjälp med "
            "steget du står i och **avbryt** för att lämna ett formulär.",
            subtle=True,
            size="Small",
        )
    )
    buttons = [submit(title, action) for action, title, _ in MENU_ITEMS]
    if has_draft:
        buttons.insert(0, submit("Fortsätt med utkastet", "menu.resume", style="positive"))
    # Hosts show at most five actions in a row, so the menu is laid out in rows of three.
    body.extend(action_set(buttons[i : i + 3]) for i in range(0, len(buttons), 3))
    return card(body)
