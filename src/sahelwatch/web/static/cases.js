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

  function refresh() {
    get("/me").then(function (me) {
      document.getElementById("whoami").textContent = me.role === "public" && me.name === "anonymous"
        ? "not signed in (public view)" : "signed in as " + me.name + " (" + me.role + ")";
      document.getElementById("case-section").hidden = me.role !== "hr_investigator";
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
    }).catch(function (e) { document.getElementById("signin-error").textContent = e.message; });
  });
  refresh();
})();
