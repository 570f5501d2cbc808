// The search page: plain DOM code over the JSON API. The URL holds the whole state (?q=&organisation=&…&page=,
// or ?report=&passage= for the reader; /passages/{id} and /reports/{id} are permalinks that open the reader), so
// searches can be bookmarked and the back button works.
// Nothing is inserted as HTML: the API's highlight fragments are parsed inertly and rebuilt from text and <mark>s,
// and no element gets an inline style, so the page runs under a Content-Security-Policy of 'self' only.
import { ApiError, describeError, fetchJson } from "/problems.js";

const SITE = "工会经验材料检索";
const DIMENSIONS = ["organisation", "region", "theme", "year"];
const LABELS = { organisation: "单位", region: "地区", theme: "主题", year: "年份" };
const SORTS = { date: "日期（新→旧）" };
// Page size and paging depth come from the server's limits (GET /api/limits), so raising them there raises them here.
const limits = { pageSize: 10, maxDepth: 10000 };
const limitsLoaded = fetchJson("/api/limits")
  .then((body) => { limits.pageSize = body.defaultPageSize ?? limits.pageSize; limits.maxDepth = body.maxDepth ?? limits.maxDepth; })
  .catch(() => {});
const $ = (selector) => document.querySelector(selector);
const phone = window.matchMedia("(max-width: 760px)");

/** An element with attributes, listeners (onclick…) and children; null, undefined and false are left out. */
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) if (child !== null && child !== undefined && child !== false) node.append(child);
  return node;
}

/** A field worth showing: a non-empty string (never null, undefined or the text "null"). */
const present = (value) => typeof value === "string" && value.trim() !== "" && value !== "null" && value !== "undefined";
const list = (value) => (Array.isArray(value) ? value.filter(present) : []);
const orElse = (value, fallback) => (present(value) ? value : fallback);

const year = (value) => (/^\d{4}$/.test(value ?? "") ? value : "");

function readState() {
  const params = new URLSearchParams(location.search);
  // A permalink: /passages/{id} opens the passage in its report, /reports/{id} the report.
  const permalink = /^\/(passages|reports)\/([^/]+)$/.exec(location.pathname);
  const id = permalink ? decodeURIComponent(permalink[2]) : null;
  return {
    q: params.get("q") ?? "",
    filters: Object.fromEntries(DIMENSIONS.map((d) => [d, params.getAll(d)])),
    yearFrom: year(params.get("yearFrom")),
    yearTo: year(params.get("yearTo")),
    sort: SORTS[params.get("sort")] ? params.get("sort") : "",
    page: Math.max(1, parseInt(params.get("page") ?? "1", 10) || 1),
    group: params.get("groupBy") === "report",
    report: permalink?.[1] === "reports" ? id : params.get("report"),
    passage: permalink?.[1] === "passages" ? id : params.get("passage"),
  };
}

function toQuery(state, extra = {}) {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const d of DIMENSIONS) for (const v of state.filters[d]) params.append(d, v);
  if (state.yearFrom) params.set("yearFrom", state.yearFrom);
  if (state.yearTo) params.set("yearTo", state.yearTo);
  if (state.sort) params.set("sort", state.sort);
  if (state.group) params.set("groupBy", "report");
  if (state.page > 1) params.set("page", String(state.page));
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return params.toString();
}

const readerUrl = (reportId, passageId) => `/?${new URLSearchParams({ report: reportId, ...(passageId ? { passage: passageId } : {}) })}`;

function navigate(state) {
  const query = toQuery(state);
  history.pushState(null, "", query ? `/?${query}` : "/");
  render();
}

function setTitle(...parts) {
  document.title = [...parts.filter(present), SITE].join(" – ");
}

function hasFilters(state) { return DIMENSIONS.some((d) => state.filters[d].length > 0) || Boolean(state.yearFrom || state.yearTo); }

function describeFilters(state) {
  const range = yearRange(state);
  return [...DIMENSIONS.flatMap((d) => state.filters[d].map((v) => `${LABELS[d]}：${v.replaceAll("/", " › ")}`)), range ? `年份：${range}` : null]
    .filter(Boolean).join("，");
}

/** yearFrom–yearTo in words: 2020–2023 年, 2020 年以来, 2023 年以前; empty without a range. */
function yearRange(state) {
  if (state.yearFrom && state.yearTo) return state.yearFrom === state.yearTo ? `${state.yearFrom} 年` : `${state.yearFrom}–${state.yearTo} 年`;
  if (state.yearFrom) return `${state.yearFrom} 年以来`;
  if (state.yearTo) return `${state.yearTo} 年以前`;
  return "";
}

// ---- errors -------------------------------------------------------------------------------------------------

/** Shows a failed request in the alert box under the search box: Chinese text, the marked query, a retry button. */
function showError(error) {
  const box = $("#error");
  if (!error) {
    box.hidden = true;
    box.replaceChildren();
    return;
  }
  const info = error instanceof ApiError
    ? describeError(error, $("#q").value)
    : { code: "page", message: "页面出错，请刷新页面后重试。", retry: true };
  box.dataset.code = info.code;
  const content = [el("p", { class: "message" }, info.message)];
  if (info.code === "query_syntax" && info.query) content.push(markedQuery(info.query, info.position));
  if (info.retry) content.push(el("button", { type: "button", class: "plain retry", onclick: () => render() }, "重试"));
  box.replaceChildren(...content);
  box.hidden = false;
}

/** The query with the character at `position` marked (a caret when the problem is at its end). */
function markedQuery(query, position) {
  const code = el("code");
  if (position === null || position === undefined) code.append(query);
  else {
    code.append(query.slice(0, position));
    const at = query.slice(position, position + 1);
    code.append(el("mark", { class: "at" }, at === "" ? "‸" : at));
    code.append(query.slice(position + 1));
  }
  return el("p", { class: "query-echo" }, el("span", { class: "label" }, "检索式："), code);
}

function errorText(error) {
  return error instanceof ApiError ? describeError(error).message : "页面出错，请刷新后重试。";
}

// ---- search results -----------------------------------------------------------------------------------------

// A slow answer (the browse listing at page load) must not overwrite a newer search's results.
let renderGeneration = 0;

async function render({ restoreFocus = false } = {}) {
  const generation = ++renderGeneration;
  const state = readState();
  $("#q").value = state.q;
  $("#group").checked = state.group;
  $("#sort").value = state.sort;
  closeSuggestions();
  showError(null);
  if (state.report || state.passage) return renderReport(state, generation);
  $("#report").hidden = true;
  $("#report").replaceChildren();
  $("#results").hidden = false;
  $("#facets").hidden = false;
  setTitle(state.q || describeFilters(state), state.page > 1 ? `第 ${state.page} 页` : "");
  renderChips(state);
  $("#status").textContent = "检索中…";
  try {
    await limitsLoaded;
    const result = await fetchJson(`/api/search?${toQuery(state, { size: String(limits.pageSize) })}`);
    if (generation !== renderGeneration) return;
    renderResults(state, result);
    renderFacets(state, result.facets ?? {});
    if (restoreFocus) focusReturnedHit();
  } catch (error) {
    if (generation !== renderGeneration) return;
    if (!(error instanceof ApiError)) console.error(error);
    showError(error);
    $("#status").textContent = "检索未完成。";
    $("#notice").hidden = true;
    $("#hits").replaceChildren();
    $("#pager").replaceChildren();
    $("#export").hidden = true;
  }
}

function renderResults(state, result) {
  const total = Number.isInteger(result.total) ? result.total : 0;
  const grouped = Number.isInteger(result.totalGroups);
  const took = Number.isFinite(result.tookMs) ? ` · 用时 ${result.tookMs} 毫秒` : "";
  $("#status").textContent = total === 0
    ? (Number.isInteger(result.titleMatches) && result.titleMatches > 0) || (Number.isInteger(result.related) && result.related > 0)
      ? "没有同时包含全部检索词的段落"
      : "没有结果"
    : grouped ? `共 ${total} 段，分属 ${result.totalGroups} 份报告${took}` : `共 ${total} 段${took}`;
  renderNotice(state, result, total);

  const hits = $("#hits");
  const items = Array.isArray(result.hits) ? result.hits : [];
  hits.replaceChildren(...items.map(renderHit));
  if (items.length === 0) {
    hits.append(el("li", { class: "empty" }, state.q || hasFilters(state)
      ? "没有找到匹配的段落。可以减少检索词、去掉筛选条件，或换一种说法（如“产改”“职代会”）。"
      : phone.matches ? "输入检索词开始查找，或点“筛选”按单位、地区、主题浏览。" : "输入检索词开始查找，或在左侧按单位、地区、主题浏览。"));
  }
  renderPager(state, grouped ? result.totalGroups : total);
  $("#apply-filters").textContent = total === 0 ? "没有结果，返回" : `查看 ${total} 段结果`;
  const exportBox = $("#export");
  exportBox.hidden = total === 0 || items.length === 0;
  const exportQuery = toQuery({ ...state, page: 1 });
  $("#export-csv").href = `/api/search/export?format=csv&${exportQuery}`;
  $("#export-json").href = `/api/search/export?format=json&${exportQuery}`;
}

/** Text with the API's <mark>s kept: the fragment is parsed without running anything and rebuilt from text nodes. */
function highlighted(html) {
  const parsed = new DOMParser().parseFromString(`<body>${html}`, "text/html").body;
  return Array.from(parsed.childNodes, (node) => node.nodeName === "MARK" ? el("mark", {}, node.textContent) : node.textContent);
}

function renderHit(hit) {
  const link = readerUrl(hit.reportId, hit.id);
  const title = el("h2", { class: "hit-title" }, el("a", { href: link, "data-report": hit.reportId, "data-passage": hit.id },
    present(hit.titleHighlight) ? highlighted(hit.titleHighlight) : orElse(hit.reportTitle, "（无标题）")));
  const region = list(hit.regionPath).join(" › ") || orElse(hit.region, "").replaceAll("/", " › ");
  const meta = el("p", { class: "meta" },
    el("span", { class: "organisation" }, orElse(hit.organisation, "单位不详")),
    el("span", {}, region || "地区不详"),
    present(hit.sectionHighlight) ? el("span", { class: "section" }, highlighted(hit.sectionHighlight))
      : present(hit.section) ? el("span", { class: "section" }, hit.section) : null,
    ...list(hit.themes).map((t) => el("span", { class: "theme" }, t)),
    present(hit.date) ? el("span", { class: "date" }, hit.date) : null,
    Number.isInteger(hit.matchingPassages) ? el("span", {}, `本报告命中 ${hit.matchingPassages} 段`) : null);
  const fragments = list(hit.highlights);
  // A title match through the report's credit lines (记者…, 来源…): those lines, marked, so the match is visible.
  const credits = present(hit.creditsHighlight) ? el("p", { class: "credits" }, highlighted(hit.creditsHighlight.replaceAll("\n", " · "))) : null;
  const body = fragments.length
    ? fragments.map((html) => el("p", { class: "fragment" }, highlighted(html)))
    : present(hit.text) ? [el("p", { class: "fragment" }, excerpt(hit.text, 160))] : [];
  const similar = el("div", { class: "similar-box", id: `similar-${hit.id}` });
  const toggle = el("button", { class: "plain link", type: "button", "aria-expanded": "false", "aria-controls": similar.id }, "其他单位的相似做法");
  toggle.addEventListener("click", () => toggleSimilar(hit, similar, toggle));
  const cited = el("p", { class: "cited", hidden: true });
  const actions = el("div", { class: "actions" },
    el("a", { href: link, "data-report": hit.reportId, "data-passage": hit.id }, "在报告中查看"), toggle,
    present(hit.citation) ? el("button", { class: "plain link", type: "button", "data-cite": hit.id, onclick: () => copyCitation(hit.citation, cited) }, "复制引文") : null);
  return el("li", { class: `hit match-${MATCH_KINDS.includes(hit.match) ? hit.match : "all"}`, "data-id": hit.id },
    title, meta, whyMatched(hit), credits, body, actions, cited, similar);
}

const MATCH_KINDS = ["all", "title", "related"];
const PLACES = { text: "正文", heading: "小标题", title: "报告标题", credits: "署名与来源", organisation: "单位", region: "地区", theme: "主题" };

/** Why a hit is listed: where the words matched (matchedIn), and 相关 for a passage with only some of the words. */
function whyMatched(hit) {
  const places = list(hit.matchedIn).filter((p) => p in PLACES).map((p) => PLACES[p]);
  const kind = hit.match === "related" ? el("span", { class: "badge related" }, "相关")
    : hit.match === "title" ? el("span", { class: "badge title" }, list(hit.matchedIn).includes("credits") ? "仅报告标题或署名" : "仅报告标题") : null;
  if (!kind && places.length === 0) return null;
  return el("p", { class: "why" }, kind,
    places.length ? el("span", {}, `${hit.match === "related" ? "部分检索词见于" : "检索词见于"}：${places.join("、")}`) : null,
    Number.isInteger(hit.alsoInReports) && hit.alsoInReports > 0 ? el("span", { class: "twins" }, `另见于 ${hit.alsoInReports} 份报告`) : null);
}

/** What the counts leave out, a nearby spelling, and the facet values the query names. */
function renderNotice(state, result, total) {
  const notice = $("#notice");
  const titleOnly = Number.isInteger(result.titleMatches) ? result.titleMatches : 0;
  const related = Number.isInteger(result.related) ? result.related : 0;
  const parts = [];
  if (present(result.didYouMean)) {
    parts.push(el("span", {}, "您是不是要找：",
      el("a", { href: `/?${toQuery({ ...state, q: result.didYouMean, page: 1 })}`, class: "did-you-mean",
        onclick: (e) => { e.preventDefault(); navigate({ ...state, q: result.didYouMean, page: 1 }); } }, result.didYouMean), "？"));
  }
  if (state.q && (titleOnly > 0 || related > 0)) {
    const after = [titleOnly > 0 ? `仅报告标题或署名含检索词的 ${titleOnly} 段` : null, related > 0 ? "包含部分检索词的相关段落" : null].filter(Boolean);
    parts.push(el("span", {}, `同时包含全部检索词的段落有 ${total} 段；其后列出${after.join("，以及")}。`));
  }
  const suggested = (Array.isArray(result.suggestedFilters) ? result.suggestedFilters : [])
    .filter((f) => DIMENSIONS.includes(f?.facet) && present(f.value))
    .map((f) => ({ ...f, filter: present(f.path) ? f.path : f.value }))
    .filter((f) => !state.filters[f.facet].includes(f.filter));
  if (suggested.length) {
    parts.push(el("span", {}, "按筛选条件查看：", suggested.map((f) => el("button", {
      type: "button", class: "plain link suggested-filter",
      onclick: () => navigate({ ...state, filters: { ...state.filters, [f.facet]: [...state.filters[f.facet], f.filter] }, page: 1 }),
    }, `${LABELS[f.facet]}：${f.value}`))));
  }
  notice.hidden = parts.length === 0;
  notice.replaceChildren(...parts);
}

const excerpt = (text, length) => (text.length > length ? `${text.slice(0, length)}…` : text);

async function toggleSimilar(hit, box, toggle) {
  if (toggle.getAttribute("aria-expanded") === "true") {
    toggle.setAttribute("aria-expanded", "false");
    box.replaceChildren();
    return;
  }
  toggle.setAttribute("aria-expanded", "true");
  box.replaceChildren(el("p", { class: "meta" }, "查找中…"));
  try {
    const found = await fetchJson(`/api/passages/${encodeURIComponent(hit.id)}/similar?size=5`);
    const items = Array.isArray(found) ? found : [];
    box.replaceChildren(items.length === 0
      ? el("p", { class: "meta" }, "没有找到其他单位的相似做法。")
      : el("ul", { class: "similar" }, items.map((h) => {
          // The organisation stands beside the title, never glued to it: a title may itself open with the organisation.
          const organisation = orElse(h.organisation, "");
          const title = orElse(h.reportTitle, "（无标题）");
          const shared = list(h.sharedTerms);
          return el("li", {},
            el("a", { href: readerUrl(h.reportId, h.id), "data-report": h.reportId, "data-passage": h.id }, title),
            organisation && !title.startsWith(organisation) ? el("span", { class: "organisation" }, ` · ${organisation}`) : null,
            shared.length ? el("p", { class: "shared" }, `相似之处：${shared.join("、")}`) : null,
            present(h.text) ? el("p", { class: "meta" }, excerpt(h.text, 90)) : null);
        })));
  } catch (error) {
    box.replaceChildren(el("p", { class: "meta" }, errorText(error)));
  }
}

function renderChips(state) {
  const chips = $("#chips");
  const items = DIMENSIONS.flatMap((d) => state.filters[d].map((value) => {
    const label = `${LABELS[d]}：${value.replaceAll("/", " › ")}`;
    return el("li", { class: "chip" }, el("span", {}, label),
      el("button", { type: "button", class: "plain", "aria-label": `取消筛选 ${label}`, onclick: () => toggleFilter(d, value, false) }, "×"));
  }));
  const range = yearRange(state);
  if (range) {
    const label = `年份：${range}`;
    items.push(el("li", { class: "chip" }, el("span", {}, label),
      el("button", { type: "button", class: "plain", "aria-label": `取消筛选 ${label}`, onclick: () => navigate({ ...readState(), yearFrom: "", yearTo: "", page: 1 }) }, "×")));
  }
  chips.replaceChildren(...items);
  chips.hidden = items.length === 0;
  $("#filter-count").textContent = items.length ? `（已选 ${items.length}）` : "";
}

function renderPager(state, units) {
  const pager = $("#pager");
  pager.replaceChildren();
  const pages = Math.min(Math.ceil(units / limits.pageSize), Math.floor(limits.maxDepth / limits.pageSize));
  if (!(pages > 1)) return;
  const link = (page, text, label) => page === state.page
    ? el("span", { "aria-current": "page" }, text)
    : el("a", { href: `/?${toQuery({ ...state, page })}`, "data-page": page, "aria-label": label }, text);
  if (state.page > 1) pager.append(link(state.page - 1, "上一页"));
  for (let p = Math.max(1, state.page - 4); p <= Math.min(pages, state.page + 4); p++) pager.append(link(p, String(p), `第 ${p} 页`));
  if (state.page < pages) pager.append(link(state.page + 1, "下一页"));
}

// ---- facets -------------------------------------------------------------------------------------------------

function renderFacets(state, facets) {
  // Ticking a box re-renders every list; keep the keyboard where it was.
  const focused = document.activeElement?.closest?.("#facet-panel") ? document.activeElement : null;
  const focusKey = focused ? [focused.dataset.dim, focused.dataset.path ?? focused.value, focused.className] : null;
  for (const d of DIMENSIONS) {
    const target = document.querySelector(`.facet[data-dim=${d}] > ul`);
    const values = Array.isArray(facets[d]) ? facets[d].filter((v) => present(v?.value)) : [];
    const max = Math.max(1, ...values.map((v) => v.count ?? 0));
    target.replaceChildren();
    if (d === "region") renderRegionTree(target, state, values, max);
    else for (const v of values) target.append(el("li", {}, facetOption(d, v.value, v.value, v.count, max, state)));
    if (values.length === 0) target.append(el("li", { class: "meta" }, "无"));
  }
  if (focusKey) {
    const again = [...document.querySelectorAll("#facet-panel input, #facet-panel button")]
      .find((n) => n.dataset.dim === focusKey[0] && (n.dataset.path ?? n.value) === focusKey[1] && n.className === focusKey[2]);
    again?.focus();
  }
}

/** A checkbox with its label, count and a bar whose length is a class (share-0 … share-20): no inline style. */
function facetOption(dimension, value, label, count, max, state) {
  const checked = state.filters[dimension].includes(value);
  const box = el("input", { type: "checkbox", checked, "data-dim": dimension, value, onchange: (e) => toggleFilter(dimension, value, e.target.checked) });
  const share = Math.round(((count ?? 0) / max) * 20);
  return el("label", { class: "option" }, box, el("span", { class: "name" }, label), el("span", { class: "count" }, String(count ?? 0)),
    el("span", { class: "bar", "aria-hidden": "true" }, el("span", { class: `share-${share}` })));
}

/** Regions as a tree: a disclosure button beside each checkbox (a checkbox inside <summary> nests two controls). */
function renderRegionTree(target, state, values, max) {
  const byParent = new Map();
  for (const v of values) {
    const path = present(v.path) ? v.path : v.value;
    const parent = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
    if (!byParent.has(parent)) byParent.set(parent, []);
    byParent.get(parent).push({ ...v, path });
  }
  const selected = state.filters.region;
  const build = (parent, into) => {
    for (const v of (byParent.get(parent) ?? []).sort((a, b) => (b.count ?? 0) - (a.count ?? 0))) {
      const option = facetOption("region", v.path, v.value, v.count, max, state);
      const children = byParent.get(v.path);
      if (!children) {
        into.append(el("li", { class: "leaf" }, option));
        continue;
      }
      const open = selected.some((s) => s === v.path || s.startsWith(v.path + "/"));
      const sub = el("ul", { id: `region-${cssId(v.path)}`, hidden: !open });
      const twisty = el("button", {
        type: "button", class: "twisty plain", "aria-expanded": String(open), "aria-controls": sub.id,
        "aria-label": `${v.value}的下级地区`, "data-dim": "region-toggle", "data-path": v.path,
      });
      twisty.addEventListener("click", () => {
        const expanded = twisty.getAttribute("aria-expanded") !== "true";
        twisty.setAttribute("aria-expanded", String(expanded));
        sub.hidden = !expanded;
      });
      build(v.path, sub);
      into.append(el("li", {}, el("div", { class: "node" }, twisty, option), sub));
    }
  };
  build("", target);
}

const cssId = (text) => Array.from(text, (c) => c.codePointAt(0).toString(36)).join("-");

function toggleFilter(dimension, value, on) {
  const state = readState();
  const values = state.filters[dimension].filter((v) => v !== value);
  if (on) values.push(value);
  state.filters[dimension] = values;
  state.page = 1;
  navigate(state);
}

// ---- the filter drawer (phone width) --------------------------------------------------------------------------

const dialog = $("#filters-dialog");

function openFilters() {
  $("#drawer-body").append($("#facet-panel"));
  dialog.showModal();
  $("#close-filters").focus();
}

function closeFilters() {
  if (dialog.open) dialog.close();
}

dialog.addEventListener("close", () => {
  $("#facets").append($("#facet-panel"));
  if (phone.matches) $("#open-filters").focus();
});
$("#open-filters").addEventListener("click", openFilters);
$("#close-filters").addEventListener("click", closeFilters);
$("#apply-filters").addEventListener("click", closeFilters);
// A click on the backdrop lands on the <dialog> itself.
dialog.addEventListener("click", (e) => { if (e.target === dialog) closeFilters(); });
phone.addEventListener("change", () => { if (!phone.matches) closeFilters(); });

// ---- the report reader --------------------------------------------------------------------------------------

async function renderReport(state, generation) {
  closeFilters();
  $("#results").hidden = true;
  $("#facets").hidden = true;
  $("#export").hidden = true;
  const article = $("#report");
  article.hidden = false;
  article.replaceChildren(el("p", { class: "meta", role: "status" }, "加载报告…"));
  setTitle("报告");
  try {
    // A passage's permalink names only the passage: its report comes from the API.
    const reportId = state.report ?? (await fetchJson(`/api/passages/${encodeURIComponent(state.passage)}`)).reportId;
    if (generation !== renderGeneration) return;
    const report = await fetchJson(`/api/reports/${encodeURIComponent(reportId)}`);
    if (generation !== renderGeneration) return;
    const title = orElse(report.title, "（无标题）");
    setTitle(title);
    const heading = el("h1", { id: "report-title", tabindex: "-1" }, title);
    const citation = el("p", { id: "citation", role: "status", hidden: true });
    const header = [
      heading,
      present(report.subtitle) ? el("p", { class: "subtitle" }, `——${report.subtitle}`) : null,
      el("p", { class: "meta" },
        el("span", {}, orElse(report.organisation, "单位不详")),
        el("span", {}, orElse(report.region, "地区不详").replaceAll("/", " › ")),
        present(report.date) ? el("span", { class: "date" }, `日期：${report.date}`) : null,
        ...list(report.themes).map((t) => el("span", { class: "theme" }, t)),
        present(report.sourcePath) ? el("span", {}, `来源：${report.sourcePath}`) : null),
      compilationLine(report.compilation),
      present(report.citation)
        ? el("p", { class: "where" }, el("button", { class: "plain link", type: "button", "data-cite-report": report.id, onclick: () => copyCitation(report.citation, citation) }, "复制本报告引文"))
        : null,
    ];
    const body = [];
    for (const section of Array.isArray(report.sections) ? report.sections : []) {
      const headingPath = list(section.headingPath);
      if (headingPath.length) body.push(el("h2", {}, headingPath.join(" › ")));
      for (const passage of Array.isArray(section.passages) ? section.passages : []) body.push(renderPassage(report, headingPath, passage, state, citation));
    }
    article.replaceChildren(backButton(), ...header.filter(Boolean), citation, ...body);
    article.setAttribute("aria-labelledby", "report-title");
    const target = state.passage ? document.getElementById(state.passage) : null;
    if (state.passage && !target) citation.replaceChildren("这段文字已不在这份报告中（报告可能已更新）。");
    citation.hidden = !(state.passage && !target);
    heading.focus({ preventScroll: Boolean(target) });
    target?.scrollIntoView({ block: "center" });
  } catch (error) {
    if (generation !== renderGeneration) return;
    const message = error instanceof ApiError && error.status === 404 && (!error.problem.code || error.problem.code === "not_found")
      ? state.report
        ? `找不到这份报告（编号 ${state.report}），可能已被删除，或链接有误。`
        : `找不到这段文字（编号 ${state.passage}），可能已被删除，或链接有误。`
      : errorText(error);
    const heading = el("h1", { id: "report-title", tabindex: "-1" }, "无法打开报告");
    setTitle("无法打开报告");
    article.replaceChildren(backButton(), heading, el("p", { class: "empty", role: "alert" }, message));
    heading.focus();
  }
}

function renderPassage(report, headingPath, passage, state, citation) {
  const occurrences = Array.isArray(passage.occurrences) ? passage.occurrences.filter((o) => o && Number.isInteger(o.line)) : [];
  const byFile = new Map();
  for (const o of occurrences) {
    const file = orElse(o.sourcePath, orElse(report.sourcePath, "来源不详"));
    byFile.set(file, [...(byFile.get(file) ?? []), o.line]);
  }
  const lines = [...byFile].map(([file, numbers]) => `${file} 第 ${numbers.sort((a, b) => a - b).join("、")} 行`);
  const where = occurrences.length > 1
    ? `出现 ${occurrences.length} 次（重复段落已合并）：${lines.join("；")}`
    : `出处：${lines[0] ?? orElse(report.sourcePath, "来源不详")}`;
  return el("div", { class: "passage" + (passage.id === state.passage ? " target" : ""), id: passage.id },
    el("p", {}, orElse(passage.text, "")),
    el("p", { class: "where" }, where, " · ",
      present(passage.citation)
        ? el("button", { class: "plain link", type: "button", "data-cite": passage.id, onclick: () => copyCitation(passage.citation, citation) }, "复制引文")
        : null));
}

/** The compilation the report belongs to: its title, then who issued it and when, where known. */
function compilationLine(compilation) {
  if (!compilation || !present(compilation.title)) return null;
  const issued = [compilation.publisher, compilation.date].filter(present).join("，");
  return el("p", { class: "compilation" }, `收录于《${compilation.title}》`,
    present(compilation.subtitle) ? `（${compilation.subtitle}）` : "", issued ? `，${issued}` : "");
}

function backButton() {
  const fromResults = history.state?.fromResults === true;
  return el("button", {
    class: "plain link back", type: "button",
    onclick: () => { if (fromResults) history.back(); else { history.pushState(null, "", "/"); render(); } },
  }, fromResults ? "← 返回检索结果" : "← 回到检索");
}

/**
 * Copies a citation as the API wrote it (GB/T 7714, ending with the permalink): the page never assembles one from
 * pieces of different records — that is how a passage's organisation once met another report's title.
 */
async function copyCitation(text, box) {
  box.hidden = false;
  try {
    await navigator.clipboard.writeText(text);
    box.textContent = `已复制引文：${text}`;
  } catch {
    box.textContent = `引文（请手动复制）：${text}`;
  }
}

/** Back from the reader: the keyboard returns to the hit that was opened. */
function focusReturnedHit() {
  const id = history.state?.focusHit;
  if (!id) return;
  const link = [...document.querySelectorAll("#hits .hit")].find((li) => li.dataset.id === id)?.querySelector(".hit-title a");
  link?.focus();
}

// ---- suggestions: the ARIA 1.2 combobox pattern ---------------------------------------------------------------

const input = $("#q");
const listbox = $("#suggestions");
const KINDS = { organisation: "单位", theme: "主题", title: "报告", word: "词" };
let suggestTimer = 0;
let suggestRequest = 0;
let suggestItems = [];
let suggestIndex = -1;

function closeSuggestions() {
  listbox.hidden = true;
  suggestIndex = -1;
  input.setAttribute("aria-expanded", "false");
  input.removeAttribute("aria-activedescendant");
}

function showSuggestions() {
  if (suggestItems.length === 0 || document.activeElement !== input) return closeSuggestions();
  listbox.hidden = false;
  input.setAttribute("aria-expanded", "true");
}

function setActive(index) {
  suggestIndex = index;
  [...listbox.children].forEach((option, i) => option.setAttribute("aria-selected", String(i === index)));
  const active = listbox.children[index];
  if (active) {
    input.setAttribute("aria-activedescendant", active.id);
    active.scrollIntoView({ block: "nearest" });
  } else input.removeAttribute("aria-activedescendant");
}

async function suggest() {
  const text = input.value.trim().split(/\s+/).pop() ?? "";
  const request = ++suggestRequest;
  if (!text) {
    suggestItems = [];
    return closeSuggestions();
  }
  let items;
  try {
    const found = await fetchJson(`/api/suggest?${new URLSearchParams({ q: text, size: "8" })}`);
    items = Array.isArray(found) ? found.filter((s) => present(s?.text)) : [];
  } catch {
    items = [];
  }
  if (request !== suggestRequest) return;
  suggestItems = items;
  listbox.replaceChildren(...items.map((s, i) => el("li", {
    role: "option", id: `suggestion-${i}`, "aria-selected": "false",
    onmousedown: (e) => { e.preventDefault(); pick(i); },
  }, el("span", {}, s.text), el("span", { class: "kind" }, KINDS[s.kind] ?? ""))));
  suggestIndex = -1;
  input.removeAttribute("aria-activedescendant");
  showSuggestions();
}

function pick(index) {
  const s = suggestItems[index];
  if (!s) return;
  const parts = input.value.trim().split(/\s+/);
  parts[parts.length - 1] = s.kind === "organisation" ? `organisation:${s.text}` : s.kind === "theme" ? `theme:${s.text}` : s.text;
  input.value = parts.join(" ");
  closeSuggestions();
  submit();
}

function submit() {
  // A suggestion request still under way must not reopen the list over the results.
  clearTimeout(suggestTimer);
  suggestRequest++;
  const state = readState();
  const inReader = Boolean(state.report || state.passage);
  const keep = inReader ? Object.fromEntries(DIMENSIONS.map((d) => [d, []])) : state.filters;
  navigate({
    q: input.value.trim(), filters: keep, page: 1, group: $("#group").checked,
    sort: inReader ? "" : state.sort, yearFrom: inReader ? "" : state.yearFrom, yearTo: inReader ? "" : state.yearTo,
  });
}

$("#search").addEventListener("submit", (e) => { e.preventDefault(); closeSuggestions(); submit(); });
$("#group").addEventListener("change", submit);
$("#sort").addEventListener("change", () => navigate({ ...readState(), sort: $("#sort").value, page: 1 }));
input.addEventListener("input", () => { clearTimeout(suggestTimer); suggestTimer = setTimeout(suggest, 150); });
input.addEventListener("blur", () => setTimeout(closeSuggestions, 100));
input.addEventListener("keydown", (e) => {
  const open = !listbox.hidden;
  if ((e.key === "ArrowDown" || e.key === "ArrowUp") && suggestItems.length > 0) {
    e.preventDefault();
    if (!open) showSuggestions();
    const step = e.key === "ArrowDown" ? 1 : -1;
    setActive(suggestIndex < 0 && step < 0 ? suggestItems.length - 1 : (suggestIndex + step + suggestItems.length) % suggestItems.length);
  } else if (e.key === "Enter" && open && suggestIndex >= 0) {
    e.preventDefault();
    pick(suggestIndex);
  } else if (e.key === "Escape" && open) {
    e.preventDefault();
    closeSuggestions();
  }
});
document.addEventListener("keydown", (e) => {
  const typing = e.target instanceof HTMLElement && (e.target.isContentEditable || e.target.matches("input:not([type=checkbox]):not([type=radio]), textarea, select"));
  if (e.key === "/" && !typing && !dialog.open) { e.preventDefault(); input.focus(); }
});

// Internal links change the state without reloading the page. Opening a report from the results remembers the hit,
// so that going back puts the keyboard on it again.
document.addEventListener("click", (e) => {
  const link = e.target.closest("a[href^='/?'], a[data-home]");
  if (!link || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || e.button !== 0) return;
  e.preventDefault();
  const hit = link.closest("#hits .hit");
  if (hit && link.dataset.report) {
    history.replaceState({ ...(history.state ?? {}), focusHit: hit.dataset.id }, "", location.href);
    history.pushState({ fromResults: true }, "", link.getAttribute("href"));
  } else history.pushState(null, "", link.getAttribute("href"));
  render();
});
window.addEventListener("popstate", () => render({ restoreFocus: true }));
render();
