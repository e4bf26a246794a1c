"""The fast linking paths give exactly what the plain ones give (no timing here: see bench/).

Batched retrieval, the vectorised related stories, the quick tokeniser and the forked
helper process are each checked against a plain, one-at-a-time version of the same thing.
"""

import json
import math
import re
import subprocess
import sys
from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seedreader import processes
from seedreader.linking import graph as graph_module
from seedreader.linking import records, related, retrieval, words
from seedreader.linking.graph import GraphMemory, build_graph
from seedreader.linking.records import RESOLVED, LinkOptions, story_from_seed
from seedreader.text.parse import parse
from seedreader.text.topics import extract_topics

HERE = Path(__file__).parents[1]
ROOT = HERE.parent
ARCHIVES = [HERE / "fixtures" / "archive", ROOT / "seeds"]


def load_stories(root: Path):
    stories = []
    for path in sorted(root.rglob("*.txt")):
        seed = parse(path.read_text(encoding="utf-8"), source=str(path))
        body = [b.text for b in seed.blocks if b.kind != "read_more"]
        mentions = extract_topics(seed.title, seed.lede, body, seed.tags)
        stories.append(
            story_from_seed(
                path.relative_to(root).as_posix(),
                seed,
                seed.slug or path.stem,
                seed.date or datetime(2026, 11, 1),
                mentions,
            )
        )
    return stories


@pytest.fixture(scope="module", params=ARCHIVES, ids=lambda p: p.name)
def stories(request):
    return load_stories(request.param)


# --- Words ------------------------------------------------------------------------------


@given(st.text())
def test_words_are_those_of_the_word_pattern(text):
    assert retrieval.words_of(text) == retrieval.WORD_RE.findall(text.lower())


@given(st.text(alphabet=st.characters(max_codepoint=127)) | st.text())
def test_normalised_titles_are_those_of_the_plain_rules(text):
    import unicodedata

    plain = unicodedata.normalize("NFKC", text).lower()
    plain = re.sub(r"['’‘`´]", "", plain)
    assert retrieval.normalise_title(text) == re.sub(r"[\W_]+", " ", plain).strip()


def test_tokenise_gives_term_ids_of_each_text():
    texts = ["Port Ellis raises its harbour walls", "", "Café ‘quoted’ – 2026", "the of and"]
    ids, counts = retrieval.tokenise(texts)
    assert counts.tolist() == [len(retrieval.term_ids(t)) for t in texts]
    assert ids.tolist() == [i for t in texts for i in retrieval.term_ids(t)]


WORDY = st.text(alphabet="abcXYZ09 -'’é\x01K\u0130", max_size=40)


@settings(max_examples=200, deadline=None)
@given(st.lists(WORDY | st.text(max_size=20) | st.just("quillwortsandpipers " * 3), max_size=12))
def test_tokenise_in_chunks_gives_term_ids_of_each_text(texts):
    # Chunks read in NumPy, chunks halved for a letter outside ASCII or a TEXT_BREAK in a text,
    # words too long to pack: all as term_ids reads each text (small chunks: several of them).
    chunk = retrieval.TOKENISE_CHUNK_CHARS
    try:
        retrieval.TOKENISE_CHUNK_CHARS = 30
        ids, counts = retrieval.tokenise(texts)
    finally:
        retrieval.TOKENISE_CHUNK_CHARS = chunk
    assert counts.tolist() == [len(retrieval.term_ids(t)) for t in texts]
    assert ids.tolist() == [i for t in texts for i in retrieval.term_ids(t)]


def test_packed_words_table_grows_and_keeps_every_id():
    table = retrieval._PackedWords(bits=2)
    keys = np.arange(1, 5001, dtype=np.uint64) * np.uint64(7919)
    for part in np.array_split(np.arange(5000), 7):
        table.add(keys[part], part.astype(np.int32))
    ids, found = table.get(np.concatenate([keys, np.array([0, 3], dtype=np.uint64)]))
    assert found.tolist() == [True] * 5000 + [False, False]
    assert ids[:5000].tolist() == list(range(5000))


# --- Grouping and ranking helpers ----------------------------------------------------------


@given(st.lists(st.integers(0, 6), max_size=60))
def test_sort_groups_is_a_stable_grouping(keys):
    order, unique, group, firsts = retrieval.sort_groups(np.array(keys, dtype=np.int64))
    assert order.tolist() == sorted(range(len(keys)), key=lambda i: keys[i])
    assert unique.tolist() == sorted(set(keys))
    assert [unique[g] for g in group] == sorted(keys)
    assert firsts.tolist() == [sorted(keys).index(k) for k in sorted(set(keys))]


@settings(max_examples=200)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 4), st.sampled_from([0.0, 5e-324, 0.5, 1.0, 1.0 + 2**-50, 3.0]), st.integers(0, 9)
        ),
        max_size=50,
    ),
    st.integers(0, 5),
    st.booleans(),
)
def test_top_per_group_is_a_sort_cut_per_group(items, k, ordered):
    if ordered:  # groups in order: narrowed down by a histogram (made to, whatever their size)
        items = sorted(items, key=lambda item: item[0])
    group = np.array([g for g, _, _ in items], dtype=np.int64)
    score = np.array([s for _, s, _ in items], dtype=np.float64)
    tiebreak = np.array([t for _, _, t in items], dtype=np.int64)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(retrieval, "HISTOGRAM_ITEMS_PER_PICK", 0)
        picked = retrieval.top_per_group(group, score, tiebreak, k, 5, ordered=ordered).tolist()
    expected = []
    for g in range(5):
        members = sorted(
            (i for i in range(len(items)) if items[i][0] == g), key=lambda i: (-items[i][1], items[i][2], i)
        )
        expected += members[:k]
    assert [(items[i][0], items[i][1], items[i][2]) for i in picked] == [
        (items[i][0], items[i][1], items[i][2]) for i in expected
    ]


# --- Retrieval ----------------------------------------------------------------------------


def _plain_search(index, query, exclude, limit):
    """The search one query at a time, term by term, as it was before batching."""
    spans = []
    for term_id in dict.fromkeys(i for i in retrieval.term_ids(query) if i >= 0):
        start, end = (
            (index._starts[term_id], index._starts[term_id + 1])
            if term_id + 1 < len(index._starts)
            else (0, 0)
        )
        spans.append((index.idf(term_id, end - start), start, end))
    total = sum(idf for idf, _, _ in spans)
    present = [span for span in spans if span[2] > span[1]]
    if not total or not present:
        return []
    common = max(retrieval.COMMON_TERM_MIN_DF, retrieval.COMMON_TERM_SHARE * index.size)
    proposing = [span for span in present if span[2] - span[1] <= common] or present
    candidates = np.unique(np.concatenate([index._docs[start:end] for _, start, end in proposing]))
    scores = np.zeros(len(candidates))
    for idf, start, end in present:
        docs = index._docs[start:end]
        where = np.searchsorted(docs, candidates)
        hit = where < len(docs)
        hit[hit] = docs[where[hit]] == candidates[hit]
        scores[hit] += idf * index._saturation[start:end][where[hit]]
    if exclude is not None:
        scores[candidates == exclude] = 0.0
    order = np.lexsort((candidates, -scores))[:limit]
    return [(int(candidates[i]), float(scores[i]) / total) for i in order if scores[i] > 0]


@pytest.mark.parametrize("common_df", [retrieval.COMMON_TERM_MIN_DF, 2], ids=["as set", "most terms common"])
def test_batched_search_gives_each_query_its_plain_search(stories, common_df, monkeypatch):
    monkeypatch.setattr(retrieval, "COMMON_TERM_MIN_DF", common_df)
    index = retrieval.Index([retrieval.Document(f"{s.title} {s.keywords}", s.lede, s.body) for s in stories])
    queries = [headline for s in stories for _, headline in s.references]
    queries += [s.title for s in stories] + [s.lede[:60] for s in stories] + ["", "the and of", "zzqx"]
    queries.append(" ".join(s.title for s in stories[:6]))  # many distinct words
    queries += queries[:5]  # the same headline from several stories
    exclude = [i % (len(stories) + 1) if i % 3 else None for i in range(len(queries))]
    exclude = [e if e != len(stories) else None for e in exclude]
    monkeypatch.setattr(retrieval, "SEARCH_BATCH_QUERIES", 7)  # several batches, uneven
    found = index.search_many(queries, exclude, limit=6)
    assert found == [_plain_search(index, q, e, 6) for q, e in zip(queries, exclude, strict=True)]


# --- Related stories --------------------------------------------------------------------


def _plain_related(stories, references, count):
    """Related stories story by story with dicts, as they were chosen before vectorising."""
    size = max(len(stories), 1)
    names = {s.key: {m.name: m for m in s.topics} for s in stories}
    topic_df = Counter(n for story_names in names.values() for n in story_names)
    topic_idf = {n: math.log(1 + size / df) for n, df in topic_df.items()}
    common = min(related.COMMON_TOPIC_SHARE * size, related.COMMON_TOPIC_MAX_DF)
    by_topic = defaultdict(list)
    for key, story_names in names.items():
        for n in story_names:
            if topic_df[n] <= max(common, 2):
                by_topic[n].append(key)
    vectors = {s.key: Counter(retrieval.terms(f"{s.title} {s.lede}")) for s in stories}
    term_df = Counter(t for v in vectors.values() for t in v)
    term_idf = {t: math.log(1 + size / df) for t, df in term_df.items()}
    by_term = defaultdict(list)
    for key, vector in vectors.items():
        for t in vector:
            if 1 < term_df[t] <= related.COMMON_TERM_MAX_DF:
                by_term[t].append(key)
    norms = {
        k: math.sqrt(sum((c * term_idf[t]) ** 2 for t, c in v.items())) or 1.0 for k, v in vectors.items()
    }
    when = {s.key: records.timestamp(s.date) for s in stories}
    order = sorted(stories, key=lambda s: (when[s.key], s.key))

    def score(a, b):
        shared = sorted(set(names[a]) & set(names[b]), key=lambda n: (-topic_idf[n], n))
        va, vb = vectors[a], vectors[b]
        if len(va) > len(vb):
            va, vb = vb, va
        cosine = sum(c * vb[t] * term_idf[t] ** 2 for t, c in va.items() if t in vb) / (norms[a] * norms[b])
        closeness = math.exp(-abs(when[a] - when[b]) / 86400 / related.DATE_DECAY_DAYS)
        reasons = (["Shares topics: " + ", ".join(shared[:3])] if shared else []) + (
            ["Similar subject"] if cosine >= related.SIMILAR_LEDE else []
        )
        if not reasons:
            return 0.0, ()
        if closeness > 0.5:
            reasons.append("Published around the same time")
        return sum(topic_idf[n] for n in shared) + 3 * cosine + 0.5 * closeness, tuple(reasons)

    def nearest(story, wanted, taken):
        picks = [
            s.key
            for s in sorted(order, key=lambda s: abs(when[s.key] - when[story.key]))
            if s.key not in taken and s.key != story.key
        ]
        return [(key, ("Nearest in date",)) for key in picks[:wanted]]

    linked = defaultdict(list)
    for ref in references:
        if ref.status == RESOLVED and ref.target not in linked[ref.source]:
            linked[ref.source].append(ref.target)
    out = {}
    for story in stories:
        chosen = [(key, ("Linked in this story",)) for key in linked[story.key][:count]]
        taken = {story.key, *linked[story.key]}
        overlap = Counter()
        for n in names[story.key]:
            for key in by_topic.get(n, ()):
                overlap[key] += topic_idf[n]
        for t in vectors[story.key]:
            for key in by_term.get(t, ()):
                overlap[key] += term_idf[t]
        pool = sorted(
            (item for item in overlap.items() if item[0] not in taken), key=lambda item: (-item[1], item[0])
        )[: related.RELATED_POOL]
        scores = ((key, score(story.key, key)) for key, _ in pool)
        scored = sorted((-s, key, reasons) for key, (s, reasons) in scores if s > 0)
        wanted = count - len(chosen)
        if wanted > 0:
            chosen += [(key, reasons) for _, key, reasons in scored[:wanted]]
            chosen += nearest(story, count - len(chosen), taken | {k for k, _ in chosen})
        out[story.key] = tuple(chosen)
    return out


@pytest.mark.parametrize("common_df", [None, 2], ids=["as set", "most features common"])
def test_related_stories_are_those_of_a_story_by_story_loop(stories, common_df, monkeypatch):
    if common_df:  # small archives: make topics and words common enough to be looked up, not proposed
        monkeypatch.setattr(related, "COMMON_TERM_MAX_DF", common_df)
        monkeypatch.setattr(related, "COMMON_TOPIC_MAX_DF", common_df)
    graph = build_graph(stories)
    expected = _plain_related(stories, graph.references, records.DEFAULT_RELATED_COUNT)
    assert {k: tuple((r.key, r.reasons) for r in v) for k, v in graph.related.items()} == expected


@pytest.mark.parametrize("size", [0, 1, 2, 3, 5, 8])
def test_tiny_archives_link_as_a_story_by_story_loop(size):
    stories = load_stories(ROOT / "seeds")[:size]
    graph = build_graph(stories)
    expected = _plain_related(stories, graph.references, records.DEFAULT_RELATED_COUNT)
    assert {k: tuple((r.key, r.reasons) for r in v) for k, v in graph.related.items()} == expected
    index = retrieval.Index([retrieval.Document(s.title, s.lede, s.body) for s in stories])
    queries = [headline for s in stories for _, headline in s.references] + ["Orlen", ""]
    assert index.search_many(queries, limit=4) == [_plain_search(index, q, None, 4) for q in queries]


# --- The benchmark's comparison of two checkouts ----------------------------------------------


def _bench_linking():
    sys.path.insert(0, str(ROOT / "bench"))
    import linking as bench_linking

    return bench_linking


def test_another_checkout_s_plugin_links_beside_this_one(stories, tmp_path):
    import importlib

    bench_linking = _bench_linking()
    name = bench_linking.import_against(str(ROOT / "plugins"), str(tmp_path))
    other = importlib.import_module(f"{name}.linking.graph")
    assert other.build_graph is not build_graph
    assert repr(other.build_graph(stories).references) == repr(build_graph(stories).references)


def test_a_comparison_counts_the_pairs_each_side_was_faster_in():
    bench_linking = _bench_linking()

    def runs(walls, digest="d1"):
        return [{"build_graph_s": w, "main_cpu_s": w - 1, "digest": digest} for w in walls]

    lines = bench_linking.compared(50000, "base", {"this": runs([10, 9, 12]), "against": runs([11, 10, 11])})
    assert "median wall 10.00 s against 11.00 s" in lines[1]
    assert "median own CPU 9.00 s against 10.00 s" in lines[2]
    assert "faster in 2 of 3 pairs; median difference -1.00 s" in lines[3]
    assert lines[4].endswith("the same graph on both sides")
    lines = bench_linking.compared(50000, "base", {"this": runs([9], "d2"), "against": runs([10])})
    assert lines[-1].endswith("the graphs differ: d1, d2")


def test_a_comparison_says_what_each_side_linked():
    bench_linking = _bench_linking()

    def runs(right, wrong, digest):
        score = {"headline": {"present": 10, "right": right, "WRONG": wrong}, "missing": {"unresolved": 3}}
        return [{"build_graph_s": 1.0, "main_cpu_s": 1.0, "digest": digest, "score": score}]

    lines = bench_linking.compared(50000, "base", {"this": runs(9, 0, "d2"), "against": runs(8, 1, "d1")})
    assert lines[-2] == "  - this: 9 of 10 present targets linked (recall 90.0%), 0 wrong; graph digest d2"
    assert lines[-1] == "  - against: 8 of 10 present targets linked (recall 80.0%), 1 wrong; graph digest d1"


# --- The forked helper and determinism ------------------------------------------------------


def _serial_then_forking(stories, monkeypatch):
    """The graph built serially; then even these few stories are split with a forked helper."""
    serial = build_graph(stories, LinkOptions(parallel=False))
    monkeypatch.setattr(graph_module, "PARALLEL_MIN_STORIES", 1)
    monkeypatch.setattr(words, "PARALLEL_MIN_STORIES", 1)
    if not graph_module._can_fork(len(stories)):
        pytest.skip("no fork or a single core here")
    return serial


def test_a_forked_helper_builds_the_same_graph(stories, monkeypatch):
    serial = _serial_then_forking(stories, monkeypatch)
    assert build_graph(stories) == serial


def test_a_failed_helper_has_its_half_done_here(stories, monkeypatch):
    serial = _serial_then_forking(stories, monkeypatch)
    monkeypatch.setattr(processes, "_run_and_send", lambda task, send, pack: send.close())
    assert build_graph(stories) == serial


def test_the_helpers_words_come_back_through_a_temporary_file_without_memfd(stories, monkeypatch):
    serial = _serial_then_forking(stories, monkeypatch)

    def refused(name):
        raise OSError("not allowed here")

    monkeypatch.setattr(processes.os, "memfd_create", refused, raising=False)
    assert build_graph(stories) == serial


GRAPH_JSON = """
import json, sys
from dataclasses import asdict
sys.path[:0] = [sys.argv[1]]
from test_linking_speed import load_stories
from pathlib import Path
from seedreader.linking.graph import build_graph
import seedreader.linking.graph as graph_module
import seedreader.linking.words as words
graph_module.PARALLEL_MIN_STORIES = words.PARALLEL_MIN_STORIES = 1
graph = build_graph(load_stories(Path(sys.argv[2])))
print(json.dumps({"references": [asdict(r) for r in graph.references],
                  "related": {k: [asdict(r) for r in v] for k, v in graph.related.items()},
                  "backlinks": graph.backlinks, "threads": [asdict(t) for t in graph.threads]},
                 sort_keys=True))
"""


def test_the_graph_does_not_depend_on_hash_seeds():
    outputs = set()
    for seed in ("1", "2"):
        result = subprocess.run(
            [sys.executable, "-c", GRAPH_JSON, str(Path(__file__).parent), str(ROOT / "seeds")],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            env={**__import__("os").environ, "PYTHONHASHSEED": seed},
        )
        outputs.add(result.stdout)
    assert len(outputs) == 1
    assert json.loads(outputs.pop())["references"]


# --- Words kept from the last call ------------------------------------------------------


def test_words_kept_from_the_last_call_are_those_tokenised_afresh(stories):
    # A rebuild tokenises only stories whose texts changed; the rest come from the last call.
    from dataclasses import replace

    memory = GraphMemory()
    words.StoryWords.of(stories, kept=memory.words)
    edited = list(stories)
    edited[1] = replace(edited[1], body=edited[1].body + " Kestrel quorum zephyr.", lede="A new lede.")
    kept = words.StoryWords.of(edited, kept=memory.words)
    assert memory.words and len(memory.words) <= len(edited)
    afresh = words.StoryWords.of(edited)
    assert np.array_equal(kept.ids, afresh.ids) and np.array_equal(kept.counts, afresh.counts)
    limit = retrieval.BODY_CHARS_LIMIT
    texts = [text for s in edited for text in (s.title, s.keywords, s.lede, s.body[:limit])]
    ids, counts = retrieval.tokenise(texts)
    assert np.array_equal(kept.ids, ids) and np.array_equal(kept.counts.ravel(), counts)


@pytest.mark.parametrize("bodies", [True, False])
@pytest.mark.parametrize("keep", [False, True])
def test_words_read_early_are_those_read_at_once(stories, monkeypatch, bodies, keep):
    # StoryWords.reading: a helper starts on most stories while this process learns stems of
    # its own (as the lines' lookups do); the ids are those of StoryWords.of after the same.
    monkeypatch.setattr(graph_module, "PARALLEL_MIN_STORIES", 1)
    monkeypatch.setattr(words, "PARALLEL_MIN_STORIES", 1)
    if not graph_module._can_fork(len(stories)):
        pytest.skip("no fork or a single core here")
    vocabulary = (dict(retrieval._stem_ids), list(retrieval._stems), dict(retrieval._word_ids))
    learnt = "Quillwort " + stories[-1].title + " " + stories[-1].lede  # stems the helper meets too

    def run(early: bool) -> words.StoryWords:
        retrieval._stem_ids.clear(), retrieval._stems.clear(), retrieval._word_ids.clear()
        retrieval._stem_ids.update(vocabulary[0]), retrieval._stems.extend(vocabulary[1])
        retrieval._word_ids.update(vocabulary[2])
        kept = GraphMemory().words if keep else None
        if not early:
            retrieval.terms(learnt)
            return words.StoryWords.of(stories, True, bodies, kept)
        with words.StoryWords.reading(stories, True, kept) as read:
            retrieval.terms(learnt)
            return read(bodies)

    try:
        at_once, early = run(False), run(True)
    finally:
        run(False)  # the vocabulary as the other tests expect it
    assert np.array_equal(early.ids, at_once.ids) and np.array_equal(early.counts, at_once.counts)


# --- A rebuild's graph ----------------------------------------------------------------


def test_a_graph_is_reused_only_when_no_story_changed_as_the_graph_sees_it(stories):
    from dataclasses import replace

    memory = GraphMemory()
    padding = " plain words" * (retrieval.BODY_CHARS_LIMIT // 10)
    long = [replace(stories[0], body=stories[0].body + padding), *stories[1:]]
    first = build_graph(long, memory=memory)
    deep = [replace(long[0], body=long[0].body + " a sentence added at the end."), *long[1:]]
    assert build_graph(deep, memory=memory) is first  # past what the index reads: same links
    assert build_graph(deep) == first
    # A name a headline gives, added that far down, changes nothing either: the judge reads
    # a story's opening, as an editor would.
    name = stories[1].title.split()[0]
    named = [replace(deep[0], body=deep[0].body + " " + name), *deep[1:]]
    memory = GraphMemory()
    kept = build_graph(deep, memory=memory)
    assert build_graph(named, memory=memory) is kept and build_graph(named) == first
    # An edit the index sees links again.
    early = [replace(deep[0], body="An early change. " + deep[0].body), *deep[1:]]
    assert build_graph(early, memory=memory) is not kept


def test_related_stories_are_reused_when_what_they_read_is_unchanged(stories):
    # Related stories read titles, ledes, topics, dates and links, never bodies.
    from dataclasses import replace

    memory = GraphMemory()
    first = build_graph(stories, memory=memory)
    edited = [replace(stories[0], body="An early change. " + stories[0].body), *stories[1:]]
    second = build_graph(edited, memory=memory)
    if second.references == first.references:
        assert second.related is first.related
    assert second == build_graph(edited)
    retitled = [replace(stories[0], title=stories[0].title + " again"), *stories[1:]]
    memory = GraphMemory()
    build_graph(stories, memory=memory)
    assert build_graph(retitled, memory=memory).related == build_graph(retitled).related


def test_a_graph_without_memory_keeps_nothing_for_the_next(stories):
    # No module-level state: two builds in one process share only the memory they are given.
    first = build_graph(stories)
    assert build_graph(stories) is not first and build_graph(stories) == first
