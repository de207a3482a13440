// factdiff's view: link each finding's highlights in both texts, show its message, filter the findings.
// Also drives the web app's form. User text is only ever set through textContent or form values.
(function () {
  "use strict";

  var SEVERITIES = ["minor", "major", "critical"];

  function wire(view) {
    var items = {};
    view.querySelectorAll(".fd-finding").forEach(function (item) { items[item.dataset.id] = item; });
    var marks = Array.prototype.slice.call(view.querySelectorAll(".fd-mark"));
    var detail = view.querySelector(".fd-detail");
    var idle = detail.textContent;
    var filters = view.querySelector(".fd-filters");
    var shown = view.querySelector(".fd-shown");
    var selected = null;

    function ids(mark) { return mark.dataset.ids.split(" "); }
    function visible(id) { return items[id] !== undefined && !items[id].hidden; }
    function marksOf(id) { return marks.filter(function (mark) { return ids(mark).indexOf(id) >= 0; }); }

    function targetId(node) {
      var mark = node.closest(".fd-mark");
      if (mark) { return ids(mark).filter(visible)[0] || null; }
      var item = node.closest(".fd-finding");
      return item ? item.dataset.id : null;
    }

    function mark(id, name, on) {
      marksOf(id).forEach(function (m) { m.classList.toggle(name, on); });
      if (items[id]) { items[id].classList.toggle(name, on); }
    }

    function describe(id) {
      if (id === null) {
        detail.textContent = idle;
        delete detail.dataset.sev;
        return;
      }
      var item = items[id];
      detail.textContent = id + " \u00b7 " + item.dataset.sev + " " + item.dataset.type + ": " +
        item.querySelector(".fd-message").textContent;
      detail.dataset.sev = item.dataset.sev;
    }

    function reveal(m) {
      var pane = m.closest(".fd-text");
      var top = m.offsetTop, bottom = top + m.offsetHeight;
      if (top < pane.scrollTop || bottom > pane.scrollTop + pane.clientHeight) {
        pane.scrollTop = Math.max(0, top - pane.clientHeight / 3);
      }
    }

    function select(id) {
      if (selected !== null) { mark(selected, "fd-active", false); }
      selected = id;
      describe(id);
      if (id === null) { return; }
      mark(id, "fd-active", true);
      var seen = {};
      marksOf(id).forEach(function (m) {
        var side = m.closest(".fd-text").dataset.side;
        if (!seen[side]) { seen[side] = true; reveal(m); }
      });
    }

    view.addEventListener("mouseover", function (event) {
      var id = targetId(event.target);
      if (id !== null) { mark(id, "fd-hover", true); describe(id); }
    });
    view.addEventListener("mouseout", function (event) {
      var id = targetId(event.target);
      if (id !== null) { mark(id, "fd-hover", false); describe(selected); }
    });
    view.addEventListener("click", function (event) {
      if (event.target.closest(".fd-filters")) { return; }
      var id = targetId(event.target);
      if (id !== null) { select(id === selected ? null : id); }
    });
    view.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { select(null); return; }
      var item = event.target.closest(".fd-finding");
      if (item && (event.key === "Enter" || event.key === " ")) {
        event.preventDefault();
        select(item.dataset.id === selected ? null : item.dataset.id);
      }
    });

    function applyFilters() {
      var on = { severity: {}, type: {} };
      filters.querySelectorAll("input").forEach(function (box) { on[box.name][box.value] = box.checked; });
      var count = 0, total = 0;
      Object.keys(items).forEach(function (id) {
        var item = items[id];
        item.hidden = !(on.severity[item.dataset.sev] && on.type[item.dataset.type]);
        total += 1;
        if (!item.hidden) { count += 1; }
      });
      marks.forEach(function (m) {
        var live = ids(m).filter(visible);
        m.classList.toggle("fd-off", live.length === 0);
        if (live.length) {
          m.dataset.sev = live.map(function (id) { return items[id].dataset.sev; })
            .sort(function (a, b) { return SEVERITIES.indexOf(b) - SEVERITIES.indexOf(a); })[0];
        }
      });
      if (selected !== null && !visible(selected)) { select(null); }
      shown.textContent = count === total ? "" : count + " of " + total + " shown";
    }
    filters.addEventListener("change", applyFilters);
    applyFilters();
  }

  function wireForm(form) {
    var result = document.getElementById("fd-result");
    var status = form.querySelector(".fd-status");
    var button = form.querySelector("button[type=submit]");

    function report(message, isError) {
      status.textContent = message;
      if (isError) { status.dataset.error = ""; } else { delete status.dataset.error; }
    }

    form.querySelectorAll("input[type=file]").forEach(function (input) {
      input.addEventListener("change", function () {
        var file = input.files[0];
        if (!file) { return; }
        file.text().then(function (text) { form.elements[input.dataset.target].value = text; },
                         function () { report("Cannot read " + file.name, true); });
      });
    });

    // a calibration profile scores one mode: only the chosen mode's profiles can be picked
    var profile = form.elements.profile;
    function matchProfiles() {
      if (!profile) { return; }
      Array.prototype.forEach.call(profile.options, function (option) {
        option.disabled = Boolean(option.dataset.mode) && option.dataset.mode !== form.elements.mode.value;
      });
      if (profile.selectedOptions.length && profile.selectedOptions[0].disabled) { profile.value = ""; }
    }
    form.elements.mode.addEventListener("change", matchProfiles);
    matchProfiles();

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var body = JSON.stringify({
        reference: form.elements.reference.value,
        candidate: form.elements.candidate.value,
        mode: form.elements.mode.value,
        profile: (form.elements.profile && form.elements.profile.value) || null
      });
      button.disabled = true;
      report("Comparing\u2026", false);
      fetch(form.dataset.endpoint, { method: "POST", headers: { "Content-Type": "application/json" }, body: body })
        .then(function (response) {
          if (response.ok) { return response.text(); }
          return response.json().then(
            function (data) { throw new Error((data && data.error && data.error.message) || response.statusText); },
            function () { throw new Error(response.status + " " + response.statusText); });
        })
        .then(function (fragment) {
          // the fragment is server-rendered with every piece of user text escaped; a template element parses it inertly
          var template = document.createElement("template");
          template.innerHTML = fragment;
          result.replaceChildren(template.content);
          result.querySelectorAll(".fd-view").forEach(wire);
          report("", false);
        })
        .catch(function (error) { report(error.message, true); })
        .finally(function () { button.disabled = false; });
    });
  }

  document.querySelectorAll(".fd-view").forEach(wire);
  document.querySelectorAll("form.fd-form").forEach(wireForm);
})();
