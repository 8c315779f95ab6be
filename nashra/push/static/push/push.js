/* «تنبيهات عاجلة»: the offer under each page. Nothing is asked of the browser until the reader has read
   what the alerts are and pressed «نعم»; the browser's own permission prompt comes only then. */
(function () {
  "use strict";
  const offer = document.querySelector(".push-offer");
  if (!offer || !("serviceWorker" in navigator) || !("PushManager" in window) || !("Notification" in window)) return;
  const button = offer.querySelector(".push-toggle");
  const explain = offer.querySelector(".push-explain");
  const status = offer.querySelector(".push-status");
  const text = (name) => offer.dataset[name] || "";
  const say = (message) => { status.textContent = message; };

  function keyBytes(base64url) {
    const padded = (base64url + "===".slice((base64url.length + 3) % 4)).replace(/-/g, "+").replace(/_/g, "/");
    return Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
  }

  async function post(url, body) {
    const response = await fetch(url, {
      method: "POST", credentials: "same-origin", headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    const answer = await response.json().catch(() => ({}));
    if (!response.ok) {
      const error = new Error(answer.error || text("failed"));
      error.ours = true;  // our server's Arabic words; a browser's own errors are in its language
      throw error;
    }
    return answer;
  }

  async function current() {
    const registration = await navigator.serviceWorker.getRegistration("/");
    return registration ? registration.pushManager.getSubscription() : null;
  }

  function show(subscribed) {
    button.textContent = subscribed ? text("off") : text("on");
    button.setAttribute("aria-pressed", subscribed ? "true" : "false");
    offer.hidden = false;
  }

  async function turnOn() {
    const permission = await Notification.requestPermission();
    if (permission !== "granted") { say(text("denied")); return; }
    const registration = await navigator.serviceWorker.register("/push-sw.js", { scope: "/" });
    await navigator.serviceWorker.ready;
    const key = (await (await fetch("/push/key/", { credentials: "same-origin" })).json()).key;
    const subscription = await registration.pushManager.subscribe({
      userVisibleOnly: true, applicationServerKey: keyBytes(key),
    });
    const answer = await post("/push/subscribe/", { subscription: subscription.toJSON() });
    say(answer.message);
    show(true);
  }

  async function turnOff(subscription) {
    await post("/push/unsubscribe/", { endpoint: subscription.endpoint });
    await subscription.unsubscribe();
    say(text("stopped"));
    show(false);
  }

  const failed = (error) => say(error && error.ours ? error.message : text("failed"));

  button.addEventListener("click", async () => {
    const subscription = await current().catch(() => null);
    if (subscription) {
      turnOff(subscription).catch(failed);
      return;
    }
    explain.hidden = false;
    explain.querySelector(".push-yes").focus();
  });
  explain.querySelector(".push-yes").addEventListener("click", () => {
    explain.hidden = true;
    turnOn().catch(failed);
  });
  explain.querySelector(".push-no").addEventListener("click", () => {
    explain.hidden = true;
    button.focus();
  });
  if (Notification.permission === "denied") { say(text("blocked")); }
  current().then((s) => show(Boolean(s)), () => show(false));
})();
