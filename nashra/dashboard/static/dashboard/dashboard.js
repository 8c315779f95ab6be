/* «لوحة الأرقام»: fetch the panels again every data-refresh seconds (while the tab is visible) and on
   «حدّث الآن», and swap them in place; the page keeps working without this script (reload). */
(function () {
  "use strict";
  var box = document.getElementById("dash-panels");
  if (!box || !window.fetch) { return; }
  var stamp = document.getElementById("dash-updated");
  var button = document.getElementById("dash-refresh");
  var seconds = parseInt(box.getAttribute("data-refresh"), 10) || 30;
  var busy = false;

  function refresh() {
    if (busy) { return; }
    busy = true;
    var url = new URL(window.location.href);
    url.searchParams.set("part", "panels");
    url.searchParams.delete("export");
    fetch(url.toString(), { credentials: "same-origin", headers: { "X-Requested-With": "fetch" } })
      .then(function (response) { if (!response.ok) { throw new Error(response.status); } return response.text(); })
      .then(function (html) {
        var open = {};
        box.querySelectorAll("details[open]").forEach(function (d, i) { open[i] = true; });
        box.innerHTML = html;
        box.querySelectorAll("details").forEach(function (d, i) { if (open[i]) { d.open = true; } });
        var grid = box.querySelector("[data-updated]");
        if (grid && stamp) { stamp.textContent = grid.getAttribute("data-updated"); }
      })
      .catch(function () { /* the numbers on screen stay; the next round tries again */ })
      .then(function () { busy = false; });
  }

  window.setInterval(function () {
    if (document.visibilityState === "visible") { refresh(); }
  }, seconds * 1000);
  if (button) { button.addEventListener("click", refresh); }
})();
