"""The parser's passes, one module per family of lines they recognise.

``text.parse`` runs them over a seed's lines in order; each pass takes what it recognises off
the list and hands the rest on. The modules, lowest first (each imports only those before it):

- ``common``: the ``Line`` and ``_State`` types, and the word tests several passes share
  (stems, quotes folded, names, subheads, list headlines, READ MORE blocks, agency names).
- ``titles``: headline shapes, first sentences, the title derived from the lede, and the
  story's opening under a headline read as the lede.
- ``dates``: date lines, the story's date and update, wire datelines, dates told in the text.
- ``leftovers``: page furniture (share buttons, disclaimers, embeds, glued READ MORE text),
  the line model's furniture, and the story's own lists it must keep.
- ``credits``: captions and photo credits by their words; agencies and source lines.
- ``prepare``: the header, the crawler's prefix, hard-wrapped lines and run-ons, split
  labels, icon names, editors' notes.
- ``bylines``: bylines, sign-offs, meta lines, writers' names, a page's buttons.
- ``headlines``: title lines, the page's lines between a headline and its story, key points.
- ``top_matter``: what stands above the lede: the title, section labels, standfirsts,
  captions, READ MORE lists, other stories above the headline.
- ``duplicates``: lines printed again (repeats, truncated copies, summaries told again).
- ``captions``: the photo's caption under the lede, and captions among the paragraphs.
- ``page_end``: what the page prints around and after the story: cards, related lists,
  galleries, appeals, the page's end, another story printed under this one.
- ``body``: paragraphs, subheads, READ MORE lines, the closing source, byline and sign-off.
"""
