"""The Jinja2 environment: a user's own templates first, then the shipped ones in ``site_templates/``.

The shipped templates are found at ``chronology/site/templates`` (a link to the top-level ``site_templates/``
in a source checkout, a real folder in an installed wheel, where package data ``*.j2`` carries it), or else
at ``site_templates/`` next to the package. Every template renders with autoescaping on, so article and YAML
text can never become markup.
"""

from __future__ import annotations

import json
from pathlib import Path

import jinja2

TEMPLATE_SUFFIX = ".j2"


def shipped_templates_dir() -> Path:
    packaged = Path(__file__).with_name("templates")
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "site_templates"


def _json_attr(value: object) -> str:
    """JSON for a data-* attribute; autoescaping then makes it safe inside the quotes."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def template_environment(user_dir: Path | None = None) -> jinja2.Environment:
    """Templates by name (``timeline.html.j2``): from ``user_dir`` when it has that file, else shipped."""
    loaders: list[jinja2.BaseLoader] = []
    if user_dir is not None and user_dir.is_dir():
        loaders.append(jinja2.FileSystemLoader(str(user_dir)))
    loaders.append(jinja2.FileSystemLoader(str(shipped_templates_dir())))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        # Each build makes a new environment (mkdocs serve too), so a template never changes under one: no
        # file-date check on every page's get_template.
        auto_reload=False,
    )
    env.filters["json_attr"] = _json_attr
    return env
