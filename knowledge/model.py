"""QuestionModel: the entry, or the outside list, a question is most like, learned from the content.

The BM25 search (knowledge/search.py) weighs each word by how rare it is. This model learns from
the content's own ways of asking (every entry's question, keywords and asked questions, and the
outside list's items and asked questions) which words and word parts set an entry apart from its
neighbours and from the matters the routine does not answer: "schemat" next to "ändra" points
away from the routine, "utbildningsmaterial" away from the form. It is a linear classifier
(logistic loss, one class per entry plus one for the outside list) over two kinds of features:

- the analyzer's keys of the question (stems, parts of compounds, abbreviations written out,
  typos corrected), so it sees what the search sees;
- character 3- to 5-grams inside words, so a misspelt or unknown compound still shares most of
  its parts with the words it was built from.

It is trained at start-up in a fraction of a second (stochastic gradient descent, a fixed seed,
so the same content always gives the same model), from the content file alone: a coordinator who
adds an asked question teaches it without touching code.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import SGDClassifier


@dataclass(frozen=True)
class Sample:
    """One way of asking: the text as written, its analyzer keys, and the class it belongs to."""

    text: str
    keys: tuple[str, ...]
    label: int


@dataclass(frozen=True)
class Guess:
    label: int
    probability: float


class _Features:
    """One fitted tf-idf vectorizer as plain look-ups: a question's feature columns and values."""

    def __init__(self, vectorizer: TfidfVectorizer, offset: int) -> None:
        self._analyze: Callable[[Any], list[str]] = vectorizer.build_analyzer()
        self._columns: dict[str, int] = {k: int(c) for k, c in vectorizer.vocabulary_.items()}
        self._idf: list[float] = [float(i) for i in vectorizer.idf_]
        self._offset = offset
        self.size = len(self._columns)

    def of(self, document: Any) -> dict[int, float]:
        """Sublinear tf x idf, L2-normalised: what the vectorizer's transform gives."""
        counts = Counter(
            c for t in self._analyze(document) if (c := self._columns.get(t)) is not None
        )
        values = {c: (1.0 + math.log(n)) * self._idf[c] for c, n in counts.items()}
        norm = math.sqrt(sum(v * v for v in values.values())) or 1.0
        return {self._offset + c: v / norm for c, v in values.items()}


class QuestionModel:
    """Trained once from the samples; `guess` is pure.

    A guess costs a few dictionary look-ups and a product of the question's few features with
    their rows of weights: it does not grow with the number of entries' features (scikit-learn's
    own `predict_proba` copies the whole weight matrix on every call).
    """

    def __init__(self, samples: Sequence[Sample]) -> None:
        if len({s.label for s in samples}) < 2:
            raise ValueError("the model needs samples of at least two classes")
        # The keys come analysed already: the vectorizer only counts them.
        keys = TfidfVectorizer(analyzer=list, sublinear_tf=True)
        chars = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)
        features = hstack(
            [
                keys.fit_transform([s.keys for s in samples]),
                chars.fit_transform([s.text for s in samples]),
            ]
        ).tocsr()
        self.classifier = SGDClassifier(loss="log_loss", random_state=0)
        self.classifier.fit(features, [s.label for s in samples])
        self.vectorizers = (keys, chars)
        self._keys = _Features(keys, 0)
        self._chars = _Features(chars, self._keys.size)
        self._labels: list[int] = [int(c) for c in self.classifier.classes_]
        # Weights by feature (a row each), so a question reads only its own features' rows.
        self._weights = np.ascontiguousarray(self.classifier.coef_.T)
        self._intercept = np.asarray(self.classifier.intercept_)

    def guess(self, text: str, keys: Sequence[str]) -> Guess:
        """The most likely class and its probability (the classes' probabilities sum to 1)."""
        features = self._keys.of(tuple(keys)) | self._chars.of(text)
        columns = np.fromiter(features, dtype=np.intp, count=len(features))
        values = np.fromiter(features.values(), dtype=np.float64, count=len(features))
        scores = values @ self._weights[columns] + self._intercept
        # Logistic loss, one class against the rest: each class's sigmoid, normalised to sum 1
        # (as scikit-learn does); with two classes the one score is the second class's.
        ones = 1.0 / (1.0 + np.exp(-scores))
        probabilities = np.concatenate([1.0 - ones, ones]) if len(self._labels) == 2 else ones
        probabilities = probabilities / (probabilities.sum() or 1.0)
        best = int(probabilities.argmax())
        return Guess(self._labels[best], float(probabilities[best]))
