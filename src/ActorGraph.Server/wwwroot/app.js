// The ActorGraph explorer: search an actor, draw their network with Cytoscape.js, filter it, read the evidence
// behind an edge, find paths, export the view. Talks only to this server's /api/v1.
"use strict";

const api = "/api/v1";
const quads = {
  verbal_cooperation: ["--vc", ["AGREE", "CONSULT", "SUPPORT", "CONCEDE"]],
  material_cooperation: ["--mc", ["COOPERATE", "AID", "RETREAT"]],
  verbal_conflict: ["--vk", ["REQUEST", "ACCUSE", "REJECT", "THREATEN"]],
  material_conflict: ["--mk", ["PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"]],
};
const formats = ["graphml", "gexf", "dot", "json", "csv", "cypher"];
const $ = (id) => document.getElementById(id);
const css = (name) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();
const state = { center: null, days: null };

const cy = cytoscape({
  container: $("graph"),
  minZoom: 0.2,
  maxZoom: 3,
  style: [
    { selector: "node", style: { label: "data(name)", "font-size": 11, "text-valign": "bottom", "text-margin-y": 3, width: "data(size)", height: "data(size)", "background-color": "#71717a" } },
    { selector: "node.center", style: { "background-color": "#1d4ed8", "font-weight": "bold" } },
    { selector: "node.on-path", style: { "background-color": "#7c3aed" } },
    { selector: "edge", style: { width: "data(width)", "line-color": "data(color)", "target-arrow-color": "data(color)", "target-arrow-shape": "data(arrow)", "curve-style": "bezier", opacity: 0.85 } },
    { selector: "edge:selected", style: { "line-style": "dashed", opacity: 1, width: 6 } },
  ],
});
window.explorer = { cy };

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) {
    const error = new Error(body.detail || body.title || response.statusText);
    error.problem = body;
    throw error;
  }
  const snapshot = response.headers.get("X-ActorGraph-Snapshot");
  if (snapshot) $("snapshot").textContent = `snapshot ${snapshot}`;
  return body;
}

function setStatus(text, isProblem = false) {
  $("status").textContent = text;
  $("status").classList.toggle("problem", isProblem);
}

// The server's problem details already say what went wrong and, for an unknown actor, whom it may have meant.
const problemText = (error) => error.message;

// ---- filters ----
function buildTypeFilters() {
  for (const [quad, [colour, types]] of Object.entries(quads)) {
    for (const type of types) {
      const label = document.createElement("label");
      label.className = "type";
      label.innerHTML = `<input type="checkbox" value="${type}" checked> <span style="color:var(${colour})">■</span> ${type}`;
      label.title = quad.replace("_", " ");
      $("types").append(label);
    }
  }
  $("types").addEventListener("change", () => redraw());
  $("depth").addEventListener("change", () => redraw());
  for (const id of ["since", "until"]) {
    $(id).addEventListener("input", () => showWindow());
    $(id).addEventListener("change", () => redraw());
  }
}

function checkedTypes() {
  const boxes = [...$("types").querySelectorAll("input")];
  const checked = boxes.filter((b) => b.checked).map((b) => b.value);
  return checked.length === boxes.length ? null : checked;
}

const dayToDate = (day) => new Date(day * 86400000).toISOString().slice(0, 10);
const dateToDay = (date) => Math.round(Date.parse(date) / 86400000);

function setWindow(first, last) {
  const [lo, hi] = first && last ? [dateToDay(first), dateToDay(last)] : [0, 0];
  state.days = first && last ? [lo, hi] : null;
  for (const id of ["since", "until"]) {
    $(id).min = lo;
    $(id).max = hi;
    $(id).disabled = !state.days;
  }
  $("since").value = lo;
  $("until").value = hi;
  showWindow();
}

function showWindow() {
  if (Number($("since").value) > Number($("until").value)) $("until").value = $("since").value;
  $("since-label").textContent = state.days ? dayToDate(Number($("since").value)) : "";
  $("until-label").textContent = state.days ? dayToDate(Number($("until").value)) : "";
}

function filterQuery() {
  const params = new URLSearchParams();
  const types = checkedTypes();
  if (types && types.length) params.set("types", types.join(","));
  if (state.days) {
    if (Number($("since").value) > state.days[0]) params.set("since", dayToDate(Number($("since").value)));
    if (Number($("until").value) < state.days[1]) params.set("until", dayToDate(Number($("until").value)));
  }
  return params;
}

// ---- search with suggestions ----
let searchTimer = 0;
let active = -1;
function suggestionItems() { return [...$("suggestions").querySelectorAll("li")]; }

async function suggest() {
  const text = $("search").value.trim();
  if (!text) { hideSuggestions(); return; }
  const found = await getJson(`${api}/actors?search=${encodeURIComponent(text)}&limit=8`);
  const list = $("suggestions");
  list.replaceChildren(...found.actors.map((actor, i) => {
    const item = document.createElement("li");
    item.id = `suggestion-${i}`;
    item.setAttribute("role", "option");
    item.dataset.id = actor.id;
    item.textContent = `${actor.name} (${actor.id}, ${actor.degree} relations)`;
    item.addEventListener("mousedown", (e) => { e.preventDefault(); choose(actor.id); });
    return item;
  }));
  list.hidden = found.actors.length === 0;
  active = -1;
}

function hideSuggestions() { $("suggestions").hidden = true; active = -1; }

function highlight(index) {
  const items = suggestionItems();
  if (!items.length) return;
  active = (index + items.length) % items.length;
  items.forEach((item, i) => item.setAttribute("aria-selected", i === active ? "true" : "false"));
  $("search").setAttribute("aria-activedescendant", items[active].id);
}

function choose(id) {
  hideSuggestions();
  $("search").value = "";
  show(id);
}

function wireSearch() {
  $("search").addEventListener("input", () => { clearTimeout(searchTimer); searchTimer = setTimeout(() => suggest().catch(() => {}), 120); });
  $("search").addEventListener("keydown", (e) => {
    if (e.key === "ArrowDown") { e.preventDefault(); highlight(active + 1); }
    else if (e.key === "ArrowUp") { e.preventDefault(); highlight(active - 1); }
    else if (e.key === "Escape") hideSuggestions();
    else if (e.key === "Enter") {
      e.preventDefault();
      const items = suggestionItems();
      if (active >= 0 && items[active]) choose(items[active].dataset.id);
      else if ($("search").value.trim()) choose($("search").value.trim());
    }
  });
  $("search").addEventListener("blur", () => setTimeout(hideSuggestions, 150));
}

// ---- the network ----
async function show(id) {
  try {
    const actor = await getJson(`${api}/actors/${encodeURIComponent(id)}`);
    state.center = actor;
    setWindow(actor.firstSeen, actor.lastSeen);
    showActor(actor);
    await redraw();
  } catch (error) {
    setStatus(problemText(error), true);
  }
}

async function redraw() {
  if (!state.center) return;
  const params = filterQuery();
  params.set("depth", $("depth").value);
  params.set("limit", "150");
  try {
    if (checkedTypes() && !checkedTypes().length) { draw({ nodes: [{ ...state.center, distance: 0, degree: state.center.degree }], relations: [] }); return; }
    const view = await getJson(`${api}/neighbourhood/${encodeURIComponent(state.center.id)}?${params}`);
    draw(view);
    setStatus(`${view.center.name}: ${view.nodes.length} actors, ${view.relations.length} relations${view.truncated ? " (the busiest 150 shown)" : ""}.`);
  } catch (error) {
    setStatus(problemText(error), true);
  }
  updateExports();
}

function edgeData(r) {
  return {
    id: `${r.source}|${r.target}|${r.type}`,
    source: r.source, target: r.target, type: r.type, quad: r.quad, events: r.events,
    first: r.first, last: r.last,
    color: css(quads[r.quad][0]),
    width: Math.min(10, 1.5 + 2 * Math.log2(1 + r.events)),
    arrow: r.symmetric ? "none" : "triangle",
  };
}

function draw(view, pathIds = []) {
  const nodes = view.nodes.map((n) => ({ data: { id: n.id, name: n.name, size: 14 + Math.min(26, 4 * Math.log2(1 + n.degree)) }, classes: n.distance === 0 ? "center" : "" }));
  const edges = view.relations.map((r) => ({ data: edgeData(r) }));
  cy.elements().remove();
  cy.add([...nodes, ...edges]);
  for (const id of pathIds) cy.getElementById(id).addClass("on-path");
  cy.layout({ name: nodes.length > 60 ? "concentric" : "cose", animate: false, fit: true, padding: 30, randomize: false, nodeDimensionsIncludeLabels: true }).run();
  listEdges();
}

function listEdges() {
  const items = cy.edges().map((edge) => {
    const d = edge.data();
    const item = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = `${cy.getElementById(d.source).data("name")} → ${d.type} → ${cy.getElementById(d.target).data("name")} (${d.events})`;
    button.addEventListener("click", () => { cy.$(":selected").unselect(); edge.select(); evidence(d); });
    item.append(button);
    return item;
  });
  $("edge-list").replaceChildren(...items);
}

function showActor(actor) {
  $("details-title").textContent = actor.name;
  const partners = actor.topPartners.map((p) => `<li>${escape(p.actor.name)}: ${p.events} events (${p.types.join(", ")})</li>`).join("");
  $("details-body").innerHTML = `<p><code>${escape(actor.id)}</code> · ${escape(actor.kind)}${actor.country ? " · " + escape(actor.country) : ""}</p>
    <p>${actor.degree} relations, ${actor.events} events${actor.firstSeen ? `, ${actor.firstSeen} to ${actor.lastSeen}` : ""}.</p>
    <h3>Top partners</h3><ul>${partners}</ul>`;
}

async function evidence(edge) {
  const params = new URLSearchParams({ type: edge.type, pageSize: "10" });
  const window = filterQuery();
  for (const key of ["since", "until"]) if (window.get(key)) params.set(key, window.get(key));
  try {
    const page = await getJson(`${api}/relations/${encodeURIComponent(edge.source)}/${encodeURIComponent(edge.target)}/evidence?${params}`);
    $("details-title").textContent = `${page.source.name} ${edge.type} ${page.target.name}`;
    const items = page.events.map((e) => `<li><span class="muted">${e.date} · ${e.modality} · article
      <a href="${api}/relations/${encodeURIComponent(e.source)}/${encodeURIComponent(e.target)}/evidence?type=${e.type}" title="all evidence of this relation">${escape(e.articleId)}</a></span>
      <q>${escape(e.sentence)}</q></li>`).join("");
    $("details-body").innerHTML = `<p>${edge.events} ${edge.events === 1 ? "event" : "events"}, ${edge.first} to ${edge.last}.</p><ul class="evidence">${items}</ul>${page.hasMore ? "<p class=\"muted\">More on later pages of the API.</p>" : ""}`;
  } catch (error) {
    $("details-body").innerHTML = `<p class="problem">${escape(problemText(error))}</p>`;
  }
}

cy.on("tap", "edge", (e) => evidence(e.target.data()));
cy.on("tap", "node", (e) => { if (!state.center || e.target.id() !== state.center.id) show(e.target.id()); });

// ---- paths ----
async function findPath(event) {
  event.preventDefault();
  const params = filterQuery();
  params.set("from", $("path-from").value.trim());
  params.set("to", $("path-to").value.trim());
  params.set("k", "3");
  try {
    const found = await getJson(`${api}/paths?${params}`);
    if (!found.paths.length) { setStatus(`No path between ${found.from.name} and ${found.to.name}.`); return; }
    const nodes = new Map();
    const relations = new Map();
    for (const path of found.paths) {
      path.actors.forEach((a) => nodes.set(a.id, { ...a, distance: a.id === found.from.id ? 0 : 1, degree: 1 }));
      for (const hop of path.hops) for (const r of hop.relations) relations.set(`${r.source}|${r.target}|${r.type}`, r);
    }
    state.center = null;
    draw({ nodes: [...nodes.values()], relations: [...relations.values()] }, found.paths[0].actors.map((a) => a.id));
    const lines = found.paths.map((p) => p.actors.map((a) => a.name).join(" → "));
    $("details-title").textContent = `Paths from ${found.from.name} to ${found.to.name}`;
    $("details-body").innerHTML = `<ol>${lines.map((l) => `<li>${escape(l)}</li>`).join("")}</ol>`;
    setStatus(`Shortest path: ${lines[0]} (${found.paths[0].length} hops).`);
  } catch (error) {
    setStatus(problemText(error), true);
  }
}

// ---- export ----
function updateExports() {
  const links = formats.map((format) => {
    const params = filterQuery();
    if (state.center) { params.set("around", state.center.id); params.set("depth", $("depth").value); }
    params.set("format", format);
    const link = document.createElement("a");
    link.href = `${api}/export?${params}`;
    link.textContent = format;
    link.setAttribute("download", "");
    return link;
  });
  $("exports").replaceChildren(...links);
}

function escape(text) {
  return String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}

buildTypeFilters();
wireSearch();
updateExports();
$("path-form").addEventListener("submit", findPath);
const start = new URLSearchParams(location.search).get("actor");
if (start) show(start);
