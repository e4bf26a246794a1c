"""What templates read, derived from their source (``engine.reads``)."""

from pathlib import Path

import jinja2

from seedreader.engine.reads import TemplateReads

THEME = Path(__file__).resolve().parents[2] / "theme" / "templates"


def reads_of(templates: dict[str, str]) -> TemplateReads:
    return TemplateReads(jinja2.Environment(loader=jinja2.DictLoader(templates)))


def test_names_and_attributes_come_through_extends_includes_imports_and_memo_include():
    reads = reads_of(
        {
            "base.html": "{{ sitename_local }}{% block body %}{% endblock %}{% include 'foot.html' %}",
            "foot.html": "{% for s in sources %}{{ s.name }}{% endfor %}",
            "macros.html": "{% macro card(story) %}{{ story.title }}{{ newest.url }}{% endmacro %}",
            "masthead.html": "{{ pages|length }}",
            "page.html": (
                "{% extends 'base.html' %}{% from 'macros.html' import card %}"
                "{% block body %}{{ card(article) }}{{ article['lede'] }}"
                "{{ memo_include('masthead.html') }}{% endblock %}"
            ),
        }
    ).reads("page.html")
    assert {"sitename_local", "sources", "newest", "pages", "article"} <= reads.names
    assert {"s", "story"}.isdisjoint(reads.names)  # loop and macro arguments are not the page's
    assert {"name", "title", "url", "lede"} <= reads.attributes


def test_a_bare_name_is_found_as_pelican_finds_it():
    templates = TemplateReads(
        jinja2.Environment(loader=jinja2.DictLoader({"topic.htm": "{{ topic.name }}"})), extensions=(".htm",)
    )
    assert templates.reads("topic").names == {"topic"}


def test_a_template_named_by_an_expression_reads_what_every_template_reads():
    reads = reads_of(
        {
            "page.html": "{% include chosen ~ '.html' %}",
            "a.html": "{{ first_list }}",
            "b.html": "{{ second_list.count }}",
        }
    ).reads("page.html")
    assert {"chosen", "first_list", "second_list"} <= reads.names and "count" in reads.attributes


def test_a_filter_the_environment_lacks_still_gives_every_name_the_template_loads():
    reads = reads_of({"page.html": "{{ latest|unknown_filter }}{% set x = 1 %}{{ x }}"}).reads("page.html")
    assert "latest" in reads.names


def test_this_themes_article_page_reads_the_footer_and_masthead_lists():
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(THEME)), extensions=["jinja2.ext.do"])
    for name in ("news_jsonld", "json_script"):
        env.filters[name] = str
    reads = TemplateReads(env).reads("article")
    # The partials base.html renders through memo_include: what a hand-kept list used to name.
    assert {"article", "pages", "sources", "footer_sources", "has_topics"} <= reads.names
    assert {"title", "url", "topics", "source_links", "related"} <= reads.attributes


def test_attributes_filters_name_as_strings_are_read():
    reads = reads_of(
        {
            "page.html": (
                "{{ topics|map(attribute='name')|join }}{{ topics|selectattr('shown')|list }}"
                "{% for g in stories|groupby('date.year') %}{{ g.grouper }}{% endfor %}"
                "{{ stories|sort(attribute='when')|first }}"
            )
        }
    ).reads("page.html")
    assert {"name", "shown", "date", "year", "when"} <= reads.attributes


def test_an_attribute_named_by_an_expression_makes_every_attribute_read():
    assert (
        reads_of({"page.html": "{{ topics|map(attribute=field)|join }}"}).reads("page.html").attributes
        is None
    )


def test_a_template_the_environment_lacks_reads_everything():
    templates = reads_of({"page.html": "{{ x }}"})
    assert templates.reads("elsewhere/page") is None
    assert templates.reads("page").names == {"x"}


def test_a_template_in_a_folder_keeps_its_folder():
    templates = reads_of({"custom/special.html": "{{ special_list }}", "special.html": "{{ other_list }}"})
    assert templates.reads("custom/special").names == {"special_list"}


def test_every_attribute_the_reader_sets_is_decided_by_the_text_or_counted_apart():
    # A seed's card stands for TEXT_FIELDS by its digest; anything else must be looked at.
    from pelican.settings import read_settings

    from seedreader.integration.reader import FILE_FIELDS, TEXT_FIELDS, SeedReader, read_story

    root = Path(__file__).resolve().parents[2]
    settings = read_settings(str(root / "pelicanconf.py"))
    reader = SeedReader(settings)
    seen = set()
    for path in sorted((root / "seeds").rglob("*.txt")):
        seen |= set(reader.metadata(read_story(str(path), settings), reader.options))
    assert {"title", "date", "slug", "author", "seed"} <= seen
    assert seen <= TEXT_FIELDS | FILE_FIELDS, seen - TEXT_FIELDS - FILE_FIELDS
    assert not TEXT_FIELDS & FILE_FIELDS
