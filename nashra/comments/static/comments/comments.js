/* Comment form on a cached article page: per-visitor bits (CSRF token, security
   question) are fetched from /comments/form-token/ when the reader starts using
   the form; the form is then sent with fetch. Without JS, a link leads to the
   uncached form page. Counts characters as the reader sees them ([...text]). */
(function () {
  "use strict";
  var AR = "٠١٢٣٤٥٦٧٨٩";
  function digits(n) {
    var s = String(n);
    if (document.body && document.body.dataset.digits && document.body.dataset.digits !== "latin") {
      s = s.replace(/[0-9]/g, function (d) { return AR[+d]; });
    }
    return s;
  }
  function length(text) { return Array.from(text.replace(/\r\n/g, "\n")).length; }
  // Django's JavaScript catalogue (/jsi18n/, loaded first by base.html) gives Arabic's six plural
  // forms; without it (a page saved offline) the source strings still read.
  var _ = window.gettext || function (s) { return s; };
  var ngettext = window.ngettext || function (one, other, n) { return n === 1 ? one : other; };
  function leftText(n) {
    return digits(ngettext("متبقٍ حرف واحد", "متبقٍ %(n)s حرف", n).replace("%(n)s", n));
  }

  function setupCounter(form) {
    var box = form.querySelector("[data-counter]");
    var area = form.querySelector("textarea[name=text]");
    if (!box || !area) return;
    var max = parseInt(box.dataset.max, 10) || 1000;
    function update() {
      var left = max - length(area.value);
      if (left < 0) {
        area.value = Array.from(area.value).slice(0, max).join("");
        left = 0;
      }
      box.dataset.left = left;
      box.textContent = leftText(left);
      box.classList.toggle("c-low", left < 50);
    }
    area.addEventListener("input", update);
    update();
  }

  function setupForm(form) {
    var tokenUrl = form.dataset.tokenUrl;
    var status = form.querySelector("[data-status]");
    var submit = form.querySelector("button[type=submit]");
    var loading = null;
    var haveToken = !!form.querySelector("input[name=csrfmiddlewaretoken]");

    function say(text, failed) {
      status.textContent = text;
      status.classList.toggle("c-failed", !!failed);
    }
    function applyChallenge(data) {
      if (!data || !data.captcha_id) return;
      form.querySelector("[data-captcha-id]").value = data.captcha_id;
      form.querySelector("[data-captcha-question]").textContent = data.question;
      var img = form.querySelector("[data-captcha-img]");
      img.src = data.captcha_image_url;
      img.hidden = false;
      var answer = form.querySelector("input[name=captcha_answer]");
      // A right answer is kept (with its code) when only another field failed.
      if (answer) answer.value = data.captcha_kept ? (data.captcha_answer || answer.value) : "";
    }
    function loadToken() {
      if (loading) return loading;
      loading = fetch(tokenUrl, { credentials: "same-origin", headers: { Accept: "application/json" }, cache: "no-store" })
        .then(function (r) {
          return r.json().then(function (data) {
            if (!r.ok) throw new Error(data.message || _("تعذّر تحميل النموذج، حاول مجددًا."));
            return data;
          });
        })
        .then(function (data) {
          var input = form.querySelector("input[name=csrfmiddlewaretoken]");
          if (!input) {
            input = document.createElement("input");
            input.type = "hidden";
            input.name = "csrfmiddlewaretoken";
            form.appendChild(input);
          }
          input.value = data.csrf;
          window.nashraCsrf = data.csrf;
          applyChallenge(data);
          submit.disabled = false;
          haveToken = true;
        })
        .catch(function (err) { say(err.message || _("تعذّر تحميل النموذج، حاول مجددًا."), true); loading = null; });
      return loading;
    }
    form.addEventListener("focusin", function () { if (!haveToken) loadToken(); });
    if ("IntersectionObserver" in window) {
      var io = new IntersectionObserver(function (entries) {
        if (entries.some(function (e) { return e.isIntersecting; })) { io.disconnect(); if (!haveToken) loadToken(); }
      });
      io.observe(form);
    }
    var refresh = form.querySelector("[data-captcha-refresh]");
    if (refresh) refresh.addEventListener("click", function () { loading = null; haveToken = false; loadToken(); });

    form.querySelectorAll(".errorlist[data-js]").forEach(function (el) { el.remove(); });
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      if (!haveToken) { loadToken(); return; }
      submit.disabled = true;
      say(_("جارٍ الإرسال…"));
      fetch(form.action, {
        method: "POST", body: new FormData(form), credentials: "same-origin",
        headers: { Accept: "application/json", "X-Requested-With": "fetch" }
      }).then(function (r) {
        return r.json().catch(function () { return { ok: false, message: _("تعذّر الإرسال، حاول مجددًا.") }; })
          .then(function (data) { return { status: r.status, data: data }; });
      }).then(function (res) {
        var data = res.data;
        form.querySelectorAll(".errorlist[data-js]").forEach(function (el) { el.remove(); });
        if (data.ok) {
          say(data.message, false);
          if (data.comment) addComment(data.comment);
          form.querySelector("[name=title]").value = "";
          form.querySelector("[name=text]").value = "";
          form.querySelector("[name=text]").dispatchEvent(new Event("input"));
          loading = null; haveToken = false; loadToken();
        } else {
          say(data.message || _("تعذّر الإرسال، حاول مجددًا."), true);
          Object.keys(data.errors || {}).forEach(function (name) {
            var field = form.querySelector("[name=" + name + "]");
            var ul = document.createElement("ul");
            ul.className = "errorlist";
            ul.dataset.js = "1";
            data.errors[name].forEach(function (m) { var li = document.createElement("li"); li.textContent = m; ul.appendChild(li); });
            if (field && name !== "__all__") { field.setAttribute("aria-invalid", "true"); field.insertAdjacentElement("afterend", ul); }
            else status.insertAdjacentElement("beforebegin", ul);
          });
          if (data.captcha_id) applyChallenge(data); else { loading = null; haveToken = false; loadToken(); }
        }
      }).catch(function () { say(_("تعذّر الاتصال بالموقع، حاول مجددًا."), true); })
        .finally(function () { submit.disabled = !haveToken; });
    });
  }

  function addComment(c) {
    var list = document.querySelector("[data-comment-list]");
    if (!list) return;
    var li = document.createElement("li");
    li.className = "comment";
    li.id = "comment-" + c.id;
    var name = document.createElement("bdi"); name.className = "c-name"; name.textContent = c.name;
    var title = document.createElement("h4"); title.className = "c-title"; title.dir = "auto"; title.textContent = c.title;
    var text = document.createElement("p"); text.className = "c-text"; text.dir = "auto"; text.textContent = c.text;
    li.append(name, title, text);
    list.appendChild(li);
    list.hidden = false;
    var empty = document.querySelector("[data-comment-empty]");
    if (empty) empty.remove();
    var count = document.querySelector("[data-comment-count]");
    if (count) count.textContent = "(" + digits(list.children.length) + ")";
  }

  function setupReports() {
    document.addEventListener("click", function (ev) {
      var a = ev.target.closest && ev.target.closest("a[data-report]");
      if (!a) return;
      ev.preventDefault();
      if (!window.confirm(_("هل تريد الإبلاغ عن هذا التعليق؟"))) return;
      var send = function (csrf) {
        var body = new FormData();
        body.append("csrfmiddlewaretoken", csrf);
        return fetch(a.href, { method: "POST", body: body, credentials: "same-origin", headers: { Accept: "application/json", "X-Requested-With": "fetch" } })
          .then(function (r) { return r.json(); })
          .then(function (data) { a.replaceWith(document.createTextNode(data.message || "")); });
      };
      var token = window.nashraCsrf;
      var form = document.querySelector("[data-comment-form]");
      var p = token ? Promise.resolve(token) : fetch(form ? form.dataset.tokenUrl : "/comments/form-token/", { credentials: "same-origin", headers: { Accept: "application/json" } })
        .then(function (r) { return r.json(); }).then(function (d) { window.nashraCsrf = d.csrf; return d.csrf; });
      p.then(send).catch(function () { window.location.href = a.href; });
    });
  }

  function init() {
    document.querySelectorAll("[data-comment-form]").forEach(function (form) { setupCounter(form); setupForm(form); });
    setupReports();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
