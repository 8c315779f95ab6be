/* Nashra's service worker: shows a breaking-news alert and opens its story when tapped.
   Served from each edition's host root (/push-sw.js) so that it controls the whole edition. */
self.addEventListener("push", (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch (error) {
    data = {};
  }
  if (!data.title) return;
  event.waitUntil(self.registration.showNotification(data.title, {
    body: data.body || "",
    dir: "rtl",
    lang: "ar",
    tag: data.tag,  // the same alert sent twice replaces itself: a reader never sees it twice
    image: data.image || undefined,
    icon: "/favicon.ico",
    data: { url: data.url || "/" },
  }));
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = new URL((event.notification.data && event.notification.data.url) || "/", self.location.origin);
  if (url.origin !== self.location.origin) return;  // only this edition's own pages
  event.waitUntil(self.clients.openWindow(url.href));
});
