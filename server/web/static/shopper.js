// The shopper page: pick a product at the stall behind the QR code, bargain by voice or by
// buttons, pay at the deal. State that must survive a reload (or the trip to the payment
// page) lives in sessionStorage; the conversation's truth is the server's snapshot. A deal
// under way is also kept in localStorage, per stall code (DEALS), so a shopper whose tab is
// gone (closed, a UPI app opened from Pay, the QR link scanned again) gets back to it.
import {
  $,
  ApiError,
  api,
  boot,
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
import { debounced } from "./finding.js";
import { LiveSession } from "./live.js";
import { Microphone, Player, silenceFrames } from "./audio.js";

const KEY = "vyapar.shopper";
const DEALS = "vyapar.shopper.deals"; // stall code → the state of a deal under way there
const DEALS_KEPT = 5;
const DEAL_KEPT_MS = 24 * 60 * 60 * 1000; // a guest's sign-in lasts a day
const OPEN_STATES = new Set(["OPEN", "COUNTERED"]);
const DEAL_STATES = new Set(["ACCEPTED", "LOCKED", "COMPLETED"]);
const ENDED_STATES = new Set(["REJECTED", "EXPIRED", "CANCELLED"]); // no deal: the stall's products again
const PICK_PAGE = 50; // products listed at a time; "show more" lists the next ones

let state = load() || {};
let stall = null; // the stall's public view while picking
let live = null;
let negotiation = null; // the server's view: status, quantity, latest_offer, bid_count
let bids = []; // offers in order (snapshot bids, then offer events)
let confirming = null; // a spoken accept waiting for "yes"
let unsure = null; // a price the server heard without confidence, waiting for "yes" (confirm_price)
let unsureTimer = 0;
let interim = null; // what the shopper is saying right now, before the final transcript
let talking = false; // push-to-talk held
let listening = false; // hands-free on
let paymentPoll = 0;
let payBy = null; // when the stock held for the unpaid order is released (ms), from its payment status
let lateRefund = null; // an expired deal's payment that is being (or was) refunded: {paise, done}
let lateRefundAsked = 0; // the order whose payment status was read after its deal expired
let renewing = false; // a lapsed guest sign-in being renewed (once per page)
let typed = null; // a typed price sent and not yet made ({paise}): its box is kept till then
let shown = new Map(); // id → product: the choices listed so far while picking
let finding = ""; // what the search box asks the stall for
let findings = 0; // searches asked, so that only the latest one's answer is listed
let nextPage = null; // the cursor of the stall's next page of products ("show more")
let elsewhere = false; // a newer tab (or device) took this deal's socket: this one only shows

const player = new Player((playing) => {
  $("stop-audio").disabled = !playing;
});
const mic = new Microphone({
  onFrame: (pcm) => {
    if ((talking || listening) && live) live.sendAudio(pcm);
  },
  onLevel: (level) => {
    $("level").value = Math.min(1, level * 4);
  },
});

function load() {
  try {
    return JSON.parse(sessionStorage.getItem(KEY) || "null");
  } catch {
    return null;
  }
}

function save() {
  sessionStorage.setItem(KEY, JSON.stringify(state));
  keepDeal();
}

function savedDeals() {
  try {
    const all = JSON.parse(localStorage.getItem(DEALS) || "{}");
    const now = Date.now();
    return Object.fromEntries(
      Object.entries(all).filter(([, d]) => d && d.negotiation_id && now - (d.saved_at || 0) < DEAL_KEPT_MS),
    );
  } catch {
    return {};
  }
}

/** Keep this tab's deal for its stall code while it is under way; forget it once paid or over. */
function keepDeal() {
  if (!state.qr) return;
  const all = savedDeals();
  const status = negotiation && negotiation.status;
  const over = state.paid || ["COMPLETED", "REJECTED", "EXPIRED", "CANCELLED"].includes(status);
  if (!state.negotiation_id || over) delete all[state.qr];
  else all[state.qr] = { ...state, saved_at: Date.now() };
  const kept = Object.entries(all)
    .sort(([, a], [, b]) => b.saved_at - a.saved_at)
    .slice(0, DEALS_KEPT);
  try {
    localStorage.setItem(DEALS, JSON.stringify(Object.fromEntries(kept)));
  } catch {
    // storage full or refused: the tab's own copy still works
  }
}

/** The deal under way at `qr` (this stall code), else the most recent one anywhere. */
function dealFor(qr) {
  const all = savedDeals();
  if (qr) return all[qr] || null;
  const newest = Object.values(all).sort((a, b) => b.saved_at - a.saved_at)[0];
  return newest || null;
}

// -- starting -------------------------------------------------------------------------

async function main() {
  await loadStrings();
  const b = boot();
  const chosen = pickLanguage(state.language || localStorage.getItem("vyapar.lang"));
  fillLanguageSelect($("lang"), chosen);
  setLanguage(chosen);
  $("lang").addEventListener("change", () => changeLanguage($("lang").value));
  wireTalk();
  wireOffers();
  wirePay();

  if (!state.negotiation_id || (b.token && state.qr !== b.token)) {
    // A new tab: the deal this browser has under way at this stall (or, on /shop, its
    // latest), if any, instead of a fresh start.
    const kept = dealFor(b.token);
    if (kept) {
      const { saved_at: _, ...restored } = kept;
      state = { ...restored, language: chosen };
      sessionStorage.setItem(KEY, JSON.stringify(state));
    }
  }
  // The stall's code scanned again after a deal there ended, paid or without a deal: its
  // products, for the next one.
  if (b.token && !(state.qr === b.token && state.negotiation_id && !state.ended && !state.paid)) {
    state = { qr: b.token, business_name: b.business_name, language: chosen };
    save();
    await showPick();
  } else if (state.negotiation_id) {
    await resume();
  } else {
    $("stall-name").textContent = t("app_name");
    notice(t("err_no_visit"), { sticky: true });
  }
  await returnedFromPayment();
}

async function changeLanguage(lang) {
  setLanguage(lang);
  localStorage.setItem("vyapar.lang", lang);
  state.language = lang;
  save();
  if (!state.negotiation_id) {
    await showPick();
    return;
  }
  renderTalk();
  // Speech is heard in the language the socket said hello with: say it again.
  if (live) {
    live.close();
    live = null;
    connect();
  }
}

/** The stall's products to choose from. `after`: below a deal that ended without one
 * (rejected, cancelled, expired), whose outcome stays on show above them. */
async function showPick(after = false) {
  if (!after) $("stall-name").textContent = state.business_name || "";
  finding = "";
  $("find").value = "";
  let first;
  try {
    first = await stallPage();
    const wanted = first.product_id ?? state.product_id;
    if (wanted && !first.products.some((p) => p.id === wanted)) {
      // The product a per-product code was printed for (or the one picked before), on
      // a later page: ask for it alone, to show it first.
      const one = await api(`${stallUrl()}&after=${wanted - 1}&limit=1`);
      if (one.products.length && one.products[0].id === wanted) first.products.unshift(one.products[0]);
    }
  } catch (err) {
    notice(err.message, { sticky: true });
    return;
  }
  stall = first;
  state.business_name = stall.business_name;
  save();
  if (!after) {
    $("stall-name").textContent = stall.business_name;
    document.title = stall.business_name;
  }
  $("find-row").hidden = true;
  if (stall.open === false) {
    $("products").replaceChildren(h("p", { class: "muted" }, t("err_closed")));
    $("more-products").hidden = true;
    $("start").disabled = true;
  } else if (!stall.products.length) {
    $("products").replaceChildren(h("p", { class: "muted" }, t("no_products")));
    $("more-products").hidden = true;
    $("start").disabled = true;
  } else {
    // A stall of more than a page gets a search box, and its list grows by "show more".
    $("find-row").hidden = !stall.next_after;
    $("start").disabled = false;
    shown = new Map();
    const preselect = stall.product_id ?? state.product_id ?? stall.products[0].id;
    state.product_id = preselect;
    listProducts(stall.products, stall.next_after, false);
    pickProduct(shown.get(preselect) || stall.products[0]);
  }
  if (after) $("talk").after($("pick"));
  else $("talk").before($("pick"));
  $("pick").hidden = false;
  $("talk").hidden = !after;
}

/** The deal ended without one: remembered for this tab (a fresh scan of the stall's code
 * starts anew), and the stall's products offered below it, once per page. */
function dealEnded() {
  if (!negotiation || !ENDED_STATES.has(negotiation.status) || !state.qr) return;
  if (!state.ended) {
    state.ended = true;
    save();
  }
  if (!$("pick").hidden) return;
  showPick(true);
}

function stallUrl() {
  return `/api/qr/${encodeURIComponent(state.qr)}/stall?language=${language()}`;
}

/** A page of the stall's products (PICK_PAGE of them), those named like `finding` if set. */
function stallPage(after = null) {
  let url = `${stallUrl()}&limit=${PICK_PAGE}`;
  if (finding) url += `&q=${encodeURIComponent(finding)}`;
  if (after) url += `&after=${after}`;
  return api(url);
}

/** The products of a page as choices: in place of the list, or after it (`more`). */
function listProducts(products, nextAfter, more) {
  const list = $("products");
  const fresh = products.filter((p) => !(more && shown.has(p.id)));
  for (const p of fresh) shown.set(p.id, p);
  const items = fresh.map((p) =>
    h(
      "label",
      { class: "product" },
      h("input", {
        type: "radio",
        name: "product",
        value: p.id,
        checked: p.id === state.product_id,
        onchange: () => pickProduct(p),
      }),
      h(
        "span",
        { class: "product-text" },
        h("span", { class: "product-name", lang: language() }, p.name),
        h(
          "span",
          { class: "product-price" },
          t("per_unit", { price: formatPaise(p.list_price_paise), unit: unitName(p.unit) }),
        ),
        h("span", { class: "muted" }, t("in_stock", { n: p.stock, unit: unitName(p.unit) })),
      ),
    ),
  );
  if (more) list.append(...items);
  else list.replaceChildren(...(items.length ? items : [h("p", { class: "muted" }, t("no_match"))]));
  nextPage = nextAfter;
  $("more-products").hidden = !nextAfter;
}

/** The search box: the stall's products named like what is typed, from the server. */
async function find() {
  const typed = $("find").value.trim();
  if (typed === finding) return;
  finding = typed;
  const asked = ++findings;
  try {
    const page = await stallPage();
    if (asked !== findings) return; // a later search answered first or is on its way
    listProducts(page.products, page.next_after, false);
  } catch (err) {
    if (asked === findings) notice(err.message);
  }
}

async function showMore() {
  const asked = findings;
  const button = $("more-products");
  button.disabled = true;
  try {
    const page = await stallPage(nextPage);
    if (asked === findings) listProducts(page.products, page.next_after, true);
  } catch (err) {
    notice(err.message);
  } finally {
    button.disabled = false;
  }
}

function pickProduct(product) {
  state.product_id = product.id;
  $("qty-label").textContent = t("quantity_in", { unit: unitName(product.unit) });
  $("qty").max = String(product.stock);
}

async function join(event) {
  event.preventDefault();
  const product = shown.get(state.product_id);
  const quantity = Number.parseInt($("qty").value, 10);
  if (!product) return notice(t("pick_product"));
  if (!(quantity >= 1 && quantity <= product.stock)) {
    $("qty").setAttribute("aria-invalid", "true");
    return notice(t("bad_quantity", { max: product.stock, unit: unitName(product.unit) }));
  }
  $("qty").removeAttribute("aria-invalid");
  player.unlock(); // a click: the browser lets this page make sound from now on
  $("start").disabled = true;
  notice(t("joining"));
  try {
    const joined = await api(`/api/qr/${encodeURIComponent(state.qr)}/join`, {
      method: "POST",
      body: { language: language(), product_id: product.id, quantity },
    });
    if (live) live.close();
    live = null;
    negotiation = null;
    bids = [];
    confirming = null;
    unsure = null;
    clearTimeout(unsureTimer);
    typed = null;
    elsewhere = false;
    Object.assign(state, {
      ended: false,
      guest_token: joined.token,
      negotiation_id: joined.negotiation.id,
      vendor: joined.vendor,
      product,
      quantity,
      transcript: [],
      order: null,
      paid: false,
    });
    save();
    // A one-visit code is spent now: a reload resumes this visit instead.
    history.replaceState(null, "", "/shop");
    notice("");
    await resume();
  } catch (err) {
    notice(err instanceof ApiError ? err.message : String(err), { sticky: true });
    if (err instanceof ApiError && err.status === 429 && err.retryAfter > 0) {
      // Refused for a while (the stall busy from this network): the button waits as
      // long as the server asked, so a tap in between is not one more refusal.
      setTimeout(() => ($("start").disabled = false), err.retryAfter * 1000);
      return;
    }
    $("start").disabled = false;
  }
}

async function resume() {
  $("pick").hidden = true;
  $("talk").hidden = false;
  $("stall-name").textContent = (state.vendor && state.vendor.business_name) || state.business_name || "";
  renderTalk();
  connect();
}

function connect() {
  live = new LiveSession({
    negotiationId: state.negotiation_id,
    token: state.guest_token,
    language: language(),
    onEvent,
    onAudio: (data) => player.push(data),
    onStatus,
  });
  live.connect();
}

function onStatus(status, detail) {
  const el = $("presence");
  if (status === "open") {
    el.dataset.conn = "open";
    notice("");
    if (elsewhere) {
      elsewhere = false;
      renderTalk();
    }
  } else if (status === "reconnecting") {
    el.dataset.conn = "lost";
    notice(t("reconnecting"), { sticky: true });
  } else if (status === "replaced") {
    // A newer tab of this deal took its socket: what this one shows is no longer live, so
    // it offers nothing to press but "continue here".
    elsewhere = true;
    notice("");
    renderTalk();
  } else if (status === "fatal") {
    if (signedOut(detail) && state.guest_token && !renewing) {
      renewGuest();
      return;
    }
    // `message` is in the page's language (an API error's, or the socket's close as a code).
    notice(t("err_session", { message: (detail && detail.message) || "" }), {
      sticky: true,
    });
  }
}

/** Whether a refusal ended the sign-in itself (lapsed, renewed elsewhere): a guest's page
 * renews it rather than ask for a log-in a guest does not have. */
function signedOut(detail) {
  const code = detail && (detail.error || detail.code);
  return (detail && detail.status === 401) || code === "unauthorized" || code === "session_revoked";
}

/** A guest's sign-in lapses a day after the scan while this page still keeps their deal:
 * the lapsed token renews it, once (`POST /api/guest/renew`), and the deal goes on. When
 * it cannot be renewed (renewed on another tab, the guest ended, lapsed too long ago), the
 * deal is forgotten here and the stall's list shown, to start again with a fresh scan. */
async function renewGuest() {
  renewing = true;
  // The renewal ends this socket's sign-in: it is let go first, the microphone's words
  // held until the next one is joined (renewSoon waited for a quiet moment).
  if (live) live.letGo();
  if (renewedElsewhere()) return;
  try {
    const fresh = await api("/api/guest/renew", { method: "POST", token: state.guest_token });
    state.guest_token = fresh.token;
    save();
    renewing = false; // a later lapse (another day) renews again
    rejoin();
  } catch (err) {
    if (err.status >= 500 || err.status === 429 || err.status === undefined) {
      // Not an answer about the sign-in (no network, the server busy): say so, keep the deal.
      notice(err.message, { sticky: true });
      renewing = false;
      setTimeout(() => rejoin(), Math.max(5, err.retryAfter || 0) * 1000);
      return;
    }
    // Refused because another tab of this deal renewed first: take its sign-in.
    if (renewedElsewhere()) return;
    if (live) live.close();
    startAgain();
  }
}

/** Into the room again with the deal's sign-in, on the session let go for the renewal. */
function rejoin() {
  if (!live || live.closed) return connect();
  live.renew(state.guest_token);
  live.reconnectNow();
}

/** Another tab of this deal renewed the sign-in already (it keeps the deal's token): this
 * page takes that one, not a second renewal, and joins again. */
function renewedElsewhere() {
  const kept = dealFor(state.qr);
  if (!kept || kept.negotiation_id !== state.negotiation_id || !kept.guest_token || kept.guest_token === state.guest_token) {
    return false;
  }
  state.guest_token = kept.guest_token;
  save();
  renewing = false;
  rejoin();
  return true;
}

/** The server says this socket's sign-in lapses in `seconds` (`renew`): a guest's page
 * renews it before then and joins again, resuming from the snapshot, so the deal goes on
 * unbroken. A short random wait first, so that two tabs of one deal do not both renew
 * (the second takes the first's sign-in); then a quiet moment: not while the shopper is
 * speaking or their words are being made into an offer, nor while the vendor's words
 * play (the renewal ends this socket and, with it, its turn), unless the lapse is near. */
function renewSoon(seconds) {
  if (!state.guest_token || renewing) return;
  const wait = Math.random() * Math.min(3, Math.max(0, (seconds || 0) / 4)) * 1000;
  const session = live;
  setTimeout(async () => {
    if (session) await session.whenQuiet();
    if (!renewing && live === session) renewGuest();
  }, wait);
}

function startAgain() {
  const { qr, business_name: name } = state;
  state = { qr, business_name: name, language: language() };
  negotiation = null;
  bids = [];
  save(); // and, with no deal under way, forgotten for this stall code
  $("talk").hidden = true;
  if (qr) {
    showPick().then(() => notice(errorText("visit_ended", ""), { sticky: true }));
  } else {
    notice(errorText("visit_ended", ""), { sticky: true });
  }
}

// -- room events ---------------------------------------------------------------------

function onEvent(event) {
  switch (event.type) {
    case "snapshot":
      negotiation = event.negotiation;
      bids = event.bids.map((b) => ({ ...b }));
      if (event.product) productNow(event.product, false);
      vendorPresence(event.members && event.members.vendor);
      keepDeal(); // over by now (expired, paid elsewhere): forgotten for a new tab
      renderTalk();
      dealEnded();
      if (DEAL_STATES.has(negotiation.status)) findOrder();
      break;
    case "state":
      negotiation = event.negotiation;
      keepDeal();
      renderTalk();
      dealEnded();
      break;
    case "offer":
      if (!bids.some((b) => b.id === event.bid_id)) {
        bids.push({
          id: event.bid_id,
          seq: event.bid_seq,
          side: event.side,
          amount_paise: event.amount_paise,
          quantity: event.quantity,
          source: event.source,
          transcript: event.transcript,
          capped: event.capped,
          note: event.note,
          text: event.text,
        });
      }
      if (event.replayed && event.side === "vendor") {
        // Said while this page was reconnecting: the words were missed, the price was not.
        addLine({
          id: `bid-${event.bid_id}`,
          side: "vendor",
          translated: t("per_unit", { price: formatPaise(event.amount_paise), unit: unit() }),
          tlang: language(),
        });
      }
      if (event.side === "customer" && typed && typed.paise === event.amount_paise) {
        typed = null; // the typed price was made: the box may be cleared
        if (parseRupees($("amount").value) === event.amount_paise) $("amount").value = "";
      }
      if (event.capped && event.side === "customer") notice(t("capped"));
      setUnsure(null); // a bid leaves any price question behind
      negotiation = { ...(negotiation || {}), status: event.state };
      renderTalk();
      break;
    case "product":
      productNow(event.product, true);
      renderTalk();
      break;
    case "presence":
      if (event.side === "vendor") vendorPresence(event);
      break;
    case "transcript":
      if (event.final === false) {
        // Words so far, while still speaking: one line that the final words replace.
        interim = event.text ? { side: event.side, text: event.text, lang: event.language } : null;
        renderTranscript();
        break;
      }
      interim = null;
      addLine({ id: event.utterance_id, side: event.side, text: event.text, lang: event.language, away: away(event) });
      break;
    case "translation":
      if (event.side !== "customer") {
        addLine(
          event.untranslated // their words as said (and heard in their voice), never a transliteration
            ? { id: event.utterance_id, side: event.side, text: event.text, lang: event.language, untranslated: true }
            : { id: event.utterance_id, side: event.side, translated: event.text, tlang: event.language, machine: event.machine },
        );
        if (event.replayed) addLine({ id: event.utterance_id, side: event.side, away: true });
      }
      break;
    case "understood":
      // A price being asked about has its own card (confirm_price).
      if (event.amount_paise && !event.recorded && !event.asked) {
        notice(t("heard_price", { price: formatPaise(event.amount_paise) }));
      }
      break;
    case "confirm_price":
      setUnsure(event);
      break;
    case "confirm_price_cancelled":
      if (unsure && unsure.utterance_id === event.utterance_id) setUnsure(null);
      if (event.text) notice(event.text);
      break;
    case "not_understood":
      // Words where a price was expected, with no price in them: said back, in the
      // speaker's language (the server's table, audio/confirmations.py).
      notice(event.text);
      break;
    case "confirm_reject":
      // A spoken refusal waits for "yes" before it ends the bargaining.
      notice(event.text);
      break;
    case "confirm":
      confirming = event;
      renderTalk();
      break;
    case "confirm_cancelled":
      confirming = null;
      renderTalk();
      break;
    case "confirming":
      // The vendor's spoken accept or refusal waits for their "yes" (held while it
      // waits), or ended without one: worded by the server in this page's language.
      if (event.text) notice(event.text, { sticky: event.state === "waiting" });
      else notice("");
      break;
    case "order":
      confirming = null;
      unsure = null;
      state.order = event.order;
      save();
      renderTalk();
      break;
    case "audio_start":
      player.begin(event);
      break;
    case "audio_end":
      player.end(event);
      break;
    case "busy":
      // The recognisers are full: our words are queued, or the vendor's are on the way.
      notice(t(event.side === "vendor" ? "slow_theirs" : "busy"));
      break;
    case "slow":
      // Words not made out yet, seconds after they were said: nobody waits in silence.
      notice(t(event.side === "customer" ? "slow_yours" : "slow_theirs"));
      break;
    case "renew":
      renewSoon(event.expires_in);
      break;
    case "error":
      // The sign-in lapsed: the close that follows renews it (see renewGuest), unsaid.
      if (event.code === "token_expired" && state.guest_token) break;
      typed = null; // a typed price that was refused stays in its box, to put right
      notice(errorText(event.code, event.message, undefined, event.detail));
      if (unsure) setUnsure(null);
      break;
    default:
      break;
  }
}

/**
 * The product as the vendor has it now (a snapshot's, or a `product` event after an edit):
 * its name, unit and list price on this page follow it; an edit while bargaining is said.
 */
function productNow(product, edited) {
  const before = state.product || {};
  const names = product.names || {};
  const name = names[language()] || names.en || Object.values(names)[0] || before.name || "";
  state.product = { ...before, ...product, name };
  save();
  if (!edited) return;
  if (product.is_active === false) {
    notice(t("taken_off_sale", { name }), { sticky: true });
  } else if (before.name !== name || before.list_price_paise !== product.list_price_paise || before.unit !== product.unit) {
    notice(t("product_changed", { name, price: formatPaise(product.list_price_paise), unit: unit() }));
  }
}

/** The price question on show (or none); it goes by itself when the server stops waiting. */
function setUnsure(question) {
  unsure = question;
  clearTimeout(unsureTimer);
  if (question) {
    unsureTimer = setTimeout(() => {
      if (unsure === question) setUnsure(null);
    }, (question.expires_in || 20) * 1000);
  }
  renderTalk();
}

function vendorPresence(member) {
  const el = $("presence");
  if (!member) {
    el.textContent = t("vendor_away");
    return;
  }
  el.textContent = member.state === "here" ? t("vendor_here") : t("vendor_away");
  el.dataset.state = member.state;
}

/** A line replayed on a resume (said while the link was down) is marked so. */
function away(event) {
  return event.replayed ? true : null;
}

function addLine(part) {
  state.transcript ??= [];
  let line = part.id && state.transcript.find((l) => l.id === part.id && l.side === part.side);
  if (line) Object.assign(line, Object.fromEntries(Object.entries(part).filter(([, v]) => v != null)));
  else {
    line = part;
    state.transcript.push(line);
    if (state.transcript.length > 200) state.transcript.shift();
  }
  save();
  renderTranscript();
}

async function findOrder() {
  if (state.order && state.order.negotiation_id === state.negotiation_id) return renderTalk();
  try {
    const orders = await api("/api/orders", { token: state.guest_token });
    const order = orders.find((o) => o.negotiation_id === state.negotiation_id);
    if (order) {
      state.order = order;
      save();
      renderTalk();
    }
  } catch (err) {
    notice(err.message);
  }
}

// -- rendering --------------------------------------------------------------------------

function productName() {
  const p = state.product || {};
  return (p.names && p.names[language()]) || p.name || "";
}

function unit() {
  return unitName((state.product && state.product.unit) || "");
}

function latestBid() {
  return bids.length ? bids[bids.length - 1] : null;
}

function stateLine() {
  const n = negotiation;
  if (!n) return t("connecting");
  const status = n.status;
  const order = state.order;
  if (state.paid || status === "COMPLETED") {
    return t("state_paid", { total: formatPaise(order ? order.total_paise : 0) });
  }
  if (DEAL_STATES.has(status) && order) {
    return t("state_deal", {
      price: formatPaise(order.unit_price_paise),
      unit: unit(),
      total: formatPaise(order.total_paise),
    });
  }
  if (status === "REJECTED") return t("state_rejected");
  if (status === "EXPIRED") {
    // Money taken after the reservation lapsed is refunded: say so, not just "expired".
    if (lateRefund && lateRefund.paise > 0) {
      const key = lateRefund.done ? "expired_refunded" : "expired_refunding";
      return t(key, { total: formatPaise(lateRefund.paise) });
    }
    return t("state_expired");
  }
  if (status === "CANCELLED") return t("state_cancelled");
  if (confirming) return t("state_confirm", { price: formatPaise(confirming.amount_paise), unit: unit() });
  if (unsure) return unsure.text;
  const offer = n.latest_offer;
  if (!offer) return t("state_start");
  const price = formatPaise(offer.amount_paise);
  if (offer.side === "customer") return t("state_you_offered", { price, unit: unit() });
  return (n.bid_count || bids.length) > 1
    ? t("state_vendor_countered", { price, unit: unit() })
    : t("state_vendor_offered", { price, unit: unit() });
}

function renderTalk() {
  $("product-title").textContent = t("product_qty", {
    name: productName(),
    qty: state.quantity || (negotiation && negotiation.quantity) || 1,
    unit: unit(),
  });
  $("product-title").lang = language();
  const product = state.product || {};
  const onSale = product.is_active !== false;
  $("product-facts").textContent = !onSale
    ? t("taken_off_sale", { name: productName() })
    : product.list_price_paise
      ? t("list_at", { price: formatPaise(product.list_price_paise), unit: unit() })
      : "";
  $("product-facts").classList.toggle("warn", !onSale);
  // Another tab holds the deal: the price this one last saw may have moved on there.
  $("state-line").textContent = elsewhere ? t("state_out_of_date", { line: stateLine() }) : stateLine();
  $("state-line").classList.toggle("stale", elsewhere);
  const why = endReasonLine(negotiation, "vendor", `${t("vendor")}:`);
  $("end-reason").replaceChildren(...(why ? [why] : []));
  $("amount-label").textContent = t("your_offer", { unit: unit() });
  // Taken off sale: nothing more can be offered or accepted (the server refuses it).
  const open = (!negotiation || OPEN_STATES.has(negotiation.status)) && onSale && !elsewhere;
  $("elsewhere").hidden = !elsewhere;
  $("talk").classList.toggle("elsewhere", elsewhere);
  $("offer-form").hidden = !open;
  $("voice").hidden = !open;
  if (!open && mic.running) {
    // Bargaining is over: the microphone goes off (and the browser's indicator with it).
    talking = false;
    listening = false;
    mic.stop();
  }
  renderTalkButton();
  renderOffers(open);
  renderTranscript();
  renderPay();
  if (negotiation && negotiation.status === "EXPIRED") readLateRefund();
}

async function readLateRefund() {
  // An expired deal: was money taken for its order (a payment that came too late)?
  if (lateRefundAsked === state.negotiation_id) return;
  lateRefundAsked = state.negotiation_id;
  try {
    let order = state.order && state.order.negotiation_id === state.negotiation_id ? state.order : null;
    if (!order) {
      const orders = await api("/api/orders?role=customer", { token: state.guest_token });
      order = orders.find((o) => o.negotiation_id === state.negotiation_id) || null;
    }
    if (!order) return;
    const status = await api(`/api/payment/status/${order.id}`, { token: state.guest_token });
    const pending = status.refunds_pending_paise + status.surplus_refunds_pending_paise;
    const done = status.refunded_paise + status.surplus_refunded_paise;
    if (pending + done > 0) {
      lateRefund = { paise: pending + done, done: pending === 0 };
      // Another tab holds the deal: the price this one last saw may have moved on there.
  $("state-line").textContent = elsewhere ? t("state_out_of_date", { line: stateLine() }) : stateLine();
  $("state-line").classList.toggle("stale", elsewhere);
    }
  } catch (err) {
    lateRefundAsked = 0; // read again at the next render
    if (err.status && err.status < 500) notice(err.message);
  }
}

function renderOffers(open) {
  const latest = latestBid();
  const items = [...bids].reverse().map((b) => {
    const mine = b.side === "customer";
    const isLatest = latest && b.id === latest.id;
    const actions = [];
    if (isLatest && open && !mine) {
      actions.push(
        h("button", { type: "button", class: "primary", onclick: () => acceptOffer(b) }, t("accept")),
        h("button", { type: "button", onclick: () => counterOffer(b) }, t("counter")),
        h("button", { type: "button", class: "danger", onclick: rejectOffer }, t("reject")),
      );
    }
    let status = "";
    if (isLatest && negotiation && DEAL_STATES.has(negotiation.status)) status = t("offer_accepted");
    else if (!isLatest) status = t("offer_superseded");
    else if (open) status = mine ? t("offer_waiting_vendor") : t("offer_your_turn");
    return h(
      "li",
      { class: `offer ${mine ? "mine" : "theirs"}${isLatest ? " latest" : ""}`, dataset: { bidId: b.id } },
      h("p", { class: "offer-who" }, mine ? t("you") : t("vendor"), " · ", h("span", { class: "muted" }, t(`source_${b.source}`))),
      h("p", { class: "offer-amount" }, t("per_unit", { price: formatPaise(b.amount_paise), unit: unit() })),
      h(
        "p",
        { class: "offer-total" },
        t("times_qty", { qty: b.quantity, unit: unit(), total: formatPaise(b.amount_paise * b.quantity) }),
      ),
      status ? h("p", { class: "offer-state" }, status) : null,
      actions.length ? h("div", { class: "row actions" }, actions) : null,
    );
  });
  $("offers").replaceChildren(...items);
  if (unsure && open) $("offers").prepend(unsureCard(unsure));
  if (confirming && open) {
    $("offers").prepend(
      h(
        "li",
        { class: "offer confirm" },
        h("p", {}, t("state_confirm", { price: formatPaise(confirming.amount_paise), unit: unit() })),
        h(
          "div",
          { class: "row actions" },
          h("button", { type: "button", class: "primary", onclick: () => acceptOffer(latestBid()) }, t("confirm_yes")),
        ),
      ),
    );
  }
}

function unsureCard(question) {
  const price = t("per_unit", { price: formatPaise(question.unit_price_paise), unit: unit() });
  return h(
    "li",
    { class: "offer confirm unsure", role: "group", "aria-label": t("unsure_group") },
    h("p", { class: "offer-who", lang: question.language }, question.text),
    h("p", { class: "heard", lang: question.language }, t("unsure_heard", { text: question.heard })),
    h(
      "div",
      { class: "row actions" },
      h("button", { type: "button", class: "primary", onclick: () => confirmPrice(question) }, t("unsure_confirm", { price })),
      h("button", { type: "button", onclick: () => fixPrice(question) }, t("unsure_fix")),
    ),
  );
}

function renderTranscript() {
  const lines = (state.transcript || []).map((l) => {
    const mine = l.side === "customer";
    const main = !mine && l.translated && !l.untranslated ? l.translated : l.text || l.translated || "";
    const original = !mine && l.translated && l.text && l.text !== l.translated ? l.text : null;
    return h(
      "li",
      { class: mine ? "mine" : "theirs" },
      h("span", { class: "who" }, mine ? t("you") : t("vendor")),
      h("span", { class: "said", lang: mine || l.untranslated ? l.lang : l.tlang || l.lang }, main),
      original ? h("small", { class: "original", lang: l.lang }, original) : null,
      !mine && l.untranslated ? h("small", { class: "untranslated" }, t("not_translated")) : null,
      !mine && l.machine && !l.untranslated ? h("small", { class: "machine" }, t("machine_translated")) : null,
      !mine && l.away ? h("small", { class: "away" }, t("while_away")) : null,
    );
  });
  if (interim) {
    lines.push(
      h(
        "li",
        { class: "mine interim" },
        h("span", { class: "who" }, t("you")),
        h("span", { class: "said", lang: interim.lang }, interim.text, "…"),
      ),
    );
  }
  $("transcript").replaceChildren(...lines);
}

// -- talking ------------------------------------------------------------------------------

function mode() {
  return document.querySelector('input[name="mode"]:checked').value;
}

function renderTalkButton() {
  const button = $("talk-button");
  if (mode() === "ptt") {
    button.textContent = talking ? t("release_to_send") : t("hold_to_talk");
    button.setAttribute("aria-pressed", String(talking));
  } else {
    button.textContent = listening ? t("stop_listening") : t("start_listening");
    button.setAttribute("aria-pressed", String(listening));
  }
  button.classList.toggle("on", talking || listening);
}

async function ensureMic() {
  if (mic.running) return true;
  notice(t("mic_starting"));
  try {
    await mic.start();
    notice("");
    return true;
  } catch (err) {
    notice(t(micProblem(err)), { sticky: true });
    return false;
  }
}

/** Why the microphone did not start, as a chrome string (never the browser's English). */
function micProblem(err) {
  const name = err && err.name;
  if (name === "NotAllowedError" || name === "SecurityError") return "mic_denied";
  if (name === "NotFoundError" || name === "OverconstrainedError") return "mic_missing";
  if (name === "NotReadableError" || name === "AbortError") return "mic_busy";
  return "mic_failed";
}

async function pressTalk() {
  if (mode() !== "ptt" || talking) return;
  player.unlock();
  talking = true;
  renderTalkButton();
  if (!(await ensureMic())) {
    talking = false;
    renderTalkButton();
  }
}

function releaseTalk() {
  if (!talking) return;
  talking = false;
  // The server hears the end of the utterance after half a second of silence.
  if (live) for (const frame of silenceFrames(700)) live.sendAudio(frame);
  renderTalkButton();
}

async function toggleListening() {
  player.unlock();
  if (listening) {
    listening = false;
    renderTalkButton();
    return;
  }
  if (await ensureMic()) listening = true;
  renderTalkButton();
}

function wireTalk() {
  const button = $("talk-button");
  button.addEventListener("pointerdown", (e) => {
    if (mode() !== "ptt") return;
    e.preventDefault();
    button.setPointerCapture?.(e.pointerId);
    pressTalk();
  });
  for (const type of ["pointerup", "pointercancel", "lostpointercapture"]) {
    button.addEventListener(type, () => releaseTalk());
  }
  button.addEventListener("keydown", (e) => {
    if (mode() !== "ptt" || (e.key !== " " && e.key !== "Enter")) return;
    e.preventDefault();
    if (!e.repeat) pressTalk();
  });
  button.addEventListener("keyup", (e) => {
    if (mode() === "ptt" && (e.key === " " || e.key === "Enter")) releaseTalk();
  });
  button.addEventListener("click", () => {
    if (mode() === "free") toggleListening();
  });
  for (const radio of document.querySelectorAll('input[name="mode"]')) {
    radio.addEventListener("change", () => {
      talking = false;
      listening = false;
      localStorage.setItem("vyapar.mode", mode());
      renderTalkButton();
    });
  }
  const saved = localStorage.getItem("vyapar.mode");
  if (saved) {
    const radio = document.querySelector(`input[name="mode"][value="${saved}"]`);
    if (radio) radio.checked = true;
  }
  $("stop-audio").addEventListener("click", () => {
    player.stop();
    if (live) live.send({ type: "interrupt" });
  });
  $("pick-form").addEventListener("submit", join);
  $("take-back").addEventListener("click", takeBack);
  $("find").addEventListener("input", debounced(find));
  $("find").addEventListener("search", find); // Enter, or the box's clear button
  $("more-products").addEventListener("click", showMore);
}

// -- buttons instead of words ------------------------------------------------------------

function sendOrSay(message) {
  if (!live || !live.send(message)) notice(t(elsewhere ? "other_tab" : "not_connected"));
}

/** "Continue here": this tab takes the deal back from the one that took it. */
function takeBack() {
  if (!live) return connect();
  live.takeBack();
}

function acceptOffer(bid) {
  confirming = null;
  sendOrSay({ type: "accept", expected_seq: bid ? bid.seq : undefined });
}

function confirmPrice(question) {
  sendOrSay({ type: "confirm_price", utterance_id: question.utterance_id, confirm: true });
  setUnsure(null);
}

/** The heard price was wrong: the typed price box, filled in with it, to put right. */
function fixPrice(question) {
  sendOrSay({ type: "confirm_price", utterance_id: question.utterance_id, confirm: false });
  setUnsure(null);
  const input = $("amount");
  input.value = rupeesInput(question.unit_price_paise);
  input.focus();
  input.select();
}

function counterOffer(bid) {
  const input = $("amount");
  input.value = rupeesInput(bid.amount_paise);
  input.focus();
  input.select();
}

function rejectOffer() {
  sendOrSay({ type: "reject" });
}

function wireOffers() {
  $("offer-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const paise = parseRupees($("amount").value);
    if (!paise) {
      $("amount").setAttribute("aria-invalid", "true");
      notice(t("bad_amount"));
      return;
    }
    $("amount").removeAttribute("aria-invalid");
    clearNotice(t("bad_amount"));
    player.unlock();
    // Kept in the box until the offer comes back made (not sent: no connection; refused:
    // an error); then cleared, unless it has been changed meanwhile.
    if (live && live.send({ type: "offer", amount_paise: paise })) typed = { paise };
    else notice(t(elsewhere ? "other_tab" : "not_connected"));
  });
}

// -- paying -------------------------------------------------------------------------------

function renderPay() {
  const order = state.order;
  const show = Boolean(order && negotiation && (DEAL_STATES.has(negotiation.status) || state.paid));
  $("pay").hidden = !show;
  if (!show) return;
  const paid = state.paid || negotiation.status === "COMPLETED" || order.status === "paid";
  $("pay-total").textContent = t("order_total", {
    id: order.id,
    qty: order.quantity,
    unit: unit(),
    total: formatPaise(order.total_paise),
  });
  $("pay-now").textContent = t("pay_now", { total: formatPaise(order.total_paise) });
  renderPayBy(paid);
  $("pay-now").hidden = paid;
  $("pay-upi").hidden = paid;
  $("paid").hidden = !paid;
  $("paid").textContent = paid ? t("paid", { total: formatPaise(order.total_paise) }) : "";
  if (paid) {
    $("upi").hidden = true;
    clearInterval(paymentPoll);
    paymentPoll = 0;
  } else if (!paymentPoll && order.status === "pending_payment") {
    paymentPoll = setInterval(checkPayment, 2500);
    checkPayment(); // at once: the time left to pay is in the answer
  }
}

function renderPayBy(paid) {
  // "Pay within 14 min (by 3:42 pm)": after it the stock is released and a payment refunded.
  const line = $("pay-by");
  const left = payBy === null ? 0 : payBy - Date.now();
  line.hidden = paid || payBy === null || left <= 0;
  if (line.hidden) return;
  let time = "";
  try {
    time = new Date(payBy).toLocaleTimeString(`${language()}-IN`, { hour: "numeric", minute: "2-digit" });
  } catch {
    time = new Date(payBy).toLocaleTimeString([], { hour: "numeric", minute: "2-digit" });
  }
  line.textContent = t("pay_within", { minutes: Math.max(1, Math.ceil(left / 60000)), time });
}

async function checkPayment() {
  if (!state.order) return;
  try {
    const status = await api(`/api/payment/status/${state.order.id}`, { token: state.guest_token });
    applyPayment(status);
  } catch (err) {
    if (err.status && err.status < 500) notice(err.message);
  }
}

function applyPayment(status) {
  if ("pay_by" in status) {
    payBy = status.pay_by ? Date.parse(status.pay_by) : null;
    if (!status.paid && state.order) renderPayBy(false);
  }
  if (status.paid) {
    state.paid = true;
    state.order = { ...state.order, status: "paid" };
    save();
    renderTalk();
  }
}

function wirePay() {
  $("pay-now").addEventListener("click", async () => {
    $("pay-now").disabled = true;
    try {
      const checkout = await api("/api/payment/create", {
        method: "POST",
        token: state.guest_token,
        body: { order_id: state.order.id },
      });
      if (checkout.checkout_url) {
        const back = `${location.origin}/shop`;
        location.assign(`${checkout.checkout_url}?return_url=${encodeURIComponent(back)}`);
        return;
      }
      await showUpi(); // no hosted checkout here: the UPI link works from any phone
    } catch (err) {
      notice(err.message, { sticky: true });
    } finally {
      $("pay-now").disabled = false;
    }
  });
  $("pay-upi").addEventListener("click", showUpi);
}

async function showUpi() {
  try {
    const link = await api(`/api/payment/link/${state.order.id}`, {
      method: "POST",
      token: state.guest_token,
    });
    $("upi-img").src = `data:image/png;base64,${link.qr_png_base64}`;
    $("upi-img").alt = t("upi_alt", { total: formatPaise(link.amount_paise) });
    $("upi-link").href = link.short_url;
    $("upi").hidden = false;
  } catch (err) {
    notice(err.message, { sticky: true });
  }
}

async function returnedFromPayment() {
  const q = new URLSearchParams(location.search);
  if (q.has("error[code]")) {
    // The checkout failed (Razorpay's error[...] fields): say so in the shopper's
    // language; the deal and its Pay button stay for another try.
    history.replaceState(null, "", location.pathname);
    const cancelled = q.get("error[reason]") === "payment_cancelled";
    const said = q.get("error[description]");
    let text = t(cancelled ? "pay_failed_cancelled" : "pay_failed");
    if (!cancelled && said && language() === "en") text = `${text} (${said})`;
    notice(text, { sticky: true });
    await checkPayment();
    return;
  }
  const paymentId = q.get("razorpay_payment_id");
  if (!paymentId || !state.guest_token) return;
  history.replaceState(null, "", location.pathname);
  notice(t("paying"), { sticky: true });
  try {
    const status = await api("/api/payment/verify", {
      method: "POST",
      token: state.guest_token,
      body: {
        razorpay_payment_id: paymentId,
        razorpay_order_id: q.get("razorpay_order_id"),
        razorpay_signature: q.get("razorpay_signature"),
      },
    });
    notice("");
    applyPayment(status);
  } catch (err) {
    notice(err.message, { sticky: true });
  }
}

main();
