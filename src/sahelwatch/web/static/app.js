/* sahelwatch dashboard: the view state lives in the URL query (the API's filter names), so a view is a link. */
(function () {
  "use strict";
  var API = "api/v1/";
  var FORM_FILTERS = ["country", "admin1", "admin2", "actor", "event_type", "tactic", "precision", "since", "until",
    "fatalities_min", "border_km_max", "as_of", "compare_admin1", "compare_since", "compare_until"];
  // view settings in the URL that are not filters of the main selection
  var VIEW_KEYS = ["lang", "period", "compare_admin1", "compare_since", "compare_until", "forecast_horizon",
    "forecast_map"];
  var TACTICS = ["ambush", "ied", "suicide_bombing", "assassination", "raid_on_village", "abduction", "armed_clash",
    "shelling", "air_strike", "arrest", "looting_burning", "protest", "sexual_violence", "other"];
  var PAGE = 200;
  var I18N = null, lang = "en", map = null, mapReady = null, serial = 0, boundaries = null;

  function $(sel) { return document.querySelector(sel); }
  function t(key, vars) {
    var s = (I18N[lang] && I18N[lang][key]) || I18N.en[key] || key;
    Object.keys(vars || {}).forEach(function (k) { s = s.replace("{" + k + "}", vars[k]); });
    return s;
  }
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  /* ---------------------------------------------------------------- URL state */
  function urlParams() { return new URLSearchParams(window.location.search); }
  function filterParams() {               // every URL parameter except view settings goes to the API
    var p = urlParams(), out = new URLSearchParams();
    p.forEach(function (v, k) { if (VIEW_KEYS.indexOf(k) < 0 && v !== "") out.append(k, v); });
    return out;
  }
  function formToUrl() {
    var p = urlParams(), form = $("#filters");
    FORM_FILTERS.forEach(function (k) { p.delete(k); });
    FORM_FILTERS.forEach(function (k) {
      var v = form.elements[k].value.trim();
      if (v !== "") p.set(k, v);
    });
    var q = p.toString();
    history.pushState(null, "", q ? "?" + q : window.location.pathname);
  }
  function urlToForm() {
    var p = urlParams(), form = $("#filters");
    FORM_FILTERS.forEach(function (k) {
      var input = form.elements[k], v = p.get(k) || "";
      if (input.tagName === "SELECT" && v && !Array.prototype.some.call(input.options, function (o) { return o.value === v; })) {
        input.appendChild(el("option", { value: v }, v));
      }
      input.value = v;
    });
    $("#period").value = p.get("period") === "week" ? "week" : "month";
  }

  /* ---------------------------------------------------------------- language */
  function pickLang() {
    var p = urlParams().get("lang");
    if (p === "fr" || p === "en") return p;
    var nav = (navigator.languages && navigator.languages[0]) || navigator.language || "en";
    return nav.toLowerCase().indexOf("fr") === 0 ? "fr" : "en";
  }
  function applyLang() {
    document.documentElement.lang = lang;
    document.querySelectorAll("[data-i18n]").forEach(function (e) { e.textContent = t(e.getAttribute("data-i18n")); });
    document.querySelectorAll("[data-i18n-aria]").forEach(function (e) {
      e.setAttribute("aria-label", t(e.getAttribute("data-i18n-aria")));
    });
    document.title = t("title");
  }

  /* ---------------------------------------------------------------- fetching */
  function get(path, params) {
    var q = params ? "?" + params.toString() : "";
    // with user accounts, the token the case page (cases.html) got at sign-in, kept for this tab only
    var token = sessionStorage.getItem("sahelwatch.token");
    return fetch(API + path + q, token ? { headers: { Authorization: "Bearer " + token } } : {}).then(function (r) {
      return r.json().then(function (body) {
        if (!r.ok) {
          var e = body && body.error ? body.error : { message: r.statusText };
          throw new Error((e.parameter ? e.parameter + ": " : "") + e.message);
        }
        return body;
      });
    });
  }
  function withParams(extra) {
    var p = filterParams();
    Object.keys(extra).forEach(function (k) {
      [].concat(extra[k]).forEach(function (v, i) { if (i === 0) p.delete(k); p.append(k, v); });
    });
    return p;
  }

  /* ---------------------------------------------------------------- rendering */
  function showError(msg) {
    var e = $("#error");
    e.hidden = !msg;
    e.textContent = msg ? t("error") + ": " + msg : "";
  }
  function renderTotals(body) {
    $('[data-testid="event-count"]').textContent = String(body.total);
    $('[data-testid="fatality-count"]').textContent = String(body.fatalities.best);
    var asOf = urlParams().get("as_of"), note = $("#asof-note");
    note.hidden = !asOf;
    note.textContent = asOf ? t("asof_note", { date: asOf }) : "";
  }
  function renderStale(bodies) {
    // the server marks an answer computed before the last write it has seen ("stale", ADR 0007): say so while any
    // answer the totals, table, timeline and map are drawn from is one, with the oldest such write and the bound
    var marks = bodies.filter(function (b) { return b && b.stale; }).map(function (b) { return b.stale; });
    var note = $("#stale-note");
    note.hidden = !marks.length;
    if (!marks.length) { note.textContent = ""; return; }
    var since = marks.map(function (m) { return m.since; }).sort()[0];
    var max = Math.max.apply(null, marks.map(function (m) { return m.max_seconds; }));
    note.textContent = t("stale_note", { since: since.slice(11, 16), max: String(max) });
  }
  function renderTable(events) {
    var tb = $("#events tbody");
    tb.textContent = "";
    events.forEach(function (ev) {
      var tr = el("tr");
      var link = el("button", { type: "button", class: "linkish", "data-event-id": ev.event_id }, ev.event_date || "?");
      link.addEventListener("click", function () { openDrawer(ev.event_id); });
      var td = el("td"); td.appendChild(link); tr.appendChild(td);
      tr.appendChild(el("td", {}, [ev.location, ev.admin2, ev.admin1, ev.country].filter(Boolean).join(", ")));
      tr.appendChild(el("td", {}, ev.event_type || ""));
      tr.appendChild(el("td", {}, [ev.actor1, ev.actor2].filter(Boolean).join(" / ")));
      tr.appendChild(el("td", { class: "num" }, ev.fatalities.best));
      tb.appendChild(tr);
    });
  }
  function renderAlerts(body) {
    var ul = $("#alerts");
    ul.textContent = "";
    if (!body.rows.length) { ul.appendChild(el("li", {}, t("no_alerts"))); return; }
    body.rows.forEach(function (a) {
      var li = el("li");
      li.appendChild(el("strong", {}, (a.kind || "") + " · " + (a.unit_name || a.unit || "")));
      li.appendChild(el("span", {}, " " + (a.reason || "")));
      ul.appendChild(li);
    });
  }

  /* ---------------------------------------------------------------- timeline with brushing */
  var timelineRows = [];
  function renderTimeline(body, period) {
    var svg = $("#timeline"), W = svg.clientWidth || 800, H = 120, pad = 18;
    svg.setAttribute("viewBox", "0 0 " + W + " " + H);
    svg.textContent = "";
    timelineRows = fillGaps(body.rows.map(function (r) { return { key: r.key[period], events: r.events }; }), period);
    var n = timelineRows.length, max = Math.max.apply(null, timelineRows.map(function (r) { return r.events; }).concat([1]));
    var bw = n ? (W - 2 * pad) / n : 0, ns = "http://www.w3.org/2000/svg";
    timelineRows.forEach(function (r, i) {
      var h = (H - 2 * pad) * r.events / max, rect = document.createElementNS(ns, "rect");
      rect.setAttribute("x", pad + i * bw); rect.setAttribute("width", Math.max(bw - 1, 1));
      rect.setAttribute("y", H - pad - h); rect.setAttribute("height", h);
      rect.setAttribute("class", "bar");
      var title = document.createElementNS(ns, "title"); title.textContent = r.key + ": " + r.events;
      rect.appendChild(title); svg.appendChild(rect);
    });
    if (n) {
      [[0, "start"], [n - 1, "end"]].forEach(function (x) {
        var tx = document.createElementNS(ns, "text");
        tx.setAttribute("x", x[1] === "start" ? pad : W - pad); tx.setAttribute("y", H - 4);
        tx.setAttribute("text-anchor", x[1]); tx.textContent = timelineRows[x[0]].key; svg.appendChild(tx);
      });
    }
    svg.dataset.bw = bw; svg.dataset.pad = pad;
  }
  function nextKey(key, period) {
    if (period === "month") {
      var y = +key.slice(0, 4), m = +key.slice(5, 7) + 1;
      if (m > 12) { y += 1; m = 1; }
      return y + "-" + String(m).padStart(2, "0");
    }
    var d = new Date(key + "T00:00:00Z"); d.setUTCDate(d.getUTCDate() + 7);
    return d.toISOString().slice(0, 10);
  }
  function fillGaps(rows, period) {         // every period between the first and the last, empty ones as 0
    if (!rows.length) return rows;
    var byKey = {}, out = [], k = rows[0].key, last = rows[rows.length - 1].key;
    rows.forEach(function (r) { byKey[r.key] = r.events; });
    for (var guard = 0; k <= last && guard < 5000; guard++, k = nextKey(k, period)) {
      out.push({ key: k, events: byKey[k] || 0 });
    }
    return out;
  }
  function periodBounds(key, period) {     // first and last day of a month "YYYY-MM" or a week starting "YYYY-MM-DD"
    if (period === "month") {
      var y = +key.slice(0, 4), m = +key.slice(5, 7), last = new Date(Date.UTC(y, m, 0)).getUTCDate();
      return [key + "-01", key + "-" + String(last).padStart(2, "0")];
    }
    var d = new Date(key + "T00:00:00Z"); d.setUTCDate(d.getUTCDate() + 6);
    return [key, d.toISOString().slice(0, 10)];
  }
  function setupBrush() {
    var svg = $("#timeline"), start = null, band = null, ns = "http://www.w3.org/2000/svg";
    function idx(evt) {
      var r = svg.getBoundingClientRect(), vb = svg.viewBox.baseVal, x = (evt.clientX - r.left) * (vb.width / r.width);
      var i = Math.floor((x - +svg.dataset.pad) / +svg.dataset.bw);
      return Math.max(0, Math.min(timelineRows.length - 1, i));
    }
    svg.addEventListener("pointerdown", function (evt) {
      if (!timelineRows.length) return;
      start = idx(evt);
      band = document.createElementNS(ns, "rect"); band.setAttribute("class", "brush"); svg.appendChild(band);
      svg.setPointerCapture(evt.pointerId);
    });
    svg.addEventListener("pointermove", function (evt) {
      if (start === null) return;
      var a = Math.min(start, idx(evt)), b = Math.max(start, idx(evt)), bw = +svg.dataset.bw, pad = +svg.dataset.pad;
      band.setAttribute("x", pad + a * bw); band.setAttribute("width", (b - a + 1) * bw);
      band.setAttribute("y", 0); band.setAttribute("height", 120);
    });
    svg.addEventListener("pointerup", function (evt) {
      if (start === null) return;
      var a = Math.min(start, idx(evt)), b = Math.max(start, idx(evt)), period = $("#period").value;
      start = null;
      var form = $("#filters");
      form.elements.since.value = periodBounds(timelineRows[a].key, period)[0];
      form.elements.until.value = periodBounds(timelineRows[b].key, period)[1];
      formToUrl(); load();
    });
  }

  /* ---------------------------------------------------------------- map */
  function loadMapLibrary() {         // 0.8 MB of script: fetched and parsed once the totals are shown (maploader.js)
    return window.sahelwatchMaps.loadLibrary().catch(function () { showError(t("map_failed")); });
  }
  /* ---------------------------------------------------------------- programs overlay */
  var programAreas = null;
  function programsGeojson(areas) {       // one circle per admin2 area that has a point, sized by its programs
    return { type: "FeatureCollection", features: areas.filter(function (a) { return a.lon !== null && a.lat !== null; })
      .map(function (a) {
        return { type: "Feature", geometry: { type: "Point", coordinates: [a.lon, a.lat] },
                 properties: { admin2_pcode: a.admin2_pcode, n_programs: a.n_programs, located: a.located } };
      }) };
  }
  function programsNote(body) {
    var parts = [t("programs_areas", { n: body.count })];
    if (body.located.admin1) parts.push(t("programs_at_admin1", { n: body.located.admin1 }));
    if (body.located.none) parts.push(t("programs_undrawn", { n: body.located.none }));
    return parts.join(" ");
  }
  function openProgramsPanel(code) {
    var a = (programAreas || []).filter(function (x) { return x.admin2_pcode === code; })[0];
    if (!a) return;
    var body = $("#programs-body");
    body.textContent = "";
    body.appendChild(el("p", {}, [a.admin2 || a.admin2_pcode, a.admin1, a.iso3].filter(Boolean).join(", ")
      + (a.located === "admin1" ? " (" + t("programs_drawn_admin1") + ")" : "")));
    var ul = el("ul", { "data-testid": "programs-list" });
    a.programs.forEach(function (p) {
      var li = el("li");
      li.appendChild(el("strong", {}, p.title || p.program_id));
      li.appendChild(el("span", {}, " · " + t("programs_org") + ": " + (p.organisation || "–")
        + " · " + t("programs_type") + ": " + (p.program_type || "–")
        + " · " + (p.start_date || "?") + " – " + (p.end_date || "?")));
      ul.appendChild(li);
    });
    body.appendChild(ul);
    $("#programs-panel").hidden = false;
  }
  function renderProgramAreaList(areas) {  // the same areas as buttons: the overlay by keyboard (Enter)
    var ul = $("#programs-areas");
    ul.textContent = "";
    areas.forEach(function (a) {
      var b = el("button", { type: "button", "data-pcode": a.admin2_pcode },
        (a.admin2 || a.admin2_pcode) + " (" + a.n_programs + ")" + (a.located ? "" : " – " + t("programs_not_drawn")));
      b.addEventListener("click", function () { openProgramsPanel(a.admin2_pcode); });
      var li = el("li");
      li.appendChild(b);
      ul.appendChild(li);
    });
  }
  function showProgramsOverlay(on) {
    var note = $("#programs-note");
    if (!on) {
      note.hidden = true; $("#programs-areas").hidden = true; $("#programs-panel").hidden = true;
      if (map && map.getLayer("programs")) map.setLayoutProperty("programs", "visibility", "none");
      return Promise.resolve();
    }
    return Promise.all([get("programs/areas"), mapReady]).then(function (r) {
      var body = r[0], m = r[1];
      programAreas = body.areas;
      note.textContent = programsNote(body);
      note.hidden = false;
      renderProgramAreaList(body.areas);
      $("#programs-areas").hidden = false;
      if (!m) return;
      var data = programsGeojson(body.areas);
      if (m.getSource("programs")) {
        m.getSource("programs").setData(data);
      } else {
        m.addSource("programs", { type: "geojson", data: data });
        m.addLayer({ id: "programs", type: "circle", source: "programs", paint: {
          "circle-radius": ["+", 6, ["*", 3, ["sqrt", ["get", "n_programs"]]]],
          "circle-color": "#2a7f62", "circle-opacity": 0.55, "circle-stroke-color": "#14463a", "circle-stroke-width": 1 } });
        m.on("click", "programs", function (e) { openProgramsPanel(e.features[0].properties.admin2_pcode); });
      }
      m.setLayoutProperty("programs", "visibility", "visible");
    }).catch(function (e) { showError(e.message); });
  }
  function setupProgramsOverlay() {
    $("#show-programs").addEventListener("change", function () { showProgramsOverlay($("#show-programs").checked); });
    $("#lang").addEventListener("click", function () {   // the note and the list in the new language
      if ($("#show-programs").checked) showProgramsOverlay(true);
    });
  }

  function initMap() {
    if (!window.maplibregl) return Promise.resolve(null);
    try {
      map = window.sahelwatchMaps.blankMap("map");
    } catch (e) {                       // no WebGL: the rest of the dashboard still works
      $("#map").textContent = String(e.message || e);
      return Promise.resolve(null);
    }
    window.sahelwatchMap = map;       // for the browser tests and the console
    return new Promise(function (resolve) {
      map.on("load", function () {
        get("boundaries/1").then(function (gj) {
          boundaries = gj;
          window.sahelwatchMaps.attribute(map, gj);
          map.addSource("admin1", { type: "geojson", data: gj });
          map.addSource("points", { type: "geojson", data: { type: "FeatureCollection", features: [] },
            cluster: true, clusterRadius: 30 });
          map.addLayer({ id: "choropleth", type: "fill", source: "admin1", paint: {
            "fill-color": ["step", ["coalesce", ["get", "count"], 0], "#f4f4f4", 1, "#fde0c5", 5, "#facba6",
              20, "#f59e72", 50, "#e8704e", 200, "#c0362c"], "fill-opacity": 0.85 } });
          map.addLayer({ id: "admin1-line", type: "line", source: "admin1", paint: { "line-color": "#56606b", "line-width": 0.6 } });
          map.addLayer({ id: "liptako", type: "line", source: "admin1", filter: ["==", ["get", "liptako_gourma"], true],
            paint: { "line-color": "#00796b", "line-width": 3, "line-opacity": 0.9 } });
          map.addLayer({ id: "areas", type: "line", source: "admin1", filter: [">", ["coalesce", ["get", "areas"], 0], 0],
            paint: { "line-color": "#4b2991", "line-width": 2.5, "line-dasharray": [2, 1] } });
          map.addLayer({ id: "clusters", type: "circle", source: "points", filter: ["has", "point_count"], paint: {
            "circle-color": "#1d4e89", "circle-opacity": 0.8, "circle-stroke-color": "#fff", "circle-stroke-width": 1,
            "circle-radius": ["step", ["get", "point_count"], 8, 10, 12, 50, 16] } });
          map.addLayer({ id: "points", type: "circle", source: "points", filter: ["!", ["has", "point_count"]], paint: {
            "circle-color": "#1d4e89", "circle-radius": 5, "circle-stroke-color": "#fff", "circle-stroke-width": 1 } });
          map.on("click", "points", function (e) { openDrawer(e.features[0].properties.event_id); });
          map.on("click", "choropleth", function (e) {   // a region filters the view to it (not under a point)
            if (map.queryRenderedFeatures(e.point, { layers: ["points", "clusters"] }).length) return;
            $("#filters").elements.admin1.value = e.features[0].properties.name;
            formToUrl(); load();
          });
          map.on("click", "clusters", function (e) {
            map.easeTo({ center: e.features[0].geometry.coordinates, zoom: map.getZoom() + 2 });
          });
          resolve(map);
        }).catch(function (e) { showError(e.message); resolve(null); });
      });
    });
  }
  /* ---------------------------------------------------------------- admin2 (districts) layer */
  var boundaries2 = null, admin2Ready = null;
  VIEW_KEYS.push("map_level");        // a view setting of the page, never sent to the API
  var CHORO_COLOURS = ["step", ["coalesce", ["get", "count"], 0], "#f4f4f4", 1, "#fde0c5", 5, "#facba6",
    20, "#f59e72", 50, "#e8704e", 200, "#c0362c"];
  function mapLevel() { return urlParams().get("map_level") === "admin2" ? "admin2" : "admin1"; }
  function loadAdmin2(m) {            // the districts, fetched once the map is up, drawn under the region lines
    if (!admin2Ready) {
      admin2Ready = get("boundaries/2").then(function (gj) {
        boundaries2 = gj;
        m.addSource("admin2", { type: "geojson", data: gj });
        m.addLayer({ id: "choropleth2", type: "fill", source: "admin2", layout: { visibility: "none" },
          paint: { "fill-color": CHORO_COLOURS, "fill-opacity": 0.85 } }, "admin1-line");
        m.addLayer({ id: "admin2-line", type: "line", source: "admin2", layout: { visibility: "none" },
          paint: { "line-color": "#8a939c", "line-width": 0.4 } }, "admin1-line");
        m.addLayer({ id: "areas2", type: "line", source: "admin2", filter: [">", ["coalesce", ["get", "areas"], 0], 0],
          paint: { "line-color": "#4b2991", "line-width": 1.8, "line-dasharray": [1, 1] } }, "clusters");
        m.on("click", "choropleth2", function (e) {   // a district filters the view to it (not under a point)
          if (m.queryRenderedFeatures(e.point, { layers: ["points", "clusters"] }).length) return;
          filterToDistrict(e.features[0].properties);
        });
        return m;
      }).catch(function (e) { admin2Ready = null; showError(e.message); return null; });
    }
    return admin2Ready;
  }
  // events per district when the map is coloured by district; in every mode, the events located only to a
  // district are outlined as that district (and within their region's outline), never drawn as a point
  function renderAdmin2(agg2, areas2) {
    return mapReady.then(function (m) { return m ? loadAdmin2(m) : null; }).then(function (m) {
      if (!m || !boundaries2) return;
      var on = mapLevel() === "admin2", counts = {}, areaCounts = {}, drawn = {}, undrawn = 0, shaded = 0, outlined = 0;
      (agg2 ? agg2.rows : []).forEach(function (r) {
        if (r.key.admin2_norm) counts[r.key.iso3 + "|" + r.key.admin2_norm] = r.events;
      });
      areas2.rows.forEach(function (r) { if (r.key.admin2_norm) areaCounts[r.key.iso3 + "|" + r.key.admin2_norm] = r.events; });
      boundaries2.features.forEach(function (f) {
        var k = f.properties.iso3 + "|" + f.properties.name_norm;
        f.properties.count = counts[k] || 0;
        f.properties.areas = areaCounts[k] || 0;
        drawn[k] = true;
        if (f.properties.count) shaded += 1;
        if (f.properties.areas) outlined += 1;
      });
      Object.keys(counts).forEach(function (k) { if (!drawn[k]) undrawn += counts[k]; });
      m.getSource("admin2").setData(boundaries2);
      renderDistrictList(on, boundaries2.features);
      m.setLayoutProperty("choropleth2", "visibility", on ? "visible" : "none");
      m.setLayoutProperty("admin2-line", "visibility", on ? "visible" : "none");
      m.setLayoutProperty("choropleth", "visibility", on ? "none" : "visible");
      var box = $("#map");
      box.dataset.mapLevel = mapLevel();
      box.dataset.districts = String(on ? shaded : 0);
      box.dataset.districtAreas = String(outlined);
      var note = $("#districts-note");
      note.hidden = !(on && undrawn);
      note.textContent = on && undrawn ? t("districts_not_drawn", { n: undrawn }) : "";
    });
  }
  function folded(s) { return String(s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim(); }
  // the district as the place filter: a region filter that does not hold it is dropped, the other filters stay
  function filterToDistrict(props) {
    var form = $("#filters");
    form.elements.admin2.value = props.name;
    if (form.elements.admin1.value && folded(form.elements.admin1.value) !== folded(props.parent)) form.elements.admin1.value = "";
    formToUrl(); load();
  }
  // the districts the map shades, as buttons (most events first): the district layer by keyboard (Enter)
  function renderDistrictList(on, features) {
    var ul = $("#district-list"), chosen = urlParams().getAll("admin2").map(folded);
    ul.textContent = "";
    ul.hidden = !on;
    if (!on) return;
    features.filter(function (f) { return f.properties.count > 0; }).sort(function (a, b) {
      return b.properties.count - a.properties.count || a.properties.name.localeCompare(b.properties.name);
    }).forEach(function (f) {
      var pr = f.properties, b = el("button", { type: "button", "data-key": pr.iso3 + "|" + pr.name_norm,
        "aria-pressed": String(chosen.indexOf(folded(pr.name)) >= 0) }, pr.name + " (" + pr.count + ")");
      b.addEventListener("click", function () { filterToDistrict(pr); });
      var li = el("li");
      li.appendChild(b);
      ul.appendChild(li);
    });
  }
  /* ---------------------------------------------------------------- the filters in use, as removable chips */
  function renderChips() {
    var box = $("#chips"), p = filterParams(), had = box.contains(document.activeElement);
    box.textContent = "";
    p.forEach(function (v, k) {
      var label = t(k) + ": " + v;
      var b = el("button", { type: "button", class: "chip", "data-filter": k, "data-value": v,
        "aria-label": t("remove_filter", { filter: label }) }, label + " \u00d7");
      b.addEventListener("click", function () { removeFilter(k, v); });
      box.appendChild(b);
    });
    box.hidden = !box.childElementCount;
    if (had) (box.querySelector("button") || $("#filters").querySelector("input, select")).focus(); // keep the keyboard near
  }
  function removeFilter(k, v) {
    var p = urlParams(), kept = p.getAll(k).filter(function (x) { return x !== v; });
    p.delete(k);
    kept.forEach(function (x) { p.append(k, x); });
    var q = p.toString();
    history.pushState(null, "", q ? "?" + q : window.location.pathname);
    urlToForm(); load();
  }
  function setupMapLevel() {
    var sel = $("#map-level");
    function fromUrl() { sel.value = mapLevel(); }
    fromUrl();
    sel.addEventListener("change", function () {
      var p = urlParams();
      if (sel.value === "admin2") p.set("map_level", "admin2"); else p.delete("map_level");
      history.pushState(null, "", "?" + p.toString());
      load();
    });
    window.addEventListener("popstate", fromUrl);
  }
  function renderMap(agg, areas, events) {
    return mapReady.then(function (m) {
      if (!m || !boundaries) return;
      var counts = {}, areaCounts = {};
      agg.rows.forEach(function (r) { counts[r.key.iso3 + "|" + r.key.admin1_norm] = r.events; });
      areas.rows.forEach(function (r) { areaCounts[r.key.iso3 + "|" + r.key.admin1_norm] = r.events; });
      boundaries.features.forEach(function (f) {
        var k = f.properties.iso3 + "|" + f.properties.name_norm;
        f.properties.count = counts[k] || 0;
        f.properties.areas = areaCounts[k] || 0;
      });
      m.getSource("admin1").setData(boundaries);
      var pts = events.filter(function (ev) {
        return (ev.geo_precision === "exact" || ev.geo_precision === "near") && ev.latitude !== null && ev.longitude !== null;
      }).map(function (ev) {
        return { type: "Feature", geometry: { type: "Point", coordinates: [ev.longitude, ev.latitude] },
          properties: { event_id: ev.event_id } };
      });
      m.getSource("points").setData({ type: "FeatureCollection", features: pts });
      $("#map").dataset.points = String(pts.length);
      $("#map").dataset.regions = String(Object.keys(counts).length);
      return new Promise(function (resolve) {   // the view is ready once the map has drawn the new data
        var timer = setTimeout(resolve, 5000);
        m.once("idle", function () { clearTimeout(timer); resolve(); });
      });
    });
  }

  /* ---------------------------------------------------------------- drawer */
  function openDrawer(id) {
    var d = $("#drawer"), body = $("#drawer-body");
    body.textContent = "…";
    d.hidden = false;
    $("#drawer-close").focus();
    get("events/" + encodeURIComponent(id)).then(function (ev) {
      body.textContent = "";
      var cur = ev.event || ev.versions[ev.versions.length - 1].event;
      body.appendChild(el("p", {}, [cur.event_date, cur.event_type, cur.sub_event_type].filter(Boolean).join(" · ")));
      body.appendChild(el("p", {}, [cur.location, cur.admin2, cur.admin1, cur.country].filter(Boolean).join(", ") +
        " (" + (cur.geo_precision || "?") + ")"));
      body.appendChild(el("p", {}, t("fatalities") + ": " + cur.fatalities.low + " / " + cur.fatalities.best + " / " + cur.fatalities.high));
      if (cur.notes) { body.appendChild(el("h3", {}, t("notes"))); body.appendChild(el("p", {}, cur.notes)); }
      body.appendChild(el("h3", {}, t("sources")));
      var ul = el("ul");
      ev.sources.forEach(function (s) { ul.appendChild(el("li", {}, s)); });
      ev.source_urls.forEach(function (u) { ul.appendChild(el("li", {}, u)); });
      if (!ev.sources.length && !ev.source_urls.length) ul.appendChild(el("li", {}, t("no_sources")));
      body.appendChild(ul);
      body.appendChild(el("h3", {}, t("versions")));
      var ol = el("ol", { class: "versions" });
      ev.versions.forEach(function (v) {
        ol.appendChild(el("li", { "data-version": v.version }, t("version") + " " + v.version + " · " + t("ingested") + " " +
          (v.ingested_at || "").slice(0, 10) + (v.current ? " · " + t("current") : "") + (v.deleted ? " · " + t("deleted") : "") +
          " · " + v.event.fatalities.best + " " + t("fatalities").toLowerCase() + " · " + (v.file || "")));
      });
      body.appendChild(ol);
      body.appendChild(el("h3", {}, t("cluster")));
      var cl = el("ul");
      ev.cluster_members.forEach(function (m) {
        var b = el("button", { type: "button", class: "linkish" }, m);
        b.addEventListener("click", function () { openDrawer(m); });
        var li = el("li"); li.appendChild(b); cl.appendChild(li);
      });
      body.appendChild(cl);
      if (ev.raw) { body.appendChild(el("h3", {}, t("raw_record"))); body.appendChild(el("pre", {}, ev.raw)); }
    }).catch(function (e) { body.textContent = t("error") + ": " + e.message; });
  }

  /* ---------------------------------------------------------------- compare: another area or period */
  function compareParams() {          // the main selection with the other region and/or period swapped in
    var u = urlParams(), p = filterParams(), any = false;
    if (u.get("compare_admin1")) {
      p.delete("admin1"); p.delete("admin2"); p.append("admin1", u.get("compare_admin1")); any = true;
    }
    if (u.get("compare_since") || u.get("compare_until")) {
      p.delete("since"); p.delete("until"); any = true;
      if (u.get("compare_since")) p.append("since", u.get("compare_since"));
      if (u.get("compare_until")) p.append("until", u.get("compare_until"));
    }
    return any ? p : null;
  }
  function renderCompare() {
    var p = compareParams(), box = $("#compare-result");
    if (!p) { box.hidden = true; return Promise.resolve(); }
    p.set("limit", "0");
    return get("events", p).then(function (b) {
      box.hidden = false;
      $('[data-testid="compare-event-count"]').textContent = String(b.total);
      $('[data-testid="compare-fatality-count"]').textContent = String(b.fatalities.best);
    }).catch(function (e) { box.hidden = false; $('[data-testid="compare-event-count"]').textContent = "–"; showError(e.message); });
  }

  /* ---------------------------------------------------------------- actor page, forecasts, play */
  function renderActor() {
    var id = urlParams().get("actor"), panel = $("#actor-panel"), body = $("#actor-body");
    if (!id) { panel.hidden = true; return; }
    get("actors/" + encodeURIComponent(id)).then(function (a) {
      panel.hidden = false;
      body.textContent = "";
      body.appendChild(el("p", {}, lang === "fr" && a.name_fr ? a.name_fr : a.name_en));
      body.appendChild(el("p", {}, t("family") + ": " + a.family));
      body.appendChild(el("p", {}, t("aliases") + ": " + a.aliases.slice(0, 8).join(", ")));
      if (a.lineage.length) {
        body.appendChild(el("h3", {}, t("lineage")));
        body.appendChild(lineageGraph(a));
      }
      body.appendChild(el("h3", {}, t("activity")));
      var ns = "http://www.w3.org/2000/svg", svg = document.createElementNS(ns, "svg"), W = 240, H = 50;
      svg.setAttribute("viewBox", "0 0 " + W + " " + H); svg.setAttribute("class", "spark");
      svg.setAttribute("role", "img"); svg.setAttribute("aria-label", t("activity"));
      var max = Math.max.apply(null, a.activity.map(function (r) { return r.events; }).concat([1]));
      var bw = a.activity.length ? W / a.activity.length : 0;
      a.activity.forEach(function (r, i) {
        var rect = document.createElementNS(ns, "rect"), h = H * r.events / max;
        rect.setAttribute("x", i * bw); rect.setAttribute("width", Math.max(bw - 0.5, 0.5));
        rect.setAttribute("y", H - h); rect.setAttribute("height", h);
        var title = document.createElementNS(ns, "title"); title.textContent = r.key.month + ": " + r.events;
        rect.appendChild(title); svg.appendChild(rect);
      });
      body.appendChild(svg);
    }).catch(function () { panel.hidden = true; });
  }
  /* the lineage as a graph: one column per generation (predecessors left, successors right), a dated edge per link */
  var actorNames = null;
  function lineageGraph(a) {
    var ns = "http://www.w3.org/2000/svg", depth = {}, links = a.lineage, NW = 130, NH = 24, GX = 56, GY = 14;
    depth[a.id] = 0;
    for (var pass = 0; pass < links.length + 1; pass++) {      // a link's ends sit one generation apart
      links.forEach(function (l) {
        if (l.successor in depth && !(l.predecessor in depth)) depth[l.predecessor] = depth[l.successor] - 1;
        if (l.predecessor in depth && !(l.successor in depth)) depth[l.successor] = depth[l.predecessor] + 1;
      });
    }
    var ids = Object.keys(depth), lo = Math.min.apply(null, ids.map(function (i) { return depth[i]; }));
    var cols = {}, pos = {};
    ids.sort().forEach(function (i) { (cols[depth[i]] = cols[depth[i]] || []).push(i); });
    var rows = Math.max.apply(null, Object.keys(cols).map(function (d) { return cols[d].length; }));
    var ncol = Object.keys(cols).length, W = ncol * NW + (ncol - 1) * GX + 8, H = rows * (NH + GY) + GY;
    Object.keys(cols).forEach(function (d) {
      var c = cols[d], top = (H - c.length * (NH + GY) + GY) / 2;
      c.forEach(function (i, k) { pos[i] = { x: 4 + (d - lo) * (NW + GX), y: top + k * (NH + GY) }; });
    });
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("id", "lineage-graph"); svg.setAttribute("class", "lineage-graph");
    svg.setAttribute("width", W); svg.setAttribute("height", H); svg.setAttribute("viewBox", "0 0 " + W + " " + H);
    svg.setAttribute("role", "group"); svg.setAttribute("aria-label", t("lineage_graph"));
    function add(parent, tag, attrs, text) {
      var e = document.createElementNS(ns, tag);
      Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
      if (text !== undefined) e.textContent = text;
      parent.appendChild(e); return e;
    }
    links.forEach(function (l) {
      var p = pos[l.predecessor], s = pos[l.successor], x1 = p.x + NW, y1 = p.y + NH / 2, x2 = s.x, y2 = s.y + NH / 2;
      var g = add(svg, "g", { class: "edge", "data-from": l.predecessor, "data-to": l.successor });
      add(g, "title", {}, l.predecessor + " → " + l.successor + " (" + l.relation + (l.date ? ", " + l.date : "") + ")");
      add(g, "line", { x1: x1, y1: y1, x2: x2 - 4, y2: y2 });
      add(g, "path", { d: "M" + (x2 - 8) + " " + (y2 - 4) + " L" + x2 + " " + y2 + " L" + (x2 - 8) + " " + (y2 + 4) + " Z" });
      if (l.date) add(g, "text", { x: (x1 + x2) / 2, y: (y1 + y2) / 2 - 3, "text-anchor": "middle" }, l.date);
    });
    ids.forEach(function (i) {
      var g = add(svg, "g", { class: "node" + (i === a.id ? " current" : ""), "data-actor-id": i, tabindex: "0", role: "button" });
      add(g, "rect", { x: pos[i].x, y: pos[i].y, width: NW, height: NH, rx: 4 });
      add(g, "text", { x: pos[i].x + NW / 2, y: pos[i].y + NH / 2 + 4, "text-anchor": "middle" }, i);
      g.setAttribute("aria-label", t("open_actor", { name: i }));
      function open() {                        // the actor becomes the view's actor: a link reopens its page
        var form = $("#filters"); form.elements.actor.value = i; formToUrl(); load();
      }
      g.addEventListener("click", open);
      g.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); open(); } });
    });
    (actorNames ? Promise.resolve(actorNames) : get("actors").then(function (list) {
      actorNames = {}; list.forEach(function (x) { actorNames[x.id] = x; }); return actorNames;
    })).then(function (names) {                // names replace the ids once known
      svg.querySelectorAll(".node").forEach(function (g) {
        var x = names[g.getAttribute("data-actor-id")]; if (!x) return;
        var name = lang === "fr" && x.name_fr ? x.name_fr : x.name_en, label = g.querySelector("text");
        label.textContent = name.length > 19 ? name.slice(0, 18) + "…" : name;
        g.setAttribute("aria-label", t("open_actor", { name: name }));
        add(g, "title", {}, name);
      });
    }).catch(function () {});                  // the ids stay as labels
    var wrap = el("div", { class: "lineage-wrap" }); wrap.appendChild(svg);
    return wrap;
  }
  /* border overlay: the land borders and, with a border_km_max filter, the band within that distance (server-drawn) */
  function drawBorders() {
    var on = $("#show-borders").checked, km = urlParams().get("border_km_max");
    return mapReady.then(function (m) {
      if (!m) return;
      if (!on) {
        ["border-band", "border-line"].forEach(function (id) { if (m.getLayer(id)) m.setLayoutProperty(id, "visibility", "none"); });
        $("#map").dataset.borderFeatures = "0";
        return;
      }
      var p = new URLSearchParams(); if (km && +km > 0) p.set("km", km);
      return get("boundaries/borders", p).then(function (gj) {
        if (m.getSource("borders")) m.getSource("borders").setData(gj);
        else {
          m.addSource("borders", { type: "geojson", data: gj });
          m.addLayer({ id: "border-band", type: "fill", source: "borders", filter: ["==", ["get", "kind"], "band"],
            paint: { "fill-color": "#b35900", "fill-opacity": 0.25 } });
          m.addLayer({ id: "border-line", type: "line", source: "borders", filter: ["==", ["get", "kind"], "border"],
            paint: { "line-color": "#7a3d00", "line-width": 2 } });
        }
        ["border-band", "border-line"].forEach(function (id) { m.setLayoutProperty(id, "visibility", "visible"); });
        $("#map").dataset.borderFeatures = String(gj.features.length);
      });
    }).catch(function (e) { showError(e.message); });
  }
  function setupBorders() {
    $("#show-borders").addEventListener("change", drawBorders);
    $("#filters").addEventListener("change", function () { if ($("#show-borders").checked) drawBorders(); });
  }
  /* ---------------------------------------------------------------- forecast panel: the latest stored run with its
     intervals (a list with interval bars, and on the map), and the last backtest's month against what happened */
  var forecastView = null;
  function forecastParams() {            // the filters that make sense for a forecast: country, admin1, admin2
    var p = new URLSearchParams(), u = urlParams();
    ["country", "admin1", "admin2"].forEach(function (k) { u.getAll(k).forEach(function (v) { if (v) p.append(k, v); }); });
    return p;
  }
  function num(x) { return x === null || x === undefined ? "–" : String(Math.round(x * 10) / 10); }
  function share(x) { return x === null || x === undefined ? "–" : Math.round(100 * x) + "%"; }
  function intervalText(u) {
    return num(u.median) + " [" + num(u.intervals["50"][0]) + "–" + num(u.intervals["50"][1]) + "] [" +
      num(u.intervals["90"][0]) + "–" + num(u.intervals["90"][1]) + "]";
  }
  /* the 90% interval (light), the 50% interval (dark, taller), the median (orange tick) and, when known, what
     happened (a white dot ringed in black), on a scale shared by the table's rows */
  function intervalBar(u, max, observed) {
    var ns = "http://www.w3.org/2000/svg", W = 86, H = 14, svg = document.createElementNS(ns, "svg");
    function x(v) { return 3 + (W - 6) * Math.min(v, max) / max; }
    function add(tag, attrs) {
      var e = document.createElementNS(ns, tag);
      Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
      svg.appendChild(e); return e;
    }
    svg.setAttribute("viewBox", "0 0 " + W + " " + H); svg.setAttribute("width", W); svg.setAttribute("height", H);
    svg.setAttribute("class", "fc-bar"); svg.setAttribute("role", "img");
    var label = t("forecast_bar_label", { m: num(u.median), lo50: num(u.intervals["50"][0]), hi50: num(u.intervals["50"][1]),
      lo90: num(u.intervals["90"][0]), hi90: num(u.intervals["90"][1]) });
    if (observed !== undefined) label += t("forecast_bar_observed", { y: num(observed) });
    svg.setAttribute("aria-label", label);
    add("line", { x1: 3, x2: W - 3, y1: H / 2, y2: H / 2, class: "fc-axis" });
    add("rect", { x: x(u.intervals["90"][0]) - 1, y: 4, height: H - 8, class: "fc90",
      width: Math.max(x(u.intervals["90"][1]) - x(u.intervals["90"][0]), 0) + 2 });
    add("rect", { x: x(u.intervals["50"][0]) - 1, y: 1, height: H - 2, class: "fc50",
      width: Math.max(x(u.intervals["50"][1]) - x(u.intervals["50"][0]), 0) + 2 });
    add("rect", { x: x(u.median) - 1, y: 0, width: 2, height: H, class: "fcmed" });
    if (observed !== undefined) add("circle", { cx: x(observed), cy: H / 2, r: 4, class: "fcobs" });
    return svg;
  }
  function scaleOf(units, observed) {
    return Math.max.apply(null, [1].concat(units.map(function (u) {
      return Math.max(u.intervals["90"][1], observed ? u.observed : 0);
    })));
  }
  function unitCell(u) { return el("td", { class: "fc-unit" }, u.unit_name || u.unit_id); }
  function forecastUnits() {                 // the run's units at the chosen horizon, likeliest to see a death first
    var h = +$("#forecast-horizon").value;
    return forecastView.run.units.filter(function (u) { return u.horizon === h; })
      .sort(function (a, b) { return b.p_any_fatal - a.p_any_fatal || b.fatalities_mean - a.fatalities_mean; });
  }
  function renderForecastRun() {
    var tb = $("#forecast-table tbody"), units = forecastUnits(), max = scaleOf(units, false);
    tb.textContent = "";
    $("#forecast-caption").textContent = units.length ? t("forecast_caption", { month: units[0].target_month }) : "";
    units.forEach(function (u) {
      var tr = el("tr", { "data-unit-id": u.unit_id, "data-interval-50": u.intervals["50"].join(","),
        "data-interval-90": u.intervals["90"].join(","), "data-median": u.median });
      tr.appendChild(unitCell(u));
      tr.appendChild(el("td", { class: "num" }, share(u.p_any_fatal)));
      var cell = el("td", { class: "fc-int" });
      cell.appendChild(el("span", { class: "fc-text" }, intervalText(u)));
      cell.appendChild(intervalBar(u, max));
      tr.appendChild(cell);
      tb.appendChild(tr);
    });
    drawForecastMap();
  }
  function renderForecastCheck() {
    var c = forecastView.backtest, tb = $("#forecast-check tbody");
    tb.textContent = "";
    $("#forecast-check-caption").textContent = "";
    $("#forecast-check-whole").textContent = "";
    if (!c || !c.units.length) { $("#forecast-check-summary").textContent = t("forecast_no_check"); return; }
    $("#forecast-check-caption").textContent = t("forecast_check_caption", { origin: c.origin, month: c.target_month });
    var s = c.summary, base = null;
    Object.keys(c.models).forEach(function (m) {         // the best baseline by CRPS on the same unit-months
      if (m !== c.model && c.models[m].crps !== null && (!base || c.models[m].crps < c.models[base].crps)) base = m;
    });
    var in50 = c.units.filter(function (u) { return u.inside["50"]; }).length;
    var in90 = c.units.filter(function (u) { return u.inside["90"]; }).length;
    $("#forecast-check-summary").textContent = t("forecast_coverage", { in50: in50, n: s.n, c50: share(s.coverage_50),
      in90: in90, c90: share(s.coverage_90), crps: num(s.crps), base: base || "–",
      base_crps: base ? num(c.models[base].crps) : "–", brier: s.brier_any_fatal === null ? "–" : s.brier_any_fatal.toFixed(3) });
    var whole = c.whole_backtest && c.whole_backtest.coverage && c.whole_backtest.coverage[c.model];
    var wh = whole && whole["h" + c.horizon];
    if (wh) {
      $("#forecast-check-whole").textContent = t("forecast_whole", { origins: c.whole_backtest.origins,
        last: c.backtest.last_origin, c50: share(wh["50"]), c90: share(wh["90"]) });
    }
    var units = c.units.slice().sort(function (a, b) { return b.observed - a.observed || b.fatalities_mean - a.fatalities_mean; });
    var max = scaleOf(units, true);
    units.forEach(function (u) {
      var tr = el("tr", { "data-unit-id": u.unit_id, "data-interval-90": u.intervals["90"].join(","),
        "data-observed": u.observed, "data-inside-90": u.inside["90"] ? "1" : "0" });
      tr.appendChild(unitCell(u));
      var cell = el("td", { class: "fc-int" });
      cell.appendChild(el("span", { class: "fc-text" }, intervalText(u)));
      cell.appendChild(intervalBar(u, max, u.observed));
      tr.appendChild(cell);
      var seen = el("td", { class: "num" }, num(u.observed));   // what happened, and whether the 90% interval held it
      seen.appendChild(el("span", { class: "fc-flag " + (u.inside["90"] ? "fc-in" : "fc-out") }, u.inside["90"] ? t("yes") : t("no")));
      tr.appendChild(seen);
      tb.appendChild(tr);
    });
  }
  /* the run's expected fatalities per unit, on the bundled boundaries of its level, matched by ISO3|name_norm */
  var FC_STEPS = [1, 5, 20, 50], FC_COLOURS = ["#f2f0f7", "#cbc9e2", "#9e9ac8", "#756bb1", "#54278f"];  // not the events' oranges
  function drawForecastMap() {
    var on = $("#show-forecast-map").checked, note = $("#forecast-map-note");
    if (!mapReady) return;
    mapReady.then(function (m) {
      if (!m) return;
      if (!on || !forecastView || !forecastView.run) {
        if (m.getLayer("forecast-fill")) m.setLayoutProperty("forecast-fill", "visibility", "none");
        note.hidden = true;
        return;
      }
      var units = forecastUnits(), level = forecastView.run.run.unit === "admin2" ? 2 : 1;
      return get("boundaries/" + level).then(function (gj) {
        var byKey = {}, drawn = {};
        units.forEach(function (u) { if (u.area_key) byKey[u.area_key] = u; });
        var feats = gj.features.filter(function (f) {
          var u = byKey[f.properties.iso3 + "|" + f.properties.name_norm];
          if (!u) return false;
          drawn[u.unit_id] = true;
          f.properties.fc_mean = u.fatalities_mean;
          return true;
        });
        var data = { type: "FeatureCollection", features: feats };
        if (m.getSource("forecast-areas")) m.getSource("forecast-areas").setData(data);
        else {
          m.addSource("forecast-areas", { type: "geojson", data: data });
          var step = ["step", ["get", "fc_mean"], FC_COLOURS[0]];
          FC_STEPS.forEach(function (v, i) { step.push(v, FC_COLOURS[i + 1]); });
          m.addLayer({ id: "forecast-fill", type: "fill", source: "forecast-areas",
            paint: { "fill-color": step, "fill-opacity": 0.85, "fill-outline-color": "#1b1f23" } },
            m.getLayer("clusters") ? "clusters" : undefined);
        }
        m.setLayoutProperty("forecast-fill", "visibility", "visible");
        var missing = units.filter(function (u) { return !drawn[u.unit_id]; })
          .map(function (u) { return u.unit_name || u.unit_id; });
        note.hidden = false;
        note.textContent = t("forecast_map_legend", { month: units.length ? units[0].target_month : "" }) + ": ";
        ["< 1", "1–5", "5–20", "20–50", "≥ 50"].forEach(function (label, i) {
          var sw = el("span", { class: "fc-sw" }); sw.style.background = FC_COLOURS[i]; sw.style.border = "1px solid #1b1f23";
          note.appendChild(sw); note.appendChild(document.createTextNode(" " + label + " "));
        });
        note.appendChild(document.createTextNode(". " + t("forecast_map_note", { drawn: feats.length, n: units.length }) +
          (missing.length ? "; " + t("forecast_map_missing", { names: missing.join(", ") }) : "") + "."));
        $("#map").dataset.forecastFeatures = String(feats.length);
      });
    }).catch(function (e) { showError(e.message); });
  }
  function renderForecasts() {
    get("forecasts", forecastParams()).then(function (f) {
      forecastView = f;
      var body = $("#forecast-body"), note = $("#forecasts"), sel = $("#forecast-horizon");
      body.hidden = !f.available;
      $("#forecast-run").hidden = !f.run;
      if (!f.available) { note.textContent = t("no_forecast"); drawForecastMap(); return; }
      if (!f.run) { note.textContent = t("forecast_no_run"); drawForecastMap(); }
      else {
        var r = f.run.run, keep = urlParams().get("forecast_horizon") || sel.value;
        note.textContent = t("forecast_run_note", { origin: r.last_origin, model: r.model, version: r.model_version,
          last: r.trained_on.last_month || "?", source: r.trained_on.source, created: String(r.created_at).slice(0, 10) });
        sel.textContent = "";
        r.horizons.forEach(function (h) { sel.appendChild(el("option", { value: String(h) }, "+" + h)); });
        sel.value = r.horizons.map(String).indexOf(keep) >= 0 ? keep : String(r.horizons[0]);
        renderForecastRun();
      }
      renderForecastCheck();
      document.body.dataset.forecasts = "ready";
    }).catch(function (e) { $("#forecasts").textContent = e.message; });
  }
  function setForecastUrl(key, value) {        // the panel's state is part of the view: a link reopens it
    var p = urlParams();
    if (value) p.set(key, value); else p.delete(key);
    var q = p.toString();
    history.replaceState(null, "", q ? "?" + q : window.location.pathname);
  }
  function setupForecasts() {
    $("#show-forecast-map").checked = urlParams().get("forecast_map") === "1";
    $("#forecast-horizon").addEventListener("change", function () {
      setForecastUrl("forecast_horizon", $("#forecast-horizon").value); renderForecastRun();
    });
    $("#show-forecast-map").addEventListener("change", function () {
      setForecastUrl("forecast_map", $("#show-forecast-map").checked ? "1" : ""); drawForecastMap();
    });
    $("#filters").addEventListener("change", renderForecasts);
    $("#filters").addEventListener("submit", renderForecasts);
    $("#filters").addEventListener("reset", function () { setTimeout(renderForecasts, 0); });
    window.addEventListener("popstate", renderForecasts);
    renderForecasts();
  }
  var playing = null;
  function togglePlay() {
    var btn = $("#play");
    if (playing) { clearInterval(playing); playing = null; btn.textContent = t("play"); return; }
    if (!timelineRows.length) return;
    var keys = timelineRows.map(function (r) { return r.key; }), i = 0, period = $("#period").value;
    btn.textContent = t("stop");
    playing = setInterval(function () {
      if (i >= keys.length) { togglePlay(); return; }
      var b = periodBounds(keys[i++], period), form = $("#filters");
      form.elements.since.value = b[0]; form.elements.until.value = b[1];
      formToUrl(); load();
    }, 1200);
  }

  /* ---------------------------------------------------------------- loading a view */
  function updateExports() {
    var p = filterParams().toString(), q = p ? "?" + p : "";
    $("#export-csv").href = API + "events.csv" + q;
    $("#export-geojson").href = API + "events.geojson" + q;
    var r = filterParams(); r.set("lang", lang);
    $("#export-report").href = API + "report?" + r.toString();
  }
  // with user accounts a plain link carries no token (401): the export is fetched with it and saved as a file
  function download(ev) {
    var token = sessionStorage.getItem("sahelwatch.token"), a = ev.currentTarget;
    if (!token) return;                 // single-user mode: the plain link works
    ev.preventDefault();
    fetch(a.href, { headers: { Authorization: "Bearer " + token } }).then(function (r) {
      if (!r.ok) {
        return r.json().then(function (b) { throw new Error(b && b.error ? b.error.message : r.statusText); },
          function () { throw new Error(r.statusText); });
      }
      var m = /filename="?([^";]+)"?/.exec(r.headers.get("Content-Disposition") || "");
      return r.blob().then(function (blob) {
        var url = URL.createObjectURL(blob), save = el("a", { href: url, download: m ? m[1] : a.dataset.file });
        document.body.appendChild(save); save.click(); save.remove();
        setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
      });
    }).catch(function (e) { showError(e.message); });
  }
  var firstTotals, totalsShown = new Promise(function (resolve) { firstTotals = resolve; });
  function load(prefetched) {
    var mine = ++serial, period = $("#period").value;
    document.body.dataset.state = "loading";
    showError("");
    updateExports();
    renderChips();
    var areas = filterParams().has("precision") ? Promise.resolve({ rows: [] })
      : get("aggregates", withParams({ place: "admin1", precision: ["admin1", "admin2"] }));
    document.body.dataset.totals = "";
    var events = prefetched || get("events", withParams({ limit: String(PAGE) }));
    events.then(function (body) {     // the totals show as soon as they arrive; the panels follow
      if (mine !== serial) return;
      renderTotals(body);
      document.body.dataset.totals = "shown";
    }).catch(function () {}).then(firstTotals);   // an error is reported once, below
    return Promise.all([
      events,
      get("aggregates", withParams({ place: "admin1" })),
      areas,
      get("aggregates", withParams({ period: period })),
      renderCompare(),
      mapLevel() === "admin2" ? get("aggregates", withParams({ place: "admin2" })) : null,
      filterParams().has("precision") ? { rows: [] } : get("aggregates", withParams({ place: "admin2", precision: "admin2" })),
    ]).then(function (r) {
      if (mine !== serial) return;
      renderTotals(r[0]); renderTable(r[0].events); renderTimeline(r[3], period); renderStale(r);
      return renderAdmin2(r[5], r[6]).then(function () { return renderMap(r[1], r[2], r[0].events); }).then(function () {
        if (mine === serial) document.body.dataset.state = "ready";
      });
    }).catch(function (e) {
      if (mine !== serial) return;
      showError(e.message);
      $('[data-testid="event-count"]').textContent = "–";
      $('[data-testid="fatality-count"]').textContent = "–";
      document.body.dataset.state = "error";
    }).then(function () {
      renderActor();
      get("alerts", filterParams()).then(function (a) { if (mine === serial) renderAlerts(a); })
        .catch(function () { $("#alerts").textContent = ""; });
    });
  }

  function fillSelect(name, values, label) {
    var s = $("#filters").elements[name];
    values.forEach(function (v) {
      if (Array.prototype.some.call(s.options, function (o) { return o.value === v; })) return;
      s.appendChild(el("option", { value: v }, label ? label(v) : v));
    });
  }
  function titleCase(s) { return s.replace(/(^|[\s/])\S/g, function (c) { return c.toUpperCase(); }); }

  function start() {
    // the first view's totals are asked for at once; what they do not need waits until they are shown
    var early = get("events", withParams({ limit: String(PAGE) }));
    var meta = totalsShown.then(function () { return get("meta"); });
    fetch("i18n.json").then(function (r) { return r.json(); }).then(function (table) {
      I18N = table;
      lang = pickLang();
      fillSelect("tactic", TACTICS);
      applyLang();
      urlToForm();
      meta.then(function (m) {
        fillSelect("country", m.countries.map(titleCase));
        fillSelect("event_type", m.event_types.map(titleCase));
        fillSelect("precision", m.precisions);
        urlToForm();
        document.body.dataset.filters = "filled";   // the form is set from the URL again: typing may begin
      }).catch(function (e) { showError(e.message); });
      setupBrush();
      mapReady = totalsShown.then(loadMapLibrary).then(initMap);
      $("#filters").addEventListener("change", function () { formToUrl(); load(); });
      $("#filters").addEventListener("submit", function (e) { e.preventDefault(); formToUrl(); load(); });
      $("#filters").addEventListener("reset", function () {
        setTimeout(function () { formToUrl(); load(); }, 0);
      });
      $("#period").addEventListener("change", function () {
        var p = urlParams(); p.set("period", $("#period").value); history.pushState(null, "", "?" + p.toString()); load();
      });
      $("#lang").addEventListener("click", function () {
        lang = lang === "fr" ? "en" : "fr";
        var p = urlParams(); p.set("lang", lang); history.replaceState(null, "", "?" + p.toString());
        applyLang(); updateExports(); load();
      });
      ["#export-csv", "#export-geojson", "#export-report"].forEach(function (id) {
        $(id).addEventListener("click", download);
      });
      $("#play").addEventListener("click", togglePlay);
      totalsShown.then(setupForecasts);
      setupProgramsOverlay();
      setupBorders();
      setupMapLevel();
      $("#show-liptako").addEventListener("change", function () {
        if (map && map.getLayer("liptako")) {
          map.setLayoutProperty("liptako", "visibility", $("#show-liptako").checked ? "visible" : "none");
        }
      });
      $("#drawer-close").addEventListener("click", function () { $("#drawer").hidden = true; });
      document.addEventListener("keydown", function (e) { if (e.key === "Escape") $("#drawer").hidden = true; });
      window.addEventListener("popstate", function () { urlToForm(); load(); });
      load(early);
    }).catch(function (e) { showError(e.message); });
  }
  start();
})();
