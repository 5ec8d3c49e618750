// The page: a hash router over five views (analyze, search, entity, stories, document).
import {renderDocument} from "./annotate.js";
import {mentionsChart} from "./chart.js";
import {
  LABELS, api, clear, dateRange, el, parts, query, route, safeUrl, showError, slicer,
} from "./dom.js";

const $ = (id) => document.getElementById(id);
const VIEWS = ["analyze", "search", "entity", "stories", "document"];
const state = {corpus: false};
const goEntity = (name) => { window.location.hash = route.entity(name); };

function show(view) {
  for (const v of VIEWS) $("view-" + v).hidden = v !== view;
  for (const a of document.querySelectorAll("nav a")) {
    a.classList.toggle("active", a.dataset.view === view);
  }
}

function busy(form, on) {
  for (const b of form.querySelectorAll("button")) b.disabled = on;
}

// -- analyze --------------------------------------------------------------------------------

async function analyze(ev) {
  ev.preventDefault();
  const form = $("analyze-form");
  busy(form, true);
  $("analyze-busy").hidden = false;
  showError($("analyze-error"), null);
  try {
    const body = {text: $("analyze-text").value};
    if ($("analyze-date").value) body.date = $("analyze-date").value;
    const doc = await api("/analyze", {method: "POST", body: JSON.stringify(body),
                                       headers: {"Content-Type": "application/json"}});
    clear($("analyze-result")).append(renderDocument(doc, state.corpus ? goEntity : null));
  } catch (err) {
    showError($("analyze-error"), err);
  } finally {
    busy(form, false);
    $("analyze-busy").hidden = true;
  }
}

// -- search ---------------------------------------------------------------------------------

function snippetNode(hit) {
  const cut = slicer(hit.snippet);
  const out = el("p", {class: "snippet"});
  let last = 0;
  for (const [s, e] of hit.highlights) {
    if (s > last) out.append(cut(last, s));
    out.append(el("mark", {text: cut(s, e)}));
    last = Math.max(last, e);
  }
  out.append(cut(last, [...hit.snippet].length));
  return out;
}

function hitNode(hit) {
  const meta = parts([hit.date, hit.source, hit.topic]);
  return el("li", {class: "hit"},
    el("a", {class: "hit-title", href: route.doc(hit.doc)},
       hit.title || hit.id || ("وثيقة " + hit.doc)),
    hit.all_words ? null : el("span", {class: "muted", text: " (بعض الكلمات فقط)"}),
    meta.length ? el("div", {class: "muted"}, ...meta) : null,
    snippetNode(hit),
    safeUrl(hit.url || "") ? el("a", {class: "source-link", href: hit.url}, "المصدر") : null);
}

async function search(params) {
  show("search");
  for (const k of ["q", "since", "until", "entity", "topic", "source"]) {
    $("search-" + k).value = params.get(k) || "";
  }
  const list = clear($("search-results"));
  $("search-count").textContent = "";
  showError($("search-error"), null);
  if (!params.get("q")) return;
  try {
    const res = await api("/search?" + query(Object.fromEntries(params)));
    $("search-count").textContent = res.hits.length ? res.hits.length + " نتيجة" : "لا نتائج";
    list.append(...res.hits.map(hitNode));
  } catch (err) {
    showError($("search-error"), err);
  }
}

function submitSearch(ev) {
  ev.preventDefault();
  const p = {};
  for (const k of ["q", "since", "until", "entity", "topic", "source"]) {
    p[k] = $("search-" + k).value;
  }
  window.location.hash = "#/search?" + query(p);
}

// -- entity ---------------------------------------------------------------------------------

async function suggest(q) {
  const list = clear($("entity-suggestions"));
  if (!q.trim() || !state.corpus) return;
  try {
    const res = await api("/entities?" + query({q, limit: 12}));
    list.append(...res.entities.map((e) => el("li", {},
      el("a", {class: "ent ent-" + e.label, href: route.entity(e.canonical)}, e.canonical),
      el("span", {class: "count", text: "×" + e.mentions}))));
  } catch (err) { /* suggestions are optional */ }
}

async function entity(name) {
  show("entity");
  $("entity-q").value = name;
  const box = clear($("entity-result"));
  showError($("entity-error"), null);
  clear($("entity-suggestions"));
  if (!name) return;
  try {
    const tl = await api("/entities/" + encodeURIComponent(name));
    box.append(
      el("h2", {}, el("span", {class: "ent ent-" + tl.label, text: tl.canonical})),
      el("p", {class: "muted"}, ...parts([LABELS[tl.label] || tl.label,
                                          tl.mentions + " إشارة في " + tl.documents + " وثيقة",
                                          el("span", {}, ...dateRange(tl.first_date,
                                                                      tl.last_date))])),
      el("figure", {class: "chart-box"}, mentionsChart(tl.timeline, tl.bucket),
         el("figcaption", {class: "muted",
                           text: "الإشارات " + (tl.bucket === "month" ? "شهريًا" : "يوميًا") +
                                 " (الأقدم على اليمين)"})),
      el("h3", {text: "يرد معه"}),
      el("ul", {class: "chips"}, ...tl.cooccurring.map((c) => el("li", {},
        el("a", {class: "ent ent-" + c.label, href: route.entity(c.canonical)}, c.canonical),
        el("span", {class: "count", text: "×" + c.documents})))),
      el("h3", {text: "أقواله (" + tl.quotes_total + ")"}),
      el("ol", {class: "quotes"}, ...tl.quotes.map((q) => el("li", {},
        el("a", {href: route.doc(q.doc), class: "muted"}, el("bdi", {text: q.date || "بلا تاريخ"})),
        " ",
        el("q", {text: q.content})))),
      el("p", {}, el("a", {href: route.search('"' + tl.canonical + '"')},
                     "ابحث عن «" + tl.canonical + "»")));
  } catch (err) {
    showError($("entity-error"), err);
    const close = (err.body && err.body.suggestions) || [];
    $("entity-suggestions").append(...close.map((e) => el("li", {},
      el("a", {class: "ent ent-" + e.label, href: route.entity(e.canonical)}, e.canonical))));
  }
}

// -- stories and documents -------------------------------------------------------------------

async function stories(params) {
  show("stories");
  const list = clear($("stories-list"));
  showError($("stories-error"), null);
  try {
    const res = await api("/stories?" + query({since: params.get("since"),
                                               until: params.get("until"),
                                               min_size: params.get("min_size")}));
    if (!res.stories.length) list.append(el("li", {class: "muted", text: "لا قصص بعد " +
      "(تُبنى القصص بالأمر khabar stories --db …)"}));
    list.append(...res.stories.map((s) => el("li", {class: "story"},
      el("h3", {text: s.title || ("قصة " + s.story)}),
      el("p", {class: "muted"}, s.size + " وثيقة · ", ...dateRange(s.first_date, s.last_date)),
      el("ul", {}, ...s.members.map((m) => el("li", {},
        el("a", {href: route.doc(m.doc)}, m.title || m.id || ("وثيقة " + m.doc)),
        el("span", {class: "muted"}, " ", ...parts([m.date, m.source]))))))));
  } catch (err) {
    showError($("stories-error"), err);
  }
}

async function documentView(id) {
  show("document");
  const box = clear($("document-result"));
  showError($("document-error"), null);
  try {
    const doc = await api("/documents/" + encodeURIComponent(id));
    const meta = doc.meta || {};
    box.append(el("h2", {text: meta.title || ("وثيقة " + id)}),
               safeUrl(meta.url || "")
                 ? el("a", {class: "source-link", href: meta.url}, "المصدر") : null,
               renderDocument(doc, goEntity));
  } catch (err) {
    showError($("document-error"), err);
  }
}

// -- router ---------------------------------------------------------------------------------

function dispatch() {
  const hash = window.location.hash || "#/analyze";
  const [path, qs] = hash.slice(1).split("?");
  const params = new URLSearchParams(qs || "");
  const parts = path.split("/").filter(Boolean);
  const arg = parts.length > 1 ? decodeURIComponent(parts.slice(1).join("/")) : "";
  switch (parts[0]) {
    case "search": return search(params);
    case "entity": case "entities": return entity(arg);
    case "stories": return stories(params);
    case "doc": return documentView(arg);
    default: show("analyze");
  }
}

async function corpusStatus() {
  try {
    const s = await api("/stats");
    state.corpus = true;
    $("corpus-status").textContent = "المدونة: " + s.documents + " وثيقة";
  } catch (err) {
    $("corpus-status").textContent = "بلا مدونة (تحليل فقط)";
  }
}

function init() {
  $("analyze-form").addEventListener("submit", analyze);
  $("search-form").addEventListener("submit", submitSearch);
  $("entity-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    window.location.hash = route.entity($("entity-q").value.trim());
  });
  let timer = null;
  $("entity-q").addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => suggest($("entity-q").value), 200);
  });
  $("stories-form").addEventListener("submit", (ev) => {
    ev.preventDefault();
    window.location.hash = "#/stories?" + query({since: $("stories-since").value,
                                                 until: $("stories-until").value,
                                                 min_size: $("stories-min").value});
  });
  window.addEventListener("hashchange", dispatch);
  corpusStatus().then(() => { document.body.dataset.ready = "1"; });
  dispatch();
}

init();
