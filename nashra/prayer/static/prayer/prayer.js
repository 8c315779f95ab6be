/* Prayer times on the reader pages.
   1. The widgets' countdown: ticks [data-prayer-at] (ISO time of the next prayer).
   2. The day card ([data-prayer-day]): marks the next of the five prayers. Pages are cached whole,
      so the server cannot know which prayer is next for whoever reads the copy; every row carries
      its absolute time (ISO with the city's offset) and the reader's clock decides, only while it
      is inside that day in the city's time zone (data-day-starts / data-day-ends). */
(function () {
  "use strict";
  function markNext() {
    var now = Date.now();
    document.querySelectorAll("[data-prayer-day]").forEach(function (table) {
      var starts = Date.parse(table.getAttribute("data-day-starts"));
      var ends = Date.parse(table.getAttribute("data-day-ends"));
      var inside = now >= starts && now < ends;
      var found = false;
      table.querySelectorAll("tr[data-prayer]").forEach(function (row) {
        var next = inside && !found && Date.parse(row.getAttribute("data-at")) > now;
        if (next) found = true;
        row.classList.toggle("is-next", next);
        if (next) row.setAttribute("aria-current", "time"); else row.removeAttribute("aria-current");
        var badge = row.querySelector(".prayer-next-badge");
        if (badge) badge.hidden = !next;
      });
    });
  }
  if (!window.nashraPrayerMarks && document.querySelector("[data-prayer-day]")) {
    window.nashraPrayerMarks = true;
    markNext();
    setInterval(markNext, 30000);
  }

  var nodes = document.querySelectorAll("[data-prayer-at]");
  if (!nodes.length || window.nashraPrayerTick) return;
  window.nashraPrayerTick = true;
  var digits = document.body.getAttribute("data-digits");
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function localise(s) {
    return digits === "arabic" ? s.replace(/[0-9]/g, function (d) { return "٠١٢٣٤٥٦٧٨٩"[d]; }) : s;
  }
  function tick() {
    var now = Date.now();
    nodes.forEach(function (node) {
      var left = Math.max(0, Math.floor((Date.parse(node.getAttribute("data-prayer-at")) - now) / 1000));
      var out = node.querySelector("[data-countdown]");
      if (out) out.textContent = localise(pad(Math.floor(left / 3600)) + ":" + pad(Math.floor(left % 3600 / 60)) + ":" + pad(left % 60));
    });
  }
  tick();
  setInterval(tick, 1000);
})();
