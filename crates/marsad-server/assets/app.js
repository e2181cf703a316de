// Marsad web app: plain JavaScript, no build step, no network access beyond this server.
// Views are chosen by the URL hash: #/search?q=…, #/doc/ID, #/events, #/timeline,
// #/network, #/actor/ID, #/analyze.
"use strict";

const main = document.getElementById("main");
const tip = document.getElementById("tip");

// ---------- helpers ----------
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else if (k === "class") e.className = v;
    else e.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}
const svgNS = "http://www.w3.org/2000/svg";
function svg(tag, attrs, ...children) {
  const e = document.createElementNS(svgNS, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  for (const c of children.flat()) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return e;
}
async function api(path) {
  const r = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await r.json().catch(() => null);
  if (!r.ok) {
    const err = body && body.error ? body.error : { code: String(r.status), message: r.statusText };
    throw new Error(err.code + ": " + err.message);
  }
  return body;
}
function showError(e) {
  main.replaceChildren(el("div", { class: "error" }, "خطأ ", el("small", {}, "Error"), ": ", e.message));
}
function docLink(id, title) {
  return el("a", { href: "#/doc/" + encodeURIComponent(id) }, title || id);
}
function actorLink(id, label) {
  return id ? el("a", { href: "#/actor/" + encodeURIComponent(id) }, label || id) : label;
}
function parseHash() {
  const h = location.hash.replace(/^#\/?/, "");
  const [path, qs] = h.split("?");
  const parts = path.split("/").map(decodeURIComponent);
  return { view: parts[0] || "search", arg: parts.slice(1).join("/"), params: new URLSearchParams(qs || "") };
}
const TYPE_COLORS = ["#0f5f73", "#b42318", "#b08900", "#2f855a", "#6b46c1", "#c05621", "#2b6cb0", "#97266d", "#4a5568", "#38a169", "#d53f8c", "#718096"];
function colorOf(types, t) { return TYPE_COLORS[types.indexOf(t) % TYPE_COLORS.length]; }

// UTF-8 byte offsets (the API's) → UTF-16 indices (JavaScript strings). Index b of the
// returned array is the string index of byte offset b (only character boundaries are set).
function byteToIndex(text) {
  const map = new Int32Array(new TextEncoder().encode(text).length + 1).fill(-1);
  let b = 0;
  let i = 0;
  for (const ch of text) {
    map[b] = i;
    const cp = ch.codePointAt(0);
    b += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += ch.length;
  }
  map[b] = i;
  return (off) => {
    // Snap an offset inside a character forward to the next boundary (never happens with
    // well-formed API output, but never mis-slice).
    let o = Math.max(0, Math.min(off, map.length - 1));
    while (map[o] < 0) o++;
    return map[o];
  };
}

// ---------- tooltips ----------
document.addEventListener("mouseover", (ev) => {
  const t = ev.target.closest("[data-tip]");
  if (!t) { tip.hidden = true; return; }
  tip.textContent = t.getAttribute("data-tip");
  tip.hidden = false;
});
document.addEventListener("mousemove", (ev) => {
  if (tip.hidden) return;
  tip.style.top = ev.clientY + 14 + "px";
  tip.style.left = Math.max(4, Math.min(window.innerWidth - tip.offsetWidth - 4, ev.clientX - tip.offsetWidth / 2)) + "px";
});

// ---------- search ----------
const FACET_FILTERS = { actors: "actor:", persons: "person:", places: "place:", sources: "source:", months: "date:" };
const FACET_LABELS = { actors: "الدول <small>Countries</small>", persons: "الأشخاص <small>Persons</small>", places: "الأماكن <small>Places</small>", sources: "المصادر <small>Sources</small>", months: "الأشهر <small>Months</small>" };

async function viewSearch(params) {
  const q = params.get("q") || "";
  const input = el("input", { name: "q", id: "q", value: q, placeholder: "ابحث… (ظريف، \"وزير الخارجية\"، source:bbc)", size: 48 });
  const form = el("form", { class: "bar", onsubmit: (e) => { e.preventDefault(); location.hash = "#/search?q=" + encodeURIComponent(input.value); } },
    input, el("button", { type: "submit", id: "search-btn" }, "بحث ", el("small", {}, "Search")));
  const results = el("div", { id: "results" });
  main.replaceChildren(form, results);
  if (!q.trim()) {
    results.append(el("p", { class: "meta" }, "اكتب كلمات البحث. الإملاء والتشكيل والسوابق لا تهمّ. ", el("small", {}, "Spelling variants, diacritics and clitics do not matter.")));
    return;
  }
  let r;
  try { r = await api("/api/search?limit=30&facets=8&q=" + encodeURIComponent(q)); } catch (e) { results.append(el("div", { class: "error" }, e.message)); return; }
  const facets = el("aside", { class: "facets" });
  for (const [name, buckets] of Object.entries(r.facets || {})) {
    if (!buckets.length) continue;
    const h = el("h3", {}); h.innerHTML = FACET_LABELS[name] || name;
    facets.append(h);
    for (const b of buckets) {
      const key = /\s/.test(b.key) ? '"' + b.key + '"' : b.key;
      facets.append(el("a", { href: "#/search?q=" + encodeURIComponent(q + " " + FACET_FILTERS[name] + key) }, b.key + " (" + b.count + ")"));
    }
  }
  const hits = el("section", { id: "hits" }, el("p", { class: "meta" }, r.total + " وثيقة ", el("small", {}, "documents")));
  for (const h of r.hits) {
    const sn = h.snippet;
    const idx = byteToIndex(sn.text);
    const p = el("p", {});
    let at = 0;
    for (const hl of sn.highlights) {
      const s = idx(hl.start - sn.start), e = idx(hl.end - sn.start);
      p.append(sn.text.slice(idx(at), s), el("mark", {}, sn.text.slice(s, e)));
      at = hl.end - sn.start;
    }
    p.append(sn.text.slice(idx(at)));
    hits.append(el("div", { class: "hit" },
      el("h2", {}, docLink(h.id, h.title || h.id)),
      el("div", { class: "meta" }, [h.source, h.published, h.cluster_size > 1 ? "مجموعة من " + h.cluster_size + " نسخ" : null].filter(Boolean).join(" · ")),
      p));
  }
  results.append(el("div", { class: "layout" }, facets, hits));
}

// ---------- article ----------
// The name a quote's speaker goes by: the citation-form label when the engine derived one
// (`speaker_name`), else the entity the mention resolves to (`speaker_head`), else the mention.
function speakerLabel(q) {
  return q.speaker_name || (q.speaker_head ? q.speaker_head.text : null) || (q.speaker ? q.speaker.text : null);
}

function annotations(d) {
  const anns = [];
  const actorName = (a) => a ? (a.name_en ? a.name_en + " (" + a.id + ")" : a.id) : null;
  for (const e of d.entities) anns.push({ start: e.start, end: e.end, cls: e.type, tip: "كيان " + e.type + " Entity: " + e.text + (e.country ? "\nالدولة Country: " + e.country : "") });
  for (const p of d.places) anns.push({ start: p.start, end: p.end, cls: "place", tip: "مكان Place: " + p.text + (p.name_en ? " — " + p.name_en : "") + " [" + p.country_code + "]" + (p.geonames_id ? "\nGeoNames " + p.geonames_id : "") + (p.lat != null ? "\n" + p.lat.toFixed(3) + ", " + p.lon.toFixed(3) : "") });
  for (const t of d.dates) anns.push({ start: t.start, end: t.end, cls: "date", tip: "تاريخ Date: " + t.text + "\nالقيمة Value: " + t.value + " (" + t.granularity + ", " + t.calendar + ")\nالقاعدة Rule: " + t.provenance });
  d.quotes.forEach((q, i) => {
    const who = speakerLabel(q) || "غير معروف unknown";
    const actor = actorName(q.speaker_actor);
    const mention = q.speaker && q.speaker.text !== who ? "\nالإشارة Mention: " + q.speaker.text : "";
    anns.push({ start: q.content.start, end: q.content.end, cls: "quote", quote: i, speaker: who,
      tip: "اقتباس Quote (" + q.kind + ")\nالمتحدث Speaker: " + who + mention + (actor ? "\nالفاعل Actor: " + actor : "") + "\nالفعل Verb: " + q.verb.text + "\nالمصدر Speaker source: " + q.speaker_source + "\nالقاعدة Rule: " + q.provenance + "\nالثقة Confidence: " + q.confidence.toFixed(2) });
    if (q.speaker) anns.push({ start: q.speaker.start, end: q.speaker.end, cls: "speaker", tip: "المتحدث Speaker of quote " + (i + 1) + ": " + q.speaker.text + (actor ? "\nالفاعل Actor: " + actor : "") });
  });
  for (const ev of d.events) {
    const part = (ps) => ps.map((p) => p.text + (p.id ? " [" + p.id + "]" : p.country ? " [" + p.country + "]" : "")).join("، ") || "—";
    const tipText = "حدث Event: " + ev.event + (ev.mode ? " / " + ev.mode : "") + " (CAMEO " + ev.cameo + ", QuadClass " + ev.quad_class + ", score " + ev.score + ")\nالفاعل Actor: " + part(ev.actors) + "\nالمستهدف Recipient: " + part(ev.recipients) + (ev.date ? "\nالتاريخ Date: " + ev.date : "") + (ev.place ? "\nالمكان Place: " + ev.place.text : "") + "\nالقاعدة Rule: " + ev.provenance;
    for (const m of ev.mention_triggers) anns.push({ start: m.start, end: m.end, cls: "event", tip: tipText });
  }
  return anns;
}

function renderAnnotated(text, anns) {
  const idx = byteToIndex(text);
  const cuts = new Set([0, new TextEncoder().encode(text).length]);
  for (const a of anns) { cuts.add(a.start); cuts.add(a.end); }
  const points = [...cuts].sort((x, y) => x - y);
  const out = el("article", { class: "doc", id: "doc-text" });
  for (let k = 0; k + 1 < points.length; k++) {
    const s = points[k], e = points[k + 1];
    const piece = text.slice(idx(s), idx(e));
    const cover = anns.filter((a) => a.start <= s && a.end >= e);
    if (!cover.length) { out.append(piece); continue; }
    const span = el("span", { class: "ann " + cover.map((a) => a.cls).join(" "), "data-tip": cover.map((a) => a.tip).join("\n———\n") }, piece);
    const q = cover.find((a) => a.cls === "quote");
    if (q) { span.setAttribute("data-quote", q.quote); span.setAttribute("data-speaker", q.speaker); }
    out.append(span);
  }
  return out;
}

async function viewDoc(id) {
  let d;
  try { d = await api("/api/documents/" + encodeURIComponent(id)); } catch (e) { return showError(e); }
  const legend = el("div", { class: "legend" },
    el("span", { class: "ann PER" }, "شخص PER"), el("span", { class: "ann ORG" }, "منظمة ORG"), el("span", { class: "ann place" }, "مكان Place"),
    el("span", { class: "ann date" }, "تاريخ Date"), el("span", { class: "ann quote" }, "اقتباس Quote"), el("span", { class: "ann speaker" }, "متحدث Speaker"), el("span", { class: "ann event" }, "حدث Event"));
  const quotes = el("div", { class: "card", id: "doc-quotes" }, el("h3", {}, "الاقتباسات ", el("small", {}, "Quotes")),
    d.quotes.length ? el("ul", {}, d.quotes.map((q) => el("li", {}, el("b", { class: "quote-speaker" }, speakerLabel(q) || "?"), q.speaker_actor ? [" (", actorLink(q.speaker_actor.id, q.speaker_actor.name_en || q.speaker_actor.id), ")"] : null, ": «", q.content.text, "»"))) : "—");
  const actors = el("div", { class: "card" }, el("h3", {}, "الفاعلون ", el("small", {}, "Actors")),
    el("ul", {}, d.actors.map((a) => el("li", {}, actorLink(a.id, a.mentions[0] ? a.mentions[0].text : a.id), a.name_en ? " — " + a.name_en : "", a.country ? " [" + a.country + (a.sector ? "/" + a.sector : "") + "]" : ""))));
  const events = el("div", { class: "card" }, el("h3", {}, "الأحداث ", el("small", {}, "Events")), eventTable(d.events.map((e) => Object.assign({ doc_id: d.id, doc_title: d.title }, e)), false));
  main.replaceChildren(
    el("h2", {}, d.title || d.id),
    el("div", { class: "meta" }, [d.source, d.published, d.id].filter(Boolean).join(" · "), d.url ? [" · ", el("a", { href: d.url, rel: "noreferrer" }, "url")] : null),
    legend, renderAnnotated(d.text, annotations(d)),
    el("div", { class: "side" }, quotes, actors), events);
}

// ---------- events ----------
function eventTable(rows, withDoc) {
  const part = (ps) => ps.map((p, i) => [i ? "، " : "", actorLink(p.id, p.text)]);
  return el("table", { class: "events" },
    el("thead", {}, el("tr", {}, el("th", {}, "النوع Type"), el("th", {}, "الفاعل Actor"), el("th", {}, "المستهدف Recipient"), el("th", {}, "الزناد Trigger"), el("th", {}, "التاريخ Date"), el("th", {}, "المكان Place"), withDoc ? el("th", {}, "الوثيقة Document") : null)),
    el("tbody", {}, rows.map((e) => el("tr", { "data-event": e.event },
      el("td", {}, e.event, e.mode ? " / " + e.mode : "", el("div", { class: "meta" }, "CAMEO " + e.cameo)),
      el("td", {}, part(e.actors)), el("td", {}, part(e.recipients)),
      el("td", { "data-tip": "القاعدة Rule: " + e.provenance }, e.trigger.text), el("td", {}, e.date || ""), el("td", {}, e.place ? e.place.text : ""),
      withDoc ? el("td", {}, docLink(e.doc_id, e.doc_title)) : null))));
}

function filterForm(params, view, extra) {
  const f = (name, attrs) => el("input", Object.assign({ name, id: "f-" + name, value: params.get(name) || "" }, attrs));
  const type = el("select", { name: "type", id: "f-type" }, el("option", { value: "" }, "كل الأنواع All types"));
  const form = el("form", { class: "bar", id: "event-filters", onsubmit: (e) => {
    e.preventDefault();
    const p = new URLSearchParams();
    for (const i of form.querySelectorAll("input,select")) if (i.value) p.set(i.name, i.value);
    location.hash = "#/" + view + "?" + p.toString();
  } },
    el("label", {}, "النوع Type", type), el("label", {}, "الفاعل Actor", f("actor", { placeholder: "IRN، name:…" })),
    el("label", {}, "من From", f("from", { placeholder: "2020-01-01" })), el("label", {}, "إلى To", f("to", { placeholder: "2020-12-31" })),
    el("button", { type: "submit", id: "filter-btn" }, "تصفية ", el("small", {}, "Filter")), extra || null);
  return { form, type };
}
function fillTypes(select, types, current) {
  for (const t of types) select.append(el("option", { value: t, selected: t === current ? "selected" : null }, t));
}
function filterQuery(params) {
  const p = new URLSearchParams();
  for (const k of ["type", "actor", "from", "to"]) if (params.get(k)) p.set(k, params.get(k));
  return p;
}

async function viewEvents(params) {
  const p = filterQuery(params);
  const csv = el("a", { href: "/api/export/events?format=csv&" + p, download: "", id: "export-filtered" }, "تصدير المعروض CSV");
  const { form, type } = filterForm(params, "events", csv);
  main.replaceChildren(form, el("p", {}, "…"));
  let r, all;
  try { [r, all] = await Promise.all([api("/api/events?limit=500&" + p), api("/api/events?limit=1")]); } catch (e) { return showError(e); }
  fillTypes(type, all.facets.types.map((b) => b.key), params.get("type"));
  main.replaceChildren(form, el("p", { class: "meta", id: "event-count" }, r.total + " حدث ", el("small", {}, "events")), eventTable(r.events, true));
}

// ---------- timeline ----------
async function viewTimeline(params) {
  const p = filterQuery(params);
  const { form, type } = filterForm(params, "timeline");
  let r, all;
  try { [r, all] = await Promise.all([api("/api/stats/timeline?" + p), api("/api/events?limit=1")]); } catch (e) { return showError(e); }
  const types = all.facets.types.map((b) => b.key);
  fillTypes(type, types, params.get("type"));
  const days = r.days;
  const W = 900, H = 320, pad = 40;
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H + 60}`, width: "100%", id: "timeline-chart", role: "img", "aria-label": "events per day" });
  if (!days.length) { main.replaceChildren(form, el("p", {}, "لا أحداث مؤرّخة. ", el("small", {}, "No dated events."))); return; }
  const max = Math.max(...days.map((d) => d.total));
  const bw = Math.max(2, (W - 2 * pad) / days.length - 2);
  // The chart runs right to left like the text: the earliest day on the right.
  days.forEach((d, i) => {
    const x = W - pad - (i + 1) * (bw + 2);
    let y = H;
    for (const t of Object.keys(d.counts)) {
      const h = (d.counts[t] / max) * (H - pad);
      y -= h;
      const rect = svg("rect", { x, y, width: bw, height: h, fill: colorOf(types, t) });
      rect.append(svg("title", {}, d.date + " " + t + ": " + d.counts[t]));
      chart.append(rect);
    }
    if (days.length <= 31 || i % Math.ceil(days.length / 20) === 0) chart.append(svg("text", { x: x + bw / 2, y: H + 14, "font-size": 10, "text-anchor": "end", transform: `rotate(-45 ${x + bw / 2} ${H + 14})` }, d.date));
  });
  chart.append(svg("line", { x1: pad, y1: H, x2: W - pad, y2: H, stroke: "#444" }));
  chart.append(svg("text", { x: W - pad, y: pad - 10, "font-size": 12, "text-anchor": "end" }, "max " + max + " / day"));
  const legend = el("div", { class: "legend" }, Object.keys(r.types).map((t) => el("span", { style: "background:" + colorOf(types, t) + ";color:#fff" }, t + " " + r.types[t])));
  main.replaceChildren(form, el("h2", {}, "الأحداث في اليوم حسب النوع ", el("small", {}, "Events per day by type")), legend, chart);
}

// ---------- actor network ----------
async function viewNetwork(params) {
  const p = filterQuery(params);
  const { form, type } = filterForm(params, "network");
  let r, all;
  try { [r, all] = await Promise.all([api("/api/events?limit=1000&" + p), api("/api/events?limit=1")]); } catch (e) { return showError(e); }
  const types = all.facets.types.map((b) => b.key);
  fillTypes(type, types, params.get("type"));
  const nodes = new Map(), edges = new Map();
  const node = (pt) => {
    const id = pt.id || (pt.country ? "country:" + pt.country : null);
    if (!id) return null;
    if (!nodes.has(id)) nodes.set(id, { id, label: pt.text, link: pt.id, n: 0, x: Math.random() * 600 + 150, y: Math.random() * 400 + 50, vx: 0, vy: 0 });
    nodes.get(id).n++;
    return id;
  };
  for (const e of r.events) for (const a of e.actors) for (const b of e.recipients) {
    const s = node(a), t = node(b);
    if (!s || !t || s === t) continue;
    const k = s + "\u0000" + t;
    if (!edges.has(k)) edges.set(k, { s, t, n: 0, types: {} });
    const ed = edges.get(k); ed.n++; ed.types[e.event] = (ed.types[e.event] || 0) + 1;
  }
  const W = 900, H = 560;
  const ns = [...nodes.values()], es = [...edges.values()];
  // A small force layout: repulsion between all nodes, springs along edges, gravity to the centre.
  for (let it = 0; it < 300; it++) {
    for (const a of ns) for (const b of ns) {
      if (a === b) continue;
      const dx = a.x - b.x, dy = a.y - b.y, d2 = Math.max(dx * dx + dy * dy, 25);
      a.vx += (dx / d2) * 800; a.vy += (dy / d2) * 800;
    }
    for (const e of es) {
      const a = nodes.get(e.s), b = nodes.get(e.t);
      const dx = b.x - a.x, dy = b.y - a.y, d = Math.sqrt(dx * dx + dy * dy) || 1, f = (d - 120) * 0.01;
      a.vx += (dx / d) * f; a.vy += (dy / d) * f; b.vx -= (dx / d) * f; b.vy -= (dy / d) * f;
    }
    for (const a of ns) {
      a.vx += (W / 2 - a.x) * 0.005; a.vy += (H / 2 - a.y) * 0.005;
      a.x = Math.max(30, Math.min(W - 30, a.x + a.vx * 0.5)); a.y = Math.max(20, Math.min(H - 20, a.y + a.vy * 0.5));
      a.vx *= 0.6; a.vy *= 0.6;
    }
  }
  const g = svg("svg", { viewBox: `0 0 ${W} ${H}`, width: "100%", id: "network", role: "img", "aria-label": "actor network" },
    svg("defs", {}, svg("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 18, refY: 5, markerWidth: 6, markerHeight: 6, orient: "auto-start-reverse" }, svg("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: "#888" }))));
  for (const e of es) {
    const a = nodes.get(e.s), b = nodes.get(e.t);
    const line = svg("line", { x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: "#999", "stroke-width": 1 + Math.log2(1 + e.n), "marker-end": "url(#arrow)" });
    line.append(svg("title", {}, a.label + " → " + b.label + ": " + Object.entries(e.types).map(([t, n]) => t + " " + n).join(", ")));
    g.append(line);
  }
  for (const a of ns) {
    const c = svg("g", { class: "node", style: "cursor:pointer" }, svg("circle", { cx: a.x, cy: a.y, r: 5 + Math.sqrt(a.n) * 2, fill: "#0f5f73" }), svg("text", { x: a.x, y: a.y - 9, "font-size": 12, "text-anchor": "middle" }, a.label));
    c.append(svg("title", {}, a.id));
    if (a.link) c.addEventListener("click", () => { location.hash = "#/actor/" + encodeURIComponent(a.link); });
    g.append(c);
  }
  main.replaceChildren(form, el("h2", {}, "من يفعل بمن ", el("small", {}, "Who acts on whom")), el("p", { class: "meta" }, ns.length + " فاعل، " + es.length + " علاقة"), g);
}

// ---------- actor page ----------
async function viewActor(id) {
  let a;
  try { a = await api("/api/actors/" + encodeURIComponent(id)); } catch (e) { return showError(e); }
  const chips = (xs) => el("div", { class: "chips" }, xs.map((x) => el("span", {}, x.text + " ×" + x.count)));
  main.replaceChildren(
    el("h2", { id: "actor-name" }, a.names_ar[0] ? a.names_ar[0].text : a.id, a.name_en ? el("small", {}, " " + a.name_en) : null),
    el("div", { class: "meta" }, [a.id, a.type, a.country, a.sector].filter(Boolean).join(" · ")),
    el("div", { class: "side" },
      el("div", { class: "card" }, el("h3", {}, "الأسماء ", el("small", {}, "Arabic names")), chips(a.names_ar), el("h3", {}, "الأدوار ", el("small", {}, "Roles")), a.roles.length ? chips(a.roles) : "—"),
      el("div", { class: "card" }, el("h3", {}, "الوثائق ", el("small", {}, "Documents")), el("ul", {}, a.documents.map((d) => el("li", {}, docLink(d.id, d.title), " ", el("span", { class: "meta" }, d.published || "")))))),
    el("div", { class: "card" }, el("h3", {}, "الاقتباسات ", el("small", {}, "Quotes")), a.quotes.length ? el("ul", {}, a.quotes.map((q) => el("li", {}, "«" + q.content.text + "» — ", docLink(q.doc_id, q.doc_title)))) : "—"),
    el("div", { class: "card" }, el("h3", {}, "الأحداث ", el("small", {}, "Events (" + a.events_total + ")")), eventTable(a.events, true)),
    el("p", {}, el("a", { href: "/api/export/events?format=csv&participant=" + encodeURIComponent(a.id), download: "" }, "تصدير أحداث الفاعل CSV ", el("small", {}, "Export this actor's events"))));
}

// ---------- analyze ----------
function viewAnalyze() {
  const ta = el("textarea", { id: "analyze-text", placeholder: "الصق نصًا عربيًا… Paste Arabic text" });
  const out = el("div", {});
  const form = el("form", { onsubmit: async (e) => {
    e.preventDefault();
    try {
      const r = await fetch("/api/analyze", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text: ta.value }) });
      const d = await r.json();
      if (!r.ok) throw new Error(d.error.code + ": " + d.error.message);
      out.replaceChildren(renderAnnotated(ta.value, annotations(d)), el("div", { class: "card" }, el("h3", {}, "الأحداث Events"), eventTable(d.events, false)));
    } catch (err) { out.replaceChildren(el("div", { class: "error" }, err.message)); }
  } }, ta, el("button", { type: "submit" }, "حلّل ", el("small", {}, "Analyze")));
  main.replaceChildren(form, out);
}

// ---------- router ----------
async function route() {
  const { view, arg, params } = parseHash();
  for (const a of document.querySelectorAll("nav a")) a.classList.toggle("active", a.dataset.view === view);
  tip.hidden = true;
  try {
    if (view === "doc") await viewDoc(arg);
    else if (view === "events") await viewEvents(params);
    else if (view === "timeline") await viewTimeline(params);
    else if (view === "network") await viewNetwork(params);
    else if (view === "actor") await viewActor(arg);
    else if (view === "analyze") viewAnalyze();
    else await viewSearch(params);
  } catch (e) { showError(e); }
  document.body.setAttribute("data-ready", view);
}
window.addEventListener("hashchange", route);
route();
