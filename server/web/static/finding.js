// Finding a product in a long list by any of its names, as typed: the text folded as the
// server folds it (`server.domain.catalog.folded`): compatibility forms unfolded, Latin
// accents dropped (the vowel signs of Indian scripts are letters, kept), case folded,
// spaces made one.
export function folded(text) {
  return String(text || "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .join(" ");
}

/** Whether any of `names` (per language) holds `query` (already folded). */
export function nameMatches(names, query) {
  if (!query) return true;
  return Object.values(names || {}).some((name) => folded(name).includes(query));
}

/** Calls `run` once typing has paused for `ms`. */
export function debounced(run, ms = 250) {
  let timer = 0;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => run(...args), ms);
  };
}
