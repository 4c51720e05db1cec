// The microphone (an AudioWorklet: 16 kHz PCM16LE frames) and speech playback.

/** Captures the microphone; `onFrame(ArrayBuffer)` every 20 ms, `onLevel(0..1)`. */
export class Microphone {
  constructor({ onFrame, onLevel }) {
    this.onFrame = onFrame;
    this.onLevel = onLevel;
    this.ctx = null;
    this.stream = null;
    this.starting = null;
  }

  get running() {
    return Boolean(this.ctx);
  }

  start() {
    this.starting ??= this.open().catch((err) => {
      this.starting = null;
      throw err;
    });
    return this.starting;
  }

  async open() {
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      throw new Error("this browser cannot record audio here (it needs https)");
    }
    const stream = await navigator.mediaDevices.getUserMedia({
      audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true, autoGainControl: true },
    });
    const ctx = new AudioContext();
    try {
      await ctx.audioWorklet.addModule("/static/capture-worklet.js");
      const node = new AudioWorkletNode(ctx, "vyapar-capture", {
        numberOfInputs: 1,
        numberOfOutputs: 0,
        processorOptions: { targetRate: 16000, frameMs: 20 },
      });
      node.port.onmessage = (e) => {
        this.onLevel(e.data.level);
        this.onFrame(e.data.pcm);
      };
      ctx.createMediaStreamSource(stream).connect(node);
      if (ctx.state === "suspended") await ctx.resume();
    } catch (err) {
      for (const track of stream.getTracks()) track.stop();
      await ctx.close();
      throw err;
    }
    this.ctx = ctx;
    this.stream = stream;
  }

  stop() {
    if (this.stream) for (const track of this.stream.getTracks()) track.stop();
    if (this.ctx) this.ctx.close();
    this.ctx = null;
    this.stream = null;
    this.starting = null;
    this.onLevel(0);
  }
}

/** 20 ms of silence at 16 kHz, PCM16LE: what push-to-talk sends after release so the
 * server's endpointer hears the end of the utterance. */
export function silenceFrames(ms) {
  return Array.from({ length: Math.ceil(ms / 20) }, () => new ArrayBuffer(640));
}

/** Plays the server's speech: `audio_start` (format, rate), binary PCM16LE, `audio_end`. */
export class Player {
  constructor(onPlaying = () => {}) {
    this.onPlaying = onPlaying;
    this.ctx = null;
    this.rate = 16000;
    this.next = 0;
    this.sources = new Set();
    this.odd = null;
    this.accepting = false;
  }

  /** Create or resume the AudioContext; call from a click so the browser allows sound. */
  unlock() {
    if (!this.ctx) this.ctx = new AudioContext();
    if (this.ctx.state === "suspended") this.ctx.resume();
  }

  begin(event) {
    if (event.format && event.format !== "pcm16le") {
      this.accepting = false;
      return;
    }
    this.rate = event.sample_rate || 16000;
    this.odd = null;
    this.accepting = true;
  }

  push(data) {
    if (!this.accepting || !this.ctx) return;
    let bytes = new Uint8Array(data);
    if (this.odd) {
      const joined = new Uint8Array(bytes.length + 1);
      joined[0] = this.odd;
      joined.set(bytes, 1);
      bytes = joined;
      this.odd = null;
    }
    if (bytes.length % 2) {
      this.odd = bytes[bytes.length - 1];
      bytes = bytes.subarray(0, bytes.length - 1);
    }
    const n = bytes.length / 2;
    if (!n) return;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
    const buffer = this.ctx.createBuffer(1, n, this.rate);
    const channel = buffer.getChannelData(0);
    for (let i = 0; i < n; i++) channel[i] = view.getInt16(2 * i, true) / 32768;
    const source = this.ctx.createBufferSource();
    source.buffer = buffer;
    source.connect(this.ctx.destination);
    const at = Math.max(this.ctx.currentTime + 0.03, this.next);
    source.start(at);
    this.next = at + buffer.duration;
    this.sources.add(source);
    source.onended = () => {
      this.sources.delete(source);
      if (!this.sources.size) this.onPlaying(false);
    };
    this.onPlaying(true);
  }

  /** The utterance ended; `interrupted` drops what is still queued. */
  end(event) {
    this.accepting = false;
    if (event && event.interrupted) this.stop();
  }

  stop() {
    this.accepting = false;
    for (const source of this.sources) {
      try {
        source.stop();
      } catch {
        // already stopped
      }
    }
    this.sources.clear();
    this.next = 0;
    this.onPlaying(false);
  }
}
