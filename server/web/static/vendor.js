// The vendor console: log in, watch and answer live negotiations (transcripts, incoming
// offers with the floor-price warning and the assistant's hint), orders and refunds,
// the catalogue. Lists are polled; the newest few live negotiations (LIVE_ROOMS) also
// have a room socket (voice, bids as they are made, hints), the others follow the list
// and their buttons go over the REST API.
import {
  $,
  LANGUAGES,
  api,
  apiAll,
  apiPage,
  browserLanguage,
  endReasonLine,
  errorText,
  fillLanguageSelect,
  formatPaise,
  h,
  language,
  loadStrings,
  clearNotice,
  notice,
  parseRupees,
  pickLanguage,
  rupeesInput,
  setLanguage,
  t,
  unitName,
} from "./common.js";
import { debounced, folded, nameMatches } from "./finding.js";
import { LiveSession } from "./live.js";
import { Player } from "./audio.js";

const KEY = "vyapar.vendor";
const ACTIVE = new Set(["OPEN", "COUNTERED", "ACCEPTED", "LOCKED"]);
const BARGAINING = new Set(["OPEN", "COUNTERED"]);
/** Refusals of a move that lost to one already made (another device, the customer). */
const OVERTAKEN = new Set(["illegal_transition", "concurrent_update", "not_your_turn"]);

/** A refused move's words: one overtaken by the deal closing says so, not "the offer
 * changed" (the other device accepted the same offer). */
function moveError(r, code, message, detail = null) {
  r.errorCode = code;
  if (OVERTAKEN.has(code) && !BARGAINING.has(r.n.status)) return errorText("already_closed", null);
  return errorText(code, message, undefined, detail);
}

/** After the deal closes, a refusal it overtook reads as such. */
function settleError(r) {
  if (r.error && OVERTAKEN.has(r.errorCode) && !BARGAINING.has(r.n.status)) {
    r.error = errorText("already_closed", null);
  }
}
const OPEN = new Set(["OPEN", "COUNTERED"]);
const RECENT_MS = 60 * 60 * 1000;
// Room sockets a console keeps: the server holds at most VYAPAR_WS_MAX_PER_USER (16)
// sockets per vendor per process, shared by the vendor's tabs, devices and phone legs.
// The rooms most recently active get them; a live room gives its socket to a newer one
// only after QUIET_MS without a move, one swap per poll. A room refused for the cap
// (4429: other tabs, devices or phone legs hold the rest) follows the list, and no room
// socket is asked for during LIMITED_MS: at most a few tickets a minute, however busy.
const LIVE_ROOMS = 6;
// The sign-in is renewed RENEW_AHEAD_MS before its token lapses (or when a socket says
// `renew`), with no password (POST /api/auth/renew); a renewal that fails for want of the
// network or the server is tried again every RENEW_RETRY_MS until the lapse.
const RENEW_AHEAD_MS = 60_000;
const RENEW_RETRY_MS = 5_000;
let renewing = null; // the renewal under way
let renewTimer = 0;
// Deal cards: the DEALS_PAGE most recently active deals; the open deals below them (up to
// BEYOND_MAX) are counted ("10 more open deals — show") and shown once the vendor asks.
const DEALS_PAGE = 50;
const BEYOND_MAX = 200;
let olderDealsShown = false;
let dealsHidden = ""; // how many open deals are not shown ("" none, "200+" past BEYOND_MAX)
const QUIET_MS = 30_000;
const LIMITED_MS = 60_000;
let cappedUntil = 0; // a room socket was refused for the cap: none asked for till then
const MAX_PRICE_PAISE = 1_000_000_000; // ₹1 crore, the API's bound (schemas/fields.py MAX_PAISE)

let auth = readAuth();
let me = null;
let products = new Map();
const PRODUCTS_PAGE = 50; // product rows listed at a time
let productsShown = PRODUCTS_PAGE;
const rooms = new Map(); // negotiation id → room (see room())
let seen = null; // negotiation ids already shown, to tell new customers apart
let timers = [];
let notices = null; // the vendor's notice channel: a new customer at the stall
let noticesDown = null; // that channel down: { detail, stopped } (see showNoticesDown); null while up
let signInEndsAt = 0; // the sign-in cannot be renewed and lapses then (0: it renews)
// Orders: the newest page, polled; below it, older pages the vendor asked for ("Older
// orders" follows the list's `Link`), refreshed with it. At most OLDER_MAX older rows
// stay: beyond that the newest of them leave, and the older part keeps its own cursor.
const ORDERS_PAGE = 50;
const OLDER_MAX = 150;
const orderRows = new Map(); // order id → { sig, el }: exactly the rows on the page
let newestOrders = { items: [], next: null };
let olderOrders = { before: null, items: [], next: null }; // before: null = right below the newest
let ordersPoll = 0; // the latest poll: an earlier one's answer is stale
let ordersShape = 0; // bumped when older orders are added or hidden: polls begun before are stale
let olderBusy = false;
// The lists' polls share the account's rate limit: a 429 pauses both, with a notice on
// the page, for Retry-After or a backoff that doubles (5 s … 60 s) while they go on.
const pollPause = { until: 0, backoff: 0 };

function readAuth() {
  try {
    return JSON.parse(localStorage.getItem(KEY) || "null");
  } catch {
    return null;
  }
}

/** A token's own claims (read, not checked: the server checks them); {} when unreadable. */
function claimsOf(token) {
  try {
    const part = token.split(".")[1].replace(/-/g, "+").replace(/_/g, "/");
    return JSON.parse(atob(part)) || {};
  } catch {
    return {};
  }
}

/** When a token lapses (ms since the epoch), from its own claims; 0 when unreadable. */
function expiryOf(token) {
  return claimsOf(token).exp * 1000 || 0;
}

// -- the sign-in renewed ahead of its lapse ------------------------------------------

/** Renew ahead of the token's lapse, RENEW_AHEAD_MS before it (at once if nearer). */
function scheduleRenewal() {
  clearTimeout(renewTimer);
  if (!auth) return;
  const wait = expiryOf(auth.token) - RENEW_AHEAD_MS - Date.now();
  renewTimer = setTimeout(renewSignIn, Math.min(Math.max(0, wait), 2 ** 31 - 1));
}

/** The sign-in lapses soon: a new token for it, once at a time, and every socket moved to
 * it at its first quiet moment (live.js), so the conversations go on. A newer token that
 * another tab of the console got is taken instead. Refused (the account deactivated, its
 * password changed): back to the log-in form, saying why. A sign-in too old to renew
 * (`VYAPAR_SIGN_IN_MAX_SECONDS`) is said ahead of its lapse, with a password field that
 * signs in again in place (warnSignInEnds): the rooms, their sockets and the page stay
 * as they are. Left unanswered, the lapse brings the log-in form, saying the sign-in
 * ended. */
function renewSignIn() {
  if (!auth || renewing) return renewing;
  renewing = renewNow().finally(() => {
    renewing = null;
  });
  return renewing;
}

async function renewNow() {
  const held = auth.token;
  const lapseAt = expiryOf(held);
  if (lapseAt - Date.now() > 2 * RENEW_AHEAD_MS) return useToken(held, 0); // renewed already
  const kept = readAuth();
  if (kept && kept.token && kept.token !== held && expiryOf(kept.token) > lapseAt) {
    return useToken(kept.token, lapseAt); // another tab of this console renewed it
  }
  try {
    const got = await api("/api/auth/renew", { method: "POST", token: held });
    if (!auth || auth.token !== held) return; // logged out, or in again, meanwhile
    localStorage.setItem(KEY, JSON.stringify({ token: got.token }));
    useToken(got.token, lapseAt);
  } catch (err) {
    if (!auth || auth.token !== held) return;
    if (err.status === 401 && err.code !== "sign_in_too_old") return logout(err.message);
    if (err.code === "sign_in_too_old") return warnSignInEnds(lapseAt);
    if (err.status === 401 || err.status === 403) return; // the lapse says it
    if (Date.now() + RENEW_RETRY_MS < lapseAt) {
      clearTimeout(renewTimer);
      renewTimer = setTimeout(renewSignIn, RENEW_RETRY_MS);
    }
  }
}

/** The sign-in lapses at `lapseAt` and cannot be renewed: said now, in the console's
 * language, with a password field to sign in again before then. */
function warnSignInEnds(lapseAt) {
  signInEndsAt = lapseAt;
  renderSignInEnds();
  const form = $("sign-in-ends");
  if (form.hidden) {
    form.hidden = false;
    $("sign-in-ends-password").focus();
  }
}

function renderSignInEnds() {
  if (!signInEndsAt) return;
  let time = "";
  try {
    time = new Date(signInEndsAt).toLocaleTimeString(`${language()}-IN`, { hour: "numeric", minute: "2-digit" });
  } catch {
    time = new Date(signInEndsAt).toLocaleTimeString([], { hour: "numeric", minute: "2-digit" });
  }
  $("sign-in-ends-text").textContent = t("sign_in_ends", { time });
}

function hideSignInEnds() {
  signInEndsAt = 0;
  $("sign-in-ends").hidden = true;
  $("sign-in-ends-password").value = "";
}

/** The password, given before the lapse: a fresh sign-in of the same account, which the
 * polls and every socket move to (as to a renewed one), so nothing on the page is lost. */
async function signInAgain(event) {
  event.preventDefault();
  if (!auth || !me) return;
  const held = auth.token;
  const password = $("sign-in-ends-password").value;
  const body = me.email && !me.phone ? { email: me.email, password } : { phone: me.phone, password };
  try {
    const got = await api("/api/auth/login", { method: "POST", body });
    if (!auth || auth.token !== held) return; // logged out, or in again, meanwhile
    if (String(claimsOf(got.token).sub) !== String(me.id)) return logout(); // another account: start over
    localStorage.setItem(KEY, JSON.stringify({ token: got.token }));
    useToken(got.token, expiryOf(held));
    notice(t("signed_in_again"));
  } catch (err) {
    notice(err.message, { sticky: true });
    $("sign-in-ends-password").focus();
  }
}

/** `token` is the sign-in from now on: the polls use it, and each socket moves to it
 * before the old one (lapsing at `lapseAt`) does. */
function useToken(token, lapseAt) {
  auth = { token };
  // A sign-in that outlives the one warned of (given here, or in another tab): no warning.
  if (signInEndsAt && expiryOf(token) > signInEndsAt) hideSignInEnds();
  if (notices) notices.renew(token, { lapseAt });
  for (const r of rooms.values()) if (r.live) r.live.renew(token, { lapseAt });
  scheduleRenewal();
}

// -- starting -------------------------------------------------------------------------

async function main() {
  await loadStrings();
  const chosen = pickLanguage(localStorage.getItem("vyapar.lang"));
  fillLanguageSelect($("lang"), chosen);
  setLanguage(chosen);
  $("lang").addEventListener("change", () => {
    setLanguage($("lang").value);
    localStorage.setItem("vyapar.lang", $("lang").value);
    // The sockets said hello in the old language (hints, translations, notices): again.
    if (notices) notices.setLanguage(language());
    for (const r of rooms.values()) if (r.live) r.live.setLanguage(language());
    renderAll();
  });
  $("login-form").addEventListener("submit", login);
  $("sign-in-ends").addEventListener("submit", signInAgain);
  // Signed in again in another tab while this one warns: take that sign-in (renewNow).
  window.addEventListener("storage", (e) => {
    if (e.key === KEY && signInEndsAt) renewSignIn();
  });
  $("logout").addEventListener("click", () => logout());
  $("orders-older").addEventListener("click", showOlderOrders);
  $("deals-more").addEventListener("click", () => {
    olderDealsShown = true;
    dealsHidden = "";
    renderDealsMore();
    pollNegotiations();
  });
  $("orders-newest").addEventListener("click", () => {
    olderOrders = { before: null, items: [], next: null };
    ordersShape++;
    renderOrders();
  });
  $("hear").addEventListener("change", () => {
    for (const r of rooms.values()) if (r.player) r.player.unlock();
  });
  wireProductForm();
  if (auth && auth.token) await start();
  else showLogin();
}

function showLogin() {
  for (const id of ["live", "orders", "products"]) $(id).hidden = true;
  $("nav").hidden = true;
  $("login").hidden = false;
}

async function login(event) {
  event.preventDefault();
  // An e-mail address has an @; anything else is a phone number, however it is written
  // ("+91 98765 43210", "98765-43210", Devanagari digits): the server reads it.
  const id = $("login-id").value.trim();
  const password = $("login-password").value;
  const body = id.includes("@") ? { email: id, password } : { phone: id, password };
  try {
    const got = await api("/api/auth/login", { method: "POST", body });
    auth = { token: got.token };
    localStorage.setItem(KEY, JSON.stringify(auth));
    $("login-password").value = "";
    notice(""); // a "signed out" said before is over
    await start();
  } catch (err) {
    notice(err.message, { sticky: true });
    $("login-password").focus();
  }
}

/** Back to the log-in form; `why` (in the page's language) says why when the server ended
 * the sign-in (revoked, lapsed, account deactivated) rather than the vendor. */
function logout(why = null) {
  const signedIn = auth !== null;
  localStorage.removeItem(KEY);
  auth = null;
  me = null;
  clearTimeout(renewTimer);
  hideSignInEnds();
  showNoticesDown(null);
  for (const timer of timers) clearInterval(timer);
  timers = [];
  for (const r of rooms.values()) if (r.live) r.live.close();
  rooms.clear();
  if (notices) notices.close();
  notices = null;
  $("negotiations").replaceChildren();
  olderDealsShown = false;
  dealsHidden = "";
  renderDealsMore();
  newestOrders = { items: [], next: null };
  olderOrders = { before: null, items: [], next: null };
  ordersShape++;
  renderOrders();
  pollPause.until = 0;
  cappedUntil = 0;
  pollPause.backoff = 0;
  $("polls-paused").hidden = true;
  showLogin();
  // Said once: the other polls and sockets that find the sign-in gone come after it.
  if (why && signedIn) notice(why, { sticky: true });
}

/** Whether a socket closed for good because the sign-in itself ended (4410), or lapsed
 * before it could be renewed (4401 `token_expired`, told as a 401). */
function signedOut(detail) {
  return Boolean(detail && (detail.code === 4410 || detail.status === 401));
}

async function start() {
  try {
    me = await api("/api/me", { token: auth.token });
  } catch (err) {
    if (err.status === 401) return logout(err.message);
    notice(err.message, { sticky: true });
    return;
  }
  if (me.role !== "vendor") {
    notice(t("not_vendor"), { sticky: true });
    return logout();
  }
  // The account's language when neither a choice here nor the browser names one of ours.
  if (!localStorage.getItem("vyapar.lang") && !browserLanguage() && me.language in LANGUAGES) {
    $("lang").value = me.language;
    setLanguage(me.language);
  }
  notice("");
  $("login").hidden = true;
  $("nav").hidden = false;
  for (const id of ["live", "orders", "products"]) $(id).hidden = false;
  scheduleRenewal();
  await loadProducts();
  listenForCustomers();
  await pollNegotiations();
  await pollOrders();
  timers.push(setInterval(pollNegotiations, 2000), setInterval(pollOrders, 3000));
}

function renderAll() {
  renderProducts();
  for (const r of rooms.values()) renderRoom(r);
  renderDealsMore();
  renderOrders();
  if (!$("polls-paused").hidden) showPaused();
  renderSignInEnds();
  renderNoticesDown();
}

// -- products ---------------------------------------------------------------------------

async function loadProducts() {
  const list = await apiAll(`/api/vendors/${me.id}/products?limit=500`, { token: auth.token });
  products = new Map(list.map((p) => [p.id, p]));
  renderProducts();
}

function nameOf(names) {
  if (!names) return "";
  return names[language()] || names[me && me.language] || names.en || Object.values(names)[0] || "";
}

function renderProducts() {
  // A long catalogue: a search box (any of a product's names, as typed) and a list that
  // grows PRODUCTS_PAGE rows at a time ("show more").
  const query = folded($("pfind").value);
  const matching = [...products.values()].filter((p) => nameMatches(p.names, query));
  $("pfind-row").hidden = products.size <= PRODUCTS_PAGE && !query;
  $("more-products").hidden = matching.length <= productsShown;
  const items = matching.slice(0, productsShown).map((p) =>
    h(
      "li",
      { class: `product-row${p.is_active ? "" : " inactive"}` },
      h("span", { class: "product-name" }, nameOf(p.names)),
      h(
        "span",
        { class: "muted" },
        t("product_facts", {
          list: formatPaise(p.list_price_paise),
          floor: formatPaise(p.floor_price_paise),
          unit: unitName(p.unit),
          stock: p.stock,
        }),
        p.is_active ? "" : ` · ${t("off_sale")}`,
      ),
      h("button", { type: "button", onclick: () => editProduct(p) }, t("edit"), h("span", { class: "sr-only" }, ` ${nameOf(p.names)}`)),
    ),
  );
  const none = query && !items.length ? [h("li", { class: "muted" }, t("no_match"))] : [];
  $("product-list").replaceChildren(...items, ...none);
  const names = $("pf-names");
  if (!names.childElementCount) {
    names.append(
      ...Object.entries(LANGUAGES).map(([code, label]) =>
        h(
          "div",
          { class: "field" },
          h("label", { for: `pf-name-${code}`, lang: code }, label),
          h("input", { id: `pf-name-${code}`, lang: code, maxlength: 120, dataset: { lang: code } }),
        ),
      ),
    );
  }
}

// The product being edited as it was read: the save sends only what the vendor changed
// from it, and a new stock with the stock read (`expected_stock`), so a sale made while
// the form was open is never written over (409 product_changed: the form shows the
// current product and the vendor saves again).
let editing = null;

async function editProduct(p) {
  // The list may be minutes old (sales take stock): read it again before editing.
  try {
    await loadProducts();
  } catch {
    // Offline: edit what is shown; the server refuses a stale stock all the same.
  }
  fillProductForm(products.get(p.id) || p);
  $("pf-names").querySelector("input").focus();
}

function fillProductForm(p) {
  editing = { ...p };
  $("pf-id").value = p.id;
  for (const input of $("pf-names").querySelectorAll("input")) input.value = p.names[input.dataset.lang] || "";
  $("pf-unit").value = p.unit;
  $("pf-list").value = rupeesInput(p.list_price_paise);
  $("pf-floor").value = rupeesInput(p.floor_price_paise);
  $("pf-stock").value = p.stock;
  $("pf-negotiable").checked = p.negotiable;
  $("pf-active").checked = p.is_active;
  $("product-form-h").textContent = t("edit_product", { name: nameOf(p.names) });
}

/** The fields of `body` that differ from the product as read, with `expected_stock`
 * when the stock is among them. */
function productChanges(read, body) {
  const changes = {};
  const same = (a, b) =>
    a && b && typeof a === "object"
      ? JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort())
      : a === b;
  for (const [key, value] of Object.entries(body)) {
    if (!same(value, read[key])) changes[key] = value;
  }
  if ("stock" in changes) changes.expected_stock = read.stock;
  return changes;
}

function wireProductForm() {
  const findAgain = debounced(() => {
    productsShown = PRODUCTS_PAGE;
    renderProducts();
  });
  $("pfind").addEventListener("input", findAgain);
  $("pfind").addEventListener("search", findAgain);
  $("more-products").addEventListener("click", () => {
    productsShown += PRODUCTS_PAGE;
    renderProducts();
  });
  const form = $("product-form");
  form.addEventListener("reset", () => {
    editing = null;
    $("pf-id").value = "";
    $("product-form-h").textContent = t("add_product");
  });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const names = {};
    for (const input of $("pf-names").querySelectorAll("input")) {
      if (input.value.trim()) names[input.dataset.lang] = input.value.trim();
    }
    const list = parseRupees($("pf-list").value);
    const floor = $("pf-floor").value.trim() ? parseRupees($("pf-floor").value) : list;
    const stock = Number.parseInt($("pf-stock").value, 10);
    const problems = [];
    if (!Object.keys(names).length) problems.push(t("need_name"));
    if (!list) problems.push(t("bad_list_price"));
    else if (list > MAX_PRICE_PAISE) problems.push(t("price_too_high", { max: formatPaise(MAX_PRICE_PAISE) }));
    if (!floor || (list && floor > list)) problems.push(t("bad_floor_price"));
    if (!(stock >= 0)) problems.push(t("bad_stock"));
    if (problems.length) return notice(problems.join(" "), { sticky: true });
    const body = {
      names,
      unit: $("pf-unit").value.trim() || "kg",
      list_price_paise: list,
      floor_price_paise: floor,
      stock,
      negotiable: $("pf-negotiable").checked,
    };
    const id = $("pf-id").value;
    try {
      if (id) {
        const read = editing && String(editing.id) === id ? editing : products.get(Number(id));
        const changes = productChanges(read, { ...body, is_active: $("pf-active").checked });
        if (Object.keys(changes).length) {
          await api(`/api/products/${id}`, { method: "PATCH", token: auth.token, body: changes });
        }
      } else {
        const created = await api("/api/products", { method: "POST", token: auth.token, body });
        if (!$("pf-active").checked) {
          await api(`/api/products/${created.id}`, { method: "PATCH", token: auth.token, body: { is_active: false } });
        }
      }
      notice(t("saved"));
      form.reset();
      await loadProducts();
    } catch (err) {
      if (err.code === "product_changed" && err.detail && err.detail.product) {
        // Nothing was saved: show the product as it is now, keeping the vendor's other
        // edits in the form, and the current stock in its field to check and save again.
        const current = err.detail.product;
        products.set(current.id, current);
        renderProducts();
        editing = { ...current };
        $("pf-stock").value = current.stock;
      }
      notice(err.message, { sticky: true });
    }
  });
}

// -- live negotiations --------------------------------------------------------------------

function room(n) {
  let r = rooms.get(n.id);
  if (!r) {
    r = {
      id: n.id,
      n,
      bids: [],
      lines: [],
      hint: null,
      members: {},
      confirmBelow: null,
      unsure: null, // the vendor's own price heard without confidence (confirm_price)
      fixing: null, // that price, being put right by hand
      note: "",
      live: null,
      conn: null, // the room socket's state (live.js onStatus)
      connWhy: "", // why it is reconnecting, in the console's language
      gone: "", // why it closed for good (the card follows the list), or ""
      player: null,
      error: "",
    };
    rooms.set(n.id, r);
  }
  return r;
}

async function pollNegotiations() {
  if (!auth || pollsPaused()) return;
  let page;
  let beyond = { items: [], next: null };
  try {
    // The 50 most recently active: a customer back with a new offer on an old deal is
    // among them, however many deals were opened since.
    page = await apiPage(`/api/negotiations?role=vendor&order=activity&limit=${DEALS_PAGE}`, { token: auth.token });
    // Below them, the deals still open (every one, up to BEYOND_MAX): counted under the
    // cards, shown when the vendor asks, and those already shown kept current.
    if (page.next) {
      const url = new URL(page.next, location.href);
      url.searchParams.set("state", "active");
      url.searchParams.set("limit", String(BEYOND_MAX));
      beyond = await apiPage(url.pathname + url.search, { token: auth.token });
    }
  } catch (err) {
    return pollFailed(err);
  }
  pollWorked();
  const now = Date.now();
  const list = page.items;
  const shown = list.filter((n) => ACTIVE.has(n.status) || now - Date.parse(n.updated_at) < RECENT_MS || rooms.has(n.id));
  const below = beyond.items.filter((n) => olderDealsShown || rooms.has(n.id));
  // The older ones go below the cards, most recently active first; a new card of the
  // newest goes on top, the least recently active first, so the most recent ends up at
  // the top of the page.
  for (const n of below) takeDeal(n, "below");
  for (const n of [...shown].reverse()) takeDeal(n, "top");
  balanceRooms();
  // Every open deal counts as seen: one shown later is not announced as a newcomer.
  seen = new Set([...(seen || []), ...shown.map((n) => n.id), ...beyond.items.map((n) => n.id)]);
  const hidden = beyond.items.length - below.length;
  dealsHidden = hidden === 0 ? "" : beyond.next ? `${hidden}+` : String(hidden);
  renderDealsMore();
  $("live-empty").hidden = rooms.size > 0;
}

function renderDealsMore() {
  $("deals-more").hidden = !dealsHidden;
  $("deals-more").textContent = dealsHidden ? t("more_deals", { n: dealsHidden }) : "";
}

function takeDeal(n, where) {
  const fresh = !rooms.has(n.id);
  const r = room(n);
  if (fresh) r.where = where;
  // The live socket knows bids first; the list knows what happens away from the room
  // (payment completing, expiry).
  if (fresh || !r.live || !r.live.open || !ACTIVE.has(n.status)) r.n = { ...r.n, ...n };
  settleError(r);
  if (fresh && seen && !seen.has(n.id) && ACTIVE.has(n.status)) {
    toast(t("new_customer", { product: productLabel(r) }));
  }
  r.activeAt = Math.max(r.activeAt || 0, Date.parse(n.updated_at) || 0);
  if (!ACTIVE.has(r.n.status) && r.live) unlink(r);
  renderRoom(r);
}

function listenForCustomers() {
  notices = new LiveSession({
    path: "/ws/vendor",
    readyOn: "welcome",
    token: auth.token,
    language: language(), // the one chosen on this page, not the account's
    onEvent: (event) => {
      if (event.type === "renew") return renewSignIn();
      if (event.type !== "customer_joined") return;
      // Told here first; the list poll then finds it without telling again.
      seen = new Set([...(seen || []), event.negotiation_id]);
      if (event.customer && event.customer.name) shopperNames.set(event.negotiation_id, event.customer.name);
      toast(event.text || t("new_customer", { product: event.product || "" }));
      pollNegotiations();
    },
    onAudio: () => {},
    onStatus: (status, detail) => {
      if (status === "fatal" && signedOut(detail)) return logout(detail.message);
      // Closed for good (not this account's channel any more): said, not asked again.
      if (status === "fatal") return showNoticesDown({ detail, stopped: true });
      if (status === "reconnecting" || status === "limited") {
        // Asked again by the session. The close's reason is kept through the retries: a
        // retry says "reconnecting" with no reason, or a ticket refused for no outage.
        const told = detail && (detail.code || OUTAGES.has(detail.error));
        const kept = noticesDown && !noticesDown.stopped ? noticesDown.detail : null;
        return showNoticesDown({ detail: told ? detail : kept, stopped: false });
      }
      if (status === "open") showNoticesDown(null);
    },
  });
  notices.connect();
}

/** Whether new customers are told here: while the notice channel is down (the server
 * restarting, its storage away, the network), a line says so and why, in the console's
 * language; the list poll still finds new deals meanwhile. */
function showNoticesDown(down) {
  noticesDown = down;
  renderNoticesDown();
}

function renderNoticesDown() {
  const line = $("notices-status");
  line.hidden = !noticesDown;
  if (!noticesDown) return void (line.textContent = "");
  const { detail, stopped } = noticesDown;
  // A close's `error`, or a refused ticket's code (a close's own `code` is a number).
  const error = detail && (detail.error || (typeof detail.code === "string" ? detail.code : null));
  line.textContent = stopped
    ? `${t("notices_stopped")} ${errorText(error || "other", "")}`
    : `${t("notices_paused")} ${closeReason(detail)}`;
}

/** Shoppers' names by deal, as the notice of their joining gave them. */
const shopperNames = new Map();

/** A short label telling one shopper's cards from another's ("Shopper 4F · Buyer 07"):
 * a code from the shopper's account number (the same shopper, the same code), with the
 * name they joined with: from the notice of their joining, or the deal list's
 * `customer_name` (after a reload, which heard no notice). */
function shopperLabel(r) {
  const id = r.n.customer_id;
  if (id === undefined || id === null) return "";
  const label = t("shopper_label", { code: Number(id).toString(36).toUpperCase() });
  const name = shopperNames.get(r.id) || r.n.customer_name;
  return name ? `${label} · ${name}` : label;
}

function productLabel(r) {
  const p = products.get(r.n.product_id);
  return p ? nameOf(p.names) : `#${r.n.product_id}`;
}

// The console always joins a room as a watcher and takes the vendor's voice only when
// nobody holds it (no phone leg, no other console tab): opening the console never cuts
// a call. When a phone leg takes the voice later, the console is let go (4000) and
// rejoins watching; when the voice leaves, a watching console takes it.
function voiceElsewhere(r) {
  const v = r.members.vendor;
  return Boolean(r.watching && v && v.state === "here");
}

/** Room sockets for the LIVE_ROOMS most recently active rooms (see LIVE_ROOMS). */
function balanceRooms() {
  const now = Date.now();
  if (now < cappedUntil) return;
  const newest = (a, b) => b.activeAt - a.activeAt;
  const live = [...rooms.values()].filter((r) => r.live).sort(newest);
  const waiting = [...rooms.values()]
    .filter((r) => !r.live && !r.gone && ACTIVE.has(r.n.status))
    .sort(newest);
  for (const r of waiting.splice(0, Math.max(0, LIVE_ROOMS - live.length))) connectRoom(r);
  const oldest = live[live.length - 1];
  const next = waiting[0];
  if (live.length >= LIVE_ROOMS && next && next.activeAt > oldest.activeAt && now - oldest.activeAt > QUIET_MS) {
    unlink(oldest);
    renderRoom(oldest);
    connectRoom(next);
  }
}

/** The room follows the list from now on: its socket closed, its offers from the list. */
function unlink(r) {
  if (r.live) r.live.close();
  r.live = null;
  r.conn = null;
  r.bids = []; // the list's latest offer is the one to answer; a rejoin's snapshot brings them back
  r.unsure = null;
  r.fixing = null;
}

function connectRoom(r) {
  r.watching = true;
  r.live = new LiveSession({
    negotiationId: r.id,
    token: auth.token,
    watch: true,
    language: language(), // the one chosen on this page, not the account's
    onEvent: (event) => onRoomEvent(r, event),
    onAudio: (data) => {
      if ($("hear").checked && r.player) r.player.push(data);
    },
    onStatus: (status, detail) => {
      if (status === "limited") {
        // Refused for the cap on live sockets: follow the list for a while, and say so.
        unlink(r);
        cappedUntil = Date.now() + LIMITED_MS;
        renderRoom(r);
        return;
      }
      if (status === "replaced") {
        r.live.close(); // someone else took the voice: keep following, watching
        connectRoom(r);
        return;
      }
      if (status === "fatal" && signedOut(detail)) return logout(detail.message);
      if (status === "fatal") {
        // Closed for good (the deal gone, or not this vendor's): said on the card, which
        // follows the list from now on; no socket is asked for it again.
        unlink(r);
        r.gone = (detail && detail.message) || errorText("other", "");
        renderRoom(r);
        return;
      }
      r.conn = status;
      r.connWhy = status === "reconnecting" ? closeReason(detail) : "";
      renderRoom(r);
    },
  });
  r.live.connect();
}

/** Why a room's socket is reconnecting, in the console's language: the server restarting
 * (1012), the server or its storage unreachable (an `error` before a 1013), else the
 * connection lost (the network, a stalled link, a slow read). */
function closeReason(detail) {
  if (!detail) return t("reconnecting");
  if (detail.code === 1012) return t("restarting");
  if (OUTAGES.has(detail.error)) return errorText(detail.error, "");
  return t("reconnecting");
}
const OUTAGES = new Set(["redis_unavailable", "database_unavailable", "overloaded", "unavailable"]);

function takeVoice(r) {
  if (r.live && r.watching && r.live.send({ type: "take_voice" })) {
    r.watching = false;
    r.conn = "open";
  }
}

function onRoomEvent(r, event) {
  switch (event.type) {
    case "snapshot":
      r.n = { ...r.n, ...event.negotiation };
      r.bids = event.bids.map((b) => ({ ...b }));
      if (event.product) productNow(event.product);
      r.members = event.members || {};
      // Every socket joins watching, a reconnected one too: it takes the voice again.
      if (event.you) r.watching = Boolean(event.you.watching);
      if (r.watching && !voiceElsewhere(r)) takeVoice(r);
      if (event.hint) {
        const bid = r.bids.find((b) => b.seq === event.hint.bid_seq);
        if (bid) bid.hint = event.hint;
      }
      break;
    case "state":
      r.n = { ...r.n, ...event.negotiation };
      settleError(r);
      break;
    case "offer":
      if (!r.bids.some((b) => b.id === event.bid_id)) {
        r.bids.push({
          id: event.bid_id,
          seq: event.bid_seq,
          side: event.side,
          amount_paise: event.amount_paise,
          quantity: event.quantity,
          source: event.source,
          transcript: event.transcript,
          text: event.text,
          hint: event.hint || null,
        });
      }
      r.n = { ...r.n, status: event.state, latest_offer: { side: event.side, amount_paise: event.amount_paise } };
      r.confirmBelow = null;
      r.error = "";
      r.unsure = null; // a bid leaves any price question behind
      r.note = "";
      if (event.side === "vendor") r.fixing = null;
      break;
    case "confirm_price":
      setUnsure(r, event);
      r.fixing = null;
      r.note = "";
      break;
    case "confirm_price_cancelled":
      if (r.unsure && r.unsure.utterance_id === event.utterance_id) setUnsure(r, null);
      r.note = event.text || "";
      break;
    case "not_understood":
      r.note = event.text; // what was heard, and "say the price again, or type it"
      break;
    case "slow":
      // Words not made out yet, seconds after they were said: nobody waits in silence.
      r.note = t(event.side === "vendor" ? "slow_yours" : "slow_theirs");
      break;
    case "confirm_reject":
      r.note = event.text; // a spoken refusal: "Do you want to end this deal? Say yes"
      break;
    case "confirm":
      r.note = event.text; // a spoken accept (the phone leg's too): "Deal at ₹40? Say yes"
      break;
    case "confirm_cancelled":
      r.note = "";
      break;
    case "confirming":
      // The customer's spoken accept or refusal waits for their "yes", or ended without
      // one: worded by the server in this console's language.
      r.note = event.text || "";
      break;
    case "busy":
      // The recognisers are full: the vendor's words are queued, or the shopper's coming.
      r.note = t(event.side === "vendor" ? "busy" : "slow_theirs");
      break;
    case "renew":
      renewSignIn(); // the sign-in lapses soon: renewed, and this socket moved to it
      return;
    case "product":
      // Edited (here, in another tab, over the API): this card, every other card of the
      // product and the product list show it as it is now.
      productNow(event.product);
      return;
    case "presence":
      r.members = { ...r.members, [event.side]: { ...(r.members[event.side] || {}), ...event } };
      if (event.side === "vendor" && r.watching && !voiceElsewhere(r)) takeVoice(r);
      break;
    case "transcript":
      if (event.final === false) return; // the speaker's own words so far
      if (r.note && [t("slow_yours"), t("slow_theirs"), t("busy")].includes(r.note)) r.note = "";
      addLine(r, { id: event.utterance_id, side: event.side, text: event.text, lang: event.language });
      break;
    case "translation":
      if (event.side !== "customer") break;
      addLine(
        r,
        event.untranslated // their words as said (and heard in their voice), never a transliteration
          ? { id: event.utterance_id, side: event.side, text: event.text, lang: event.language, untranslated: true }
          : { id: event.utterance_id, side: event.side, translated: event.text, tlang: event.language, machine: event.machine },
      );
      break;
    case "order":
      r.unsure = null;
      r.fixing = null;
      r.order = event.order;
      r.n = { ...r.n, status: "ACCEPTED" };
      settleError(r);
      pollOrders();
      break;
    case "audio_start":
      if ($("hear").checked) {
        r.player ??= new Player();
        r.player.unlock();
        r.player.begin(event);
      }
      break;
    case "audio_end":
      if (r.player) r.player.end(event);
      break;
    case "error":
      r.error = moveError(r, event.code, event.message, event.detail);
      r.unsure = null;
      break;
    default:
      return;
  }
  renderRoom(r);
}

/** A product as a room tells it (no floor price: the one read from the list is kept). */
function productNow(product) {
  const before = products.get(product.id);
  products.set(product.id, { ...(before || {}), ...product });
  renderProducts();
  for (const other of rooms.values()) if (other.n.product_id === product.id) renderRoom(other);
}

/** The price question on show (or none); it goes by itself when the server stops waiting. */
function setUnsure(r, question) {
  r.unsure = question;
  clearTimeout(r.unsureTimer);
  if (question) {
    r.unsureTimer = setTimeout(() => {
      if (r.unsure === question) {
        r.unsure = null;
        renderRoom(r);
      }
    }, (question.expires_in || 20) * 1000);
  }
}

function addLine(r, part) {
  const line = part.id && r.lines.find((l) => l.id === part.id && l.side === part.side);
  if (line) Object.assign(line, Object.fromEntries(Object.entries(part).filter(([, v]) => v != null)));
  else r.lines.push(part);
  if (r.lines.length > 100) r.lines.shift();
}

function latestCustomerOffer(r) {
  const last = r.bids[r.bids.length - 1];
  if (last && last.side === "customer") return last;
  const offer = r.n.latest_offer;
  if (offer && offer.side === "customer" && !last) {
    // A room following the list: the latest bid's seq is the negotiation's bid count.
    return { amount_paise: offer.amount_paise, quantity: r.n.quantity, seq: r.n.bid_count, side: "customer" };
  }
  return null;
}

function roomStateLine(r, unit) {
  const n = r.n;
  if (n.status === "COMPLETED") return t("vstate_paid");
  if (n.status === "ACCEPTED" || n.status === "LOCKED") return t("vstate_deal");
  if (n.status === "REJECTED") return t("state_rejected");
  if (n.status === "EXPIRED") return t("state_expired");
  if (n.status === "CANCELLED") return t("state_cancelled");
  const offer = n.latest_offer;
  if (!offer) return t("vstate_start");
  const price = formatPaise(offer.amount_paise);
  return offer.side === "customer"
    ? t("state_customer_offered", { price, unit })
    : t("state_you_offered", { price, unit });
}

function renderRoom(r) {
  const product = products.get(r.n.product_id);
  const unit = unitName(product ? product.unit : "");
  const floor = product ? product.floor_price_paise : null;
  const open = OPEN.has(r.n.status);
  // Taken off sale while open: nothing more can be sold or countered (the server refuses).
  const offSale = open && product && product.is_active === false;
  const offer = open && !offSale ? latestCustomerOffer(r) : null;
  const customer = r.members.customer;
  let card = $(`deal-${r.id}`);
  const kept = card ? keep(card) : null;

  const parts = [
    h("p", { class: "shopper" }, shopperLabel(r)),
    h(
      "h3",
      { id: `deal-${r.id}-h` },
      t("product_qty", { name: productLabel(r), qty: r.n.quantity, unit }),
      product ? ` · ${t("per_unit", { price: formatPaise(product.list_price_paise), unit })}` : "",
      offSale ? ` · ${t("off_sale")}` : "",
    ),
    h(
      "p",
      { class: "presence" },
      // Presence is known only through the room's socket: without one, nothing is said of
      // it (a customer on the page would read "away").
      !r.live
        ? ""
        : customer && customer.state === "here"
          ? t("customer_here", { language: LANGUAGES[customer.language] || customer.language || "" })
          : t("customer_away"),
      r.conn === "reconnecting" ? ` · ${r.connWhy || t("reconnecting")}` : "",
      !r.live && ACTIVE.has(r.n.status) ? t("room_polled") : "",
      voiceElsewhere(r)
        ? ` · ${t(r.members.vendor.client === "phone" ? "phone_has_voice" : "replaced")}`
        : "",
    ),
    h("p", { class: "state-line" }, roomStateLine(r, unit)),
    endReasonLine(r.n, "customer", `${t("customer")}:`),
  ];
  if (voiceElsewhere(r) && ACTIVE.has(r.n.status)) {
    parts.push(h("button", { type: "button", onclick: () => takeVoice(r) }, t("use_here")));
  }
  if (open && r.unsure) parts.push(unsureCard(r, r.unsure, unit));
  if (open && r.fixing) parts.push(fixForm(r, r.fixing, unit, floor));
  if (r.gone && ACTIVE.has(r.n.status)) parts.push(h("p", { class: "warn room-closed", role: "status" }, r.gone));
  if (r.note) parts.push(h("p", { class: "note", role: "status" }, r.note));
  if (offer) parts.push(incomingOffer(r, offer, unit, floor));
  if (r.error) parts.push(h("p", { class: "warn", role: "alert" }, r.error));
  if (!ACTIVE.has(r.n.status) || r.n.status === "ACCEPTED" || r.n.status === "LOCKED") {
    const o = r.order;
    if (o) parts.push(h("p", { class: "order-line" }, t("order_line", { id: o.id, total: formatPaise(o.total_paise) })));
  }
  parts.push(
    h(
      "details",
      { class: "conv", open: true },
      h("summary", {}, t("conversation")),
      h(
        "ol",
        { class: "transcript" },
        r.lines.map((l) => {
          const theirs = l.side === "customer";
          const main = theirs && l.translated && !l.untranslated ? l.translated : l.text || l.translated || "";
          const original = theirs && l.translated && l.text && l.text !== l.translated ? l.text : null;
          return h(
            "li",
            { class: theirs ? "theirs" : "mine" },
            h("span", { class: "who" }, theirs ? t("customer") : t("you")),
            h("span", { class: "said", lang: theirs && l.untranslated ? l.lang : undefined }, main),
            original ? h("small", { class: "original", lang: l.lang }, original) : null,
            theirs && l.untranslated ? h("small", { class: "untranslated" }, t("not_translated")) : null,
            theirs && l.machine && !l.untranslated ? h("small", { class: "machine" }, t("machine_translated")) : null,
          );
        }),
      ),
    ),
    h(
      "details",
      { class: "history" },
      h("summary", {}, t("offers")),
      h(
        "ol",
        {},
        r.bids.map((b) =>
          h("li", {}, `${b.side === "customer" ? t("customer") : t("you")}: `, t("per_unit", { price: formatPaise(b.amount_paise), unit }), ` × ${b.quantity}`),
        ),
      ),
    ),
  );
  const fresh = h(
    "article",
    { id: `deal-${r.id}`, class: `deal status-${r.n.status.toLowerCase()}`, "aria-labelledby": `deal-${r.id}-h` },
    parts,
  );
  if (card) card.replaceWith(fresh);
  else if (r.where === "below") $("negotiations").append(fresh);
  else $("negotiations").prepend(fresh);
  if (kept) restore(fresh, kept);
  $("live-empty").hidden = rooms.size > 0;
}

function incomingOffer(r, offer, unit, floor) {
  const below = floor != null && offer.amount_paise < floor;
  const hint = offer.hint;
  const counterDefault = hint && hint.action === "counter" && hint.amount_paise ? hint.amount_paise : null;
  const confirmAccept = r.confirmBelow === "accept";
  const confirmCounter = r.confirmBelow === "counter";
  return h(
    "div",
    { class: `incoming${below ? " below" : ""}`, role: "group", "aria-label": t("incoming_offer") },
    h("p", { class: "offer-who" }, t("customer_offers")),
    h("p", { class: "offer-amount" }, t("per_unit", { price: formatPaise(offer.amount_paise), unit })),
    h("p", { class: "offer-total" }, t("times_qty", { qty: offer.quantity, unit, total: formatPaise(offer.amount_paise * offer.quantity) })),
    below ? h("p", { class: "warn" }, "⚠ ", t("below_floor", { price: formatPaise(floor) })) : null,
    hint
      ? h(
          "p",
          { class: `hint hint-${hint.action}` },
          h("strong", {}, t("hint"), ": "),
          hint.text
            ? h("span", { lang: hint.language || undefined }, hint.text)
            : [
                hint.action === "counter" && hint.amount_paise
                  ? t("hint_counter", { price: formatPaise(hint.amount_paise) })
                  : t(`hint_${hint.action}`),
                hint.reason ? h("span", { class: "muted" }, ` — ${hint.reason}`) : null,
              ],
        )
      : null,
    h(
      "div",
      { class: "row actions" },
      h(
        "button",
        {
          type: "button",
          class: confirmAccept ? "danger" : "primary",
          dataset: { action: "accept" },
          onclick: () => {
            if (below && !confirmAccept) {
              r.confirmBelow = "accept";
              return renderRoom(r);
            }
            send(r, { type: "accept", expected_seq: offer.seq, confirm_below_floor: below || undefined });
          },
        },
        confirmAccept ? t("accept_below_floor") : t("accept_price", { price: formatPaise(offer.amount_paise) }),
      ),
      h("button", { type: "button", class: "danger", dataset: { action: "reject" }, onclick: () => send(r, { type: "reject" }) }, t("reject")),
    ),
    h(
      "form",
      {
        class: "row counter",
        onsubmit: (e) => {
          e.preventDefault();
          const input = e.target.querySelector("input");
          const paise = parseRupees(input.value);
          if (!paise) {
            input.setAttribute("aria-invalid", "true");
            return notice(t("bad_amount"));
          }
          input.removeAttribute("aria-invalid");
          clearNotice(t("bad_amount"));
          const belowCounter = floor != null && paise < floor;
          if (belowCounter && !confirmCounter) {
            r.confirmBelow = "counter";
            r.error = t("below_floor", { price: formatPaise(floor) });
            return renderRoom(r);
          }
          send(r, { type: "offer", amount_paise: paise, confirm_below_floor: belowCounter || undefined });
        },
      },
      h("label", { for: `counter-${r.id}` }, t("counter_label", { unit })),
      h("input", {
        id: `counter-${r.id}`,
        inputmode: "decimal",
        autocomplete: "off",
        dataset: { keep: "counter" },
        value: counterDefault ? rupeesInput(counterDefault) : "",
      }),
      h("button", { type: "submit", dataset: { action: "counter" } }, confirmCounter ? t("counter_below_floor") : t("counter")),
    ),
  );
}

function unsureCard(r, question, unit) {
  const price = t("per_unit", { price: formatPaise(question.unit_price_paise), unit });
  return h(
    "div",
    { class: "incoming unsure", role: "group", "aria-label": t("unsure_group") },
    h("p", { class: "offer-who", lang: question.language }, question.text),
    h("p", { class: "heard", lang: question.language }, t("unsure_heard", { text: question.heard })),
    h(
      "div",
      { class: "row actions" },
      h(
        "button",
        {
          type: "button",
          class: "primary",
          dataset: { action: "confirm-price" },
          onclick: () => {
            send(r, { type: "confirm_price", utterance_id: question.utterance_id, confirm: true });
            setUnsure(r, null);
            renderRoom(r);
          },
        },
        t("unsure_confirm", { price }),
      ),
      h(
        "button",
        {
          type: "button",
          dataset: { action: "fix-price" },
          onclick: () => {
            send(r, { type: "confirm_price", utterance_id: question.utterance_id, confirm: false });
            setUnsure(r, null);
            r.fixing = question;
            renderRoom(r);
            const input = $(`fix-${r.id}`);
            if (input) {
              input.focus();
              input.select();
            }
          },
        },
        t("unsure_fix"),
      ),
    ),
  );
}

/** The vendor's heard price, put right by hand: sent as a button offer. */
function fixForm(r, question, unit, floor) {
  const confirmFix = r.confirmBelow === "fix";
  return h(
    "form",
    {
      class: "row counter",
      onsubmit: (e) => {
        e.preventDefault();
        const input = e.target.querySelector("input");
        const paise = parseRupees(input.value);
        if (!paise) {
          input.setAttribute("aria-invalid", "true");
          return notice(t("bad_amount"));
        }
        input.removeAttribute("aria-invalid");
        clearNotice(t("bad_amount"));
        const below = floor != null && paise < floor;
        if (below && !confirmFix) {
          r.confirmBelow = "fix";
          r.error = t("below_floor", { price: formatPaise(floor) });
          return renderRoom(r);
        }
        r.note = "";
        send(r, { type: "offer", amount_paise: paise, confirm_below_floor: below || undefined });
      },
    },
    h("label", { for: `fix-${r.id}` }, t("your_offer", { unit })),
    h("input", {
      id: `fix-${r.id}`,
      inputmode: "decimal",
      autocomplete: "off",
      dataset: { keep: "fix" },
      value: rupeesInput(question.unit_price_paise),
    }),
    h("button", { type: "submit", dataset: { action: "fix" } }, confirmFix ? t("counter_below_floor") : t("send_offer")),
  );
}

// A room without a socket (see LIVE_ROOMS) answers over the REST API.
const REST_MOVES = {
  accept: (m) => ["accept", { expected_seq: m.expected_seq, confirm_below_floor: m.confirm_below_floor }],
  reject: () => ["reject", {}],
  offer: (m) => ["bids", { amount_paise: m.amount_paise, confirm_below_floor: m.confirm_below_floor }],
};

function send(r, message) {
  r.error = "";
  r.activeAt = Date.now(); // the vendor is dealing here: its room is the next to go live
  if (r.live && r.live.send(message)) return;
  const rest = !r.live && REST_MOVES[message.type];
  if (!rest) {
    r.error = t("not_connected");
    renderRoom(r);
    return;
  }
  const [path, body] = rest(message);
  api(`/api/negotiations/${r.id}/${path}`, { method: "POST", token: auth.token, body: JSON.parse(JSON.stringify(body)) })
    .then(() => {
      r.confirmBelow = null;
      if (message.type === "accept") pollOrders();
      return pollNegotiations();
    })
    .catch((err) => {
      r.error = moveError(r, err.code, err.serverMessage, err.detail);
      renderRoom(r);
      if (OVERTAKEN.has(err.code)) pollNegotiations();
    });
}

/** Input values and focus inside a card, so a re-render does not eat what is typed. */
function keep(card) {
  const values = {};
  for (const input of card.querySelectorAll("[data-keep]")) values[input.dataset.keep] = input.value;
  const focused = card.contains(document.activeElement) ? document.activeElement : null;
  return {
    values,
    focusKeep: focused && focused.dataset ? focused.dataset.keep || focused.dataset.action : null,
    open: [...card.querySelectorAll("details")].map((d) => d.open),
  };
}

function restore(card, kept) {
  for (const input of card.querySelectorAll("[data-keep]")) {
    if (kept.values[input.dataset.keep]) input.value = kept.values[input.dataset.keep];
  }
  card.querySelectorAll("details").forEach((d, i) => {
    if (i < kept.open.length) d.open = kept.open[i];
  });
  if (kept.focusKeep) {
    const target = card.querySelector(`[data-keep="${kept.focusKeep}"], [data-action="${kept.focusKeep}"]`);
    if (target) target.focus();
  }
}

let toastTimer = 0;
function toast(text) {
  const el = $("toast");
  el.textContent = text;
  el.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => (el.hidden = true), 10000);
}

// -- orders -------------------------------------------------------------------------------

function pollsPaused() {
  if (Date.now() >= pollPause.until) return false;
  showPaused();
  return true;
}

function pollFailed(err) {
  if (err.status === 401) return logout(err.message);
  if (err.status !== 429) return; // the next poll tries again
  pollPause.backoff = Math.min(Math.max(pollPause.backoff * 2, 5), 60);
  pollPause.until = Date.now() + 1000 * Math.max(err.retryAfter || 0, pollPause.backoff);
  showPaused();
}

function pollWorked() {
  pollPause.backoff = Math.floor(pollPause.backoff / 2);
  $("polls-paused").hidden = true;
}

function showPaused() {
  const el = $("polls-paused");
  el.textContent = t("polls_paused", { seconds: Math.max(1, Math.ceil((pollPause.until - Date.now()) / 1000)) });
  el.hidden = false;
}

/** Where the older part is read again: from its own cursor once it has one, else the
 * newest page's `Link`, for as many rows as it shows. */
function olderPath(newest) {
  const count = Math.min(olderOrders.items.length, 200);
  if (olderOrders.before !== null) return `/api/console/orders?limit=${count}&before=${olderOrders.before}`;
  if (!newest.next) return null;
  const url = new URL(newest.next, location.href);
  url.searchParams.set("limit", String(count));
  return url.pathname + url.search;
}

async function pollOrders() {
  if (!auth || pollsPaused()) return;
  const run = ++ordersPoll;
  const shape = ordersShape;
  let newest;
  let older = null;
  try {
    newest = await apiPage(`/api/console/orders?limit=${ORDERS_PAGE}`, { token: auth.token });
    if (olderOrders.items.length) {
      const path = olderPath(newest);
      older = path ? await apiPage(path, { token: auth.token }) : { items: [], next: null };
    }
  } catch (err) {
    return pollFailed(err);
  }
  pollWorked();
  // A later poll answers instead; older orders added or hidden meanwhile: the next poll.
  if (run !== ordersPoll || shape !== ordersShape) return;
  newestOrders = newest;
  if (older) olderOrders = { ...olderOrders, items: older.items, next: older.next };
  renderOrders();
}

async function showOlderOrders() {
  const link = olderOrders.items.length ? olderOrders.next : newestOrders.next;
  if (!auth || !link || olderBusy) return;
  olderBusy = true;
  const shape = ordersShape;
  // A page at a time, whatever the refresh that gave the link asked for.
  const url = new URL(link, location.href);
  url.searchParams.set("limit", String(ORDERS_PAGE));
  let page;
  try {
    page = await apiPage(url.pathname + url.search, { token: auth.token });
  } catch (err) {
    if (err.status === 429) pollFailed(err);
    else if (err.status === 401) logout(err.message);
    else notice(err.message, { sticky: true });
    return;
  } finally {
    olderBusy = false;
  }
  if (shape !== ordersShape) return; // hidden, or logged out, meanwhile
  ordersShape++;
  let items = [...olderOrders.items, ...page.items];
  let before = olderOrders.before;
  if (items.length > OLDER_MAX) {
    items = items.slice(items.length - OLDER_MAX);
    before = items[0].order.id + 1; // "older than" the newest kept one, itself included
  }
  olderOrders = { before, items, next: page.next };
  renderOrders();
}

function renderOrders() {
  const ul = $("order-list");
  const newest = newestOrders.items;
  const onTop = new Set(newest.map((i) => i.order.id));
  const older = olderOrders.items.filter((i) => !onTop.has(i.order.id));
  const listed = [...newest, ...older];
  const ids = new Set(listed.map((i) => i.order.id));
  for (const item of listed) {
    const sig = JSON.stringify([item.order.status, item.payment.paid_paise, item.payment.refunded_paise, item.payment.refunds_pending_paise, language()]);
    const row = orderRows.get(item.order.id);
    if (row && row.sig === sig) continue;
    if (row && row.el.contains(document.activeElement)) continue; // typing a refund: later
    const el = orderItem(item);
    if (row) row.el.replaceWith(el);
    orderRows.set(item.order.id, { sig, el });
  }
  // Rows no longer listed leave (one being typed in stays until it is left).
  for (const [id, row] of orderRows) {
    if (ids.has(id) || row.el.contains(document.activeElement)) continue;
    row.el.remove();
    orderRows.delete(id);
  }
  const gap = olderOrders.before !== null && older.length
    ? h("li", { class: "orders-gap", id: "orders-gap" }, t("orders_from", { id: older[0].order.id }))
    : null;
  const oldGap = $("orders-gap");
  if (oldGap) oldGap.remove();
  // Newest first, as the server sends them; a row already in its place is not moved
  // (moving it would take the focus from a refund being typed).
  const wanted = [...newest.map((i) => orderRows.get(i.order.id).el), gap, ...older.map((i) => orderRows.get(i.order.id).el)];
  let at = ul.firstChild;
  for (const el of wanted) {
    if (!el) continue;
    if (el === at) at = at.nextSibling;
    else ul.insertBefore(el, at);
  }
  $("orders-empty").hidden = listed.length > 0;
  $("orders-older").hidden = !(olderOrders.items.length ? olderOrders.next : newestOrders.next);
  $("orders-newest").hidden = !olderOrders.items.length;
  for (const r of rooms.values()) {
    const item = listed.find((i) => i.order.negotiation_id === r.id);
    if (item && (!r.order || r.order.status !== item.order.status)) {
      r.order = item.order;
      renderRoom(r);
    }
  }
}

function orderItem(item) {
  const o = item.order;
  const p = item.payment;
  const unit = unitName(item.unit);
  const refundable = p.paid_paise - p.refunded_paise - p.refunds_pending_paise;
  const payment = [];
  if (p.paid) payment.push(t("pay_paid", { amount: formatPaise(p.paid_paise) }));
  if (p.refunded_paise) payment.push(t("pay_refunded", { amount: formatPaise(p.refunded_paise) }));
  if (p.refunds_pending_paise) payment.push(t("pay_refund_pending", { amount: formatPaise(p.refunds_pending_paise) }));
  return h(
    "li",
    { class: `order status-${o.status}`, id: `order-${o.id}`, dataset: { orderId: o.id, status: o.status } },
    h("p", { class: "order-head" }, h("strong", {}, `#${o.id}`), " ", nameOf(item.product_names), " · ", `${o.quantity} ${unit}`, " · ", formatPaise(o.total_paise)),
    h("p", { class: "order-status" }, h("span", { class: `badge badge-${o.status}` }, t(`order_${o.status}`)), payment.length ? ` ${payment.join(" · ")}` : ""),
    p.paid && refundable > 0
      ? h(
          "details",
          { class: "refund" },
          h("summary", {}, t("refund")),
          h(
            "form",
            {
              onsubmit: async (e) => {
                e.preventDefault();
                const form = e.target;
                const raw = form.querySelector(".refund-amount").value.trim();
                const amount = raw ? parseRupees(raw) : null;
                if (raw && !amount) return notice(t("bad_amount"));
                clearNotice(t("bad_amount"));
                const body = { order_id: o.id, reason: form.querySelector(".refund-reason").value.trim() || null };
                if (amount) body.amount_paise = amount;
                try {
                  await api("/api/payment/refund", {
                    method: "POST",
                    token: auth.token,
                    body,
                    headers: { "Idempotency-Key": form.dataset.key },
                  });
                  notice(t("refund_sent", { amount: formatPaise(amount || refundable) }));
                  document.activeElement.blur();
                  pollOrders();
                } catch (err) {
                  notice(err.message, { sticky: true });
                }
              },
              dataset: { key: newKey() },
            },
            h("label", { for: `refund-amount-${o.id}` }, t("refund_amount", { max: formatPaise(refundable) })),
            h("input", { id: `refund-amount-${o.id}`, class: "refund-amount", inputmode: "decimal", autocomplete: "off" }),
            h("label", { for: `refund-reason-${o.id}` }, t("refund_reason")),
            h("input", { id: `refund-reason-${o.id}`, class: "refund-reason", maxlength: 255 }),
            h("button", { type: "submit", class: "danger" }, t("refund")),
          ),
        )
      : null,
  );
}

function newKey() {
  if (crypto.randomUUID) return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
}

main();
