// The QR flyer: the stall's name, its QR code and "scan to bargain by voice" in every
// language the pages speak, laid out to print on one sheet.
import { $, LANGUAGES, api, h, loadStrings, notice, pickLanguage, setLanguage, t } from "./common.js";

let auth = null;

async function main() {
  await loadStrings();
  setLanguage(pickLanguage(localStorage.getItem("vyapar.lang")));
  try {
    auth = JSON.parse(localStorage.getItem("vyapar.vendor") || "null");
  } catch {
    auth = null;
  }
  $("print").addEventListener("click", () => window.print());
  $("new-qr").addEventListener("click", () => makeQr().then(show));
  if (!auth || !auth.token) {
    notice(t("login_first"), { sticky: true });
    return;
  }
  await show();
}

async function makeQr() {
  try {
    await api("/api/qr", { method: "POST", token: auth.token, body: { kind: "stall" } });
  } catch (err) {
    notice(err.message, { sticky: true });
  }
}

async function show() {
  let stall;
  try {
    stall = await api("/api/console/stall-qr", { token: auth.token });
    if (!stall.qr) {
      await makeQr();
      stall = await api("/api/console/stall-qr", { token: auth.token });
    }
  } catch (err) {
    notice(err.message, { sticky: true });
    return;
  }
  document.title = stall.business_name;
  $("flyer-stall").textContent = stall.business_name;
  const img = $("flyer-qr");
  img.src = stall.qr.png_url;
  img.alt = t("qr_alt", { name: stall.business_name });
  img.hidden = false;
  $("flyer-lines").replaceChildren(
    ...Object.keys(LANGUAGES).map((code) => h("li", { lang: code }, t("flyer_scan", {}, code))),
  );
  $("flyer-url").textContent = stall.qr.url;
}

main();
