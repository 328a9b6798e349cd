// The query box: loads an example into the text area, runs the query on the SPARQL endpoint and shows the rows.
// Values go into the page as text nodes only, never as HTML.
(function () {
  "use strict";
  var form = document.getElementById("query-box");
  var select = document.getElementById("query-select");
  var text = document.getElementById("query-text");
  var status = document.getElementById("query-status");
  var results = document.getElementById("query-results");
  var idSpace = form.getAttribute("data-id-space");

  select.addEventListener("change", function () {
    status.textContent = "";
    fetch("/queries/" + encodeURIComponent(select.value))
      .then(function (r) { return r.ok ? r.text() : Promise.reject(new Error("HTTP " + r.status)); })
      .then(function (q) { text.value = q; })
      .catch(function (e) { status.textContent = "Cannot load the example: " + e.message; });
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    status.textContent = "Running…";
    results.replaceChildren();
    fetch(form.getAttribute("data-endpoint"), {
      method: "POST",
      headers: { "Accept": "application/sparql-results+json" },
      body: new URLSearchParams({ query: text.value })
    }).then(function (r) {
      if (!r.ok) {
        return r.text().then(function (t) { throw new Error("HTTP " + r.status + ": " + t.slice(0, 400)); });
      }
      return r.json();
    }).then(show).catch(function (e) { status.textContent = e.message; });
  });

  function show(json) {
    if (typeof json.boolean === "boolean") {
      status.textContent = "Answer: " + json.boolean;
      return;
    }
    var vars = json.head.vars;
    var rows = json.results.bindings;
    var table = document.createElement("table");
    table.id = "query-table";
    table.className = "list";
    var head = table.createTHead().insertRow();
    vars.forEach(function (v) {
      var th = document.createElement("th");
      th.textContent = v;
      head.appendChild(th);
    });
    var body = table.createTBody();
    rows.forEach(function (binding) {
      var tr = body.insertRow();
      vars.forEach(function (v) { tr.appendChild(cell(binding[v])); });
    });
    results.appendChild(table);
    status.textContent = rows.length + (rows.length === 1 ? " row" : " rows");
  }

  function cell(term) {
    var td = document.createElement("td");
    if (!term) {
      return td;
    }
    if (term.type === "uri") {
      var a = document.createElement("a");
      var local = term.value.indexOf(idSpace) === 0;
      a.href = local ? "/id/" + term.value.slice(idSpace.length) : term.value;
      a.textContent = local ? term.value.slice(idSpace.length) : term.value;
      a.title = term.value;
      td.appendChild(a);
    } else {
      td.textContent = term.value;
      if (/#(integer|decimal|double|long|int|nonNegativeInteger)$/.test(term.datatype || "")) {
        td.className = "num";
      }
    }
    return td;
  }
})();
