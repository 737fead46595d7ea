"""Parts of mkdocs-material's page frame that are the same on many pages, rendered once and reused.

The navigation, for the many generated pages that are not in it:

material prints the site's whole navigation on every page. A page kept out of the nav (every article page and
every year or month page of a long chronology) makes nothing in it active, so the nav it shows depends on that
page only through the relative addresses of what the nav links to: ten thousand article pages, each one folder
deep, all print the same nav. So for such pages the nav is rendered once per distinct set of those addresses
and its text reused; at 10,000 articles that was a third of the time material spent per page.

The search box, the colour palette switch and the back-to-top button, on every page: they print the
configuration and material's translations only, nothing of the page they are on.

The table of contents, for generated pages with the same one (an article page's has at most two entries,
"Dates in this article" and "Events from this article", so four kinds serve every article).

The header, for generated pages at the same position: it prints the page's title and otherwise only
configuration and addresses, so it is rendered once per position with a stand-in title that any escaping or
filter would change, and each page gets that text with its own title in the stand-in's one place (where the
stand-in does not come out exactly once, unchanged, the header is rendered for every page as always).

The blocks of material's ``base.html`` that print the configuration and addresses only (stylesheets, fonts,
the app's settings, scripts, and the footer of a page with no previous or next page), for generated pages at
the same position (see :class:`Positions`): every article page prints the same ones.

Only where what they depend on is known: material's own templates (a user's override of any of them in
``custom_dir`` turns this off for that part) and, for the nav, our generated pages that are neither in the nav
nor given a parent in it. Every other page renders these parts as always.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import jinja2
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import normalize_url

NAV_TEMPLATE = "partials/nav.html"
# Everything material's nav template includes or imports.
NAV_PARTS = (NAV_TEMPLATE, "partials/nav-item.html", "partials/logo.html", "partials/source.html")
# Parts that print the configuration and translations only (and material's icons).
CONSTANT_PARTS = ("partials/search.html", "partials/palette.html", "partials/top.html")
TOC_PARTS = ("partials/toc.html", "partials/toc-item.html")
# Blocks of base.html that print the configuration, translations and relative addresses only; the footer
# also links the previous and next page, which a page outside the nav has not.
POSITIONAL_BLOCKS = ("styles", "libs", "fonts", "config", "scripts", "footer")
POSITIONAL_PARTS = (
    "base.html", "partials/language.html", "partials/icons.html",
    "partials/footer.html", "partials/copyright.html", "partials/social.html",
)  # fmt: skip


def materials_own(env: jinja2.Environment, names: tuple[str, ...]) -> bool:
    """Are these templates material's own, as shipped (not a user's override)?"""
    try:
        import material
    except ImportError:
        return False
    shipped = Path(material.__file__).resolve().parent / "templates"
    try:
        files = [env.get_template(name).filename for name in names]
    except jinja2.TemplateNotFound:
        return False
    return all(file is not None and Path(file).resolve().is_relative_to(shipped) for file in files)


def remember_constant_parts(env: jinja2.Environment, config: MkDocsConfig) -> list[str]:
    """Render the constant parts (``CONSTANT_PARTS``) once for all pages; returns the parts that now are."""
    remembered = []
    for name in CONSTANT_PARTS if config.theme.name == "material" else ():
        if not materials_own(env, (name,)):
            continue
        template = env.get_template(name)
        text: list[str] = []  # empty until first rendered

        def root_render_func(
            context: jinja2.runtime.Context, render: Callable = template.root_render_func, text: list[str] = text
        ) -> Iterator[str]:
            if not text:
                text.append("".join(render(context)))
            yield text[0]

        template.root_render_func = root_render_func  # type: ignore[method-assign]
        remembered.append(name)
    return remembered


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
    if config.theme.name != "material" or not materials_own(env, NAV_PARTS):
        return None
    template = env.get_template(NAV_TEMPLATE)
    urls = linked_urls(nav, config)
    in_nav = {id(page) for page in nav.pages}

    def key(page: Page) -> tuple | None:
        if id(page) in in_nav or page.parent is not None or not shared(page):
            return None
        return tuple(normalize_url(url, page=page) for url in urls)

    return _render_once_per_key(template, key)


def _render_once_per_key(template: jinja2.Template, key_of: Callable[[Page], tuple | None]) -> dict[tuple, str]:
    """Make ``template`` render once per key of the page it is printed on, reusing the text for that key.

    A page whose key is None (or a context without a page) is rendered as always. Returns the texts by key,
    filled as pages are built.
    """
    render = template.root_render_func
    rendered: dict[tuple, str] = {}

    def root_render_func(context: jinja2.runtime.Context) -> Iterator[str]:
        page = context.get("page")
        key = key_of(page) if isinstance(page, Page) else None
        if key is None:
            yield from render(context)
            return
        text = rendered.get(key)
        if text is None:
            text = rendered[key] = "".join(render(context))
        yield text

    template.root_render_func = root_render_func  # type: ignore[method-assign]
    return rendered


def _toc_key(items: Iterable) -> tuple:
    """Everything material's toc templates print of a table of contents."""
    return tuple(
        (item.url, item.title, item.level, repr(getattr(item, "typeset", None)), _toc_key(item.children))
        for item in items
    )


def remember_toc(
    env: jinja2.Environment, config: MkDocsConfig, shared: Callable[[Page], bool]
) -> dict[tuple, str] | None:
    """Render the table of contents once per distinct one for ``shared`` pages; None: not possible."""
    if config.theme.name != "material" or not materials_own(env, TOC_PARTS):
        return None
    template = env.get_template(TOC_PARTS[0])
    return _render_once_per_key(template, lambda page: _toc_key(page.toc) if shared(page) else None)


HEADER_PARTS = (
    "partials/header.html", "partials/logo.html", "partials/source.html", "partials/alternate.html",
    "partials/palette.html", "partials/javascripts/palette.html", "partials/search.html",
)  # fmt: skip
# Where a page's title goes in the header; "<&>" so that escaping, striptags or the like would show.
_TITLE = "\x00chronology-title<&>\x00"


class _Titled:
    """A page as the header sees it, titled with the stand-in."""

    def __init__(self, page: Page) -> None:
        self._page = page
        self.meta = {**page.meta, "title": _TITLE}

    def __getattr__(self, name: str) -> object:
        return getattr(self._page, name)


def remember_header(
    env: jinja2.Environment, config: MkDocsConfig, positions: Positions, shared: Callable[[Page], bool]
) -> dict[tuple[str, ...], tuple[str, str] | None] | None:
    """Render the header once per position for ``shared`` pages that have a title in their front matter.

    Returns the headers so far, split where the title goes, by position (None: the stand-in did not come out
    once and unchanged, so that position renders per page); None where this cannot be done safely.
    """
    features = config.theme.get("features") or []
    if config.theme.name != "material" or "navigation.tabs.sticky" in features:
        return None  # sticky tabs print the nav, with the page's place in it, inside the header
    if not materials_own(env, HEADER_PARTS):
        return None
    template = env.get_template(HEADER_PARTS[0])
    render = template.root_render_func
    rendered: dict[tuple[str, ...], tuple[str, str] | None] = {}

    def root_render_func(context: jinja2.runtime.Context) -> Iterator[str]:
        page = context.get("page")
        title = page.meta.get("title") if isinstance(page, Page) and shared(page) else None
        if not isinstance(title, str) or not title:
            yield from render(context)
            return
        key = (*positions.key(page), str(context.get("base_url")))
        if key not in rendered:
            stand_in = template.new_context({**context.get_all(), "page": _Titled(page)}, shared=True)
            pieces = "".join(render(stand_in)).split(_TITLE)
            rendered[key] = (pieces[0], pieces[1]) if len(pieces) == 2 else None
        around = rendered[key]
        if around is None:
            yield from render(context)
            return
        yield around[0]
        yield title
        yield around[1]

    template.root_render_func = root_render_func  # type: ignore[method-assign]
    return rendered


def _parts(url: str) -> tuple[str, ...]:
    return tuple(part for part in url.split("/") if part and part != ".")


def _folder(url: str) -> tuple[str, ...]:
    """The folder an address is taken relative to, as :func:`mkdocs.utils.get_relative_url` takes it."""
    head, _, last = url.rpartition("/")
    return _parts(head if "." in last else url)


class Positions:
    """Which pages see every address of the site the same, relative to themselves.

    A page at ``articles/a1/`` links ``assets/x.css`` as ``../../assets/x.css``, as ``articles/a2/`` does: two
    pages whose folders have the same parent and hold nothing but the page itself see every other address
    alike (only an address inside one of those folders would differ). ``key`` names that position; other pages
    get their own folder as key, which only pages in that same folder share.
    """

    def __init__(self, urls: Iterable[str]) -> None:
        self.held: dict[tuple[str, ...], int] = {}  # folder -> how many of the addresses are in it
        for url in urls:
            if "://" in url or url.startswith(("/", "#", "data:", "mailto:")):
                continue  # absolute: printed as it is on every page
            parts = _parts(url)
            for end in range(1, len(parts) + 1):
                self.held[parts[:end]] = self.held.get(parts[:end], 0) + 1

    def key(self, page: Page) -> tuple[str, ...]:
        folder = _folder(page.url)
        if folder and _parts(page.url) == folder and self.held.get(folder, 0) <= 1:
            return (*folder[:-1], "/")  # a folder of its own: only the parent matters
        return folder


def site_urls(files: Iterable[File], nav: Navigation, config: MkDocsConfig) -> list[str]:
    """Every address the frame may print: the site's files, extra CSS and JavaScript, and the nav's links."""
    urls = [file.url for file in files]
    urls += [str(path) for path in config.extra_css]
    urls += [str(getattr(script, "path", script)) for script in config.extra_javascript]
    return urls + linked_urls(nav, config)


def remember_positional_blocks(
    env: jinja2.Environment, config: MkDocsConfig, positions: Positions, shared: Callable[[Page], bool]
) -> dict[tuple[str, tuple[str, ...]], str] | None:
    """Render material's positional blocks (``POSITIONAL_BLOCKS``) once per position for ``shared`` pages.

    Returns the blocks rendered so far, by name and position; None where this cannot be done safely.
    """
    if config.theme.name != "material" or not materials_own(env, POSITIONAL_PARTS):
        return None
    base = env.get_template("base.html")
    rendered: dict[tuple[str, tuple[str, ...]], str] = {}
    for name in POSITIONAL_BLOCKS:
        block = base.blocks.get(name)
        if block is None:
            continue

        def remembered(context: jinja2.runtime.Context, block: Callable = block, name: str = name) -> Iterator[str]:
            page = context.get("page")
            if not isinstance(page, Page) or not shared(page) or page.previous_page or page.next_page:
                yield from block(context)
                return
            key = (name, (*positions.key(page), str(context.get("base_url"))))
            text = rendered.get(key)
            if text is None:
                text = rendered[key] = "".join(block(context))
            yield text

        base.blocks[name] = remembered
    return rendered
