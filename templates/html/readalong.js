/* Read-along: highlight the sentence being spoken and keep it in view.

   The page works without this script: the <audio> element plays with its own controls
   and the article is the transcript. With it, the WebVTT cues of the <track> (one per
   sentence, ids "b3-s0" or "title-s0") drive the highlight of the matching sentence
   (<span id="s-3-0">, <span id="s-title-0">), and the speed slider appears. A sentence
   stays highlighted through the pause after it, until the next one starts. */
(function () {
  "use strict";
  var ACTIVE = "ra-active";
  var KEY = "artexport.listen";

  function setUp() {
    var audio = document.getElementById("narration");
    var trackElement = audio && audio.querySelector("track");
    if (!audio || !trackElement) {
      return;
    }
    var reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)");
    var starts = [];    /* cue start times, ascending */
    var targets = [];   /* the sentence element of each cue */
    var current = null;
    var frame = 0;

    function elementFor(cueId) {
      var m = /^(?:b(\d+)|([a-z]+))-s(\d+)$/.exec(cueId || "");
      return m ? document.getElementById("s-" + (m[1] || m[2]) + "-" + m[3]) : null;
    }

    function readCues() {
      var cues = trackElement.track.cues;
      starts = [];
      targets = [];
      for (var i = 0; cues && i < cues.length; i++) {
        var el = elementFor(cues[i].id);
        if (el) {
          starts.push(cues[i].startTime);
          targets.push(el);
        }
      }
      update();
    }

    /* The last sentence that has started by time t (binary search). */
    function sentenceAt(t) {
      var lo = 0, hi = starts.length - 1, found = -1;
      while (lo <= hi) {
        var mid = (lo + hi) >> 1;
        if (starts[mid] <= t) {
          found = mid;
          lo = mid + 1;
        } else {
          hi = mid - 1;
        }
      }
      return found < 0 ? null : targets[found];
    }

    function inView(el) {
      var r = el.getBoundingClientRect();
      var h = window.innerHeight || document.documentElement.clientHeight;
      return r.top >= 0 && r.bottom <= h;
    }

    function update() {
      var started = audio.currentTime > 0 && !audio.ended;
      var el = started ? sentenceAt(audio.currentTime) : null;
      if (el === current) {
        return;
      }
      if (current) {
        current.classList.remove(ACTIVE);
      }
      current = el;
      if (!el) {
        return;
      }
      el.classList.add(ACTIVE);
      if (!inView(el)) {
        /* no smooth scrolling for readers who asked for less motion */
        el.scrollIntoView({block: "center", inline: "nearest",
                           behavior: reduceMotion.matches ? "auto" : "smooth"});
      }
    }

    /* timeupdate comes about four times a second: follow the voice more closely
       with animation frames while it plays */
    function tick() {
      update();
      frame = audio.paused ? 0 : window.requestAnimationFrame(tick);
    }
    audio.addEventListener("play", function () {
      if (!frame) {
        frame = window.requestAnimationFrame(tick);
      }
    });
    ["timeupdate", "seeked", "pause", "ended", "emptied"].forEach(function (name) {
      audio.addEventListener(name, update);
    });

    trackElement.track.mode = "hidden";  /* cues load and stay off screen */
    if (trackElement.readyState === 2) {
      readCues();
    } else {
      trackElement.addEventListener("load", readCues);
    }

    /* speed: a slider over a few rates (arrow keys move it), remembered across
       pages; the pitch stays the same at every rate */
    var tools = document.getElementById("listen-tools");
    var slider = document.getElementById("listen-speed");
    var shown = document.getElementById("listen-rate");
    if (tools && slider) {
      var rates = slider.getAttribute("data-rates").split(" ");
      var names = slider.getAttribute("data-labels").split("|");
      var setRate = function (index) {
        var rate = rates[index];
        audio.playbackRate = parseFloat(rate);
        audio.defaultPlaybackRate = audio.playbackRate;  /* kept if the media reloads */
        slider.value = String(index);
        slider.setAttribute("aria-valuetext", names[index] + " (" + rate + "×)");
        if (shown) {
          shown.textContent = rate + "×";
        }
      };
      var saved = null;
      try {
        saved = window.localStorage.getItem(KEY);
      } catch (e) {
        saved = null;  /* storage blocked: start at the normal speed */
      }
      var start = rates.indexOf(saved);
      setRate(start >= 0 ? start : parseInt(slider.value, 10));
      slider.addEventListener("input", function () {
        var index = parseInt(slider.value, 10);
        setRate(index);
        try {
          window.localStorage.setItem(KEY, rates[index]);
        } catch (e) {
          /* storage off: the speed lasts for this visit */
        }
      });
      tools.hidden = false;
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
}());
