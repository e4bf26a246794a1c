"""``SeedArticle`` to HTML fragments: pure, and every piece of seed text escaped."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from html import escape

from .grammar import BULLETS, NOTE_LABEL_END_RE
from .language import html_marks
from .linemodel import unbulleted
from .model import Block, SeedArticle


@dataclass(frozen=True, slots=True)
class Card:
    """What a READ MORE card shows about the story it links to."""

    headline: str
    """The target story's title."""
    href: str
    """The link, already in its final (or Pelican ``{filename}``) form."""
    teaser: str = ""
    """The first sentence of the target's lede."""
    date_iso: str = ""
    """The target's date, ISO 8601, for ``<time datetime>``."""
    date_text: str = ""
    """The target's date as shown."""
    sources: tuple[str, ...] = ()
    """The target's agencies."""


def render_body(
    article: SeedArticle,
    cards: Mapping[int, Card] | None = None,
    missing_href: Mapping[int, str] | None = None,
    suggestions: Mapping[int, tuple[Card, ...]] | None = None,
    lang: str | None = None,
) -> str:
    """The article body: paragraphs, lists, linkable subheads and READ MORE cards, in order.

    Paragraphs the seed bullets (``• ``, ``- ``) in a row are one list, their bullets the list's.

    ``cards`` maps a READ MORE block's line to the card of the story it resolved
    to; ``missing_href`` maps another one to a search link, if any; ``suggestions`` maps
    one to the cards of the stories it may name, offered as "Did you mean". ``lang``: the
    story's language when it is not the site's, marked on its text (not on the site's words
    around it: a card's labels, a subhead's link).
    """
    cards = cards or {}
    missing_href = missing_href or {}
    suggestions = suggestions or {}
    marks = html_marks(lang)
    parts: list[str] = []
    items: list[str] = []  # the bulleted paragraphs in a row: one list
    for block in article.blocks:
        if block.kind == "paragraph" and block.text.startswith(BULLETS):
            items.append(f"<li{marks}>{escape(unbulleted(block.text))}</li>")
            continue
        if items:
            parts.append(f"<ul>{''.join(items)}</ul>")
            items = []
        if block.kind == "heading":
            parts.append(render_heading(block, marks))
        elif block.kind == "post":
            parts.append(render_post(block, marks))
        elif block.kind == "note":
            parts.append(render_note(block, marks))
        elif block.kind == "read_more":
            card = cards.get(block.line)
            if card:
                parts.append(render_card(block, card))
            else:
                href, offered = missing_href.get(block.line), suggestions.get(block.line, ())
                parts.append(render_missing(block, href, offered, marks))
        else:
            parts.append(f"<p{marks}>{escape(block.text)}</p>")
    if items:
        parts.append(f"<ul>{''.join(items)}</ul>")
    return "\n".join(parts)


def render_article(article: SeedArticle, body: str, lang: str | None = None) -> str:
    """The whole story as one fragment: notes, key points, standfirst with dateline, caption, the body.

    ``lang``: the story's language when it is not the site's (as ``render_body``).
    """
    marks = html_marks(lang)
    parts = [render_note(note, marks) for note in article.notes]  # (a content warning comes first)
    if article.key_points:
        parts.append(render_key_points(article.key_points, marks))
    parts.append(f'<p class="standfirst"{marks}>{render_dateline(article)}{escape(article.lede)}</p>')
    if article.figure:
        parts.append(render_figure(article, marks))
    parts.append(body)
    return "\n".join(parts)


def render_key_points(points: tuple[str, ...], marks: str = "") -> str:
    """The story's key points as the page printed them above its lede: a list (its label the site's)."""
    items = "".join(f"<li{marks}>{escape(point)}</li>" for point in points)
    return f'<ul class="key-points" aria-label="Key points">{items}</ul>'


def render_figure(article: SeedArticle, marks: str = "") -> str:
    """The caption with its credit; an ``<img>`` only when the seed names a local image."""
    figure = article.figure
    image = figure.image or ""
    if image and "://" not in image and not image.startswith("//"):
        alt = escape(figure.caption or article.title)
        # Pelican resolves {static} paths against the seed's own folder ("/..." from the root).
        img = f'<img src="{{static}}{escape(image)}" alt="{alt}">'
        caption = render_caption(article, marks)
        return f'<figure class="photo">{img}<figcaption>{caption}</figcaption></figure>'
    if not figure.caption:
        return ""
    return f'<p class="caption">{render_caption(article, marks)}</p>'


def render_post(block: Block, marks: str = "") -> str:
    """A social media post quoted in the story, signed under its words as the post was.

    (The HTML standard's form for a quotation and its attribution: a figure, not ``<cite>``, which
    names a work, never a person.)
    """
    return (
        f'<figure class="post"><blockquote><p{marks}>{escape(block.text)}</p></blockquote>'
        f"<figcaption{marks}>— {escape(block.cite or '')}</figcaption></figure>"
    )


def render_note(block: Block, marks: str = "") -> str:
    """An editor's note to readers (a correction, a content warning), its label set off.

    (The label ends at the first colon or dash: AP's ``EDITOR'S NOTE — ...`` is shown with a colon.)
    """
    label, note = NOTE_LABEL_END_RE.split(block.text, maxsplit=1)
    return f'<p class="note"{marks}><strong>{escape(label)}:</strong> {escape(note)}</p>'


def render_heading(block: Block, marks: str = "") -> str:
    """A subhead with its anchor and a visible link to it (the link's label is the site's)."""
    anchor = escape(block.anchor or "")
    return (
        f'<h2 id="{anchor}">{_marked(block.text, marks)} '
        f'<a class="heading-anchor" href="#{anchor}" aria-label="Link to section: {escape(block.text)}" '
        f"data-pagefind-ignore>#</a></h2>"
    )


def render_card(block: Block, card: Card) -> str:
    """A resolved READ MORE line: the target's headline linked, teaser, date and source."""
    meta = [render_time(card)] if card.date_iso else []
    meta.extend(f'<span class="source-badge">{escape(s)}</span>' for s in card.sources)
    meta_html = f'<p class="read-more-meta">{" ".join(meta)}</p>' if meta else ""
    teaser = f'<p class="read-more-teaser">{escape(card.teaser)}</p>' if card.teaser else ""
    return (
        f'<aside class="read-more read-more-resolved" aria-label="Read more: {escape(card.headline)}" '
        f"data-pagefind-ignore>"
        f'<p class="read-more-label">Read more</p>'
        f'<p class="read-more-headline"><a href="{escape(card.href)}">{escape(card.headline)}</a></p>'
        f"{teaser}{meta_html}</aside>"
    )


def render_missing(
    block: Block, search_href: str | None = None, suggestions: tuple[Card, ...] = (), marks: str = ""
) -> str:
    """A READ MORE line with no story linked: the headline, never a dead link.

    With ``suggestions`` (stories the line may name, none of them certainly) the candidates
    follow, apart and smaller, as "Did you mean"; the headline itself stays unlinked.
    """
    kind, note = "missing", "Not in this archive"
    if suggestions:
        kind, note = "ambiguous", "Not linked: no story in this archive is certainly this one"
    if search_href:
        note = f'{note}. <a href="{escape(search_href)}">Search the archive</a>'
    return (
        f'<aside class="read-more read-more-{kind}" aria-label="Read more: {escape(block.text)}" '
        f"data-pagefind-ignore>"
        f'<p class="read-more-label">Read more</p>'
        f'<p class="read-more-headline"{marks}>{escape(block.text)}</p>'
        f'<p class="read-more-note">{note}</p>{render_suggestions(suggestions)}</aside>'
    )


def render_time(card: Card) -> str:
    """A card's date, for readers and machines."""
    return f'<time datetime="{escape(card.date_iso)}">{escape(card.date_text)}</time>'


def render_suggestions(suggestions: tuple[Card, ...]) -> str:
    """The stories a READ MORE line not linked may name, as a labelled list, each linked with its date."""
    if not suggestions:
        return ""
    items = []
    for card in suggestions:
        date = f" {render_time(card)}" if card.date_iso else ""
        items.append(f'<li><a href="{escape(card.href)}">{escape(card.headline)}</a>{date}</li>')
    return (
        '<div class="read-more-suggestions">'
        '<p class="read-more-suggestions-label">Did you mean:</p>'
        f"<ul>{''.join(items)}</ul></div>"
    )


def render_dateline(article: SeedArticle) -> str:
    """``ANKARA (AA) –`` before the standfirst, when the lede had one."""
    if not article.dateline:
        return ""
    return f'<span class="dateline">{escape(article.dateline.text)} – </span>'


def render_caption(article: SeedArticle, marks: str = "") -> str:
    """The caption text with its credit in parentheses (``marks``: its language, not the label's)."""
    figure = article.figure
    if figure is None:
        return ""
    credit = f' <span class="credit">({escape(figure.credit)})</span>' if figure.credit else ""
    label = '<span class="caption-label">Photo: </span>' if not figure.image else ""
    return f"{label}{_marked(figure.caption, marks)}{credit}"


def _marked(text: str, marks: str) -> str:
    """``text`` escaped, in a span with the story's language ``marks`` when it has any."""
    return f"<span{marks}>{escape(text)}</span>" if marks else escape(text)
