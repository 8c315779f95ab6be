/* Count one view of this article without touching the cached page:
   the page carries <div id="nashra-beacon" data-beacon="/_b/?a=ID" hidden>. */
(function () {
  "use strict";
  var el = document.getElementById("nashra-beacon");
  if (!el) { return; }
  var url = el.getAttribute("data-beacon");
  if (!url || url.indexOf("/_b/") !== 0) { return; }
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
