"""A house rule whose pattern does not compile is the rule file's error: exit 2, one line, no traceback."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from artlint.cli import main

RULE = '''[[rule]]
id = "house/unclosed"
kind = "pattern"
severity = "warning"
summary = "Broken on purpose."
message = "x"
params = { pattern = "(unclosed" }
examples = { fail = ["(unclosed here"], pass = ["fine"] }
'''

SINGLE = '''id = "house/unclosed"
kind = "pattern"
severity = "warning"
summary = "Broken on purpose, and no examples."
message = "x"

[params]
pattern = "(unclosed"
'''

PHRASES = '''[[rule]]
id = "house/netizens"
kind = "phrases"
severity = "info"
summary = "Broken on purpose."
message = "x"
params = { phrases = [{ pattern = "net(izens", suggestion = "say who" }] }
'''

ERROR = "invalid pattern '(unclosed': missing ) at position 9"


def _run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, list(args))


def test_test_rules_fails_cleanly_naming_file_rule_and_error(tmp_path: Path) -> None:
    rules = tmp_path / "style.toml"
    rules.write_text(RULE, encoding="utf-8")
    result = _run("test-rules", str(rules))
    assert result.exit_code == 2
    assert result.output == f"artlint: error: {rules}: rule house/unclosed: {ERROR}\n"


def test_single_rule_file_without_examples_is_not_zero_passed(tmp_path: Path) -> None:
    rules = tmp_path / "house" / "unclosed.toml"
    rules.parent.mkdir()
    rules.write_text(SINGLE, encoding="utf-8")
    result = _run("test-rules", str(rules))
    assert (result.exit_code, result.output) == (2, f"artlint: error: {rules}: rule house/unclosed: {ERROR}\n")


def test_phrases_pattern_error_names_the_users_pattern(tmp_path: Path) -> None:
    rules = tmp_path / "style.toml"
    rules.write_text(PHRASES, encoding="utf-8")
    result = _run("test-rules", str(rules))
    assert result.exit_code == 2
    assert result.output == (f"artlint: error: {rules}: rule house/netizens: invalid pattern 'net(izens': "
                             "missing ), unterminated subpattern at position 3\n")


def test_check_reports_the_rule_file_not_the_article(tmp_path: Path) -> None:
    rules = tmp_path / "style.toml"
    rules.write_text(RULE, encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Title\n\nBody text here.\n", encoding="utf-8")
    result = _run("check", "--rules", str(rules), str(article))
    assert result.exit_code == 2
    assert result.output == f"artlint: error: {rules}: rule house/unclosed: {ERROR}\n"


def test_config_override_with_a_bad_pattern_is_a_config_error(tmp_path: Path) -> None:
    rules = tmp_path / "style.toml"
    rules.write_text(RULE.replace("(unclosed", "ok"), encoding="utf-8")
    config = tmp_path / "artlint.toml"
    config.write_text(f'extend-rules = ["{rules.name}"]\n[rules."house/unclosed".params]\npattern = "(unclosed"\n',
                      encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Title\n\nBody text here.\n", encoding="utf-8")
    result = _run("check", "--config", str(config), str(article))
    assert result.exit_code == 2
    assert result.output == f"artlint: error: {config}: rule house/unclosed: {ERROR}\n"


# reader-call compiles each call class's verbs and objects when a sentence first needs them (a cold start
# pays only for what the article uses); a house rule's broken verb is still the file's error, at load time.
READER_CALL = '''[[rule]]
id = "house/subscribe"
kind = "reader-call"
severity = "warning"
summary = "Broken on purpose."
message = "x"
params = { objects = { site = ["us"] }, calls = [{ name = "follow", verbs = ["fol(low"], objects = ["site"] }] }
'''


def test_reader_call_verb_error_is_found_when_the_file_loads(tmp_path: Path) -> None:
    rules = tmp_path / "style.toml"
    rules.write_text(READER_CALL, encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Title\n\nBody text here.\n", encoding="utf-8")
    result = _run("check", "--rules", str(rules), str(article))
    assert (result.exit_code, result.output) == (
        2, f"artlint: error: {rules}: rule house/subscribe: reader-call follow: invalid pattern: "
           "missing ), unterminated subpattern at position 0\n")


# A {pattern} entry with a plain opening word waits in its lexicon bucket until an article holds that word;
# before check_compiles built the buckets, its error was an "internal error" blamed on that article.
BUCKETED = '''[[rule]]
id = "house/according"
kind = "phrases"
severity = "info"
summary = "Broken on purpose."
message = "x"
params = { phrases = [{ pattern = "according to (a", suggestion = "say who" }] }
'''


def test_bucketed_phrases_pattern_error_is_the_rule_files(tmp_path: Path) -> None:
    rules = tmp_path / "style.toml"
    rules.write_text(BUCKETED, encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Title\n\nBody text here, according to a source.\n", encoding="utf-8")
    result = _run("check", "--rules", str(rules), str(article))
    assert (result.exit_code, result.output) == (
        2, f"artlint: error: {rules}: rule house/according: invalid pattern 'according to (a': "
           "missing ), unterminated subpattern at position 13\n")
