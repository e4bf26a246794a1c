/* The search page: starts Pagefind's UI in #search, runs the search named by ?q=,
   keeps ?q= and ?sort= in the address bar, and re-runs the search sorted by date
   when the reader picks a sort, keeping the ticked filters. Paths come from the
   container's data-bundle-path ({{ SITEURL }}/pagefind/), so search works at a
   domain root and under a subpath. A large archive is indexed in shards: the
   bundle's shards.json lists the others, which are merged into one search. */
(function () {
  "use strict";

  var container = document.getElementById("search");
  if (!container) {
    return;
  }
  var controls = document.querySelector(".search-controls");
  var sortSelect = document.getElementById("search-sort");

  if (typeof window.PagefindUI !== "function") {
    var unavailable = document.querySelector(".search-unavailable");
    if (unavailable) {
      unavailable.hidden = false;
    }
    return;
  }

  /* Result URLs in the index start at the site root; prefix them with the path the
     site is served under (for example /repo/ on GitHub Pages). */
  var bundlePath = new URL(container.getAttribute("data-bundle-path"), document.baseURI).pathname;
  var baseUrl = bundlePath.replace(/pagefind\/$/, "");

  /* data-pagefind-sort="date:YYYY-MM-DD" on each story's <time>. */
  var SORTS = {
    newest: { date: "desc" },
    oldest: { date: "asc" }
  };

  var ui = null;

  function searchInput() {
    return container.querySelector(".pagefind-ui__search-input");
  }

  function currentTerm() {
    var input = searchInput();
    return input ? input.value.trim() : "";
  }

  /* The filters the reader ticked, as {name: [values]}, to carry over a re-sort. A
     value is as the index holds it, HTML-escaped (search.py's filter_label), since
     Pagefind UI shows it as HTML: pass it back unchanged, never show it as HTML. */
  function currentFilters() {
    var filters = {};
    var boxes = container.querySelectorAll(".pagefind-ui__filter-checkbox:checked");
    Array.prototype.forEach.call(boxes, function (box) {
      var name = box.getAttribute("name");
      if (name) {
        (filters[name] = filters[name] || []).push(box.value);
      }
    });
    return filters;
  }

  function writeUrl(term, sort) {
    var url = new URL(window.location.href);
    if (term) {
      url.searchParams.set("q", term);
    } else {
      url.searchParams.delete("q");
    }
    if (sort) {
      url.searchParams.set("sort", sort);
    } else {
      url.searchParams.delete("sort");
    }
    window.history.replaceState(null, "", url);
  }

  /* The other shards' bundles, from shards.json (written by search.py next to the
     first bundle); none when it cannot be read, so the first shard still searches.
     Revalidated like Pagefind's own entry file: a cached list may name old shards. */
  function loadShards() {
    return window.fetch(bundlePath + "shards.json", { cache: "no-cache" })
      .then(function (response) { return response.ok ? response.json() : { shards: [] }; })
      .then(function (list) { return Array.isArray(list.shards) ? list.shards : []; })
      .catch(function () { return []; });
  }

  /* Pagefind's module made ready: the shards merged, every filter's data loaded. A search
     run before the filter data has arrived comes back without filter counts, and the
     UI then keeps the whole archive's counts beside its results (2025 (12), 2026 (9) for
     14 results). The UI loads the same module (one URL, one instance), finds it ready
     and merges nothing more. */
  function prepare(pagefind, shards) {
    return shards.reduce(function (merged, shard) {
      return merged.then(function () {
        return pagefind.mergeIndex(bundlePath + shard, { baseUrl: baseUrl });
      });
    }, Promise.resolve()).then(function () {
      return pagefind.filters();
    });
  }

  function start(term, sort, shards) {
    var options = {
      element: container,
      bundlePath: bundlePath,
      baseUrl: baseUrl,
      mergeIndex: shards.map(function (shard) {
        return { bundlePath: bundlePath + shard, baseUrl: baseUrl };
      }),
      showSubResults: true,
      showImages: false,
      showEmptyFilters: false,
      translations: { placeholder: "Search the archive" }
    };
    if (SORTS[sort]) {
      options.sort = SORTS[sort];
    }
    ui = new window.PagefindUI(options);
    var input = searchInput();
    if (input) {
      input.setAttribute("aria-label", "Search the archive");
    }
    if (term) {
      ui.triggerSearch(term);
    }
  }

  /* Re-run the current search in another order, in the same UI. A new UI cannot
     replace it: destroy() tears down the Pagefind instance the two share, and a
     search started before that finishes never returns ("Searching..." forever).
     Pagefind UI has no public setter for the sort, so set its `sort` property the
     way its own triggerSearch() and triggerFilters() set theirs; new filters (the
     same ones) make it search again. */
  function resort(sort) {
    var component = ui && ui._pfs;
    if (!component || typeof component.$$set !== "function") {
      return false;
    }
    component.$$set({ sort: SORTS[sort] || null });
    ui.triggerFilters(currentFilters());
    return true;
  }

  var params = new URLSearchParams(window.location.search);
  var initialSort = SORTS[params.get("sort")] ? params.get("sort") : "";
  if (sortSelect) {
    sortSelect.value = initialSort;
    sortSelect.addEventListener("change", function () {
      var term = currentTerm();
      writeUrl(term, sortSelect.value);
      if (!resort(sortSelect.value)) {
        window.location.reload(); /* a Pagefind UI without $$set: start afresh from the URL */
      }
    });
  }
  if (controls) {
    controls.hidden = false;
  }

  /* Keep ?q= in step with what is typed, so a search can be shared or reloaded. */
  container.addEventListener("input", function (event) {
    if (event.target === searchInput()) {
      writeUrl(currentTerm(), sortSelect ? sortSelect.value : "");
    }
  });

  /* With a search in the address bar, Pagefind is made ready before the UI searches (see
     prepare); without one, the UI loads it when the reader starts typing. */
  loadShards().then(function (shards) {
    var term = (params.get("q") || "").trim();
    if (!term) {
      start(term, initialSort, shards);
      return;
    }
    import(bundlePath + "pagefind.js").then(
      function (pagefind) {
        prepare(pagefind, shards)
          .catch(function () {}) /* the UI reports Pagefind's own errors */
          .then(function () { start(term, initialSort, []); });
      },
      function () { start(term, initialSort, shards); }
    );
  });
})();
