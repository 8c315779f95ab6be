/* Prayer widget countdown: ticks [data-prayer-at] (ISO time of the next prayer). */
(function () {
  "use strict";
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
