/* The masthead's "Dark mode" button: flips between light and dark, remembers the
   choice in localStorage (read back by theme-init.js on every page) and keeps
   aria-pressed in step with the theme actually shown. */
(function () {
  "use strict";

  var KEY = "seedreader-theme";
  var root = document.documentElement;
  var systemDark = window.matchMedia("(prefers-color-scheme: dark)");
  var button = document.querySelector(".theme-toggle");
  if (!button) {
    return;
  }

  function shownTheme() {
    var chosen = root.getAttribute("data-theme");
    if (chosen === "light" || chosen === "dark") {
      return chosen;
    }
    return systemDark.matches ? "dark" : "light";
  }

  function sync() {
    button.setAttribute("aria-pressed", shownTheme() === "dark" ? "true" : "false");
  }

  function apply(theme) {
    if (theme === "light" || theme === "dark") {
      root.setAttribute("data-theme", theme);
    } else {
      root.removeAttribute("data-theme");
    }
    sync();
  }

  button.addEventListener("click", function () {
    var next = shownTheme() === "dark" ? "light" : "dark";
    apply(next);
    try {
      window.localStorage.setItem(KEY, next);
    } catch (error) {
      /* Storage blocked: the choice lasts for this page only. */
    }
  });

  /* Follow the system when no choice is stored, and other tabs when one is made. */
  systemDark.addEventListener("change", sync);
  window.addEventListener("storage", function (event) {
    if (event.key === KEY) {
      apply(event.newValue);
    }
  });

  button.hidden = false;
  sync();
})();
