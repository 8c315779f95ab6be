/* The prayer day card ([data-prayer-day]) marks the next of the five prayers.
   Pages are cached whole, so the server cannot know which prayer is next for whoever reads the
   copy: every row carries its absolute time (ISO with the city's offset) and the reader's clock
   decides, only while it is inside that day in the city's time zone (data-day-starts / -ends). */
(function () {
  "use strict";
  var tables = document.querySelectorAll("[data-prayer-day]");
  if (!tables.length) return;
  function markNext() {
    var now = Date.now();
    tables.forEach(function (table) {
      var inside = now >= Date.parse(table.getAttribute("data-day-starts")) &&
        now < Date.parse(table.getAttribute("data-day-ends"));
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
  markNext();
  setInterval(markNext, 30000);
})();
