"""Reading a resource file (lexicon, taxonomy): YAML text -> a validated pydantic model.

Every problem becomes one ResourceError of one line, naming the file, line and field.
"""

from __future__ import annotations

from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from claimcheck.errors import ResourceError

M = TypeVar("M", bound=BaseModel)
#: libyaml's parser when PyYAML was built with it (several times faster), else the pure-Python one.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def read_yaml(text: str, source: str) -> object:
    try:
        return yaml.load(text, Loader=_LOADER)  # a safe loader either way
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        raise ResourceError(
            f"not valid YAML: {getattr(exc, 'problem', exc)}", path=source,
            line=None if line is None else line + 1,
        ) from exc


def validate(model: type[M], data: object, source: str) -> M:
    if not isinstance(data, dict):
        raise ResourceError("expected a mapping at the top level", path=source)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ResourceError(
            f"{first['msg']} ({len(exc.errors())} error(s) in all)", path=source, field=where
        ) from exc


def parse_resource(model: type[M], text: str, source: str) -> M:
    return validate(model, read_yaml(text, source), source)
