/* Runs in <head>, before the first paint: the reader's own theme choice (kept in localStorage, not a
   cookie: no banner, and cached pages stay the same for everyone) and the «js» class that lets the
   stylesheet fold the menu and stack the ticker only when nashra.js will run. */
(function (d) {
  var t = null;
  try { t = localStorage.getItem("nashra-theme"); } catch (e) { /* storage off */ }
  if (t === "dark" || t === "light") d.setAttribute("data-theme", t);
  d.className += " js";
})(document.documentElement);
