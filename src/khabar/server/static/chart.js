// Mentions over time as an inline SVG bar chart. Time runs right to left (the oldest period
// on the right), like the page. Every label is set with textContent.
const NS = "http://www.w3.org/2000/svg";

function svg(tag, attrs, text) {
  const node = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = String(text);
  return node;
}

// timeline: [{period, mentions, documents}], oldest first.
export function mentionsChart(timeline, bucket) {
  const W = 720, H = 240, top = 16, bottom = 40, side = 44;
  const n = timeline.length;
  const peak = Math.max(1, ...timeline.map((b) => b.mentions));
  const root = svg("svg", {viewBox: `0 0 ${W} ${H}`, class: "chart", role: "img",
                           "aria-label": "الإشارات عبر الزمن"});
  root.append(svg("title", {}, "الإشارات عبر الزمن (" + (bucket === "month" ? "شهريًا" :
                                                          "يوميًا") + ")"));
  const plotW = W - 2 * side, plotH = H - top - bottom;
  const step = n ? plotW / n : plotW;
  const barW = Math.max(2, Math.min(48, step * 0.7));
  // Axis and the peak value.
  root.append(svg("line", {x1: side, y1: top + plotH, x2: W - side, y2: top + plotH,
                           class: "axis"}));
  root.append(svg("text", {x: W - side + 6, y: top + 10, class: "tick", "text-anchor": "start"},
                  peak));
  root.append(svg("text", {x: W - side + 6, y: top + plotH, class: "tick",
                           "text-anchor": "start"}, 0));
  const every = Math.max(1, Math.ceil(n / 8));
  timeline.forEach((b, i) => {
    const cx = W - side - step * (i + 0.5);
    const h = Math.max(1, (b.mentions / peak) * plotH);
    const bar = svg("rect", {x: cx - barW / 2, y: top + plotH - h, width: barW, height: h,
                             class: "bar", "data-period": b.period,
                             "data-mentions": b.mentions});
    bar.append(svg("title", {}, `${b.period}: ${b.mentions} إشارة في ${b.documents} وثيقة`));
    root.append(bar);
    if (i % every === 0 || i === n - 1) {
      root.append(svg("text", {x: cx, y: top + plotH + 16, class: "tick", "text-anchor": "middle",
                               direction: "ltr"}, b.period));
    }
  });
  if (!n) {
    root.append(svg("text", {x: W / 2, y: H / 2, class: "tick", "text-anchor": "middle"},
                    "لا إشارات مؤرخة"));
  }
  return root;
}
