"""A small logistic-regression clickbait model shipped as JSON data: features and scoring.

The features ignore letter case, quote style and accents on purpose: in the
training data (Chakraborty et al. 2016) clickbait headlines are ASCII Title Case
and the others are not, so a model that saw case would learn the source, not
the clickbait.  For the same reason they ignore names: a word that professional
copy never writes in lower case (not in rules/_data/common-words.txt) is read
as <name>, so "Kim Kardashian West confirms baby" is "<name> <name> west confirms
baby" and the model learns the devices, not who the news of 2016 was about.
scripts/train_clickbait.py writes the model; this module only reads it.
"""
from __future__ import annotations

import json
import math
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from ..patterns import LazyPattern

_FOLD = str.maketrans({"‘": "'", "’": "'", "‚": "'", "′": "'", "“": '"', "”": '"', "„": '"',
                       "–": "-", "—": "-", "‐": "-", "‑": "-", "…": "...", "\u00a0": " "})
COMMON_WORDS = "_data/common-words.txt"
_TOKEN = LazyPattern(r"[a-z]+(?:'[a-z]+)?|\d+(?:[.,]\d+)*|[?!]")


def normalise(headline: str) -> str:
    """Lower case, ASCII quotes and dashes, no accents, single spaces."""
    text = unicodedata.normalize("NFKD", headline.translate(_FOLD))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.lower().split())


@lru_cache(maxsize=1)
def vocabulary() -> frozenset[str]:
    """Words professional copy writes in lower case; any other word is a name to the model.

    Kept in the disk cache: reading and splitting the 14,000 words took 3 to 5 ms of a cold check.
    """
    from .. import cache
    from ..resources import data_text

    def read() -> frozenset[str]:
        return frozenset(w for w in data_text(COMMON_WORDS).split() if not w.startswith("#"))

    return cache.derived("common-words-1", [COMMON_WORDS], read, lambda v: isinstance(v, frozenset))


def _token(word: str, known: frozenset[str]) -> str:
    if word[0].isdigit():
        return "<num>"
    if word in "?!" or word in known or word.split("'", 1)[0] in known:
        return word.replace("'", "")
    return "<name>"


def features(headline: str) -> list[str]:
    """Unigrams and bigrams of the normalised headline, numbers and names masked, with edges marked."""
    known = vocabulary()
    tokens = [_token(t, known) for t in _TOKEN.findall(normalise(headline))]
    padded = ["<s>", *tokens, "</s>"]
    grams = list(tokens)
    grams += [f"{a} {b}" for a, b in zip(padded, padded[1:])]
    n = len(tokens)
    grams.append(f"<len{min(n, 16) // 4}>")
    return grams


@dataclass(frozen=True)
class HeadlineModel:
    """The clickbait model: a bias and a weight per feature, and the probability threshold."""

    bias: float
    weights: dict[str, float]
    threshold: float

    def probability(self, headline: str) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features(headline))
        return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))

    def top_features(self, headline: str, n: int = 3) -> list[str]:
        """The features that pushed this headline hardest towards clickbait."""
        scored = sorted({f: self.weights.get(f, 0.0) for f in features(headline)}.items(), key=lambda kv: -kv[1])
        return [f for f, w in scored[:n] if w > 0 and not f.startswith("<") and "<name>" not in f]

    @classmethod
    def from_json(cls, text: str) -> HeadlineModel:
        data = json.loads(text)
        return cls(float(data["bias"]), {k: float(v) for k, v in data["weights"].items()},
                   float(data.get("threshold", 0.5)))


@lru_cache(maxsize=8)
def load(name: str) -> HeadlineModel:
    """A model by file path, or by name relative to the bundled rule packs ("hype/clickbait-model.json")."""
    from .. import cache
    from ..errors import RuleFileError
    from ..resources import data_text

    def parse() -> tuple[float, dict[str, float], float]:
        model = HeadlineModel.from_json(data_text(name))
        return model.bias, model.weights, model.threshold

    try:
        # Parsing 18,000 weights from JSON costs 15 ms of every start; the disk cache holds them ready.
        return HeadlineModel(*cache.derived("headline-model-1", [name], parse,
                                            lambda v: isinstance(v, tuple) and len(v) == 3))
    except (OSError, ValueError, KeyError) as error:
        raise RuleFileError(f"cannot load headline model {name!r}: {error}") from None
