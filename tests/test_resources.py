"""resources: the bundled packages' folders, read off the packages as importlib.resources.files() reads them."""
from __future__ import annotations

import sys
import zipfile
from importlib.resources import files
from pathlib import Path

import pytest

from artlint import resources


@pytest.mark.parametrize("package", ["artlint.rule_packs", "artlint.schemas"])
def test_a_package_folder_on_disk_is_the_folder_files_gives(package: str) -> None:
    assert resources._package_root(package) == files(package)


def test_a_package_in_a_zip_is_left_to_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    archive = tmp_path / "packs.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("zipped_pack/__init__.py", "")
        zf.writestr("zipped_pack/data.txt", "from the zip")
    monkeypatch.syspath_prepend(str(archive))
    monkeypatch.delitem(sys.modules, "zipped_pack", raising=False)
    root = resources._package_root("zipped_pack")
    assert not isinstance(root, Path)
    assert root.joinpath("data.txt").read_text(encoding="utf-8") == "from the zip"
