"""Loads the rules-as-data files of ``parley/resources`` and merges users' own files over them.

Every resource is a YAML file whose header comment documents its format, source and licence.
A user file has the same format; its entries are added to the bundled ones, and an entry with
the same key (``name`` unless a resource says otherwise) replaces the bundled entry.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from parley.errors import ConfigError

RESOURCES = Path(__file__).parent / "resources"
# libyaml's safe loader parses the dictionaries ten times faster than the pure-Python one.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=64)
def _read_yaml(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as fh:
            return yaml.load(fh, Loader=_Loader)  # noqa: S506 - a safe loader, the C one when built
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: resource file not found") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from exc


def resource(name: str) -> Any:
    """The parsed bundled resource ``resources/NAME`` (cached; treat as read-only)."""
    return _read_yaml(RESOURCES / name)


def entries(name: str, extra: Path | str | None = None, key: str = "name") -> list[dict[str, Any]]:
    """The list entries of a bundled resource with a user's file merged over them by ``key``."""
    bundled = resource(name) or []
    if not isinstance(bundled, list):
        raise ConfigError(f"resources/{name}: expected a list of entries")
    if extra is None:
        return list(bundled)
    own = _read_yaml(Path(extra)) or []
    if not isinstance(own, list):
        raise ConfigError(f"{extra}: expected a list of entries, like resources/{name}")
    merged = {str(e.get(key, i)): e for i, e in enumerate(bundled)}
    for i, e in enumerate(own):
        if not isinstance(e, dict):
            raise ConfigError(f"{extra}: entry {i + 1} is not a mapping")
        merged[str(e.get(key, f"user-{i}"))] = e
    return list(merged.values())


def mapping(name: str, extra: Path | str | None = None) -> dict[str, Any]:
    """A bundled mapping resource with a user's mapping merged over it (top-level keys)."""
    bundled = resource(name) or {}
    if not isinstance(bundled, dict):
        raise ConfigError(f"resources/{name}: expected a mapping")
    merged = dict(bundled)
    if extra is not None:
        own = _read_yaml(Path(extra)) or {}
        if not isinstance(own, dict):
            raise ConfigError(f"{extra}: expected a mapping, like resources/{name}")
        for k, v in own.items():
            if isinstance(v, list) and isinstance(merged.get(k), list):
                merged[k] = list(merged[k]) + [x for x in v if x not in merged[k]]
            elif isinstance(v, dict) and isinstance(merged.get(k), dict):
                merged[k] = {**merged[k], **v}
            else:
                merged[k] = v
    return merged
