// The annotated view of one Document JSON (schema 1): the raw text cut at every annotation
// boundary, each piece a <span> whose classes say what covers it. Repairs are atomic: the piece
// shows the repaired form, with the original on hover.
import {LABELS, REPAIR_KINDS, el, parts, route, slicer} from "./dom.js";

// Annotations as {start, end, kind, …}; quotes give three (speaker, cue, content).
function annotations(doc) {
  const out = [];
  for (const e of doc.entities || []) out.push({start: e.start, end: e.end, kind: "ent", e});
  for (const [i, q] of (doc.quotes || []).entries()) {
    if (q.speaker) out.push({start: q.speaker.start, end: q.speaker.end, kind: "speaker", q, i});
    if (q.cue) out.push({start: q.cue.start, end: q.cue.end, kind: "cue", q, i});
    if (q.content) out.push({start: q.content.start, end: q.content.end, kind: "quote", q, i});
  }
  for (const d of doc.dates || []) out.push({start: d.start, end: d.end, kind: "date", d});
  for (const n of doc.numbers || []) out.push({start: n.start, end: n.end, kind: "num", n});
  for (const a of doc.articles || []) {
    if (a.headline) out.push({start: a.headline.start, end: a.headline.end, kind: "headline"});
  }
  return out.filter((a) => a.end > a.start);
}

function pieceNode(text, covering, repair, onEntity) {
  if (!covering.length && !repair) return document.createTextNode(text);
  const classes = [];
  const notes = [];
  const node = el("span");
  for (const a of covering) {
    if (a.kind === "ent") {
      classes.push("ent", "ent-" + a.e.label);
      notes.push((LABELS[a.e.label] || a.e.label) + ": " + (a.e.canonical || a.e.text));
      node.dataset.entity = a.e.canonical || a.e.text;
      node.dataset.label = a.e.label;
    } else if (a.kind === "quote") {
      classes.push("quote", a.q.direct ? "quote-direct" : "quote-indirect");
      notes.push((a.q.direct ? "اقتباس مباشر" : "اقتباس غير مباشر") + " — " +
                 (a.q.speaker ? "القائل: " + a.q.speaker.text : "القائل غير معروف"));
      node.dataset.quote = String(a.i);
    } else if (a.kind === "speaker") {
      classes.push("speaker");
      notes.push("القائل");
    } else if (a.kind === "cue") {
      classes.push("cue");
    } else if (a.kind === "date") {
      classes.push("date");
      notes.push("تاريخ: " + (a.d.value === null ? "غير محدد" : String(a.d.value)));
      node.dataset.value = a.d.value === null ? "" : String(a.d.value);
    } else if (a.kind === "num") {
      classes.push("num");
      notes.push("عدد: " + String(a.n.value) + (a.n.unit ? " " + a.n.unit : ""));
    } else if (a.kind === "headline") {
      classes.push("headline");
    }
  }
  if (repair) {
    classes.push("repair", "repair-" + repair.kind);
    node.dataset.original = text;
    notes.unshift("الأصل: «" + text + "» → «" + repair.replacement + "» (" +
                  (REPAIR_KINDS[repair.kind] || repair.kind) + ")");
    node.textContent = repair.replacement;
  } else {
    node.textContent = text;
  }
  node.className = classes.join(" ");
  if (notes.length) node.title = notes.join("\n");
  if (node.dataset.entity && onEntity) {
    node.tabIndex = 0;
    node.addEventListener("click", () => onEntity(node.dataset.entity));
  }
  return node;
}

// The text of [from, to) as nodes.
function renderRange(cut, from, to, anns, repairs, onEntity) {
  const inside = anns.filter((a) => a.start < to && a.end > from);
  const reps = repairs.filter((r) => r.start >= from && r.end <= to && r.end > r.start);
  const cuts = new Set([from, to]);
  for (const a of inside) { cuts.add(Math.max(a.start, from)); cuts.add(Math.min(a.end, to)); }
  for (const r of reps) { cuts.add(r.start); cuts.add(r.end); }
  const points = [...cuts].filter((p) => !reps.some((r) => p > r.start && p < r.end))
    .sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i], e = points[i + 1];
    const covering = inside.filter((a) => a.start <= s && a.end >= e);
    const repair = reps.find((r) => r.start === s && r.end === e) || null;
    frag.append(pieceNode(cut(s, e), covering, repair, onEntity));
  }
  return frag;
}

function legend() {
  const items = [["ent ent-PER", LABELS.PER], ["ent ent-LOC", LABELS.LOC],
                 ["ent ent-ORG", LABELS.ORG], ["quote quote-direct", "اقتباس"],
                 ["speaker", "القائل"], ["date", "تاريخ"], ["num", "عدد"],
                 ["repair", "تصحيح (مرّر المؤشر لرؤية الأصل)"]];
  return el("ul", {class: "legend"},
            ...items.map(([cls, name]) => el("li", {}, el("span", {class: cls, text: name}))));
}

export function renderText(doc, onEntity) {
  const raw = doc.text || "";
  const cut = slicer(raw);
  const n = [...raw].length;
  const anns = annotations(doc);
  const repairs = doc.repairs || [];
  const box = el("div", {class: "doc-text", dir: "rtl", lang: "ar"});
  const arts = (doc.articles || []).slice().sort((a, b) => a.start - b.start);
  let pos = 0;
  arts.forEach((a, k) => {
    if (a.start > pos) box.append(el("div", {class: "gap"}, renderRange(cut, pos, a.start,
                                                                      anns, repairs, onEntity)));
    box.append(el("article", {class: "art", "data-article": k + 1},
                  el("span", {class: "art-no", "aria-hidden": "true", text: "خبر " + (k + 1)}),
                  renderRange(cut, a.start, a.end, anns, repairs, onEntity)));
    pos = Math.max(pos, a.end);
  });
  if (pos < n) box.append(el("div", {class: "gap"}, renderRange(cut, pos, n, anns, repairs,
                                                                onEntity)));
  return el("div", {}, legend(), box);
}

function entityPanel(doc, onEntity) {
  const groups = {};
  for (const e of doc.entities || []) {
    const key = e.label + "\u0000" + (e.canonical || e.text);
    groups[key] = groups[key] || {label: e.label, name: e.canonical || e.text, n: 0};
    groups[key].n += 1;
  }
  const list = Object.values(groups).sort((a, b) => b.n - a.n || a.name.localeCompare(b.name));
  if (!list.length) return null;
  return el("section", {class: "side", id: "panel-entities"}, el("h3", {text: "الكيانات"}),
    el("ul", {class: "chips"}, ...list.map((g) => {
      const chip = el(onEntity ? "a" : "span",
                      {class: "ent ent-" + g.label, href: onEntity ? route.entity(g.name) : null,
                       title: LABELS[g.label] || g.label}, g.name);
      return el("li", {}, chip, el("span", {class: "count", text: "×" + g.n}));
    })));
}

function quotePanel(doc, cut) {
  if (!(doc.quotes || []).length) return null;
  return el("section", {class: "side", id: "panel-quotes"}, el("h3", {text: "من قال ماذا"}),
    el("ol", {class: "quotes"}, ...(doc.quotes || []).map((q) => el("li", {},
      el("span", {class: "speaker", text: q.speaker ? q.speaker.text : "غير معروف"}),
      q.speaker && q.speaker.canonical && q.speaker.canonical !== q.speaker.text
        ? el("span", {class: "muted", text: " (" + q.speaker.canonical + ")"}) : null,
      ": ",
      el("q", {class: q.direct ? "quote-direct" : "quote-indirect",
               text: cut(q.content.start, q.content.end)})))));
}

function valuePanel(title, id, items, fmt) {
  if (!items.length) return null;
  return el("section", {class: "side", id},
            el("h3", {text: title}),
            el("ul", {class: "values"}, ...items.map((x) => el("li", {}, ...fmt(x)))));
}

export function renderDocument(doc, onEntity) {
  const raw = doc.text || "";
  const cut = slicer(raw);
  const facts = [(doc.articles || []).length + " خبر", (doc.sentences || []).length + " جملة",
                 (doc.tokens || []).length + " كلمة"];
  if (doc.date) facts.push(el("span", {}, "التاريخ ", el("bdi", {text: doc.date})));
  if (doc.topic) facts.push(el("span", {}, "الموضوع: ", el("bdi", {text: doc.topic.label})));
  const head = el("p", {class: "facts muted"}, ...parts(facts));
  const kw = (doc.keywords || []).length
    ? el("p", {class: "keywords"}, "كلمات مفتاحية: ",
         ...(doc.keywords || []).map((k) => el("span", {class: "kw",
                                                        text: typeof k === "string" ? k :
                                                          (k.text || JSON.stringify(k))})))
    : null;
  const summary = (doc.summary || []).length
    ? el("section", {class: "side", id: "panel-summary"}, el("h3", {text: "الملخص"}),
         el("ol", {}, ...doc.summary.map((i) => doc.sentences[i])
           .filter(Boolean).map((s) => el("li", {text: cut(s.start, s.end)}))))
    : null;
  const sides = el("div", {class: "sides"},
    entityPanel(doc, onEntity), quotePanel(doc, cut),
    valuePanel("التواريخ", "panel-dates", doc.dates || [],
               (d) => [el("span", {class: "date", text: d.text}), " ← ",
                       el("bdi", {text: d.value === null ? "؟" : String(d.value)})]),
    valuePanel("التصحيحات", "panel-repairs", doc.repairs || [],
               (r) => [el("del", {text: r.text}), " ← ", el("ins", {text: r.replacement}),
                       el("span", {class: "muted",
                                   text: " (" + (REPAIR_KINDS[r.kind] || r.kind) + ")"})]),
    summary);
  return el("div", {class: "analysis"}, head, kw, renderText(doc, onEntity), sides);
}
