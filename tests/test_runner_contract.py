"""The runner knows no family: metrics, the profile, skip notes and the grammar client come through the kind contract."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from artlint.config import Config, bundled_rules
from artlint.runner import Runner

LINT = Path(__file__).resolve().parents[1] / "lint"

# BBC News entertainment, "Gallery unveils interactive tree" (../shared/corpus/bbc-entertainment/001.txt), whole.
ARTICLE = """Gallery unveils interactive tree

A Christmas tree that can receive text messages has been unveiled at London's Tate Britain art gallery.

The spruce has an antenna which can receive Bluetooth texts sent by visitors to the Tate. The messages will be \
"unwrapped" by sculptor Richard Wentworth, who is responsible for decorating the tree with broken plates and light \
bulbs. It is the 17th year that the gallery has invited an artist to dress their Christmas tree. Artists who have \
decorated the Tate tree in previous years include Tracey Emin in 2002.

The plain green Norway spruce is displayed in the gallery's foyer. Its light bulb adornments are dimmed, ordinary \
domestic ones joined together with string. The plates decorating the branches will be auctioned off for the \
children's charity ArtWorks. Wentworth worked as an assistant to sculptor Henry Moore in the late 1960s. His \
reputation as a sculptor grew in the 1980s, while he has been one of the most influential teachers during the last \
two decades. Wentworth is also known for his photography of mundane, everyday subjects such as a cigarette packet \
jammed under the wonky leg of a table.
"""
BASE = {"words": 186, "sentences": 11, "paragraphs": 3, "images": 0}
READABILITY = {"flesch_reading_ease": 62.8, "flesch_kincaid_grade": 8.7, "avg_sentence_length": 16.9,
               "long_sentence_share": 0.0}


@pytest.mark.parametrize("module", ["runner.py", "engine.py"])
def test_the_runner_and_engine_name_no_family_and_no_rule(module: str) -> None:
    """No family or rule id in their code's strings, and no decision on a rule's family (docstrings may give examples)."""
    rules = bundled_rules()
    families = {r.family for r in rules}
    ids = {r.id for r in rules}
    tree = ast.parse((LINT / module).read_text(encoding="utf-8"))
    docstrings = {id(n.body[0].value) for n in ast.walk(tree)
                  if isinstance(n, (ast.Module, ast.ClassDef, ast.FunctionDef)) and ast.get_docstring(n) is not None
                  and isinstance(n.body[0], ast.Expr)}
    named = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            words = set(re.findall(r"[\w-]+(?:/[\w-]+)?", node.value))
            named += sorted(words & (families | ids))
        if isinstance(node, ast.Attribute) and node.attr == "family":
            named.append(f".family (line {node.lineno})")
    assert named == []


def _result(tmp_path: Path, house: str, select: str, languagetool: str = "off"):  # type: ignore[no-untyped-def]
    (tmp_path / "house.toml").write_text(house, encoding="utf-8")
    cfg = Config(extend_rules=(str(tmp_path / "house.toml"),), select=(select,), languagetool=languagetool)
    return Runner(config=cfg).check_source(ARTICLE, "001.txt")


GRADE = ('[[rule]]\nid = "house/grade"\nkind = "readability-grade"\nseverity = "info"\nsummary = "s"\n'
         'message = "Grade {grade}."\n')
PHRASE = ('[[rule]]\nid = "house/tree"\nkind = "phrases"\nseverity = "info"\nsummary = "s"\n'
          'message = "Cut \'{match}\'."\nparams = { phrases = ["wonky"] }\n')


def test_a_house_rule_of_a_readability_kind_brings_the_readability_metrics(tmp_path: Path) -> None:
    result = _result(tmp_path, GRADE, "house")
    assert (result.findings, result.metrics, result.profile, result.skipped) == ([], {**BASE, **READABILITY}, None, [])


def test_a_rule_of_a_kind_that_describes_nothing_adds_only_the_base_metrics(tmp_path: Path) -> None:
    result = _result(tmp_path, PHRASE, "house")
    assert [f.text for f in result.findings] == ["wonky"]
    assert (result.metrics, result.profile, result.skipped) == (BASE, None, [])


def test_the_bundled_families_add_metrics_profile_and_skip_notes_in_rule_order(tmp_path: Path) -> None:
    result = Runner(config=Config(languagetool="off")).check_source(ARTICLE, "001.txt")
    assert result.metrics == {**BASE, **READABILITY}
    assert result.profile == {"name": "general", "source": "inferred",
                              "reason": "no kind in metadata or config, and no strong keywords"}
    assert [s["family"] for s in result.skipped] == ["grammar"]


def test_a_skip_note_names_the_family_of_the_rules_that_could_not_run(tmp_path: Path) -> None:
    house = '[[rule]]\nid = "house/spelling"\nkind = "grammar"\nseverity = "info"\nsummary = "s"\nmessage = "{detail}"\n'
    result = _result(tmp_path, house, "house")
    assert [s["family"] for s in result.skipped] == ["house"]
    assert result.skipped[0]["reason"].startswith("no LanguageTool server configured")
