/* Nashra reader: keeps a cached page's times right and runs the header. No dependencies.
   - [data-clock]: the header's local clock, ticking every second in the
     edition's zone (body[data-tz]) and digits (body[data-digits]).
   - time[data-ago]: adds «منذ 5 دقائق» next to stamps of the last 7 days.
   - the sections menu on phones ([data-menu-open] → #site-menu): focus kept inside while
     open, Escape closes it and gives focus back to the button.
   - the search button ([data-search-open]) opens the header's search box instead of the page.
   - the theme button ([data-theme-toggle]): light/dark, kept in localStorage (theme.js applies
     it before the first paint).
   - the breaking ticker ([data-ticker]): one whole headline at a time, rotating unless the
     pointer or focus is on it or the reader prefers reduced motion. */
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
    if (!els.length || !tz) return;
    // The first ticks use the UTC offset the server printed in datetime="…+02:00"; the zone's own
    // rules (Intl, ~50 ms of a slow phone's start-up) take over a minute later, off the page's load,
    // so a tab left open across a daylight-saving change still shows the right time.
    var m = /([+-])(\d\d):(\d\d)$/.exec(els[0].getAttribute("datetime") || "");
    var offset = m ? (m[1] === "-" ? -1 : 1) * (+m[2] * 60 + +m[3]) * 60000 : null;
    var fmt = null;
    function exact() {
      try {
        fmt = new Intl.DateTimeFormat("ar-u-nu-" + nu, {
          timeZone: tz, hour: "2-digit", minute: "2-digit", second: "2-digit",
          hourCycle: "h23", hour12: false, numberingSystem: nu
        });
      } catch (e) { fmt = null; }
    }
    function two(n) { return digits(n < 10 ? "0" + n : String(n)); }
    function text(now) {
      if (fmt) {
        var p = {};
        fmt.formatToParts(now).forEach(function (x) { p[x.type] = x.value; });
        // Some engines print midnight as 24 with hour12:false; h23 wants 00.
        var h = p.hour === "24" || p.hour === "٢٤" ? digits("00") : p.hour;
        return h + ":" + p.minute + ":" + p.second;
      }
      var local = new Date(now.getTime() + offset);
      return two(local.getUTCHours()) + ":" + two(local.getUTCMinutes()) + ":" + two(local.getUTCSeconds());
    }
    if (offset === null) {
      exact();
      if (!fmt) return;
    } else if (window.Intl) {
      setTimeout(exact, 60000);
    }
    function tick() {
      var now = new Date(), shown = text(now);
      for (var i = 0; i < els.length; i++) {
        if (els[i].textContent !== shown) els[i].textContent = shown;
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

  var root = document.documentElement;
  var header = document.querySelector(".site-header");
  var PHONE = window.matchMedia ? window.matchMedia("(max-width: 47.99em)") : { matches: false };

  function menu() {
    var button = document.querySelector("[data-menu-open]");
    var panel = button && document.getElementById(button.getAttribute("aria-controls"));
    if (!panel) return;
    var close = panel.querySelector("[data-menu-close]");
    function focusables() { return panel.querySelectorAll("a[href], button"); }
    function setOpen(open, refocus) {
      button.setAttribute("aria-expanded", open ? "true" : "false");
      header.classList.toggle("menu-open", open);
      root.classList.toggle("no-scroll", open);
      if (open) {
        var first = panel.querySelector("[aria-current]") || focusables()[1] || close;
        first.focus();
      } else if (refocus) {
        button.focus();
      }
    }
    function isOpen() { return button.getAttribute("aria-expanded") === "true"; }
    button.addEventListener("click", function () { setOpen(!isOpen(), true); });
    if (close) close.addEventListener("click", function () { setOpen(false, true); });
    document.addEventListener("keydown", function (e) {
      if (!isOpen()) return;
      if (e.key === "Escape" || e.key === "Esc") {
        e.preventDefault();
        setOpen(false, true);
      } else if (e.key === "Tab") {
        var items = focusables(), first = items[0], last = items[items.length - 1];
        if (!panel.contains(document.activeElement)) {
          e.preventDefault();
          first.focus();
        } else if (e.shiftKey && document.activeElement === first) {
          e.preventDefault();
          last.focus();
        } else if (!e.shiftKey && document.activeElement === last) {
          e.preventDefault();
          first.focus();
        }
      }
    });
    // A phone turned to a wide screen: the bar shows the sections, nothing stays trapped.
    if (PHONE.addEventListener) {
      PHONE.addEventListener("change", function () { if (!PHONE.matches && isOpen()) setOpen(false, false); });
    }
  }

  function search() {
    var link = document.querySelector("[data-search-open]");
    var box = document.getElementById("header-search-q");
    if (!link || !box) return;
    link.setAttribute("aria-expanded", "false");
    link.setAttribute("aria-controls", box.form.id || (box.form.id = "header-search"));
    link.setAttribute("role", "button");
    link.addEventListener("click", function (e) {
      e.preventDefault();
      var open = !header.classList.contains("search-open");
      header.classList.toggle("search-open", open);
      link.setAttribute("aria-expanded", open ? "true" : "false");
      if (open) box.focus();
    });
  }

  function theme() {
    var button = document.querySelector("[data-theme-toggle]");
    if (!button) return;
    var dark = window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)");
    function current() {
      var t = root.getAttribute("data-theme");
      return t || (dark && dark.matches ? "dark" : "light");
    }
    function show() { button.setAttribute("aria-pressed", current() === "dark" ? "true" : "false"); }
    button.addEventListener("click", function () {
      var next = current() === "dark" ? "light" : "dark";
      root.setAttribute("data-theme", next);
      try { localStorage.setItem("nashra-theme", next); } catch (e) { /* private mode: this page only */ }
      show();
    });
    if (dark && dark.addEventListener) dark.addEventListener("change", show);
    show();
  }

  function ticker() {
    var box = document.querySelector("[data-ticker]");
    if (!box) return;
    var list = box.querySelector("ul"), items = list.children, at = 0, held = 0;
    var still = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)");
    function show(i) {
      items[at].classList.remove("on");
      at = (i + items.length) % items.length;
      items[at].classList.add("on");
    }
    items[0].classList.add("on");
    list.classList.add("started");
    var next = box.querySelector("[data-ticker-next]");
    if (next) next.addEventListener("click", function () { show(at + 1); });
    // Paused while read: pointer over it or focus inside it (a keyboard reader tabbing to a headline).
    function paused() { return held || (still && still.matches) || document.hidden; }
    function mark() { box.setAttribute("data-paused", paused() ? "true" : "false"); }
    function hold(bit, on) { held = on ? held | bit : held & ~bit; mark(); }
    box.addEventListener("mouseenter", function () { hold(1, true); });
    box.addEventListener("mouseleave", function () { hold(1, false); });
    box.addEventListener("focusin", function () { hold(2, true); });
    box.addEventListener("focusout", function (e) { if (!box.contains(e.relatedTarget)) hold(2, false); });
    mark();
    if (items.length < 2) return;
    setInterval(function () {
      mark();
      if (!paused()) show(at + 1);
    }, 5000);
  }

  clocks();
  relatives();
  setInterval(relatives, 60000);
  if (header) {
    menu();
    search();
    theme();
    ticker();
  }
})();
