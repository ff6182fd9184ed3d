/* The case page: sign in for a token (kept in this tab's sessionStorage only), then the case list for an
   hr_investigator, and the aggregates (redacted on the server for every other role). */
(function () {
  "use strict";
  var API = "api/v1";
  var KEY = "sahelwatch.token";

  function token() { return sessionStorage.getItem(KEY); }
  function get(path, extraHeaders) {
    var h = Object.assign({}, extraHeaders || {});
    if (token()) h.Authorization = "Bearer " + token();
    return fetch(API + path, { headers: h }).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) { throw new Error(body && body.error ? body.error.message : r.statusText); }
        return body;
      });
    });
  }
  function cell(tr, text) { var td = document.createElement("td"); td.textContent = text; tr.appendChild(td); }
  function fill(table, rows) {
    var tb = document.querySelector('[data-testid="' + table + '"] tbody');
    tb.textContent = "";
    rows.forEach(function (r) { var tr = document.createElement("tr"); r.forEach(function (v) { cell(tr, v); }); tb.appendChild(tr); });
  }
  function n(v) { return v === null || v === undefined ? "<5" : String(v); }

  /* the new strings of this page, in the dashboard's language (?lang=, else the browser's) */
  var I18N = {}, lang = (new URLSearchParams(location.search).get("lang") ||
    (navigator.languages && navigator.languages[0]) || navigator.language || "en").toLowerCase().indexOf("fr") === 0
    ? "fr" : "en";
  function t(key) { return (I18N[lang] && I18N[lang][key]) || (I18N.en && I18N.en[key]) || key; }
  var translated = fetch("i18n.json").then(function (r) { return r.json(); }).then(function (table) {
    I18N = table;
    document.querySelectorAll("[data-i18n]").forEach(function (e) { e.textContent = t(e.getAttribute("data-i18n")); });
    document.querySelectorAll("[data-i18n-aria]").forEach(function (e) {
      e.setAttribute("aria-label", t(e.getAttribute("data-i18n-aria")));
    });
  }).catch(function () {});          // the English text in the page stays

  /* the case map (hr_investigator only): the vendored MapLibre, a blank style and the bundled boundaries, as on
     the dashboard; each case at the precision the server gives it */
  var caseMap = null, caseData = null;
  function mapLibrary() {              // the shared loader (maploader.js), with this page's message
    return window.sahelwatchMaps.loadLibrary().catch(function () { throw new Error(t("case_map_failed")); });
  }
  function ringCentre(geom) {          // the centre of the bounding box of the largest ring of a region
    var polys = geom.type === "Polygon" ? [geom.coordinates] : geom.coordinates, best = null;
    polys.forEach(function (p) { if (!best || p[0].length > best.length) best = p[0]; });
    var xs = best.map(function (c) { return c[0]; }), ys = best.map(function (c) { return c[1]; });
    return [(Math.min.apply(null, xs) + Math.max.apply(null, xs)) / 2, (Math.min.apply(null, ys) + Math.max.apply(null, ys)) / 2];
  }
  function caseFeatures(cases, regions) {
    var byName = {};
    regions.features.forEach(function (f) { byName[String(f.properties.name).toLowerCase()] = f; });
    var out = [], missing = 0;
    cases.forEach(function (c) {
      var loc = c.location || {}, at = null, precision = "coordinates";
      if (typeof loc.latitude === "number" && typeof loc.longitude === "number") at = [loc.longitude, loc.latitude];
      else if (loc.admin1 && byName[loc.admin1.toLowerCase()]) {
        at = ringCentre(byName[loc.admin1.toLowerCase()].geometry); precision = "admin1";
      }
      if (!at) { missing += 1; return; }
      out.push({ type: "Feature", geometry: { type: "Point", coordinates: at },
        properties: { case_id: c.case_id, violation: c.violation, precision: precision } });
    });
    document.getElementById("case-map-missing").textContent = missing ? missing + " " + t("case_map_missing") : "";
    return { type: "FeatureCollection", features: out };
  }
  function drawCases(cases) {
    var regions = get("/boundaries/1");
    return Promise.all([mapLibrary(), regions, translated]).then(function (r) {
      caseData = caseFeatures(cases, r[1]);
      if (caseMap) {                     // a second reading: the drawn cases follow it (once the map has loaded)
        if (caseMap.getSource("cases")) caseMap.getSource("cases").setData(caseData);
        return;
      }
      caseMap = window.sahelwatchMaps.blankMap("case-map");
      window.sahelwatchCaseMap = caseMap;   // for the browser tests and the console
      window.sahelwatchMaps.attribute(caseMap, r[1]);
      caseMap.on("load", function () {
        caseMap.addSource("admin1", { type: "geojson", data: r[1] });
        caseMap.addSource("cases", { type: "geojson", data: caseData });
        caseMap.addLayer({ id: "admin1-line", type: "line", source: "admin1", paint: { "line-color": "#56606b", "line-width": 0.6 } });
        caseMap.addLayer({ id: "cases", type: "circle", source: "cases", paint: {
          "circle-radius": 6, "circle-stroke-color": "#7a1f1f", "circle-stroke-width": 2,
          "circle-color": ["match", ["get", "precision"], "coordinates", "#c0362c", "rgba(0,0,0,0)"] } });
        document.body.dataset.caseMap = "ready";
      });
    });
  }

  function refresh() {
    get("/me").then(function (me) {
      document.getElementById("whoami").textContent = me.role === "public" && me.name === "anonymous"
        ? "not signed in (public view)" : "signed in as " + me.name + " (" + me.role + ")";
      document.getElementById("case-section").hidden = me.role !== "hr_investigator";
      if (me.role !== "hr_investigator" && caseMap) {   // signed out: the map and its cases go
        caseMap.remove(); caseMap = null; window.sahelwatchCaseMap = null; delete document.body.dataset.caseMap;
      }
    }).catch(function (e) { document.getElementById("whoami").textContent = e.message; });
    get("/hr/aggregates").then(function (a) {
      fill("case-aggregates", a.cases.map(function (r) { return [r.year, r.perpetrator_family || "unknown", r.violation, n(r.cases)]; }));
      fill("event-aggregates", a.events.map(function (r) { return [r.year, r.perpetrator_family || "unknown", n(r.cases)]; }));
    }).catch(function (e) { document.getElementById("signin-error").textContent = e.message; });
  }

  document.getElementById("signin").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var body = new URLSearchParams(new FormData(ev.target));
    fetch(API + "/token", { method: "POST", body: body }).then(function (r) {
      return r.json().then(function (b) {
        if (!r.ok) { throw new Error(b.error ? b.error.message : r.statusText); }
        sessionStorage.setItem(KEY, b.access_token);
        ev.target.reset();
        document.getElementById("signin-error").textContent = "";
        refresh();
      });
    }).catch(function (e) { document.getElementById("signin-error").textContent = e.message; });
  });
  document.getElementById("signout").addEventListener("click", function () {
    sessionStorage.removeItem(KEY);
    fill("case-list", []);
    refresh();
  });
  document.getElementById("load-cases").addEventListener("click", function () {
    var purpose = document.getElementById("purpose").value.trim();
    get("/hr/cases?limit=1000", { "X-Purpose": purpose }).then(function (d) {
      fill("case-list", d.cases.map(function (c) {
        var place = [c.location.admin2, c.location.admin1, c.location.country].filter(Boolean).join(", ");
        var date = typeof c.date === "string" ? c.date : (c.date ? c.date.week : "");
        var victims = Array.isArray(c.victims) ? c.victims.length : c.victims;
        return [c.case_id, c.violation, date, place, c.alleged_perpetrator || (c.perpetrator_ids || []).join(", "),
                victims, c.sensitivity];
      }));
      return drawCases(d.cases);
    }).catch(function (e) { document.getElementById("signin-error").textContent = e.message; });
  });
  refresh();
})();
