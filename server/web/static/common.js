// What every page shares: the chrome's strings, money in paise, the JSON API, small DOM help.

/** Languages the page chrome is written in, by their own names. */
export const LANGUAGES = {
  hi: "हिन्दी",
  en: "English",
  ta: "தமிழ்",
  te: "తెలుగు",
  bn: "বাংলা",
  mr: "मराठी",
  gu: "ગુજરાતી",
  kn: "ಕನ್ನಡ",
  ml: "മലയാളം",
  pa: "ਪੰਜਾਬੀ",
};

let tables = { en: {} };
let errors = { aliases: {}, messages: { en: {} } };
let current = "en";

export async function loadStrings() {
  const [chrome, errorTable] = await Promise.all(
    ["/static/i18n.json", "/static/errors.json"].map((path) => fetch(path).then((r) => r.json())),
  );
  tables = chrome;
  errors = errorTable;
}

/**
 * What went wrong, in the page's language: the project's stable error `code` (an API
 * answer's or a socket's `error` event) looked up in errors.json, in any of the ten
 * languages people talk in here. An English page keeps the server's own sentence, which
 * says more; a code not in the table reads "Something went wrong" in the page's language.
 */
export function errorText(code, message, lang = current, detail = null) {
  const key = errors.aliases[code] || code;
  const table = errors.messages[lang] || errors.messages.en;
  if (lang === "en" && message) return message;
  const text = table[key];
  const left = detail && detail.stock;
  if (key === "out_of_stock" && Number.isInteger(left) && left > 0 && table.out_of_stock_left) {
    // How much is left, when the answer says (an accept refused for stock).
    return table.out_of_stock_left.replace("{left}", String(left)).replace("{unit}", unitName(detail.unit || ""));
  }
  if (text && text.includes("{amount}")) {
    // The amount comes from the answer's detail (refund_exceeds_captured's
    // refundable_paise, total_too_small's min_total_paise, total_too_large's
    // max_total_paise); without it, the step's general sentence.
    const paise = detail && (detail.refundable_paise ?? detail.min_total_paise ?? detail.max_total_paise);
    if (Number.isInteger(paise)) return text.replace("{amount}", formatPaise(paise));
    return table.payment || table.other || message || code;
  }
  return text || table.other || message || code;
}

/** The browser's first language the chrome is written in, or null. */
export function browserLanguage() {
  for (const tag of navigator.languages || [navigator.language || ""]) {
    const language = String(tag).toLowerCase().split("-")[0];
    if (language in LANGUAGES) return language;
  }
  return null;
}

/** The stored choice, else the browser's first language we write, else Hindi. */
export function pickLanguage(stored) {
  if (stored && stored in LANGUAGES) return stored;
  return browserLanguage() || "hi";
}

export function language() {
  return current;
}

export function setLanguage(lang) {
  current = lang in LANGUAGES ? lang : "en";
  document.documentElement.lang = current;
  applyChrome();
}

/** A chrome string in the current language (English when missing), `{name}` filled in. */
export function t(key, vars = {}, lang = current) {
  const text = (tables[lang] && tables[lang][key]) ?? tables.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (name in vars ? String(vars[name]) : ""));
}

export function applyChrome(root = document) {
  for (const el of root.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
}

export function fillLanguageSelect(select, chosen) {
  select.replaceChildren(
    ...Object.entries(LANGUAGES).map(([code, name]) => {
      const option = new Option(name, code, false, code === chosen);
      option.lang = code;
      return option;
    }),
  );
}

/** A unit ("kg", "dozen") in the reader's language, or as the vendor wrote it. */
export function unitName(unit) {
  const key = `unit_${unit}`;
  const text = t(key);
  return text === key ? unit : text;
}

// -- money: integer paise in, rupees out ------------------------------------------------

/** ₹ with Indian digit grouping; paise shown only when there are any (₹38, ₹1,20,000.50). */
export function formatPaise(paise) {
  const value = Math.trunc(Number(paise));
  const sign = value < 0 ? "−" : "";
  const abs = Math.abs(value);
  const rupees = Math.trunc(abs / 100);
  const rest = abs % 100;
  const grouped = new Intl.NumberFormat("en-IN", { maximumFractionDigits: 0 }).format(rupees);
  return `${sign}₹${grouped}${rest ? `.${String(rest).padStart(2, "0")}` : ""}`;
}

// Zero of each Indic digit block: a shopper may type ४०, ௪௦ or 40.
const DIGIT_ZEROS = [0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66];

export function asciiDigits(text) {
  let out = "";
  for (const ch of String(text)) {
    const cp = ch.codePointAt(0);
    const zero = DIGIT_ZEROS.find((z) => cp >= z && cp <= z + 9);
    out += zero === undefined ? ch : String(cp - zero);
  }
  return out;
}

/** Digits grouped by commas the Indian way (1,25,000) or the English way (125,000). */
const GROUPED = /^(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})*,\d{3})$/;

/** "38", "38.5", "₹1,200.75", "1,25,000", "₹40/-", "४०" → paise as an integer; null when it
 * is not an amount — also when a comma or space does not group thousands ("40,50", "40 50":
 * 40.50 or 4,050? the page asks for the price again rather than guess). */
export function parseRupees(text) {
  const s = asciiDigits(text)
    .trim()
    .replace(/^(₹|rs\.?|inr)\s*/i, "")
    .replace(/\s*\/-$/, "");
  const m = /^([\d,]+)(?:\.(\d{1,2}))?$/.exec(s);
  if (!m || (m[1].includes(",") && !GROUPED.test(m[1]))) return null;
  const whole = m[1].replace(/,/g, "");
  if (whole.length > 9) return null;
  const paise = Number(whole) * 100 + Number((m[2] || "").padEnd(2, "0"));
  return paise > 0 ? paise : null;
}

/** Paise as a plain rupee amount for an input box ("38", "38.50"). */
export function rupeesInput(paise) {
  const rest = paise % 100;
  return rest ? `${Math.trunc(paise / 100)}.${String(rest).padStart(2, "0")}` : String(paise / 100);
}

// -- the JSON API ----------------------------------------------------------------------

/** An error answer: `message` is in the page's language (see errorText); the server's
 * own sentence stays in `serverMessage`. */
/** A wait of a minute or more (a limit's window, not a burst), said in minutes in the
 * reader's language; null when the general "wait a moment" is true. */
function waitText(code, seconds, detail = null) {
  if ((errors.aliases[code] || code) !== "slow_down") return null;
  if (detail && detail.limit === "stall_deals" && seconds >= 0) {
    // Many phones on one market address starting deals here: not the shopper's own tries.
    const busy = (errors.messages[current] || errors.messages.en).stall_busy_minutes;
    if (busy) return busy.replace("{minutes}", String(Math.max(1, Math.ceil(seconds / 60))));
  }
  if (current === "en" || !(seconds >= 60)) return null;
  const text = (errors.messages[current] || {}).slow_down_minutes;
  return text ? text.replace("{minutes}", String(Math.ceil(seconds / 60))) : null;
}

export class ApiError extends Error {
  constructor(status, code, message, detail, retryAfter = null) {
    super(waitText(code, retryAfter, detail) || errorText(code, message, current, detail));
    this.status = status;
    this.code = code;
    this.serverMessage = message;
    this.detail = detail;
    /** Seconds the server asked to wait (429, 503: `Retry-After`), or null. */
    this.retryAfter = retryAfter;
  }
}

export async function api(path, options = {}) {
  return (await apiResponse(path, options)).data;
}

const NEXT_LINK = /<([^>]+)>\s*;\s*rel="next"/;

/** One page of a paged list: its items, and the path of the next page (the
 * `Link: rel="next"` header) or null on the last. */
export async function apiPage(path, options = {}) {
  const { data, response } = await apiResponse(path, options);
  const link = (response.headers.get("Link") || "").match(NEXT_LINK);
  if (!link) return { items: data, next: null };
  const url = new URL(link[1], location.href);
  return { items: data, next: url.pathname + url.search };
}

/** Every item of a paged list: follows the `Link: rel="next"` header (up to maxPages). */
export async function apiAll(path, options = {}, maxPages = 50) {
  const items = [];
  let next = path;
  for (let i = 0; next && i < maxPages; i++) {
    const page = await apiPage(next, options);
    items.push(...page.items);
    next = page.next;
  }
  return items;
}

async function apiResponse(path, { method = "GET", body, token, headers = {}, signal } = {}) {
  const sent = { Accept: "application/json", ...headers };
  if (body !== undefined) sent["Content-Type"] = "application/json";
  if (token) sent.Authorization = `Bearer ${token}`;
  let response;
  try {
    response = await fetch(path, {
      method,
      headers: sent,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (err) {
    throw new ApiError(0, "network", current === "en" ? t("err_network") : "");
  }
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (data && data.error) || {};
    const wait = Number.parseInt(response.headers.get("Retry-After") || error.retry_after, 10);
    throw new ApiError(
      response.status,
      error.code || `http_${response.status}`,
      error.message || response.statusText,
      error.detail,
      Number.isFinite(wait) && wait >= 0 ? wait : null,
    );
  }
  return { data, response };
}

// -- DOM ---------------------------------------------------------------------------------

/** h("p", {class: "x", onclick: f}, "text", child) */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else if (key === "class") el.className = value;
    else if (key === "dataset") Object.assign(el.dataset, value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** The other side's reason for ending a deal (`end_reason` of a rejected or cancelled
 * negotiation), as this page reads it: said in its language, or their words as typed,
 * marked untranslated. None for a deal that ended otherwise, or with this side's reason. */
export function endReasonLine(n, theirSide, who) {
  const why = n && n.end_reason;
  if (!why || why.side !== theirSide || !["REJECTED", "CANCELLED"].includes(n.status)) return null;
  // A list's negotiation carries the words as typed; a socket's, as this page reads them.
  const untranslated = why.untranslated ?? (Boolean(why.language) && why.language !== language());
  return h(
    "p",
    { class: "end-reason", role: "status" },
    h("span", { class: "who" }, who),
    " ",
    h("span", { class: "said", lang: why.language || undefined }, why.text),
    untranslated ? " " : null,
    untranslated ? h("small", { class: "untranslated" }, t("not_translated")) : null,
  );
}

export function $(id) {
  return document.getElementById(id);
}

export function boot() {
  const el = $("boot");
  return el ? JSON.parse(el.textContent || "{}") : {};
}

let noticeTimer = 0;
/** A line in the page's polite status region. */
export function notice(text, { sticky = false } = {}) {
  const el = $("notice");
  if (!el) return;
  el.textContent = text;
  clearTimeout(noticeTimer);
  if (!sticky && text) noticeTimer = setTimeout(() => (el.textContent = ""), 8000);
}

/** Clear the status line if it still says `text` (an input error once the input is good:
 * the notice must not outlive what it was about). */
export function clearNotice(text) {
  const el = $("notice");
  if (el && el.textContent === text) notice("");
}
