/* The newsletter sign-up box on cached pages: the page carries no CSRF token, so one is fetched
   from /newsletters/form-token/ (never cached) when the reader starts using the box; the form is
   then posted with fetch and the answer shown in the box. Without JS the box links to the
   uncached sign-up page. */
(function () {
  "use strict";
  var _ = window.gettext || function (s) { return s; };

  function setup(form) {
    var status = form.querySelector("[data-status]");
    var token = null;
    var loading = null;
    function say(text, failed) {
      status.textContent = text;
      status.classList.toggle("nl-failed", !!failed);
    }
    function loadToken() {
      if (token) return Promise.resolve(token);
      if (loading) return loading;
      loading = fetch(form.dataset.tokenUrl, { credentials: "same-origin", cache: "no-store",
                                               headers: { Accept: "application/json" } })
        .then(function (r) { return r.json(); })
        .then(function (data) { token = data.csrf; return token; })
        .finally(function () { loading = null; });
      return loading;
    }
    form.addEventListener("focusin", function () { loadToken().catch(function () {}); }, { once: true });
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var button = form.querySelector("button[type=submit]");
      button.disabled = true;
      loadToken().then(function (csrf) {
        var body = new FormData(form);
        body.set("csrfmiddlewaretoken", csrf);
        return fetch(form.action, { method: "POST", body: body, credentials: "same-origin",
                                    headers: { Accept: "application/json", "X-CSRFToken": csrf } });
      }).then(function (r) {
        return r.json().then(function (data) { say(data.message, !data.ok); if (data.ok) form.reset(); });
      }).catch(function () {
        say(_("تعذّر الاشتراك الآن، حاول مجددًا."), true);
      }).finally(function () { button.disabled = false; });
    });
  }
  document.querySelectorAll("[data-newsletter-form]").forEach(setup);
})();
