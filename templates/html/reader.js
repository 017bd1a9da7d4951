/* Reader controls: text size, colours, line spacing. Choices are remembered in
   localStorage (shared by every artexport page, so a reader sets them once). Without
   this script the controls stay hidden and the page follows the system settings. */
(function () {
  "use strict";
  var KEY = "artexport.reader";
  var SETTINGS = ["size", "theme", "spacing"];
  var root = document.documentElement;
  var saved = {};
  try {
    saved = JSON.parse(window.localStorage.getItem(KEY) || "{}") || {};
  } catch (e) {
    saved = {};  /* storage blocked or garbled: start from the defaults */
  }
  /* Apply remembered choices now, before the body is drawn, so nothing flashes. */
  SETTINGS.forEach(function (name) {
    var value = saved[name];
    if (typeof value === "string" && /^[a-z0-9-]{1,16}$/.test(value)) {
      root.setAttribute("data-" + name, value);
    }
  });

  function save(name, value) {
    saved[name] = value;
    try {
      window.localStorage.setItem(KEY, JSON.stringify(saved));
    } catch (e) {
      /* storage off: the choice lasts for this visit only */
    }
  }

  function setUp() {
    var tools = document.getElementById("reader-tools");
    if (!tools) {
      return;
    }
    var toggle = tools.querySelector(".tools-toggle");
    var panel = document.getElementById(toggle.getAttribute("aria-controls"));
    toggle.addEventListener("click", function () {
      var open = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
      panel.hidden = !open;
    });
    tools.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && !panel.hidden) {
        toggle.click();
        toggle.focus();
      }
    });
    Array.prototype.forEach.call(tools.querySelectorAll("[data-setting]"), function (group) {
      var name = group.getAttribute("data-setting");
      var buttons = group.querySelectorAll("button[data-value]");
      var show = function (value) {
        var known = Array.prototype.some.call(buttons, function (b) {
          return b.getAttribute("data-value") === value;
        });
        if (!known) {  /* an old or foreign stored value: fall back to the default */
          value = group.getAttribute("data-default");
          root.setAttribute("data-" + name, value);
        }
        Array.prototype.forEach.call(buttons, function (b) {
          b.setAttribute("aria-pressed", b.getAttribute("data-value") === value ? "true" : "false");
        });
      };
      show(root.getAttribute("data-" + name));
      group.addEventListener("click", function (event) {
        var button = event.target.closest("button[data-value]");
        if (!button) {
          return;
        }
        var value = button.getAttribute("data-value");
        root.setAttribute("data-" + name, value);
        show(value);
        save(name, value);
      });
    });
    tools.hidden = false;
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
}());
