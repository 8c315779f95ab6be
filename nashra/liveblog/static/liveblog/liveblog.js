// Live blog reader: polls the blog's cached update channel, offers new entries behind a bar
// (inserted on click, keeping what the reader is reading in place) and ticks relative times.
(function () {
  "use strict";
  var root = document.querySelector(".live-blog[data-updates]");
  if (!root) return;
  var list = root.querySelector(".lb-entries");
  var bar = root.querySelector(".lb-newbar");
  var button = root.querySelector(".lb-show-new");
  var version = parseInt(root.getAttribute("data-version"), 10) || 0;
  var etag = null;
  var pending = {};  // id -> html of new entries waiting behind the bar
  var firstPage = !/[?&]before=/.test(location.search);
  var timeForms = root.querySelector(".lb-time-forms");

  var rules = window.Intl && Intl.PluralRules ? new Intl.PluralRules("ar") : null;
  // Numbers in the edition's digits (body[data-digits], as nashra.js writes the clock).
  var digits = document.body.getAttribute("data-digits") === "arabic" ? "arab" : "latn";
  function numeral(n) {
    return window.Intl ? new Intl.NumberFormat("ar-u-nu-" + digits).format(n) : String(n);
  }
  var behind = false;  // more changes than the shared answer covers: the bar reloads the page
  function plural(n) {
    // The page carries ngettext's text for each Arabic plural class (data-zero … data-other).
    var form = button.getAttribute("data-" + (rules ? rules.select(n) : "other")) ||
      button.getAttribute("data-other");
    return form.replace("{n}", numeral(n));
  }
  function fromHtml(html) {
    var t = document.createElement("template");
    t.innerHTML = html.trim();
    return t.content.firstElementChild;
  }
  function showBar() {
    var n = Object.keys(pending).length;
    if (behind) { button.textContent = button.getAttribute("data-reload"); bar.hidden = false; return; }
    if (!n) { bar.hidden = true; return; }
    button.textContent = plural(n);
    bar.hidden = false;
  }
  function insertPending() {
    if (behind) { location.reload(); return; }
    var anchor = list.querySelector(".lb-entry:not(.lb-pinned)") || null;
    var before = anchor ? anchor.getBoundingClientRect().top : 0;
    Object.keys(pending).map(Number).sort(function (a, b) { return a - b; }).forEach(function (id) {
      var node = fromHtml(pending[id]);
      list.insertBefore(node, list.querySelector(".lb-entry:not(.lb-pinned)"));
    });
    pending = {};
    showBar();
    // Keep the entry the reader was looking at where it was on screen.
    if (anchor && window.scrollY > 0) window.scrollBy(0, anchor.getBoundingClientRect().top - before);
    tick();
  }
  function apply(data) {
    if (firstPage && data.covers_from > version) { behind = true; showBar(); return; }
    (data.deleted || []).forEach(function (id) {
      var old = document.getElementById("entry-" + id);
      if (old) old.remove();
      delete pending[id];
    });
    (data.entries || []).forEach(function (e) {
      var old = document.getElementById("entry-" + e.id);
      if (old) { old.replaceWith(fromHtml(e.html)); }
      else if (firstPage && e.version > version) { pending[e.id] = e.html; }
    });
    version = Math.max(version, data.version || 0);
    showBar();
    tick();
  }
  function poll() {
    var headers = etag ? {"If-None-Match": etag} : {};
    fetch(root.getAttribute("data-updates"), {headers: headers, credentials: "omit"}).then(function (r) {
      if (r.status !== 200) return null;
      etag = r.headers.get("ETag");
      return r.json();
    }).then(function (data) { if (data) apply(data); }).catch(function () {});
  }
  function ago(unit, n) {
    // «منذ 3 دقائق»: the page's ngettext text for the unit and n's Arabic plural class.
    var form = timeForms.getAttribute("data-" + unit + "-" + (rules ? rules.select(n) : "other")) ||
      timeForms.getAttribute("data-" + unit + "-other");
    return form.replace("{n}", numeral(n));
  }
  function tick() {
    if (!timeForms) return;
    var now = Date.now();
    root.querySelectorAll("time[data-relative]").forEach(function (el) {
      var minutes = Math.floor((now - Date.parse(el.getAttribute("datetime"))) / 60000);
      if (isNaN(minutes) || minutes >= 24 * 60) return;  // older: the printed date stays
      if (!el.title) el.title = el.textContent;
      el.textContent = minutes < 1 ? timeForms.getAttribute("data-now")
        : minutes < 60 ? ago("minute", minutes) : ago("hour", Math.floor(minutes / 60));
    });
  }
  button.addEventListener("click", insertPending);
  tick();
  setInterval(tick, 30000);
  if (root.getAttribute("data-state") !== "ended") setInterval(poll, 10000);
})();
