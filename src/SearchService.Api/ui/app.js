// The search page: plain DOM code over the JSON API. The URL holds the whole state (?q=&organisation=&…&page=,
// or ?report=&passage= for the reader), so searches can be bookmarked and the back button works.
// Only the API's highlight fragments (escaped HTML with <mark>) are inserted as HTML; everything else is text.
"use strict";

const DIMENSIONS = ["organisation", "region", "theme"];
const LABELS = { organisation: "单位", region: "地区", theme: "主题" };
// Page size and paging depth come from the server's limits (GET /api/limits), so raising them there raises them here.
const limits = { pageSize: 10, maxDepth: 10000 };
const limitsLoaded = fetch("/api/limits", { headers: { Accept: "application/json" } })
  .then((response) => (response.ok ? response.json() : null))
  .then((body) => { if (body) { limits.pageSize = body.defaultPageSize; limits.maxDepth = body.maxDepth; } })
  .catch(() => {});
const $ = (selector) => document.querySelector(selector);

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) if (child !== null && child !== undefined) node.append(child);
  return node;
}

function readState() {
  const params = new URLSearchParams(location.search);
  return {
    q: params.get("q") ?? "",
    filters: Object.fromEntries(DIMENSIONS.map((d) => [d, params.getAll(d)])),
    page: Math.max(1, parseInt(params.get("page") ?? "1", 10) || 1),
    group: params.get("groupBy") === "report",
    report: params.get("report"),
    passage: params.get("passage"),
  };
}

function toQuery(state, extra = {}) {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const d of DIMENSIONS) for (const v of state.filters[d]) params.append(d, v);
  if (state.group) params.set("groupBy", "report");
  if (state.page > 1) params.set("page", String(state.page));
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return params.toString();
}

function navigate(state, replace = false) {
  const query = state.report ? new URLSearchParams({ report: state.report, ...(state.passage ? { passage: state.passage } : {}) }).toString() : toQuery(state);
  const url = query ? `/?${query}` : "/";
  if (replace) history.replaceState(null, "", url); else history.pushState(null, "", url);
  render();
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body?.detail ?? body?.title ?? `请求失败（${response.status}）`;
    throw new Error(message);
  }
  return body;
}

function showError(message) {
  const box = $("#error");
  box.textContent = message ?? "";
  box.hidden = !message;
}

// A slow answer (the browse listing at page load) must not overwrite a newer search's results.
let renderGeneration = 0;

async function render() {
  const generation = ++renderGeneration;
  const state = readState();
  $("#q").value = state.q;
  $("#group").checked = state.group;
  showError(null);
  if (state.report) return renderReport(state);
  $("#report").hidden = true;
  $("#results").hidden = false;
  $("#facets").hidden = false;
  $("#status").textContent = "检索中…";
  try {
    await limitsLoaded;
    const params = toQuery(state, { size: String(limits.pageSize) });
    const result = await api(`/api/search?${params}`);
    if (generation !== renderGeneration) return;
    renderResults(state, result);
    renderFacets(state, result.facets);
  } catch (error) {
    if (generation !== renderGeneration) return;
    showError(error.message);
    $("#status").textContent = "检索式有误，请按提示修改后重试。";
    $("#hits").replaceChildren();
    $("#pager").replaceChildren();
  }
}

function renderResults(state, result) {
  const grouped = result.totalGroups !== undefined && result.totalGroups !== null;
  $("#status").textContent = grouped
    ? `共 ${result.total} 段，分属 ${result.totalGroups} 份报告 · 用时 ${result.tookMs} 毫秒`
    : `共 ${result.total} 段 · 用时 ${result.tookMs} 毫秒`;
  const notice = $("#notice");
  const fellBack = (result.matchMode === "most" || result.matchMode === "any") && result.completeMatches < result.total;
  notice.hidden = !fellBack;
  notice.textContent = fellBack
    ? `同时包含全部检索词的段落有 ${result.completeMatches} 段；其后列出包含${result.matchMode === "most" ? "大部分" : "部分"}检索词的段落。`
    : "";
  renderChips(state);

  const hits = $("#hits");
  hits.replaceChildren();
  if (result.hits.length === 0) {
    hits.append(el("li", { class: "empty" }, state.q || hasFilters(state)
      ? "没有找到匹配的段落。可以减少检索词、去掉筛选条件，或换一种说法（如“产改”“职代会”）。"
      : "输入检索词开始查找，或在左侧按单位、地区、主题浏览。"));
  }
  for (const hit of result.hits) hits.append(renderHit(hit));
  renderPager(state, result.total, grouped ? result.totalGroups : result.total);
  const exportQuery = toQuery({ ...state, page: 1 });
  $("#export-csv").href = `/api/search/export?format=csv&${exportQuery}`;
  $("#export-json").href = `/api/search/export?format=json&${exportQuery}`;
}

function renderHit(hit) {
  const readerLink = `/?${new URLSearchParams({ report: hit.reportId, passage: hit.id })}`;
  const title = el("h3", {}, el("a", { href: readerLink, "data-report": hit.reportId, "data-passage": hit.id }, hit.reportTitle || "（无标题）"));
  const meta = el("p", { class: "meta" },
    el("span", {}, hit.organisation || "单位不详"),
    el("span", {}, (hit.regionPath ?? []).join(" › ") || "地区不详"),
    hit.section ? el("span", {}, hit.section) : null,
    ...(hit.themes ?? []).map((t) => el("span", { class: "theme" }, t)),
    hit.matchingPassages ? el("span", {}, `本报告命中 ${hit.matchingPassages} 段`) : null);
  const fragments = (hit.highlights ?? []).map((html) => {
    const p = el("p", { class: "fragment" });
    p.innerHTML = html; // escaped by the API; only <mark> tags
    return p;
  });
  const similar = el("div", { class: "similar-box" });
  const actions = el("div", { class: "actions" },
    el("a", { href: readerLink, "data-report": hit.reportId, "data-passage": hit.id }, "在报告中查看"),
    el("button", { class: "link", type: "button", onclick: () => toggleSimilar(hit.id, similar) }, "其他单位的相似做法"));
  return el("li", { class: "hit", "data-id": hit.id }, title, meta, fragments, actions, similar);
}

async function toggleSimilar(id, box) {
  if (box.childElementCount) { box.replaceChildren(); return; }
  box.append(el("p", { class: "meta" }, "查找中…"));
  try {
    const hits = await api(`/api/passages/${encodeURIComponent(id)}/similar?size=5`);
    box.replaceChildren(hits.length === 0
      ? el("p", { class: "meta" }, "没有找到其他单位的相似做法。")
      : el("ul", { class: "similar" }, hits.map((h) => el("li", {},
          el("a", { href: `/?${new URLSearchParams({ report: h.reportId, passage: h.id })}`, "data-report": h.reportId, "data-passage": h.id }, `${h.organisation}：${h.reportTitle}`),
          el("div", { class: "meta" }, (h.text ?? "").slice(0, 90) + ((h.text ?? "").length > 90 ? "…" : ""))))));
  } catch (error) {
    box.replaceChildren(el("p", { class: "meta" }, error.message));
  }
}

function hasFilters(state) { return DIMENSIONS.some((d) => state.filters[d].length > 0); }

function renderChips(state) {
  const chips = $("#chips");
  chips.replaceChildren();
  for (const d of DIMENSIONS) {
    for (const value of state.filters[d]) {
      chips.append(el("span", { class: "chip" }, `${LABELS[d]}：${value.replaceAll("/", " › ")}`,
        el("button", { type: "button", "aria-label": `移除筛选 ${value}`, onclick: () => toggleFilter(d, value, false) }, "×")));
    }
  }
}

function renderPager(state, total, units) {
  const pager = $("#pager");
  pager.replaceChildren();
  const pages = Math.min(Math.ceil(units / limits.pageSize), Math.floor(limits.maxDepth / limits.pageSize));
  if (pages <= 1) return;
  const link = (page, text) => page === state.page
    ? el("span", { "aria-current": "page" }, text)
    : el("a", { href: `/?${toQuery({ ...state, page })}`, "data-page": page }, text);
  if (state.page > 1) pager.append(link(state.page - 1, "上一页"));
  for (let p = Math.max(1, state.page - 4); p <= Math.min(pages, state.page + 4); p++) pager.append(link(p, String(p)));
  if (state.page < pages) pager.append(link(state.page + 1, "下一页"));
}

function renderFacets(state, facets) {
  for (const d of DIMENSIONS) {
    const list = document.querySelector(`.facet[data-dim=${d}] > ul`);
    list.replaceChildren();
    const values = facets[d] ?? [];
    const max = Math.max(1, ...values.map((v) => v.count));
    if (d === "region") renderRegionTree(list, state, values, max);
    else for (const v of values) list.append(facetItem(d, v.value, v.value, v.count, max, state));
    if (values.length === 0) list.append(el("li", { class: "meta" }, "无"));
  }
}

function facetItem(dimension, value, label, count, max, state) {
  const checked = state.filters[dimension].includes(value);
  const box = el("input", { type: "checkbox", checked, "data-dim": dimension, value, onchange: (e) => toggleFilter(dimension, value, e.target.checked) });
  return el("li", {}, el("label", {}, box, el("span", {}, label), el("span", { class: "count" }, String(count)),
    el("span", { class: "bar", "aria-hidden": "true" }, el("span", { style: `width:${Math.round((count / max) * 100)}%` }))));
}

function renderRegionTree(list, state, values, max) {
  const byParent = new Map();
  for (const v of values) {
    const parent = v.path.includes("/") ? v.path.slice(0, v.path.lastIndexOf("/")) : "";
    if (!byParent.has(parent)) byParent.set(parent, []);
    byParent.get(parent).push(v);
  }
  const selected = state.filters.region;
  const build = (parent, target) => {
    for (const v of (byParent.get(parent) ?? []).sort((a, b) => b.count - a.count)) {
      const item = facetItem("region", v.path, v.value, v.count, max, state);
      const children = byParent.get(v.path);
      if (children) {
        const open = selected.some((s) => s === v.path || s.startsWith(v.path + "/"));
        const details = el("details", { open }, el("summary", {}, item.firstChild));
        const sub = el("ul");
        build(v.path, sub);
        details.append(sub);
        target.append(el("li", {}, details));
      } else {
        item.classList.add("leaf");
        target.append(item);
      }
    }
  };
  build("", list);
}

function toggleFilter(dimension, value, on) {
  const state = readState();
  const values = state.filters[dimension].filter((v) => v !== value);
  if (on) values.push(value);
  state.filters[dimension] = values;
  state.page = 1;
  navigate(state);
}

async function renderReport(state) {
  $("#results").hidden = true;
  $("#facets").hidden = true;
  const article = $("#report");
  article.hidden = false;
  article.replaceChildren(el("p", { class: "meta" }, "加载报告…"));
  try {
    const report = await api(`/api/reports/${encodeURIComponent(state.report)}`);
    const back = el("button", { class: "link", type: "button", onclick: () => history.back() }, "← 返回检索结果");
    const header = [
      el("h1", {}, report.title),
      report.subtitle ? el("p", { class: "meta" }, `——${report.subtitle}`) : null,
      el("p", { class: "meta" }, el("span", {}, report.organisation || "单位不详"), el("span", {}, (report.region ?? "").replaceAll("/", " › ")),
        ...(report.themes ?? []).map((t) => el("span", { class: "theme" }, t)), el("span", {}, `来源：${report.sourcePath}`)),
    ];
    const citation = el("p", { id: "citation", hidden: true });
    const body = [];
    for (const section of report.sections) {
      if (section.headingPath.length) body.push(el("h2", {}, section.headingPath.join(" › ")));
      for (const passage of section.passages) {
        const byFile = new Map();
        for (const o of passage.occurrences) byFile.set(o.sourcePath, [...(byFile.get(o.sourcePath) ?? []), o.line]);
        const lines = [...byFile].map(([file, numbers]) => `${file} 第 ${numbers.sort((a, b) => a - b).join("、")} 行`);
        const where = passage.occurrences.length > 1
          ? `出现 ${passage.occurrences.length} 次（重复段落已合并）：${lines.join("；")}`
          : `出处：${lines[0] ?? report.sourcePath}`;
        body.push(el("div", { class: "passage" + (passage.id === state.passage ? " target" : ""), id: passage.id },
          el("p", {}, passage.text),
          el("p", { class: "where" }, where, " · ",
            el("button", { class: "link", type: "button", "data-cite": passage.id, onclick: () => cite(report, section, passage, citation) }, "复制引文"))));
      }
    }
    article.replaceChildren(back, ...header, citation, ...body);
    document.getElementById(state.passage ?? "")?.scrollIntoView({ block: "center" });
  } catch (error) {
    article.replaceChildren(el("p", { class: "empty" }, error.message), el("a", { href: "/" }, "回到检索"));
  }
}

async function cite(report, section, passage, box) {
  const first = passage.occurrences[0];
  const text = `${passage.organisation || report.organisation}：《${report.title}》，${section.headingPath.join("，") || "正文"}。来源：${first?.sourcePath ?? report.sourcePath}${first ? ` 第 ${first.line} 行` : ""}。`;
  box.hidden = false;
  box.textContent = `已复制引文：${text}`;
  try { await navigator.clipboard.writeText(text); } catch { box.textContent = `引文（请手动复制）：${text}`; }
}

// Suggestions as you type.
let suggestTimer = 0;
let suggestItems = [];
let suggestIndex = -1;

function closeSuggestions() { $("#suggestions").hidden = true; suggestIndex = -1; }

async function suggest() {
  const text = $("#q").value.trim().split(/\s+/).pop() ?? "";
  if (!text) return closeSuggestions();
  try {
    suggestItems = await api(`/api/suggest?${new URLSearchParams({ q: text, size: "8" })}`);
  } catch { suggestItems = []; }
  const list = $("#suggestions");
  list.replaceChildren(...suggestItems.map((s, i) => el("li", { role: "option", id: `s${i}`, onmousedown: (e) => { e.preventDefault(); pick(i); } },
    el("span", {}, s.text), el("small", {}, { organisation: "单位", theme: "主题", title: "报告", word: "词" }[s.kind] ?? s.kind))));
  list.hidden = suggestItems.length === 0 || document.activeElement !== $("#q");
  suggestIndex = -1;
}

function pick(index) {
  const s = suggestItems[index];
  if (!s) return;
  const parts = $("#q").value.trim().split(/\s+/);
  parts[parts.length - 1] = s.kind === "organisation" ? `organisation:${s.text}` : s.kind === "theme" ? `theme:${s.text}` : s.text;
  $("#q").value = parts.join(" ");
  closeSuggestions();
  submit();
}

function submit() {
  const state = readState();
  navigate({ q: $("#q").value.trim(), filters: state.report ? { organisation: [], region: [], theme: [] } : state.filters, page: 1, group: $("#group").checked });
}

$("#search").addEventListener("submit", (e) => { e.preventDefault(); closeSuggestions(); submit(); });
$("#group").addEventListener("change", submit);
$("#q").addEventListener("input", () => { clearTimeout(suggestTimer); suggestTimer = setTimeout(suggest, 150); });
$("#q").addEventListener("blur", () => setTimeout(closeSuggestions, 100));
$("#q").addEventListener("keydown", (e) => {
  const list = $("#suggestions");
  if (list.hidden) return;
  if (e.key === "ArrowDown" || e.key === "ArrowUp") {
    e.preventDefault();
    suggestIndex = (suggestIndex + (e.key === "ArrowDown" ? 1 : -1) + suggestItems.length) % suggestItems.length;
    [...list.children].forEach((li, i) => li.setAttribute("aria-selected", String(i === suggestIndex)));
  } else if (e.key === "Enter" && suggestIndex >= 0) {
    e.preventDefault();
    pick(suggestIndex);
  } else if (e.key === "Escape") closeSuggestions();
});
document.addEventListener("keydown", (e) => {
  if (e.key === "/" && document.activeElement !== $("#q")) { e.preventDefault(); $("#q").focus(); }
});
// Internal links change the state without reloading the page.
document.addEventListener("click", (e) => {
  const link = e.target.closest("a[href^='/?'], a[data-home]");
  if (!link || e.ctrlKey || e.metaKey || e.shiftKey) return;
  e.preventDefault();
  history.pushState(null, "", link.getAttribute("href"));
  render();
});
window.addEventListener("popstate", render);
render();
