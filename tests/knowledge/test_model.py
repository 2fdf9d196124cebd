"""The model of the ways of asking: scikit-learn's own figures, the same model every time."""

from __future__ import annotations

import pytest
from scipy.sparse import hstack

from knowledge import FaqIndex, load_faq
from knowledge.model import QuestionModel, Sample

QUESTIONS = [
    "hur ansöker jag om behörighet i heroma",
    "vart skickar jag beh.blanketten",
    "vem fyller i blanketten?",
    "hur mycket semester har jag kvar",
    "How do I apply for access to Heroma?",
    "lärportlaen anmälan",
    "",
]


def samples() -> list[Sample]:
    """The real content's ways of asking, as the index gives them to the model."""
    index = FaqIndex(load_faq())
    return [
        Sample(text, language.keys(text), number)
        for language in index._indexes.values()
        for number, ways in enumerate(language.ways)
        for text in ways
    ]


@pytest.fixture(scope="module")
def trained() -> tuple[QuestionModel, list[Sample]]:
    given = samples()
    return QuestionModel(given), given


def test_a_guess_is_scikit_learns_own_probability(
    trained: tuple[QuestionModel, list[Sample]],
) -> None:
    """The guess reads only the question's features; it must give what predict_proba gives."""
    model, given = trained
    keys, chars = model.vectorizers
    for text, question_keys in [(s.text, s.keys) for s in given[::7]] + [
        (q, ()) for q in QUESTIONS
    ]:
        features = hstack([keys.transform([question_keys]), chars.transform([text])]).tocsr()
        expected = model.classifier.predict_proba(features)[0]
        guess = model.guess(text, question_keys)
        assert guess.label == int(model.classifier.classes_[expected.argmax()])
        assert guess.probability == pytest.approx(float(expected.max()), abs=1e-12)


def test_with_two_classes_the_guess_is_still_scikit_learns() -> None:
    given = [
        Sample("vem skriver under blanketten", ("skriv", "blankett"), 0),
        Sample("vart skickar jag blanketten", ("skick", "blankett"), 1),
        Sample("vem signerar", ("signer",), 0),
    ]
    model = QuestionModel(given)
    keys, chars = model.vectorizers
    for text in ("vem skriver under", "skicka blanketten", "okänt"):
        features = hstack([keys.transform([()]), chars.transform([text])]).tocsr()
        expected = model.classifier.predict_proba(features)[0]
        assert model.guess(text, ()).probability == pytest.approx(float(expected.max()))


def test_the_same_content_trains_the_same_model(
    trained: tuple[QuestionModel, list[Sample]],
) -> None:
    model, given = trained
    again = QuestionModel(given)
    for text in QUESTIONS:
        assert again.guess(text, ()) == model.guess(text, ())


def test_a_model_needs_two_classes_to_tell_apart() -> None:
    with pytest.raises(ValueError, match="two classes"):
        QuestionModel([Sample("vem skriver under", ("skriv",), 0)])
