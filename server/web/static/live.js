// One negotiation room over the browser protocol (docs/protocol.md): a fresh single-use
// ticket for every connection, `hello`, then events and audio. Reconnects after a drop;
// the server's `snapshot` on each join is what the page re-renders from. `renew` (the
// sign-in lapses soon) goes to the page's `onEvent`; the close at the lapse (4401
// `token_expired`) is "fatal" with `status: 401`, as a refused ticket would be, unless
// the page renewed the sign-in meanwhile (`renew(token)`), when it just connects again.
//
// Moving to a renewed sign-in waits for a quiet moment: never while this side is speaking,
// while its words are still being heard and made into a move, or while speech plays to
// it (a new socket would cut the utterance, cancel its turn or drop the reply), unless the
// old sign-in is about to lapse. Microphone audio captured during the move is held and
// sent on the new socket once it is joined, so words begun meanwhile arrive whole; a move
// the lapse forces while this side speaks sends the utterance so far first, again.
//
// Heartbeats both ways: the page pings every PING_MS and answers the server's `ping`; a
// socket that brought nothing at all (no pong, no event, no audio) for STALL_MS is taken
// for dead even though it never closed (a stalled link), dropped and reconnected. On the
// snapshot of a reconnect, the bids made meanwhile (by `seq`) are replayed to the page as
// `offer` events with `replayed: true`, so what it missed shows as if it had been heard.
import { api, errorText } from "./common.js";

const FATAL = new Set([1003, 4403, 4404, 4410]);
// A close that ends the session for good, as the error code the pages translate
// (errors.json), where no `error` event named one just before it: its reason is English.
const CLOSE_ERRORS = {
  1003: "invalid",
  1008: "forbidden",
  4403: "forbidden",
  4404: "not_found",
  4410: "signed_out",
};
// Said before a close that only asks for a resync (no outage, nothing to show): the page
// reconnects as after any 1013 and resumes from the snapshot.
const RESYNC_CODES = new Set(["room_restarted"]);
const PING_MS = 4000;
const STALL_MS = 10000;
const CHECK_MS = 1000;
const LIMITED_RETRY_MS = 60000;
// Moving to a renewed sign-in: looked at every QUIET_CHECK_MS; done at the latest
// LAPSE_MARGIN_MS before the old one lapses. A side's utterance (from `speech_started`)
// counts as going on for at most UTTERANCE_MS without its transcript, its turn (from the
// final transcript to `latency`) for at most TURN_MS, speech played to it for PLAY_MS.
const QUIET_CHECK_MS = 200;
const LAPSE_MARGIN_MS = 3000;
const UTTERANCE_MS = 20000;
const TURN_MS = 8000;
const PLAY_MS = 30000;
const HELD_AUDIO_BYTES = 16000 * 2 * 10; // ten seconds of the microphone, held while moving
// A move made while this side still speaks (the lapse was near) drops the old socket's
// unfinished utterance: the audio sent since it began is sent again, first, on the next
// socket, so the words are heard whole there. Where it began is `speech_started`'s `at_ms`
// (a place in the audio this socket sent, however late the event came), less PRE_ROLL_MS;
// without it, from LATE_ROLL_MS before the event came (it comes after the first words).
// What was sent is kept for the latest HELD_AUDIO_BYTES.
const PRE_ROLL_MS = 600;
const LATE_ROLL_MS = 3000;
const BYTES_PER_MS = 32; // 16 kHz, 16-bit mono

/** Send on `ws` if it is still open (a socket closing, its close not yet handled, takes
 * nothing: what would be sent is lost with it, as on a dropped connection). */
function sendOn(ws, data) {
  if (ws.readyState !== WebSocket.OPEN) return false;
  ws.send(data);
  return true;
}

export class LiveSession {
  /**
   * @param {object} o
   * @param {number} o.negotiationId
   * @param {string} o.token bearer token of the person at this page
   * @param {string} o.language what they speak (and read)
   * @param {(event: object) => void} o.onEvent every JSON event
   * @param {(data: ArrayBuffer) => void} o.onAudio binary speech frames
   * @param {(state: string, detail?: any) => void} o.onStatus connecting|open|reconnecting|replaced|limited|fatal
 *   ("limited": refused for the per-user socket cap, 4429; asked again after a minute)
   *   (with "fatal", `detail.message` says why in the page's language; with
   *   "reconnecting" after a close, `detail` is `{code, reason, error}`: the close and the
   *   `error` event that came just before it, if any)
   * @param {string} [o.path] another channel with the same handshake (the vendor's `/ws/vendor`)
   * @param {string} [o.readyOn] the event that says the channel is joined
   * @param {boolean} [o.watch] join as a watcher: every event, no audio, replaces no one
   */
  constructor(o) {
    this.path = `/ws/negotiations/${o.negotiationId}`;
    this.readyOn = "snapshot";
    Object.assign(this, o);
    this.ws = null;
    this.ready = false;
    this.closed = false;
    this.attempt = 0;
    this.timer = 0;
    this.pinger = 0;
    this.heardAt = 0;
    this.pingedAt = 0;
    this.bidSeq = null; // the newest bid this page has seen (null before the first snapshot)
    this.lastError = null; // the code of the socket's latest `error` event
    this.replaced = false; // closed for a newer connection of this side (4000)
    this.eventSeq = 0; // the newest room event (`seq`) this page has seen
    this.tries = 0; // connection attempts begun: an answer to an older one is let go
    this.side = null; // this connection's side, from the snapshot's `you`
    this.lapseAt = 0; // when the socket's sign-in lapses (from `renew`; 0: not told)
    this.speakingAt = 0; // this side began an utterance (speech_started) and it goes on
    this.turnAt = 0; // this side's words are being made into a move (final transcript → latency)
    this.playingAt = 0; // speech is playing to this side (audio_start → audio_end)
    this.moving = null; // a move to a renewed sign-in waiting for a quiet moment
    this.held = null; // what is held while moving: audio (ArrayBuffers) and messages (strings), or null
    this.sent = []; // the microphone's latest audio on this socket: {at, ms, buffer}, for a move mid-utterance
    this.sentBytes = 0;
    this.sentMs = 0; // audio sent on this socket so far, in ms (where the next buffer begins)
    this.speechMs = null; // where this side's utterance began in that audio (`at_ms`), if told
    this.onOnline = () => this.online();
    this.onOffline = () => this.ws && this.drop(this.ws); // the browser knows before a pong is late
    window.addEventListener("online", this.onOnline);
    window.addEventListener("offline", this.onOffline);
  }

  async connect() {
    if (this.closed || this.ws || this.connecting) return;
    clearTimeout(this.timer);
    this.onStatus(this.attempt ? "reconnecting" : "connecting");
    let ticket;
    this.connecting = true;
    const attempt = ++this.tries;
    const token = this.token; // a renewal meanwhile makes the next socket, not this one
    this.asking = new AbortController();
    try {
      const got = await api("/api/ws-ticket", {
        method: "POST",
        token,
        body: this.negotiationId ? { negotiation_id: this.negotiationId } : {},
        // a stalled keep-alive would hang it; `online` gives up on one made offline
        signal: AbortSignal.any
          ? AbortSignal.any([AbortSignal.timeout(STALL_MS), this.asking.signal])
          : AbortSignal.timeout(STALL_MS),
      });
      ticket = got.ticket;
    } catch (err) {
      if (attempt !== this.tries) return; // given up for a newer attempt
      this.connecting = false;
      if (err.status === 401 || err.status === 403) return this.onStatus("fatal", err);
      return this.retry(null, { error: err.code });
    }
    if (attempt !== this.tries) return;
    this.connecting = false;
    if (this.closed || this.ws) return;
    if (token !== this.token) return this.connect(); // renewed meanwhile: a ticket of the new one
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    const url = `${scheme}//${location.host}${this.path}?ticket=${encodeURIComponent(ticket)}`;
    const ws = new WebSocket(url);
    ws.binaryType = "arraybuffer";
    ws.token = token; // the sign-in this socket lives with
    this.ws = ws;
    this.lastError = null;
    ws.onopen = () => {
      sendOn(
        ws,
        JSON.stringify({
          type: "hello",
          language: this.language,
          sample_rate: 16000,
          output_sample_rate: 16000,
          ...(this.watch ? { watch: true } : {}),
        }),
      );
    };
    this.heardAt = Date.now();
    clearInterval(this.pinger);
    this.pinger = setInterval(() => this.heartbeat(ws), CHECK_MS);
    ws.onmessage = (message) => {
      if (this.ws !== ws) return;
      this.heardAt = Date.now();
      if (typeof message.data !== "string") {
        this.onAudio(message.data);
        return;
      }
      let event;
      try {
        event = JSON.parse(message.data);
      } catch {
        return;
      }
      if (event.type === "ping") {
        sendOn(ws, JSON.stringify({ type: "pong", at: event.at }));
        return;
      }
      if (event.type === "pong") return;
      // Counted from the snapshot on: a new socket's own `presence` may come before it.
      if (this.ready && event.type !== "snapshot" && event.seq > this.eventSeq) this.eventSeq = event.seq;
      if (event.type === "error" && RESYNC_CODES.has(event.code)) return;
      if (event.type === "error") this.lastError = event.code;
      this.follow(event);
      if (event.type === this.readyOn) {
        this.ready = true;
        this.attempt = 0;
        this.onStatus("open");
        this.sendHeld();
      }
      if (event.type === "snapshot") return this.resume(event);
      if (event.type === "offer" && event.bid_seq > (this.bidSeq || 0)) this.bidSeq = event.bid_seq;
      this.onEvent(event);
    };
    ws.onclose = (e) => {
      if (this.ws !== ws) return;
      this.ws = null;
      this.ready = false;
      clearInterval(this.pinger);
      if (this.closed) return;
      if (e.code === 4000) {
        // A newer connection of this side took the room: not taken back unasked (not even
        // when the browser comes back online), only by `takeBack`.
        this.replaced = true;
        return this.onStatus("replaced");
      }
      if (e.code === 4429) {
        // Too many live sockets for this user in that server process: not worth a quick
        // retry (each costs a ticket). Say so; the owner may close this session, else it
        // asks again after LIMITED_RETRY_MS.
        this.onStatus("limited");
        return this.retry(LIMITED_RETRY_MS);
      }
      if (e.code === 4401 && (this.lastError === "token_expired" || e.reason === "token_expired")) {
        // Renewed meanwhile (the move had not come yet): on with the new sign-in.
        if (ws.token !== this.token) return this.reconnectNow();
        // The sign-in lapsed: a ticket would be refused (401) too. Said as that refusal, so
        // a page renews the sign-in (a guest) or asks for a log-in, then connects again.
        const message = errorText("token_expired", "");
        return this.onStatus("fatal", { status: 401, code: e.code, reason: e.reason, error: "token_expired", message });
      }
      if (FATAL.has(e.code) || (e.code === 1008 && /origin/.test(e.reason))) {
        const error = this.lastError || CLOSE_ERRORS[e.code] || "other";
        const message = errorText(error, "");
        return this.onStatus("fatal", { code: e.code, reason: e.reason, error, message });
      }
      this.retry(null, { code: e.code, reason: e.reason, error: this.lastError });
    };
  }

  /** What this side is doing, as the room tells it: speaking, being heard, listening. */
  follow(event) {
    const now = Date.now();
    const mine = (side) => side !== undefined && side === this.side;
    switch (event.type) {
      case "snapshot": // a new socket: nothing under way on it yet
        this.side = (event.you && event.you.side) || this.side;
        this.speakingAt = this.turnAt = this.playingAt = 0;
        this.sent = [];
        this.sentBytes = this.sentMs = 0;
        this.speechMs = null;
        break;
      case "renew":
        this.lapseAt = now + (event.expires_in || 0) * 1000;
        break;
      case "speech_started":
        if (mine(event.side)) {
          this.speakingAt = now;
          this.speechMs = typeof event.at_ms === "number" ? event.at_ms : null;
        }
        break;
      case "transcript":
        if (mine(event.side) && event.final !== false) {
          this.speakingAt = 0;
          this.turnAt = now;
        }
        break;
      case "latency":
        if (mine(event.speaker)) this.turnAt = 0;
        break;
      case "audio_start":
        this.playingAt = now;
        break;
      case "audio_end":
        this.playingAt = 0;
        break;
      default:
        break;
    }
  }

  /** Whether a socket could be let go now without cutting anyone's words. */
  get quiet() {
    const now = Date.now();
    return (
      !(this.speakingAt && now - this.speakingAt < UTTERANCE_MS) &&
      !(this.turnAt && now - this.turnAt < TURN_MS) &&
      !(this.playingAt && now - this.playingAt < PLAY_MS)
    );
  }

  /** Resolves at the first quiet moment, or at `deadline` (ms since the epoch) at the
   * latest (by default shortly before the lapse `renew` told of): a page renewing a
   * sign-in whose renewal ends the old one (a guest's) waits for it. */
  whenQuiet(deadline = (this.lapseAt || Date.now() + 60000) - LAPSE_MARGIN_MS) {
    return new Promise((resolve) => {
      const look = () => {
        if (this.closed || this.quiet || Date.now() >= deadline) return resolve();
        setTimeout(look, QUIET_CHECK_MS);
      };
      look();
    });
  }

  /** The sign-in was renewed: tickets are asked with `token` from now on, and an open
   * socket moves to it at the first quiet moment (see above), before the old sign-in
   * lapses (`lapseAt`, ms since the epoch, where the page knows it; else as `renew`
   * said). A session let go (`letGo`) connects when the page says (`reconnectNow`). */
  renew(token, { lapseAt = 0 } = {}) {
    this.token = token;
    if (this.closed || !this.ws || this.moving) return;
    const known = [lapseAt, this.lapseAt].filter(Boolean);
    const deadline = (known.length ? Math.min(...known) : Date.now() + 60000) - LAPSE_MARGIN_MS;
    const moving = (this.moving = this.whenQuiet(deadline).then(() => {
      if (this.moving !== moving) return;
      this.moving = null;
      if (this.ws && this.ws.token !== this.token) {
        this.letGo();
        this.reconnectNow();
      }
    }));
  }

  /** Let the socket go now, without reconnecting, holding the microphone's audio until
   * the next socket is joined: for a renewal that ends this socket's sign-in (a guest's),
   * made once the page found a quiet moment (`whenQuiet`). */
  letGo() {
    this.moving = null;
    this.held = this.held || [];
    this.heldRoom = HELD_AUDIO_BYTES;
    if (this.speakingAt) {
      // Words still going on: the old socket's part of them is dropped with it.
      const again =
        this.speechMs !== null
          ? this.sent.filter((s) => s.ms + s.buffer.byteLength / BYTES_PER_MS > this.speechMs - PRE_ROLL_MS)
          : this.sent.filter((s) => s.at >= this.speakingAt - LATE_ROLL_MS);
      this.held.unshift(...again.map((s) => s.buffer));
      // The words said while moving are held on top of these.
      this.heldRoom += again.reduce((sum, s) => sum + s.buffer.byteLength, 0);
      this.speakingAt = 0;
      this.speechMs = null;
    }
    this.sent = [];
    this.sentBytes = this.sentMs = 0;
    const ws = this.ws;
    this.ws = null;
    this.ready = false;
    clearInterval(this.pinger);
    if (this.connecting) {
      this.tries++; // its answer, if any, is let go: it was asked with the old sign-in
      this.asking.abort();
      this.connecting = false;
    }
    if (!ws) return;
    ws.onmessage = ws.onclose = ws.onopen = null;
    try {
      ws.close(1000, "sign-in renewed");
    } catch {
      // already closing
    }
  }

  /** The audio and control messages held while moving, sent on the socket now joined. */
  sendHeld() {
    const held = this.held;
    this.held = null;
    if (!held || !this.ws) return;
    for (const item of held) {
      // Audio sent here is this socket's, kept like the microphone's (a second move).
      if (sendOn(this.ws, item) && typeof item !== "string") this.remember(item);
    }
  }

  /** Every CHECK_MS while a socket is open: ping now and then; drop a silent one. */
  heartbeat(ws) {
    if (this.ws !== ws) return;
    const now = Date.now();
    if (now - this.heardAt > STALL_MS) return this.drop(ws);
    if (ws.readyState === WebSocket.OPEN && now - this.pingedAt >= PING_MS) {
      this.pingedAt = now;
      sendOn(ws, JSON.stringify({ type: "ping" }));
    }
  }

  /** A socket that went silent without closing: let it go and connect afresh. */
  drop(ws) {
    this.ws = null;
    this.ready = false;
    clearInterval(this.pinger);
    ws.onmessage = ws.onclose = ws.onopen = null;
    try {
      ws.close(4002, "no pong");
    } catch {
      // already closing
    }
    if (!this.closed) this.retry();
  }

  /** The snapshot of a join, then (on a rejoin) the bids made while away, by `seq`, and
   * the words said meanwhile (the snapshot's `said`, by room `seq`). */
  resume(snapshot) {
    const before = this.bidSeq;
    const seen = this.eventSeq;
    this.eventSeq = Math.max(seen, snapshot.seq || 0);
    const bids = snapshot.bids || [];
    this.bidSeq = bids.reduce((top, b) => Math.max(top, b.seq), before || 0);
    this.onEvent(snapshot);
    if (before === null) return;
    const status = snapshot.negotiation && snapshot.negotiation.status;
    for (const b of bids) {
      if (b.seq <= before) continue;
      this.onEvent({
        type: "offer",
        replayed: true,
        side: b.side,
        bid_id: b.id,
        bid_seq: b.seq,
        amount_paise: b.amount_paise,
        quantity: b.quantity,
        source: b.source,
        transcript: b.transcript,
        capped: b.capped,
        state: status,
      });
    }
    // The room's numbers started again (a restart): every word kept is newer than `seen`
    // may say, so all are passed on (a page knows the lines it has by `utterance_id`).
    const restarted = (snapshot.seq || 0) < seen;
    for (const said of snapshot.said || []) {
      if (restarted || said.seq > seen) this.onEvent({ ...said, replayed: true });
    }
  }

  /** The browser is back online: connect at once, whatever attempt was waiting (one
   * made offline fails, and the next would wait out its backoff, up to 10 s). */
  online() {
    if (this.closed || this.replaced) return;
    if (this.open) {
      this.pingedAt = 0; // the next heartbeat checks the socket at once
      return;
    }
    if (this.ws) {
      const ws = this.ws;
      this.ws = null;
      ws.onmessage = ws.onclose = ws.onopen = null;
      clearInterval(this.pinger);
      try {
        ws.close(4002, "offline");
      } catch {
        // already closing
      }
    }
    if (this.connecting) {
      this.tries++; // its answer, if any, is let go
      this.asking.abort();
      this.connecting = false;
    }
    this.reconnectNow();
  }

  /** Speak and read another language from now on: the socket says hello again. */
  setLanguage(language) {
    if (language === this.language) return;
    this.language = language;
    const ws = this.ws;
    if (ws && !this.closed) {
      this.drop(ws);
      this.reconnectNow();
    }
  }

  retry(after = null, why = undefined) {
    if (this.closed) return;
    this.held = null; // not a move: what was said meanwhile is not sent late
    if (after === null) this.onStatus("reconnecting", why);
    const delay = after ?? Math.min(10000, 400 * 2 ** this.attempt++);
    this.timer = setTimeout(() => this.connect(), delay);
  }

  /** This page takes the room back from the connection that replaced it. */
  takeBack() {
    this.replaced = false;
    this.reconnectNow();
  }

  reconnectNow() {
    if (this.closed || this.ws || this.connecting) return;
    this.attempt = 0;
    this.connect();
  }

  get open() {
    return Boolean(this.ws && this.ready);
  }

  /** A control message; false when not connected (the page says so). While moving to a
   * renewed sign-in it is held, in order with the audio, and sent once the next socket
   * is joined: a price typed during the move is not lost. */
  send(message) {
    if (this.held) {
      this.held.push(JSON.stringify(message));
      return true;
    }
    if (!this.open) return false;
    return sendOn(this.ws, JSON.stringify(message));
  }

  /** Microphone audio; held while moving to a renewed sign-in (up to HELD_AUDIO_BYTES),
   * dropped while disconnected otherwise or when the socket is backed up. */
  sendAudio(buffer) {
    if (this.held) {
      const size = this.held.reduce((sum, b) => sum + (typeof b === "string" ? 0 : b.byteLength), 0);
      if (size + buffer.byteLength <= (this.heldRoom || HELD_AUDIO_BYTES)) this.held.push(buffer.slice(0));
      return;
    }
    if (this.open && this.ws.bufferedAmount < 32000) {
      if (sendOn(this.ws, buffer)) this.remember(buffer);
    }
  }

  /** Audio sent on this socket, the latest HELD_AUDIO_BYTES of it (see PRE_ROLL_MS). */
  remember(buffer) {
    this.sent.push({ at: Date.now(), ms: this.sentMs, buffer: buffer.slice(0) });
    this.sentBytes += buffer.byteLength;
    this.sentMs += buffer.byteLength / BYTES_PER_MS;
    while (this.sentBytes > HELD_AUDIO_BYTES && this.sent.length) {
      this.sentBytes -= this.sent.shift().buffer.byteLength;
    }
  }

  close() {
    this.closed = true;
    this.held = null;
    clearTimeout(this.timer);
    clearInterval(this.pinger);
    window.removeEventListener("online", this.onOnline);
    window.removeEventListener("offline", this.onOffline);
    if (this.ws) this.ws.close(1000, "bye");
    this.ws = null;
  }
}
