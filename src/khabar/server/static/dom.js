// DOM and API helpers. Article text is untrusted: every string from the server goes into the
// page through textContent or setAttribute on safe attributes, never as markup.

export const LABELS = {PER: "شخص", LOC: "مكان", ORG: "منظمة", MISC: "أخرى"};
export const REPAIR_KINDS = {split: "فصل كلمتين", spelling: "إملاء", orthography: "همزة/رسم"};

// el("span", {class: "x", title: "…"}, child, "text", …): children are nodes or strings
// (strings become text nodes).
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "text") node.textContent = String(v);
    else if (k === "class") node.className = String(v);
    else if (k === "href") setHref(node, String(v));
    else if (k.startsWith("on")) throw new Error("el(): use addEventListener for " + k);
    else node.setAttribute(k, String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

// Only in-page routes (#/…) and http(s) URLs become links; anything else (javascript:, data:)
// is dropped.
export function setHref(a, href) {
  if (href.startsWith("#/")) { a.setAttribute("href", href); return; }
  const url = safeUrl(href);
  if (url) {
    a.setAttribute("href", url);
    a.setAttribute("rel", "noopener noreferrer nofollow");
    a.setAttribute("target", "_blank");
  }
}

export function safeUrl(href) {
  try {
    const u = new URL(href, window.location.href);
    return (u.protocol === "http:" || u.protocol === "https:") ? u.href : null;
  } catch (e) {
    return null;
  }
}

export const route = {
  entity: (name) => "#/entity/" + encodeURIComponent(name),
  doc: (id) => "#/doc/" + encodeURIComponent(String(id)),
  search: (q) => "#/search?q=" + encodeURIComponent(q),
};

// Khabar's offsets count code points; JS strings count UTF-16 units. slicer(text)(s, e) cuts
// by code points.
export function slicer(text) {
  if (!/[\uD800-\uDFFF]/.test(text)) return (s, e) => text.slice(s, e);
  const idx = [];
  let i = 0;
  for (const ch of text) { idx.push(i); i += ch.length; }
  idx.push(i);
  const at = (k) => idx[Math.max(0, Math.min(k, idx.length - 1))];
  return (s, e) => text.slice(at(s), at(e));
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

export function showError(node, err) {
  if (!err) { node.hidden = true; node.textContent = ""; return; }
  node.hidden = false;
  node.textContent = err.message || String(err);
}

// A clear message from the API's {"detail": …} (a string, or FastAPI's list of problems).
function detailText(status, body) {
  const d = body && body.detail;
  if (typeof d === "string") return d;
  if (Array.isArray(d)) {
    return d.map((x) => (x.loc || []).slice(1).join(".") + ": " + x.msg).join("; ");
  }
  return "HTTP " + status;
}

export async function api(path, options) {
  const resp = await fetch(path, Object.assign({headers: {"Accept": "application/json"}},
                                               options || {}));
  const type = resp.headers.get("content-type") || "";
  const body = type.includes("json") ? await resp.json() : await resp.text();
  if (!resp.ok) {
    const err = new Error(detailText(resp.status, body));
    err.status = resp.status;
    err.body = body;
    throw err;
  }
  return body;
}

export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== null && v !== undefined && String(v).trim() !== "") q.set(k, String(v).trim());
  }
  return q.toString();
}

// Items joined by " · ", each isolated in a <bdi> so that dates and Latin names keep their
// own order inside the right-to-left line.
export function parts(items, sep) {
  const out = [];
  for (const x of items.filter((v) => v !== null && v !== undefined && v !== "")) {
    if (out.length) out.push(sep || " · ");
    out.push(x instanceof Node ? x : el("bdi", {text: x}));
  }
  return out;
}

// "2021-03-01 ← 2021-03-04" (or one date) with each date isolated.
export function dateRange(first, last) {
  if (!first) return [];
  return last && last !== first ? [el("bdi", {text: first}), " ← ", el("bdi", {text: last})]
    : [el("bdi", {text: first})];
}
