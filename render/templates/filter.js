// Filters for a timeline page: by actor, type, year range and text. The
// page is complete without this script; the script shows the filter form,
// hides the events that do not match, and keeps the filters in the URL's
// query (?q=…&actor=…&type=…&from=…&to=…) so a filtered view can be shared.
(function () {
  "use strict";
  var script = document.currentScript;
  var root = script && script.closest(".tl");
  var form = root && root.querySelector(".tl-filters");
  if (!form || !window.URLSearchParams || !window.history) {
    return;
  }
  var names = ["q", "actor", "type", "from", "to"];
  var status = form.querySelector(".tl-status");
  var none = root.querySelector(".tl-none");
  var groups = Array.prototype.slice.call(root.querySelectorAll(".tl-group"));
  // The year links, by the id of the group they lead to.
  var links = {};
  var navLinks = root.querySelectorAll(".tl-nav a");
  for (var k = 0; k < navLinks.length; k++) {
    links[navLinks[k].getAttribute("href").slice(1)] = navLinks[k].parentNode;
  }
  var items = [];
  groups.forEach(function (g) {
    var lis = g.querySelectorAll(".tl-event");
    for (var i = 0; i < lis.length; i++) {
      var li = lis[i];
      var actors = [];
      var chips = li.querySelectorAll(".tl-actor");
      for (var j = 0; j < chips.length; j++) {
        actors.push(chips[j].textContent);
      }
      var type = li.querySelector(".tl-type");
      var years = (li.getAttribute("data-years") || "-").split("-");
      items.push({
        el: li,
        group: g,
        type: type ? type.textContent : "",
        actors: actors,
        from: year(years[0]),
        to: year(years[1]),
        text: null
      });
    }
  });

  function year(s) {
    return s ? parseInt(s, 10) : NaN;
  }

  // fold lower-cases s and drops accents, so "sommet" finds "Sommet" and
  // "reunion" finds "Réunion".
  function fold(s) {
    return s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  function state() {
    var st = {};
    names.forEach(function (n) {
      var el = form.elements[n];
      st[n] = el ? el.value.trim() : "";
    });
    return st;
  }

  function apply() {
    var st = state();
    var words = fold(st.q).split(/\s+/).filter(Boolean);
    var from = year(st.from);
    var to = year(st.to);
    var byYear = !isNaN(from) || !isNaN(to);
    var shown = 0;
    var live = new Set();
    for (var i = 0; i < items.length; i++) {
      var it = items[i];
      var ok = (!st.type || it.type === st.type) &&
        (!st.actor || it.actors.indexOf(st.actor) >= 0) &&
        !(byYear && isNaN(it.from) && isNaN(it.to)) &&
        !(!isNaN(from) && it.to < from) &&
        !(!isNaN(to) && it.from > to);
      if (ok && words.length) {
        if (it.text === null) {
          it.text = fold(it.el.textContent);
        }
        for (var j = 0; j < words.length && ok; j++) {
          ok = it.text.indexOf(words[j]) >= 0;
        }
      }
      if (it.el.hidden === ok) {
        it.el.hidden = !ok;
      }
      if (ok) {
        shown++;
        live.add(it.group);
      }
    }
    groups.forEach(function (g) {
      var hide = !live.has(g);
      if (g.hidden !== hide) {
        g.hidden = hide;
        if (links[g.id]) {
          links[g.id].hidden = hide;
        }
      }
    });
    if (none) {
      none.hidden = shown > 0 || items.length === 0;
    }
    status.textContent = shown === items.length ?
      "Showing all " + items.length + " events." :
      "Showing " + shown + " of " + items.length + " events.";
    save(st);
  }

  function save(st) {
    var params = new URLSearchParams(location.search);
    names.forEach(function (n) {
      if (st[n]) {
        params.set(n, st[n]);
      } else {
        params.delete(n);
      }
    });
    var qs = params.toString();
    var search = qs ? "?" + qs : "";
    if (search !== location.search) {
      try {
        history.replaceState(history.state, "", location.pathname + search + location.hash);
      } catch (e) {
        // Some browsers refuse to change the URL of a file:// page.
      }
    }
  }

  function load() {
    var params = new URLSearchParams(location.search);
    names.forEach(function (n) {
      var el = form.elements[n];
      var v = params.get(n);
      if (el && v !== null) {
        el.value = v;
      }
    });
  }

  // reveal clears the filters when the URL's fragment names an event they
  // hide, so that a permalink always shows its event.
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (target && root.contains(target) && target.closest("[hidden]")) {
      form.reset();
      apply();
      target.scrollIntoView();
    }
  }

  var timer = 0;
  function later() {
    clearTimeout(timer);
    timer = setTimeout(apply, 120);
  }
  form.addEventListener("input", later);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    apply();
  });
  form.addEventListener("reset", function () {
    setTimeout(apply, 0);
  });
  var clear = root.querySelector(".tl-clear");
  if (clear) {
    clear.addEventListener("click", function () {
      form.reset();
      form.elements.q.focus();
    });
  }
  window.addEventListener("hashchange", reveal);

  load();
  form.hidden = false;
  apply();
  reveal();
})();
