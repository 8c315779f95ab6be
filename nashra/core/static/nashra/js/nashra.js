/* Nashra reader: keeps a cached page's times right. No dependencies.
   - [data-clock]: the header's local clock, ticking every second in the
     edition's zone (body[data-tz]) and digits (body[data-digits]).
   - time[data-ago]: adds «منذ 5 دقائق» next to stamps of the last 7 days. */
(function () {
  "use strict";
  var body = document.body;
  var tz = body.getAttribute("data-tz");
  var nu = body.getAttribute("data-digits") === "arabic" ? "arab" : "latn";
  var INDIC = "٠١٢٣٤٥٦٧٨٩";

  function digits(n) {
    var s = String(n);
    return nu === "arab" ? s.replace(/[0-9]/g, function (d) { return INDIC[d]; }) : s;
  }

  function clocks() {
    var els = document.querySelectorAll("[data-clock]");
    if (!els.length || !tz || !window.Intl) return;
    var fmt;
    try {
      fmt = new Intl.DateTimeFormat("ar-u-nu-" + nu, {
        timeZone: tz, hour: "2-digit", minute: "2-digit", second: "2-digit",
        hourCycle: "h23", hour12: false, numberingSystem: nu
      });
    } catch (e) { return; }
    function tick() {
      var now = new Date(), p = {};
      fmt.formatToParts(now).forEach(function (x) { p[x.type] = x.value; });
      // Some engines print midnight as 24 with hour12:false; h23 wants 00.
      var h = p.hour === "24" || p.hour === "٢٤" ? digits("00") : p.hour;
      var text = h + ":" + p.minute + ":" + p.second;
      for (var i = 0; i < els.length; i++) {
        if (els[i].textContent !== text) els[i].textContent = text;
        els[i].setAttribute("datetime", now.toISOString());
      }
      setTimeout(tick, 1000 - (Date.now() % 1000) + 5);
    }
    tick();
  }

  // Arabic counting through Django's JavaScript catalogue (/jsi18n/, djangojs.po): 1 and 2
  // without a numeral, 3-10 the plural, 11-99 the singular («يومًا»), as nashra/arabic/dates.py.
  var _ = window.gettext || function (s) { return s; };
  var ngettext = window.ngettext || function (one, other, n) { return n === 1 ? one : other; };
  var UNITS = {
    m: ["منذ دقيقة", "منذ %(n)s دقيقة"],
    h: ["منذ ساعة", "منذ %(n)s ساعة"],
    d: ["منذ يوم", "منذ %(n)s يوم"]
  };
  function ago(seconds) {
    if (seconds > 7 * 86400) return "";
    if (seconds < 60) return _("الآن");
    var unit = seconds < 3600 ? "m" : seconds < 86400 ? "h" : "d";
    var n = Math.floor(seconds / (unit === "m" ? 60 : unit === "h" ? 3600 : 86400));
    return ngettext(UNITS[unit][0], UNITS[unit][1], n).replace("%(n)s", digits(n));
  }

  function relatives() {
    var els = document.querySelectorAll("time[data-ago]");
    var now = Date.now();
    for (var i = 0; i < els.length; i++) {
      var el = els[i], t = Date.parse(el.getAttribute("datetime"));
      if (isNaN(t)) continue;
      var text = ago(Math.max(0, (now - t) / 1000));
      var span = el.nextElementSibling;
      if (!span || !span.classList.contains("ago")) {
        if (!text) continue;
        span = document.createElement("span");
        span.className = "ago";
        el.parentNode.insertBefore(span, el.nextSibling);
      }
      span.textContent = text;
      span.hidden = !text;
    }
  }

  clocks();
  relatives();
  setInterval(relatives, 60000);
})();
