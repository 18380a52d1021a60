// The parley record in the browser: every view reads the JSON API, every fact opens its sentence.
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const view = document.getElementById("view");

function el(tag, attrs = {}, ...children) {
  const node = tag.startsWith("svg:") ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined) continue;
    if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c !== null && c !== undefined) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

async function api(path, params = {}) {
  const url = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params)) {
    for (const one of [].concat(v)) if (one !== "" && one !== null && one !== undefined) url.searchParams.append(k, one);
  }
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${res.status} ${await res.text()}`);
  return res.json();
}

// -- the source panel: a fact in its sentence --

async function showSource(src) {
  const doc = await api(`/api/documents/${encodeURIComponent(src.doc_id)}`, { version: src.version });
  document.getElementById("source").dataset.doc = doc.doc_id;
  const [start, end] = src.span;
  const body = document.getElementById("source-body");
  const mark = el("mark", { id: "highlight" }, doc.text.slice(start, end));
  body.replaceChildren(
    el("h2", {}, doc.title || doc.doc_id),
    el("p", {}, [doc.outlet, doc.published].filter(Boolean).join(" · "), " ",
       doc.url ? el("a", { href: doc.url, target: "_blank", rel: "noopener" }, "original") : ""),
    el("div", { class: "doc-text" }, doc.text.slice(0, start), mark, doc.text.slice(end)));
  document.getElementById("source").hidden = false;
  mark.scrollIntoView({ block: "center" });
}
document.getElementById("close-source").addEventListener("click", () => {
  document.getElementById("source").hidden = true;
});

function sourceHash(s) {
  return `#doc?${new URLSearchParams({ id: s.doc_id, version: s.version, start: s.span[0], end: s.span[1] })}`;
}

function sourceLinks(sources) {
  // a permalink to the sentence; a click opens it beside the current view
  return sources.map((s) => el("a", {
    class: "src", href: sourceHash(s), title: s.text || "", "data-doc": s.doc_id, "data-span": s.span.join("-"),
    onclick: (e) => { e.preventDefault(); showSource(s); },
  }, s.outlet || s.doc_id));
}

function filters(fields, onSubmit) {
  const form = el("form", { class: "filters" },
    fields.map(([name, label, value]) => el("input", { name, placeholder: label, value: value || "" })),
    el("button", { type: "submit" }, "Show"));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    onSubmit(Object.fromEntries(new FormData(form)));
  });
  return form;
}

function empty(what) {
  return el("p", { class: "empty" }, `No ${what} in the record${location.hash.includes("?") ? " for these filters" : ""}.`);
}

// -- views --

async function timelineView(params) {
  const rows = await api("/api/timeline", params);
  const table = el("table", { id: "timeline" },
    el("tr", {}, ["date", "type", "who", "whom", "place", "sources"].map((h) => el("th", {}, h))),
    rows.map((ev) => el("tr", { "data-event": ev.id },
      el("td", {}, ev.day || ""), el("td", {}, el("span", { class: "type" }, ev.type)),
      el("td", {}, ev.actors.join(", ")), el("td", {}, ev.targets.join(", ")), el("td", {}, ev.place || ""),
      el("td", {}, `${ev.n_sources}: `, sourceLinks(ev.sources)))));
  return [filters([["actor", "actor", params.actor], ["dyad", "actor A,actor B", params.dyad],
    ["type", "PLOVER type", params.type], ["place", "place", params.place],
    ["from", "from YYYY-MM-DD", params.from], ["to", "to YYYY-MM-DD", params.to]], (p) => go("timeline", p)),
  rows.length ? table : empty("events")];
}

function layout(nodes, edges, width, height) {
  // a small spring layout, seeded so the same record draws the same picture
  let seed = 7;
  const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const pos = new Map(nodes.map((n) => [n.id, { x: width * (0.2 + 0.6 * rand()), y: height * (0.2 + 0.6 * rand()) }]));
  const k = Math.sqrt((width * height) / Math.max(nodes.length, 1)) * 0.45;
  for (let step = 0; step < 250; step++) {
    const force = new Map(nodes.map((n) => [n.id, { x: 0, y: 0 }]));
    for (const a of nodes) for (const b of nodes) {
      if (a.id >= b.id) continue;
      const pa = pos.get(a.id), pb = pos.get(b.id);
      const dx = pa.x - pb.x, dy = pa.y - pb.y, d = Math.max(Math.hypot(dx, dy), 1);
      if (d > 5 * k) continue;  // far nodes no longer push: gravity can gather small components
      const f = (k * k) / d;
      force.get(a.id).x += (dx / d) * f; force.get(a.id).y += (dy / d) * f;
      force.get(b.id).x -= (dx / d) * f; force.get(b.id).y -= (dy / d) * f;
    }
    for (const e of edges) {
      const pa = pos.get(e.source), pb = pos.get(e.target);
      const dx = pa.x - pb.x, dy = pa.y - pb.y, d = Math.max(Math.hypot(dx, dy), 1);
      const f = (d * d) / k;
      force.get(e.source).x -= (dx / d) * f; force.get(e.source).y -= (dy / d) * f;
      force.get(e.target).x += (dx / d) * f; force.get(e.target).y += (dy / d) * f;
    }
    for (const n of nodes) {  // gravity keeps the separate conversations on the page
      const p = pos.get(n.id);
      force.get(n.id).x += (width / 2 - p.x) * 0.03;
      force.get(n.id).y += (height / 2 - p.y) * 0.03;
    }
    const temp = 20 * (1 - step / 250) + 1;
    for (const n of nodes) {
      const p = pos.get(n.id), f = force.get(n.id), len = Math.max(Math.hypot(f.x, f.y), 1);
      p.x = Math.min(width - 40, Math.max(40, p.x + (f.x / len) * Math.min(len, temp)));
      p.y = Math.min(height - 20, Math.max(20, p.y + (f.y / len) * Math.min(len, temp)));
    }
  }
  return pos;
}

async function networkView(params) {
  const net = await api("/api/network", params);
  const form = filters([["type", "PLOVER type", params.type], ["from", "from YYYY-MM-DD", params.from],
    ["to", "to YYYY-MM-DD", params.to]], (p) => go("network", p));
  if (!net.nodes.length) return [form, empty("actor network")];
  const width = 900, height = 600;
  const pos = layout(net.nodes, net.edges, width, height);
  const names = new Map(net.nodes.map((n) => [n.id, n.name]));
  const svg = el("svg:svg", { id: "network", width, height, viewBox: `0 0 ${width} ${height}` },
    el("svg:defs", {}, el("svg:marker", { id: "arrow", viewBox: "0 0 10 10", refX: 18, refY: 5, markerWidth: 6,
      markerHeight: 6, orient: "auto" }, el("svg:path", { d: "M0,0L10,5L0,10z", fill: "#8a96a8" }))));
  for (const e of net.edges) {
    const a = pos.get(e.source), b = pos.get(e.target);
    const types = Object.entries(e.types).map(([t, n]) => `${t} ${n}`).join(", ");
    svg.append(el("svg:line", { class: "edge", x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: "#8a96a8",
      "stroke-width": Math.min(1 + e.events, 8), "marker-end": "url(#arrow)", style: "cursor:pointer",
      onclick: () => go("timeline", { dyad: `${names.get(e.source)},${names.get(e.target)}` }) },
    el("svg:title", {}, `${names.get(e.source)} → ${names.get(e.target)}: ${types}`)));
  }
  for (const n of net.nodes) {
    const p = pos.get(n.id);
    svg.append(el("svg:g", { class: "node", "data-actor": n.name, onclick: () => go("timeline", { actor: n.name }) },
      el("svg:circle", { cx: p.x, cy: p.y, r: 5 + Math.min(n.events, 12),
        fill: n.type === "state" ? "#4a7fc1" : n.type === "person" ? "#e08a3c" : "#6aa86a" },
      el("svg:title", {}, `${n.name}: ${n.events} event(s)`)),
      el("svg:text", { x: p.x + 8, y: p.y - 8 }, n.name)));
  }
  return [form, el("p", { class: "legend" }, el("span", {}, "blue: states"), el("span", {}, "orange: persons"),
    el("span", {}, "green: organizations and groups"), el("span", {}, "click an actor or a link for its events")), svg];
}

let borders = null;  // country borders (Natural Earth 1:50m), fetched once

async function mapView(params) {
  const points = await api("/api/map", params);
  const form = filters([["actor", "actor", params.actor], ["type", "PLOVER type", params.type],
    ["from", "from YYYY-MM-DD", params.from], ["to", "to YYYY-MM-DD", params.to]], (p) => go("map", p));
  if (!points.length) return [form, empty("events with a place")];
  borders = borders || await api("/static/borders-50m.json").catch(() => ({ lines: [] }));
  const width = 900, height = 560, pad = 40;
  const lats = points.map((p) => p.lat), lons = points.map((p) => p.lon);
  let [lat0, lat1, lon0, lon1] = [Math.min(...lats), Math.max(...lats), Math.min(...lons), Math.max(...lons)];
  const spread = Math.max(lat1 - lat0, lon1 - lon0, 4);
  lat0 -= spread * 0.15; lat1 += spread * 0.15; lon0 -= spread * 0.15; lon1 += spread * 0.15;
  const squeeze = Math.cos((((lat0 + lat1) / 2) * Math.PI) / 180);  // equirectangular at the middle latitude
  const scale = Math.min((width - 2 * pad) / Math.max((lon1 - lon0) * squeeze, 1e-6),
    (height - 2 * pad) / Math.max(lat1 - lat0, 1e-6));
  const cx = (lon0 + lon1) / 2, cy = (lat0 + lat1) / 2;
  const x = (lon) => width / 2 + (lon - cx) * squeeze * scale, y = (lat) => height / 2 - (lat - cy) * scale;
  const svg = el("svg:svg", { id: "map", width, height, viewBox: `0 0 ${width} ${height}` });
  for (const line of borders.lines) {
    if (!line.some(([lo, la]) => lo >= lon0 - spread && lo <= lon1 + spread && la >= lat0 - spread && la <= lat1 + spread)) continue;
    svg.append(el("svg:polyline", { class: "border", fill: "none", stroke: "#c3cad3", "stroke-width": 0.8,
      points: line.map(([lo, la]) => `${x(lo).toFixed(1)},${y(la).toFixed(1)}`).join(" ") }));
  }
  for (const p of points) {
    const types = Object.entries(p.types).map(([t, n]) => `${t} ${n}`).join(", ");
    svg.append(el("svg:g", { class: "dot", "data-place": p.place, onclick: () => go("timeline", { place: p.place }) },
      el("svg:circle", { cx: x(p.lon), cy: y(p.lat), r: 4 + Math.min(2 * Math.sqrt(p.events), 16), fill: "#c0504d",
        "fill-opacity": 0.7 }, el("svg:title", {}, `${p.place}: ${p.events} event(s): ${types}`)),
      el("svg:text", { x: x(p.lon) + 8, y: y(p.lat) + 4 }, `${p.place} (${p.events})`)));
  }
  return [form, el("p", { class: "legend" }, "Each circle a place where events happened; click it for its events. ",
    "Borders: Natural Earth."), svg];
}

async function figuresView(params) {
  const measures = await api("/api/measures");
  const measure = params.measure || (measures[0] && measures[0].measure);
  const select = el("select", { name: "measure" },
    measures.map((m) => el("option", { value: m.measure, ...(m.measure === measure ? { selected: "" } : {}) },
      `${m.measure} (${m.figures})`)));
  const form = el("form", { class: "filters" }, select, el("input", { name: "place", placeholder: "place", value: params.place || "" }),
    el("button", { type: "submit" }, "Show"));
  form.addEventListener("submit", (e) => { e.preventDefault(); go("figures", Object.fromEntries(new FormData(form))); });
  if (!measure) return [form, empty("figures")];
  const points = await api("/api/figures", { measure, place: params.place });
  if (!points.length) return [form, empty("dated figures")];
  const kinds = [...new Set(points.flatMap((p) => Object.keys(p.values)))];
  const colours = { un: "#1f77b4", national: "#d62728", other: "#7f7f7f", unsourced: "#bcbd22" };
  const width = 900, height = 320, pad = 50;
  const days = points.map((p) => Date.parse(p.day)), values = points.flatMap((p) => Object.values(p.values));
  const [d0, d1, vmax] = [Math.min(...days), Math.max(...days), Math.max(...values, 1)];
  const x = (d) => pad + ((Date.parse(d) - d0) / Math.max(d1 - d0, 1)) * (width - 2 * pad);
  const y = (v) => height - pad - (v / vmax) * (height - 2 * pad);
  const svg = el("svg:svg", { id: "series", width, height, viewBox: `0 0 ${width} ${height}` },
    el("svg:line", { x1: pad, y1: height - pad, x2: width - pad, y2: height - pad, stroke: "#9aa3ae" }),
    el("svg:text", { x: 4, y: pad - 6 }, vmax.toLocaleString()));
  for (const kind of kinds) {
    const mine = points.filter((p) => kind in p.values);
    svg.append(el("svg:polyline", { fill: "none", stroke: colours[kind] || "#555", "stroke-width": 2,
      points: mine.map((p) => `${x(p.day)},${y(p.values[kind])}`).join(" ") }));
    for (const p of mine) {
      svg.append(el("svg:circle", { class: "dot", cx: x(p.day), cy: y(p.values[kind]), r: 5, fill: colours[kind] || "#555",
        onclick: () => showSource(p.sources[kind]) },
      el("svg:title", {}, `${p.day} ${p.place || ""}: ${p.values[kind].toLocaleString()} (${kind})`)));
    }
  }
  const table = el("table", { id: "figures" },
    el("tr", {}, el("th", {}, "date"), el("th", {}, "place"), kinds.map((k) => el("th", {}, k))),
    points.map((p) => el("tr", {}, el("td", {}, p.day), el("td", {}, p.place || ""),
      kinds.map((k) => el("td", {}, k in p.values ? [p.values[k].toLocaleString(), " ", sourceLinks([p.sources[k]])] : "")))));
  return [form, el("p", { class: "legend" }, kinds.map((k) => el("span", { style: `color:${colours[k] || "#555"}` }, `● ${k}`))),
    svg, table];
}

async function positionsView(params) {
  const m = await api("/api/positions", params);
  const form = filters([["holder", "actor", params.holder], ["issue", "issue words", params.issue]], (p) => go("positions", p));
  if (!m.cells.length) return [form, empty("positions")];
  const table = el("table", { id: "positions" },
    el("tr", {}, el("th", {}, ""), m.issues.map((i) => el("th", {}, i))),
    m.holders.map((h) => el("tr", {}, el("th", {}, h), m.issues.map((i) => {
      const cells = m.cells.filter((c) => c.holder === h && c.issue === i);
      return el("td", { class: cells.map((c) => `stance-${c.stance.replace("not ", "")}`).join(" ") },
        cells.map((c) => el("div", { class: c.stance.startsWith("not ") ? "negated" : null },
          `${c.stance} ×${c.count} `, sourceLinks(c.sources))));
    }))));
  return [form, table];
}

async function quotesView(params) {
  const rows = await api("/api/quotes", params);
  const form = filters([["speaker", "speaker", params.speaker], ["topic", "words", params.topic]], (p) => go("quotes", p));
  if (!rows.length) return [form, empty("quotes")];
  return [form, el("table", { id: "quotes" },
    el("tr", {}, ["date", "speaker", "quote", "sources"].map((h) => el("th", {}, h))),
    rows.map((r) => el("tr", {}, el("td", {}, r.day || ""), el("td", {}, r.speaker || "?"),
      el("td", {}, r.direct ? `“${r.text}”` : r.text), el("td", {}, sourceLinks(r.sources)))))];
}

async function searchView(params) {
  const form = filters([["q", "words", params.q]], (p) => go("search", p));
  if (!params.q) return [form];
  const hits = await api("/api/search", { q: params.q });
  if (!hits.length) return [form, empty("matches")];
  return [form, el("table", { id: "search" },
    el("tr", {}, ["kind", "title", "snippet", "source"].map((h) => el("th", {}, h))),
    hits.map((h) => el("tr", {}, el("td", {}, h.kind), el("td", {}, h.title || ""), el("td", {}, h.snippet),
      el("td", {}, sourceLinks([h.source])))))];
}

const VIEWS = { timeline: timelineView, network: networkView, map: mapView, figures: figuresView,
  positions: positionsView, quotes: quotesView, search: searchView };

function go(name, params = {}) {
  const qs = new URLSearchParams(Object.entries(params).filter(([, v]) => v)).toString();
  location.hash = qs ? `${name}?${qs}` : name;
}

async function render() {
  let [name, qs] = (location.hash.slice(1) || "timeline").split("?");
  if (name === "doc") {  // a permalink to a fact's sentence: open it over the timeline
    const p = new URLSearchParams(qs || "");
    showSource({ doc_id: p.get("id"), version: p.get("version"), span: [Number(p.get("start")), Number(p.get("end"))] })
      .catch((err) => { document.getElementById("source-body").textContent = `Could not load: ${err.message}`; });
    [name, qs] = ["timeline", ""];
  }
  const show = VIEWS[name] || timelineView;
  for (const a of document.querySelectorAll("#tabs a")) a.classList.toggle("active", a.getAttribute("href") === `#${name}`);
  view.replaceChildren(el("p", { class: "empty" }, "Loading…"));
  try {
    view.replaceChildren(...(await show(Object.fromEntries(new URLSearchParams(qs || "")))));
    view.dataset.ready = name;
  } catch (err) {
    view.replaceChildren(el("p", { class: "error" }, `Could not load: ${err.message}`));
    view.dataset.ready = "error";
  }
}

window.addEventListener("hashchange", render);
api("/api/stats").then((s) => {
  document.getElementById("stats").textContent =
    `${s.documents} documents · ${s.stories} stories · ${s.canonical_actors} actors · ${s.merged_events} events`;
}).catch(() => {});
render();
