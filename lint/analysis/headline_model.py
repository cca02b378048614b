"""A small logistic-regression clickbait model shipped as JSON data: features and scoring.

The features ignore letter case, quote style and accents on purpose: in the
training data (Chakraborty et al. 2016) clickbait headlines are ASCII Title Case
and the others are not, so a model that saw case would learn the source, not
the clickbait.  scripts/train_clickbait.py writes the model; this module only reads it.
"""
from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

_FOLD = str.maketrans({"‘": "'", "’": "'", "‚": "'", "′": "'", "“": '"', "”": '"', "„": '"',
                       "–": "-", "—": "-", "‐": "-", "‑": "-", "…": "...", "\u00a0": " "})
_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+(?:[.,]\d+)*|[?!]")


def normalise(headline: str) -> str:
    """Lower case, ASCII quotes and dashes, no accents, single spaces."""
    text = unicodedata.normalize("NFKD", headline.translate(_FOLD))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.lower().split())


def features(headline: str) -> list[str]:
    """Unigrams and bigrams of the normalised headline, numbers folded to <num>, with edges marked."""
    tokens = ["<num>" if t[0].isdigit() else t for t in _TOKEN.findall(normalise(headline))]
    tokens = [t.replace("'", "") for t in tokens]
    padded = ["<s>", *tokens, "</s>"]
    grams = list(tokens)
    grams += [f"{a} {b}" for a, b in zip(padded, padded[1:])]
    n = len(tokens)
    grams.append(f"<len{min(n, 16) // 4}>")
    return grams


@dataclass(frozen=True)
class HeadlineModel:
    bias: float
    weights: dict[str, float]
    threshold: float

    def probability(self, headline: str) -> float:
        z = self.bias + sum(self.weights.get(f, 0.0) for f in features(headline))
        return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))

    def top_features(self, headline: str, n: int = 3) -> list[str]:
        """The features that pushed this headline hardest towards clickbait."""
        scored = sorted({f: self.weights.get(f, 0.0) for f in features(headline)}.items(), key=lambda kv: -kv[1])
        return [f for f, w in scored[:n] if w > 0 and not f.startswith("<")]

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
