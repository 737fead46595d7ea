"""The MkDocs plugin: ``plugins: [search, chronology]`` in ``mkdocs.yml`` turns ``content/`` into the site.

Why a plugin that swaps files (rather than a step that writes Markdown into a docs folder): ``mkdocs build``
and ``mkdocs serve`` then just work, nothing generated ever lands next to what people edit, and with
``docs_dir: content`` MkDocs itself watches the articles and chronology YAMLs and rebuilds on every change.

In ``on_files`` the plugin runs the pipeline, drops the article and chronology sources from the files MkDocs
would copy, and adds generated pages (the index, one timeline per chronology, one page per article, articles
kept out of the nav), the exports and its CSS/JS. The generated Markdown is only front matter; the page body
is rendered from the Jinja2 templates into HTML in ``on_page_content``, so no article text ever passes
through Markdown (where ``*``, ``_``, backticks or raw HTML would be interpreted). material's search then
indexes every heading, one hit per event.
"""

from __future__ import annotations

import gc
import html
import json
import logging
import time
from pathlib import Path

import jinja2
from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.nav import Navigation, Section
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from chronology import pipeline
from chronology.pipeline import CHRONOLOGY_DIR
from chronology.site import paths, search, theme_cache
from chronology.site.pages import GeneratedPage
from chronology.site.render import PageSpec, SiteRenderer
from chronology.site.templates import template_environment

log = logging.getLogger("mkdocs.plugins.chronology")


class ChronologyConfig(Config):
    # The folder of articles and chronologies; by default MkDocs's docs_dir (``docs_dir: content``).
    content_dir = c.Optional(c.Type(str))
    # A user's own templates, by the shipped names (timeline.html.j2, ...); relative to mkdocs.yml.
    templates_dir = c.Type(str, default="site_templates")
    # Scroll a timeline to its latest event when it is opened without a #fragment.
    open_at_latest = c.Type(bool, default=False)
    # A chronology with more events than this gets an overview page and one page per year.
    events_per_page = c.Type(int, default=500)
    # Where each article's tagging is kept between builds (relative to mkdocs.yml); never commit it.
    cache_dir = c.Type(str, default=".chronology-cache")
    # How much of each article's text search indexes (characters, cut at a word); -1: all of it.
    search_article_chars = c.Type(int, default=search.ARTICLE_CHARS)


def safe_title(text: str) -> str:
    """A page title for MkDocs's own templates, which print titles unescaped (nav, header, ``<title>``).

    Escaped for HTML, and with ``<``/``>`` swapped for look-alikes first, because material's ``<title>`` runs
    ``striptags``, which would unescape ``&lt;/title&gt;`` back into markup.
    """
    return html.escape(text.replace("<", "\u2039").replace(">", "\u203a"))


class ChronologyPlugin(BasePlugin[ChronologyConfig]):
    def __init__(self) -> None:
        self.renderer: SiteRenderer | None = None
        self.specs: dict[str, PageSpec] = {}
        # Set by ``chronology build`` (jobs, progress); plain ``mkdocs build`` runs with the defaults.
        self.pipeline_options: dict[str, object] = {}
        self.result: pipeline.BuildResult | None = None
        self.published: dict[str, str] = {}  # article path -> publication date, for the sitemap
        self.latest_published = "1970-01-01"  # the date of a page that is not one article's
        self.timings: dict[str, float] = {}  # the plugin's own stage: rendering pages from templates
        # src_uri -> what search indexes for that page, from on_page_content until the search plugin has read it
        self.search_views: dict[str, str] = {}
        self.shown: dict[str, str] = {}  # src_uri -> the page's own HTML, while search reads the search view
        self.nav: Navigation | None = None

    def _config_dir(self, config: MkDocsConfig) -> Path:
        return Path(config.config_file_path).parent if config.config_file_path else Path.cwd()

    def content_dir(self, config: MkDocsConfig) -> Path:
        if self.config.content_dir:
            return (self._config_dir(config) / self.config.content_dir).resolve()
        return Path(config.docs_dir)

    def cache_dir(self, config: MkDocsConfig) -> Path:
        return (self._config_dir(config) / self.config.cache_dir).resolve()

    def templates_dir(self, config: MkDocsConfig) -> Path:
        return (self._config_dir(config) / self.config.templates_dir).resolve()

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        if paths.CSS_URI not in config.extra_css:
            config.extra_css.append(paths.CSS_URI)
        if paths.JS_URI not in [str(script) for script in config.extra_javascript]:
            config.extra_javascript.append(paths.JS_URI)
        return config

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        content_dir = self.content_dir(config)
        self.timings = {}
        result = pipeline.run(content_dir, cache_dir=self.cache_dir(config), **self.pipeline_options)  # type: ignore[arg-type]
        self.result = result
        _freeze_garbage_collection()  # the articles and events; timelines and pages follow
        self.published = {article.path: article.publication_date.isoformat() for article in result.articles}
        self.latest_published = max(self.published.values(), default="1970-01-01")
        env = template_environment(self.templates_dir(config))
        renderer = SiteRenderer(
            result,
            env,
            site_name=config.site_name,
            open_at_latest=self.config.open_at_latest,
            events_per_page=self.config.events_per_page,
            search_article_chars=self.config.search_article_chars,
        )
        self.renderer = renderer
        self.search_views, self.shown = {}, {}
        self.specs = {spec.src_uri: spec for spec in renderer.pages()}

        # The sources the pipeline read are shown through generated pages, never copied as they are.
        if content_dir.resolve() == Path(config.docs_dir).resolve():
            consumed = set(renderer.articles) | {
                file.src_uri
                for file in files
                if file.src_uri.startswith(f"{CHRONOLOGY_DIR}/") and file.src_uri.endswith((".yaml", ".yml"))
            }
            for file in list(files):
                if file.src_uri in consumed:
                    files.remove(file)

        for spec in self.specs.values():
            front_matter = f"---\ntitle: {json.dumps(safe_title(spec.title))}\n---\n"
            # Only the home page and one entry per chronology are in the nav: material prints the whole nav on
            # every page, so each article or year listed there would cost time and bytes on every page.
            kept_out = spec.kind in ("article", "period")
            inclusion = InclusionLevel.NOT_IN_NAV if kept_out else InclusionLevel.UNDEFINED
            GeneratedPage(None, self._add(files, config, spec.src_uri, front_matter, inclusion), config)

        # With a site_url the exports link each event to its place on the published site.
        def page_url(src_uri: str) -> str:
            page = files.get_file_from_path(src_uri)
            return f"{config.site_url}{page.url if page else src_uri}"

        for src_uri, content in renderer.exports(page_url if config.site_url else None).items():
            self._add(files, config, src_uri, content)
        for src_uri, content in renderer.assets().items():
            self._add(files, config, src_uri, content)
        _freeze_garbage_collection()
        return files

    @staticmethod
    def _add(
        files: Files,
        config: MkDocsConfig,
        src_uri: str,
        content: str,
        inclusion: InclusionLevel = InclusionLevel.UNDEFINED,
    ) -> File:
        existing = files.get_file_from_path(src_uri)
        if existing is not None:
            log.warning("chronology: the generated %s replaces %s", src_uri, existing.abs_src_path)
            files.remove(existing)
        file = File.generated(config, src_uri, content=content, inclusion=inclusion)
        files.append(file)
        return file

    def on_page_content(self, html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str | None:
        spec = self.specs.get(page.file.src_uri)
        if spec is None or self.renderer is None:
            return html

        urls: dict[str, str] = {}  # a page links to the same few pages many times

        def link(src_uri: str, anchor: str = "") -> str:
            url = urls.get(src_uri)
            if url is None:
                # Our URIs are already in the form Files keys them by: no path normalising per link.
                target = files.src_uris.get(src_uri) or files.get_file_from_path(src_uri)
                url = urls[src_uri] = target.url_relative_to(page.file) if target is not None else src_uri
            return f"{url}#{anchor}" if anchor else url

        page.update_date = self._update_date(spec)
        began = time.perf_counter()
        rendered = self.renderer.render(spec, link)
        self.timings["render"] = self.timings.get("render", 0.0) + time.perf_counter() - began
        page.toc = get_toc(_escaped_toc(rendered.toc))
        if rendered.search_html is not None:
            self.search_views[page.file.src_uri] = rendered.search_html
        return rendered.html

    # The search plugin indexes page.content in its on_page_context (default priority): show it the page's
    # search view just before, and put the page back just after. See chronology.site.search for why.
    @event_priority(50)
    def _show_search_view(self, context, /, *, page: Page, config: MkDocsConfig, nav: Navigation):  # type: ignore[no-untyped-def]
        view = self.search_views.pop(page.file.src_uri, None)
        if view is not None and page.content is not None:
            self.shown[page.file.src_uri] = page.content
            page.content = view
        return context

    @event_priority(-50)
    def _show_page(self, context, /, *, page: Page, config: MkDocsConfig, nav: Navigation):  # type: ignore[no-untyped-def]
        shown = self.shown.pop(page.file.src_uri, None)
        if shown is not None:
            page.content = shown
        return context

    on_page_context = CombinedEvent(_show_search_view, _show_page)

    def _update_date(self, spec: PageSpec) -> str:
        """A page's date in the sitemap: its article's publication date, else the latest article's.

        MkDocs would stamp today's date, which makes two builds of the same content differ from one day to
        the next (sitemap.xml.gz carries it); the content's own dates keep the output a function of the input.
        """
        if spec.kind == "article" and spec.key in self.published:
            return self.published[spec.key]
        return self.latest_published

    def on_nav(self, nav: Navigation, /, *, config: MkDocsConfig, files: Files) -> Navigation:
        """A long chronology's folder is a nav section holding only its overview: make it that page's link.

        Its year and month pages are kept out of the nav (the overview and each page's previous/next link
        them), so the section would be one more level to open for nothing. Should a user put pages of their
        own in that folder, the section stays, named after the chronology.
        """
        _flatten_overviews(nav.items, None, self.specs)
        self.nav = nav
        return nav

    def on_env(self, env: jinja2.Environment, /, *, config: MkDocsConfig, files: Files) -> jinja2.Environment:
        """Parts of material's page frame that many pages share are rendered once (see theme_cache)."""
        _freeze_garbage_collection()  # the pages, now with their content
        theme_cache.remember_constant_parts(env, config)
        if self.nav is not None:
            generated = {src_uri for src_uri, spec in self.specs.items() if spec.kind in ("article", "period")}

            def shared(page: Page) -> bool:
                return page.file.src_uri in generated

            theme_cache.remember_nav(env, self.nav, config, shared)
            positions = theme_cache.Positions(theme_cache.site_urls(files, self.nav, config))
            theme_cache.remember_positional_blocks(env, config, positions, shared)
            theme_cache.remember_header(env, config, positions, shared)
            theme_cache.remember_toc(env, config, shared)
        return env

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        if gc.get_freeze_count():  # what the last build (mkdocs serve) froze is garbage now: let it go
            gc.unfreeze()
            gc.collect()

    def on_build_error(self, *, error: Exception) -> None:
        gc.unfreeze()

    def on_serve(self, server, /, *, config: MkDocsConfig, builder):  # type: ignore[no-untyped-def]
        """Rebuild when the content or a user's template changes, also where they live outside docs_dir."""
        for folder in (self.content_dir(config), self.templates_dir(config)):
            if folder.is_dir() and folder != Path(config.docs_dir).resolve():
                server.watch(str(folder))
        return server


def _freeze_garbage_collection() -> None:
    """Leave everything alive now out of the cyclic garbage collector's walks for the rest of the build.

    The articles, events, timelines and MkDocs's files and pages live until the site is written; the collector
    would walk all of them again and again while pages are made (seconds at 10,000 articles). Reference
    counting still frees what is dropped; the next build (mkdocs serve) or a failed one thaws them.
    """
    gc.freeze()


def _escaped_toc(tokens: list[dict]) -> list[dict]:
    """MkDocs prints toc names as HTML, as Python-Markdown leaves them: escape ours."""
    return [
        {**token, "name": html.escape(token["name"]), "children": _escaped_toc(token["children"])} for token in tokens
    ]


def _flatten_overviews(items: list, parent: Section | None, specs: dict[str, PageSpec]) -> None:
    for index, item in enumerate(items):
        if not isinstance(item, Section):
            continue
        first = item.children[0] if item.children else None
        spec = specs.get(first.file.src_uri) if isinstance(first, Page) else None
        if spec is not None and spec.src_uri == paths.chronology_page(spec.key, paged=True):
            if len(item.children) == 1:
                first.parent = parent
                items[index] = first
                if isinstance(first, GeneratedPage):
                    first.standalone = True  # else material makes it the index of the section it joins
                continue
            item.title = safe_title(spec.title)
        _flatten_overviews(item.children, item, specs)
