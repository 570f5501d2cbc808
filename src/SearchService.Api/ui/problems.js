// What the page tells a person when a request fails. The API answers errors with problem+json carrying a stable
// `code` (the table in team/problem-codes.md); its `detail` is English for other systems, so every message here is
// the page's own Chinese text, chosen by code — or by HTTP status when an older API sends no code.
"use strict";

/** A failed request: `status` 0 means the connection itself failed. */
export class ApiError extends Error {
  constructor(status, problem, retryAfter) {
    super(problem?.detail ?? `HTTP ${status}`);
    this.status = status;
    this.problem = problem ?? {};
    this.retryAfter = retryAfter;
  }
}

/** GET a JSON resource of this origin; throws ApiError for a network failure or a non-2xx answer. */
export async function fetchJson(path) {
  let response;
  try {
    response = await fetch(path, { headers: { Accept: "application/json" } });
  } catch {
    throw new ApiError(0, null, null);
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const problem = body !== null && typeof body === "object" && !Array.isArray(body) ? body : null;
    throw new ApiError(response.status, problem, retrySeconds(response.headers.get("Retry-After"), problem?.retryAfter));
  }
  return body;
}

function retrySeconds(header, member) {
  if (Number.isFinite(member) && member > 0) return Math.ceil(member);
  if (!header) return null;
  if (/^\d+$/.test(header.trim())) return Math.max(1, parseInt(header, 10));
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(1, Math.ceil((date - Date.now()) / 1000));
}

/** The code of a problem; answers from before the codes existed are recognised by what they carry. */
export function problemCode(error) {
  if (error.status === 0) return "network";
  const code = error.problem.code;
  if (typeof code === "string" && code) return code;
  if (error.status === 400 && Number.isInteger(error.problem.position)) return "query_syntax";
  return `http_${error.status}`;
}

const retryIn = (seconds, otherwise = "稍后") => (seconds ? `${seconds} 秒后` : otherwise);

const BY_CODE = {
  network: () => "无法连接到检索服务，请检查网络连接后重试。",
  invalid_parameter: (p) => (typeof p.parameter === "string" && p.parameter ? `网址中的参数“${p.parameter}”取值无效，请从检索框重新检索。` : "请求参数有误，请从检索框重新检索。"),
  query_too_long: (p) => `检索式太长${Number.isInteger(p.limit) ? `（最多 ${p.limit} 个字符）` : ""}，请缩短，或改用筛选条件。`,
  page_too_deep: (p) => `最多只能翻看前 ${Number.isInteger(p.limit) ? p.limit : "若干"} 条结果，请增加检索词或筛选条件来缩小范围。`,
  bad_encoding: () => "网址中的文字编码有误，请在检索框中重新输入检索词。",
  unauthorized: () => "检索服务要求访问密钥，请联系管理员。",
  writes_disabled: () => "检索服务未开放写入。",
  not_found: () => "找不到要查看的内容，可能已被删除，或链接有误。",
  method_not_allowed: () => "检索服务不支持这种请求方式。",
  conflict: () => "操作与已有内容冲突，请刷新后重试。",
  reindex_running: () => "正在重建索引，请稍后重试。",
  precondition_failed: () => "内容已被他人修改或删除，请刷新后重试。",
  idempotency_key_reused: () => "这个请求标识已用于另一项操作，请重新提交。",
  url_too_long: () => "检索式太长，超出了网址的长度限制，请缩短检索式。",
  headers_too_large: () => "请求头过大（常见原因是浏览器保存的 Cookie 太多），请清除本站 Cookie 后重试。",
  payload_too_large: () => "提交的内容超过大小限制。",
  unsupported_media_type: () => "不支持这种文件格式。",
  unprocessable_document: () => "无法读取这份文件（可能已损坏或结构过于复杂）。",
  rate_limited: (_, seconds) => `请求过于频繁，请${retryIn(seconds)}重试。`,
  overloaded: (_, seconds) => `检索服务正忙，请${retryIn(seconds)}重试。`,
  search_timeout: () => "这次检索用时过长，已被中止。请减少检索词、换用更具体的词或加上筛选条件后重试。",
  not_ready: () => "检索服务正在启动或重建索引，暂时不能检索，请稍后重试。",
  internal: () => "检索服务内部出错，错误已记录。请稍后重试；如果一再出现，请告知管理员。",
};

const BY_STATUS = {
  400: "请求有误，请检查检索式和筛选条件。",
  401: BY_CODE.unauthorized(),
  403: "没有权限执行这项操作。",
  404: BY_CODE.not_found(),
  405: BY_CODE.method_not_allowed(),
  408: "请求超时，请重试。",
  409: BY_CODE.conflict(),
  413: BY_CODE.payload_too_large(),
  414: BY_CODE.url_too_long(),
  415: BY_CODE.unsupported_media_type(),
  422: BY_CODE.unprocessable_document(),
  431: BY_CODE.headers_too_large(),
  500: BY_CODE.internal(),
  502: "检索服务暂时无法访问，请稍后重试。",
  503: "检索服务暂时不可用，请稍后重试。",
  504: "检索服务响应超时，请稍后重试。",
};

/** Failures that may pass by themselves, so the page offers to try again. */
const TRANSIENT = new Set(["network", "rate_limited", "overloaded", "search_timeout", "not_ready", "internal", "reindex_running"]);

// The query parser's reasons (UserQueryParser), in the words a Chinese reader expects. An unknown reason is not
// shown at all: the position and the marked query still say where to look.
const REASONS = [
  [/^'(AND|OR)' needs a word before it$/, (m) => `${m[1]} 前面缺少检索词`],
  [/^'(AND|OR)' needs a word after it$/, (m) => `${m[1]} 后面缺少检索词`],
  [/^'-' must be followed by a word to exclude, without a space$/, () => "减号“-”后面要紧跟要排除的词，中间不能有空格"],
  [/^'(.+)' must be followed by a word to exclude$/, (m) => `“${m[1]}”后面缺少要排除的词`],
  [/^'\(' is never closed$/, () => "左括号“(”没有对应的右括号"],
  [/^'\)' has no matching '\('$/, () => "右括号“)”没有对应的左括号"],
  [/^empty parentheses$/, () => "括号里没有检索词"],
  [/^nothing to search for$/, () => "这里没有可检索的词"],
  [/^unexpected '(.+)'$/, (m) => `此处不应出现“${m[1]}”`],
  [/^too many words \((\d+)\); a query may have at most (\d+)$/, (m) => `检索词太多（${m[1]} 个），一次最多 ${m[2]} 个`],
  [/^parentheses nested deeper than (\d+) levels$/, (m) => `括号嵌套超过了 ${m[1]} 层`],
  [/^quote is never closed$/, () => "引号没有闭合"],
  [/^unknown field '(.+)'; filters are .*$/, (m) => `没有“${m[1]}:”这种筛选；可用 organisation:（单位）、region:（地区）、theme:（主题）`],
  [/^'(.+):' needs a value, e\.g\. (\S+)$/, (m) => `“${m[1]}:”后面缺少筛选值，例如 ${m[2]}`],
  [/^wildcards \('\*'\) are not supported.*$/, () => "不支持通配符“*”，中文词语本来就会按整词和单字匹配"],
  [/^fuzzy search \('~'\) is not supported.*$/, () => "不支持模糊检索“~”，请删去“~”"],
  [/^'(.+)' needs a word before it$/, (m) => `“${m[1]}”前面缺少检索词`],
];

/** The parser's reason in Chinese, or null when it is not one the page knows. */
export function translateReason(detail) {
  if (typeof detail !== "string") return null;
  const reason = detail.replace(/ at character \d+ of the query\.?$/, "").replace(/ \(at character \d+\)$/, "").trim();
  for (const [pattern, text] of REASONS) {
    const match = pattern.exec(reason);
    if (match) return text(match);
  }
  return null;
}

/**
 * What to show for a failed request: `message` (Chinese), `retry` (worth trying again), and for a malformed query
 * `query` and `position` so the page can mark the place.
 */
export function describeError(error, typedQuery) {
  const code = problemCode(error);
  const p = error.problem;
  if (code === "query_syntax") {
    const query = typeof p.query === "string" ? p.query : typedQuery ?? "";
    const position = Number.isInteger(p.position) ? Math.min(Math.max(p.position, 0), query.length) : null;
    const reason = translateReason(p.reason ?? p.detail);
    const where = position === null ? "检索式有误" : position >= query.length ? "检索式末尾有误" : `检索式第 ${position + 1} 个字符处有误`;
    return { code, message: reason ? `${where}：${reason}。` : `${where}，请检查后重试。`, query, position, retry: false };
  }
  const byCode = BY_CODE[code];
  const status = code.startsWith("http_") ? error.status : null;
  let message;
  if (byCode) message = byCode(p, error.retryAfter);
  else if (status === 429) message = BY_CODE.rate_limited(p, error.retryAfter);
  else if (status === 503 && error.retryAfter) message = BY_CODE.overloaded(p, error.retryAfter);
  else message = BY_STATUS[error.status] ?? `请求未能完成（HTTP ${error.status}），请稍后重试。`;
  const retry = TRANSIENT.has(code) || status === 429 || (status !== null && status >= 500);
  return { code, message, retry };
}
