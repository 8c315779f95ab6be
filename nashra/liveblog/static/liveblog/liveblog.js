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
  var fmt = window.Intl && Intl.RelativeTimeFormat ? new Intl.RelativeTimeFormat("ar", {numeric: "auto"}) : null;

  var rules = window.Intl && Intl.PluralRules ? new Intl.PluralRules("ar") : null;
  var behind = false;  // more changes than the shared answer covers: the bar reloads the page
  function plural(n) {
    // The page carries ngettext's text for each Arabic plural class (data-zero … data-other).
    var form = button.getAttribute("data-" + (rules ? rules.select(n) : "other")) ||
      button.getAttribute("data-other");
    return form.replace("{n}", window.Intl ? new Intl.NumberFormat("ar-EG").format(n) : String(n));
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
  function tick() {
    if (!fmt) return;
    var now = Date.now();
    root.querySelectorAll("time[data-relative]").forEach(function (el) {
      var seconds = Math.round((Date.parse(el.getAttribute("datetime")) - now) / 1000);
      if (seconds < -86400 || isNaN(seconds)) return;
      var text = seconds > -60 ? fmt.format(Math.min(0, seconds), "second")
        : seconds > -3600 ? fmt.format(Math.round(seconds / 60), "minute")
        : fmt.format(Math.round(seconds / 3600), "hour");
      el.textContent = text;
    });
  }
  button.addEventListener("click", insertPending);
  tick();
  setInterval(tick, 30000);
  if (root.getAttribute("data-state") !== "ended") setInterval(poll, 10000);
})();
