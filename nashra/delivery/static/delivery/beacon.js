/* Count one view of this article without touching the cached page:
   the page carries <div id="nashra-beacon" data-beacon="/_b/?a=ID" hidden>. */
(function () {
  "use strict";
  var el = document.getElementById("nashra-beacon");
  if (!el) { return; }
  var url = el.getAttribute("data-beacon");
  if (!url || url.indexOf("/_b/") !== 0) { return; }
  // Where the reader came from, as a hostname only (search, social, direct or internal in the
  // newsroom's numbers): never the path or query of the page before.
  var from = "";
  try { from = document.referrer ? new URL(document.referrer).hostname : ""; } catch (e) { from = ""; }
  if (from) { url += "&r=" + encodeURIComponent(from); }
  function send() {
    if (navigator.sendBeacon && navigator.sendBeacon(url)) { return; }
    if (window.fetch) { fetch(url, { method: "POST", keepalive: true, credentials: "omit" }); }
  }
  if (document.visibilityState === "prerender") {
    document.addEventListener("visibilitychange", function once() {
      if (document.visibilityState !== "prerender") {
        document.removeEventListener("visibilitychange", once);
        send();
      }
    });
  } else {
    send();
  }
})();
