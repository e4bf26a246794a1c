/* Apply the reader's saved colour theme before the first paint, so pages do not
   flash. Loaded in <head>; theme-toggle.js saves the choice. */
(function () {
  "use strict";
  try {
    var theme = window.localStorage.getItem("seedreader-theme");
    if (theme === "light" || theme === "dark") {
      document.documentElement.setAttribute("data-theme", theme);
    }
  } catch (error) {
    /* Storage blocked: follow the system setting. */
  }
})();
