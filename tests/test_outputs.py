"""Atomic report writing: never half a file, never over an input."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from claimcheck import outputs
from claimcheck.errors import OutputError
from claimcheck.outputs import check_not_protected, write_output


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_writes_utf8_text_as_given(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    write_output(target, "Verdict: \u201ccontradicted\u201d\r\nline two\n")
    assert target.read_bytes() == "Verdict: \u201ccontradicted\u201d\r\nline two\n".encode("utf-8")
    assert _leftovers(tmp_path) == []


def test_replaces_an_existing_file_and_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("old")
    os.chmod(target, 0o640)
    write_output(target, "new")
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_new_file_gets_the_ordinary_mode(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_output(tmp_path / "r.txt", "x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "r.txt").stat().st_mode) == 0o644


def test_interrupted_write_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "report.md"
    target.write_text("previous report")

    def fail(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(outputs.os, "fsync", fail)
    with pytest.raises(OutputError) as info:
        write_output(target, "new report " * 1000)
    assert str(info.value) == f"{target.as_posix()}: cannot write: No space left on device"
    assert target.read_text() == "previous report"
    assert _leftovers(tmp_path) == []


def test_an_unexpected_exception_also_cleans_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "report.md"
    target.write_text("previous report")

    def boom(src: str, dst: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(outputs.os, "replace", boom)
    with pytest.raises(KeyboardInterrupt):
        write_output(target, "new")
    assert target.read_text() == "previous report"
    assert _leftovers(tmp_path) == []


def test_refuses_to_overwrite_an_input(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text("the article")
    with pytest.raises(OutputError) as info:
        write_output(article, "report", protected=[article])
    assert info.value.message == (
        f"refusing to overwrite the input file {article.as_posix()}; choose another output file"
    )
    assert article.read_text() == "the article"


def test_refuses_an_input_reached_another_way(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    article = tmp_path / "story.txt"
    article.write_text("the article")
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path / "sub")
    with pytest.raises(OutputError):
        write_output(Path("../story.txt"), "report", protected=[article])  # relative path
    os.link(article, tmp_path / "hard.txt")
    with pytest.raises(OutputError):
        write_output(tmp_path / "hard.txt", "report", protected=[article])  # hard link
    os.symlink(article, tmp_path / "soft.txt")
    with pytest.raises(OutputError):
        write_output(tmp_path / "soft.txt", "report", protected=[article])  # symbolic link
    assert article.read_text() == "the article"


def test_a_protected_folder_protects_the_files_in_it(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    (folder / "deep").mkdir(parents=True)
    (folder / "deep" / "a.md").write_text("article")
    with pytest.raises(OutputError) as info:
        write_output(folder / "deep" / "a.md", "report", protected=[folder])
    assert info.value.message == (
        f"refusing to overwrite {(folder / 'deep' / 'a.md').as_posix()}: it is inside the input "
        f"folder {folder.as_posix()}; choose another output file"
    )
    write_output(folder / "new-report.md", "report", protected=[folder])  # a new file is fine
    assert (folder / "new-report.md").read_text() == "report"


def test_other_files_are_not_protected(tmp_path: Path) -> None:
    (tmp_path / "in.txt").write_text("x")
    check_not_protected(tmp_path / "out.txt", [tmp_path / "in.txt", tmp_path / "missing.txt"])


def test_missing_folder(tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "report.md"
    with pytest.raises(OutputError) as info:
        write_output(target, "x")
    assert info.value.message == f"the folder {target.parent.as_posix()} does not exist; create it first"
    assert not (tmp_path / "no").exists()


def test_a_folder_is_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(OutputError) as info:
        write_output(tmp_path, "x")
    assert info.value.message == "is a folder; give a file name"


def test_writes_through_a_symbolic_link(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "real" / "report.md").write_text("old")
    os.symlink(tmp_path / "real" / "report.md", tmp_path / "link.md")
    write_output(tmp_path / "link.md", "new")
    assert (tmp_path / "link.md").is_symlink()
    assert (tmp_path / "real" / "report.md").read_text() == "new"


def test_text_that_cannot_be_encoded(tmp_path: Path) -> None:
    with pytest.raises(OutputError) as info:
        write_output(tmp_path / "r.txt", "bad \udc80 surrogate")
    assert info.value.message == "cannot encode the report as UTF-8: surrogates not allowed"
    assert not (tmp_path / "r.txt").exists()
