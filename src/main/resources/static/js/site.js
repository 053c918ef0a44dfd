// Progressive enhancement only: every page works without this file.
document.documentElement.classList.add("js");

document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector("form input[name='_csrf']");
  if (token) {
    event.detail.headers["X-CSRF-TOKEN"] = token.value;
  }
});

document.addEventListener("DOMContentLoaded", function () {
  var small = window.matchMedia("(max-width: 48rem)").matches;

  // The compact menu of small screens: one button shows the account links, languages and navigation.
  var header = document.getElementById("site-header");
  var toggle = header && header.querySelector(".menu-toggle");
  if (toggle) {
    toggle.hidden = false;
    toggle.addEventListener("click", function () {
      var open = header.classList.toggle("open");
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
    });
  }

  // Filters are folded behind their summary on small screens, open on wide ones.
  if (small) {
    document.querySelectorAll("details.filters-fold[open]").forEach(function (fold) {
      fold.open = false;
    });
  }

  // Wide tables scroll inside their box (div.table-scroll in the templates); a box that scrolls takes the focus,
  // so that it can be scrolled with the keyboard.
  document.querySelectorAll(".table-scroll").forEach(function (box) {
    if (box.scrollWidth > box.clientWidth && !box.hasAttribute("tabindex")) {
      box.setAttribute("tabindex", "0");
    }
  });
});

// An autosave that gets no answer says so in its status line (data-failed holds the sentence).
["htmx:responseError", "htmx:sendError"].forEach(function (name) {
  document.addEventListener(name, function (event) {
    var target = event.detail && event.detail.target;
    if (target && target.dataset && target.dataset.failed) {
      target.textContent = target.dataset.failed;
    }
  });
});
