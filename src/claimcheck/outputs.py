"""Writing reports safely: atomically, and never over an input.

:func:`write_output` writes to a temporary file in the destination's folder, flushes
it to disk and renames it over the destination in one step, so a reader sees either
the old file or the new one, never half of either.  If anything fails the temporary
file is removed and the old file is left as it was.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Sequence
from pathlib import Path

from claimcheck.errors import OutputError


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


def _is_within(path: str, folder: str) -> bool:
    try:
        return os.path.commonpath([path, folder]) == folder
    except ValueError:
        return False


def check_not_protected(target: Path, protected: Sequence[Path | str]) -> None:
    """Raise OutputError if writing ``target`` would replace one of the ``protected`` inputs.

    A protected file is matched by resolved path or by identity (hard links, symbolic
    links); a protected folder protects every file already inside it.
    """
    real = os.path.realpath(target)
    exists = os.path.lexists(target)
    for item in protected:
        item_real = os.path.realpath(item)
        if os.path.isdir(item_real):
            if exists and _is_within(real, item_real):
                raise OutputError(
                    f"refusing to overwrite {Path(target).as_posix()}: it is inside the input "
                    f"folder {Path(item).as_posix()}; choose another output file",
                    path=Path(target).as_posix(),
                )
            continue
        if real == item_real or _same_file(real, item_real):
            raise OutputError(
                f"refusing to overwrite the input file {Path(item).as_posix()}; "
                "choose another output file",
                path=Path(target).as_posix(),
            )


def _new_file_mode() -> int:
    """0o666 less the process umask: the mode an ordinary new file would get."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def write_output(path: Path | str, text: str, *, protected: Sequence[Path | str] = ()) -> None:
    """Write ``text`` (UTF-8) to ``path`` atomically; raise OutputError on any problem.

    Refuses a destination that is an input (see :func:`check_not_protected`), a folder,
    or in a folder that does not exist.  A destination that is a symbolic link is
    written through: the link stays and its target is replaced.  An existing file keeps
    its permission bits.
    """
    where = Path(path).as_posix()
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise OutputError(f"cannot encode the report as UTF-8: {exc.reason}", path=where) from None
    check_not_protected(Path(path), protected)
    target = os.path.realpath(path)
    folder = os.path.dirname(target) or "."
    if not os.path.isdir(folder):
        parent = Path(path).parent.as_posix() or "."
        raise OutputError(f"the folder {parent} does not exist; create it first", path=where)
    if os.path.isdir(target):
        raise OutputError("is a folder; give a file name", path=where)
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        mode = _new_file_mode()
    except OSError as exc:
        raise OutputError(f"cannot write: {exc.strerror or exc}", path=where) from None
    tmp_name: str | None = None
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{os.path.basename(target)}.", suffix=".tmp", dir=folder
        )
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as exc:
        raise OutputError(f"cannot write: {exc.strerror or exc}", path=where) from None
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass
    _sync_folder(folder)


def _sync_folder(folder: str) -> None:
    """Make the rename durable where the system allows it (not on Windows)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
