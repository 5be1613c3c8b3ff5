// Renders the OpenAPI document as a plain list of operations, their parameters and answers: no CDN, works offline.
"use strict";

const escape = (text) => String(text ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

fetch("/openapi/v1.json").then((r) => r.json()).then((doc) => {
  document.getElementById("intro").textContent = `${doc.info.title} ${doc.info.version}: ${doc.info.description ?? ""}`;
  const parts = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!op || typeof op !== "object" || !op.responses) continue;
      const params = (op.parameters ?? []).map((p) => `<tr><td><code>${escape(p.name)}</code></td><td>${escape(p.in)}</td><td>${p.required ? "required" : ""}</td></tr>`).join("");
      const answers = Object.entries(op.responses).map(([code, r]) => `${escape(code)} ${escape(r.description)}`).join(" · ");
      parts.push(`<div class="op" id="${escape(op.operationId)}"><span class="method">${method.toUpperCase()}</span><code>${escape(path)}</code>
        <p>${escape(op.summary)}</p>${params ? `<table><tr><th>parameter</th><th>in</th><th></th></tr>${params}</table>` : ""}
        <p>Answers: ${answers}</p></div>`);
    }
  }
  document.getElementById("operations").innerHTML = parts.join("");
});
