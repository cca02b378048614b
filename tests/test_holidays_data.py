"""A broken holidays file is reported as a rule-file error naming the file, as the other bundled data loaders do."""
from __future__ import annotations

import pytest

from artlint.analysis import date_holidays
from artlint.errors import RuleFileError


def test_the_bundled_holidays_file_loads_with_both_tables() -> None:
    data = date_holidays._read_holidays()
    assert data["windows"] and data["days"]


def test_a_file_that_is_not_toml_is_a_rule_file_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(date_holidays, "data_text", lambda name: "[windows\n")
    with pytest.raises(RuleFileError, match="cannot load the holiday vocabulary") as raised:
        date_holidays._read_holidays()
    assert raised.value.path == "rules/_data/holidays.toml"


def test_a_file_without_its_two_tables_is_a_rule_file_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(date_holidays, "data_text", lambda name: "[windows]\nsouth_asia = [\"Eid\"]\n")
    with pytest.raises(RuleFileError, match=r"\[days\]"):
        date_holidays._read_holidays()


def test_an_entry_that_opens_on_no_plain_word_is_a_rule_file_error(monkeypatch: pytest.MonkeyPatch) -> None:
    bad = {"windows": {"anywhere": ["(?:Eid)"]}, "days": {}}
    monkeypatch.setattr(date_holidays.cache, "derived", lambda *args: bad)
    date_holidays._holiday_data.cache_clear()
    try:
        with pytest.raises(RuleFileError, match="must start with a plain word"):
            date_holidays._holiday_data()
    finally:
        date_holidays._holiday_data.cache_clear()
