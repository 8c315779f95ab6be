/* Rich article blocks: the gallery's buttons and arrow keys, and the video facades' click-to-load.
   Nothing here contacts another host until a reader clicks a facade. */
(function () {
  "use strict";
  var reduced = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

  function initGallery(gallery) {
    var track = gallery.querySelector(".gallery-track");
    var slides = Array.prototype.slice.call(gallery.querySelectorAll(".gallery-slide"));
    var controls = gallery.querySelector(".gallery-controls");
    if (!track || slides.length < 2 || !controls) return;
    var prev = controls.querySelector(".gallery-prev");
    var next = controls.querySelector(".gallery-next");
    var count = controls.querySelector(".gallery-count bdi");
    var current = 0;
    controls.hidden = false;

    function show(index, focusTrack) {
      current = Math.max(0, Math.min(slides.length - 1, index));
      // Scroll the track only (not the page): the slide's start edge to the track's start edge.
      var slide = slides[current];
      var offset = slide.getBoundingClientRect().right - track.getBoundingClientRect().right;
      if (document.dir !== "rtl" && getComputedStyle(track).direction !== "rtl") {
        offset = slide.getBoundingClientRect().left - track.getBoundingClientRect().left;
      }
      track.scrollBy({ left: offset, behavior: reduced ? "auto" : "smooth" });
      update();
      if (focusTrack) track.focus();
    }
    function update() {
      prev.disabled = current === 0;
      next.disabled = current === slides.length - 1;
      count.textContent = String(current + 1);
      gallery.setAttribute("data-current", String(current));
      slides.forEach(function (s, n) { s.setAttribute("aria-current", n === current ? "true" : "false"); });
    }
    function nearest() {
      var box = track.getBoundingClientRect(), best = 0, bestDistance = Infinity;
      slides.forEach(function (s, n) {
        var d = Math.abs(s.getBoundingClientRect().left - box.left);
        if (d < bestDistance) { bestDistance = d; best = n; }
      });
      return best;
    }
    var timer = null;
    track.addEventListener("scroll", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { current = nearest(); update(); }, 120);
    }, { passive: true });
    controls.addEventListener("click", function (event) {
      var button = event.target.closest("[data-gallery-step]");
      if (button) show(current + Number(button.getAttribute("data-gallery-step")), false);
    });
    gallery.addEventListener("keydown", function (event) {
      if (event.target.closest && event.target.closest(".embed-facade")) return;
      var rtl = getComputedStyle(track).direction === "rtl";
      var step = { ArrowLeft: rtl ? 1 : -1, ArrowRight: rtl ? -1 : 1 }[event.key];
      if (event.key === "Home") { show(0, false); event.preventDefault(); return; }
      if (event.key === "End") { show(slides.length - 1, false); event.preventDefault(); return; }
      if (step) { show(current + step, false); event.preventDefault(); }
    });
    update();
  }

  function play(facade) {
    var src = facade.getAttribute("data-embed-src");
    if (!src || !/^https:\/\//.test(src)) return;
    var frame = document.createElement("iframe");
    frame.src = src;
    frame.title = facade.getAttribute("data-embed-title") || "";
    frame.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
    frame.allowFullscreen = true;
    frame.referrerPolicy = "strict-origin-when-cross-origin";
    frame.setAttribute("loading", "eager");
    facade.textContent = "";
    facade.appendChild(frame);
    facade.setAttribute("data-playing", "");
    frame.focus();
  }

  function initFacade(facade) {
    var link = facade.querySelector(".embed-link");
    if (!link) return;
    link.setAttribute("role", "button");
    link.setAttribute("aria-label", link.getAttribute("data-play-label") || link.textContent);
    link.addEventListener("click", function (event) { event.preventDefault(); play(facade); });
    link.addEventListener("keydown", function (event) {
      if (event.key === " ") { event.preventDefault(); play(facade); }
    });
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-gallery]"), initGallery);
    Array.prototype.forEach.call(document.querySelectorAll(".embed-facade[data-embed-src]"), initFacade);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
