"""One error hierarchy. Library code raises these; only the CLI turns them into exit codes."""

from __future__ import annotations


class ClaimcheckError(Exception):
    """Base class. ``code`` is a short stable identifier shown to the user."""

    code = "E000"
    exit_code = 2

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None,
                 field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.field = field

    def location(self) -> str:
        parts = []
        if self.path:
            parts.append(self.path if self.line is None else f"{self.path}:{self.line}")
        if self.field:
            parts.append(self.field)
        return ": ".join(parts)

    def __str__(self) -> str:  # "file:line: field: message"
        loc = self.location()
        return f"{loc}: {self.message}" if loc else self.message


class InputError(ClaimcheckError):
    """An input (article, evidence, dataset) could not be read or is invalid."""

    code = "E100"


class ArticleError(InputError):
    code = "E110"


class EvidenceError(InputError):
    code = "E120"


class EvidenceErrors(InputError):
    """Several evidence problems, all reported at once."""

    code = "E121"

    def __init__(self, errors: list[EvidenceError]) -> None:
        super().__init__(f"{len(errors)} evidence error(s)")
        self.errors = errors

    def __str__(self) -> str:
        return "\n".join(str(e) for e in self.errors)


class DatasetError(InputError):
    code = "E130"


class ResourceError(ClaimcheckError):
    """A rule, lexicon or taxonomy file is invalid."""

    code = "E200"


class ModelLoadError(ClaimcheckError):
    code = "E300"


class OutputError(ClaimcheckError):
    code = "E400"
