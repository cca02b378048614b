"""promo/call-to-action and promo/stray-headline share one list of lone link labels (rules/_data/link-labels.toml)."""
from __future__ import annotations

import tomllib
from typing import Any

from artlint.resources import data_text

from conftest import lint_one, rule


def _joined() -> str:
    return "(?:" + "|".join(tomllib.loads(data_text("_data/link-labels.toml"))["alone"]) + ")"


def _patterns(options: Any) -> list[str]:
    return [p if isinstance(p, str) else p["pattern"] for g in options["groups"] for p in g["phrases"]]


def test_call_to_action_reports_the_shared_lone_labels() -> None:
    assert "^" + _joined() + "\\s*:?\\s*$" in _patterns(rule("promo/call-to-action").params)


def test_stray_headline_takes_its_lone_labels_from_the_shared_list() -> None:
    assert rule("promo/stray-headline").params["label_alone"] == _joined() + "\\s*:?"


def test_a_shared_label_is_reported_and_the_title_under_it_is_not() -> None:
    text = ("Festival line-up\n\nThe festival announced its first names on Monday, with tickets on sale in May.\n\n"
            "Latest Updates\n\nSinger Cancels Autumn Tour Dates After Injury\n\nThe festival runs for three days.")
    assert lint_one("promo/call-to-action", text, fmt="txt") == [("promo/call-to-action", 5, 1)]
    assert lint_one("promo/stray-headline", text, fmt="txt") == []
