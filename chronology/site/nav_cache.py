"""mkdocs-material's navigation, rendered once for the many generated pages that are not in it.

material prints the site's whole navigation on every page. A page kept out of the nav (every article page and
every year or month page of a long chronology) makes nothing in it active, so the nav it shows depends on that
page only through the relative addresses of what the nav links to: ten thousand article pages, each one folder
deep, all print the same nav. So for such pages the nav is rendered once per distinct set of those addresses
and its text reused; at 10,000 articles that was a third of the time material spent per page.

Only where what the nav depends on is known: material's own nav templates (a user's override of any of them
in ``custom_dir`` turns this off) and our generated pages that are neither in the nav nor given a parent in it.
Every other page renders its nav as always.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import normalize_url

NAV_TEMPLATE = "partials/nav.html"
# Everything material's nav template includes or imports.
NAV_PARTS = (NAV_TEMPLATE, "partials/nav-item.html", "partials/logo.html", "partials/source.html")


def materials_own(env: jinja2.Environment) -> bool:
    """Are the nav templates material's own, as shipped (not a user's override)?"""
    try:
        import material
    except ImportError:
        return False
    shipped = Path(material.__file__).resolve().parent / "templates"
    try:
        names = [env.get_template(name).filename for name in NAV_PARTS]
    except jinja2.TemplateNotFound:
        return False
    return all(name is not None and Path(name).resolve().is_relative_to(shipped) for name in names)


def linked_urls(nav: Navigation, config: MkDocsConfig) -> list[str]:
    """Every address material's nav makes relative to the page it is printed on."""
    urls: list[str] = []

    def walk(items: list) -> None:
        for item in items:
            url = getattr(item, "url", None)
            if isinstance(url, str):
                urls.append(url)
            walk(item.children or [])

    walk(nav.items)
    if nav.homepage is not None:
        urls.append(nav.homepage.url)
    for extra in (config.extra.get("homepage"), config.theme.get("logo")):
        if isinstance(extra, str):
            urls.append(extra)
    return urls


def remember_nav(
    env: jinja2.Environment, nav: Navigation, config: MkDocsConfig, shared: Callable[[Page], bool]
) -> dict[tuple[str, ...], str] | None:
    """Render the nav once per set of relative addresses for the pages ``shared`` names.

    Returns the navs rendered so far, by those addresses (filled as pages are built); None where this cannot
    be done safely, and the nav is then rendered for every page as before.
    """
    if config.theme.name != "material" or not materials_own(env):
        return None
    template = env.get_template(NAV_TEMPLATE)
    render = template.root_render_func
    urls = linked_urls(nav, config)
    in_nav = {id(page) for page in nav.pages}
    rendered: dict[tuple[str, ...], str] = {}

    def root_render_func(context: jinja2.runtime.Context) -> Iterator[str]:
        page = context.get("page")
        if not isinstance(page, Page) or id(page) in in_nav or page.parent is not None or not shared(page):
            yield from render(context)
            return
        key = tuple(normalize_url(url, page=page) for url in urls)
        text = rendered.get(key)
        if text is None:
            text = rendered[key] = "".join(render(context))
        yield text

    template.root_render_func = root_render_func  # type: ignore[method-assign]
    return rendered
