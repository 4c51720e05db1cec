// Streaming sample-rate conversion for the microphone: a windowed-sinc interpolator
// (Hann window, cutoff just under the lower Nyquist frequency, so 48 kHz speech does not
// alias into the 16 kHz the server listens at). Pure: runs in the AudioWorklet and in
// tests alike.

const TABLE_STEPS = 64; // kernel samples per input sample (looked up, interpolated)

export class Resampler {
  /**
   * @param {number} fromRate input rate (the AudioContext's, e.g. 48000)
   * @param {number} toRate output rate (16000 for the server)
   * @param {number} halfTaps kernel half-width, in input samples at the cutoff
   */
  constructor(fromRate, toRate, halfTaps = 16) {
    if (!(fromRate > 0 && toRate > 0)) throw new RangeError("sample rates must be positive");
    this.step = fromRate / toRate;
    this.passthrough = fromRate === toRate;
    // Cutoff as a fraction of the input Nyquist: 0.92 of the output's when downsampling.
    this.cutoff = Math.min(1, toRate / fromRate) * 0.92;
    this.half = Math.ceil(halfTaps / Math.min(1, this.cutoff));
    this.buf = new Float32Array(this.half); // leading zeros: the first output has history
    this.pos = this.half; // where the next output sample falls, in buf's coordinates
    this.table = new Float32Array(this.half * TABLE_STEPS + 2);
    for (let k = 0; k < this.table.length; k++) this.table[k] = this.exactKernel(k / TABLE_STEPS);
  }

  exactKernel(x) {
    if (Math.abs(x) >= this.half) return 0;
    const w = 0.5 + 0.5 * Math.cos((Math.PI * x) / this.half);
    const a = this.cutoff * x;
    const sinc = a === 0 ? 1 : Math.sin(Math.PI * a) / (Math.PI * a);
    return this.cutoff * sinc * w;
  }

  kernel(x) {
    const at = Math.abs(x) * TABLE_STEPS;
    const k = Math.floor(at);
    if (k >= this.table.length - 1) return 0;
    const f = at - k;
    return this.table[k] * (1 - f) + this.table[k + 1] * f;
  }

  /** Feed input samples; get the output samples now computable. */
  push(input) {
    if (this.passthrough) return Float32Array.from(input);
    const buf = new Float32Array(this.buf.length + input.length);
    buf.set(this.buf);
    buf.set(input, this.buf.length);
    const out = [];
    let pos = this.pos;
    while (pos + this.half < buf.length) {
      const centre = Math.floor(pos);
      let acc = 0;
      for (let i = centre - this.half + 1; i <= centre + this.half; i++) {
        if (i >= 0) acc += buf[i] * this.kernel(pos - i);
      }
      out.push(acc);
      pos += this.step;
    }
    const keep = Math.max(0, Math.floor(pos) - this.half);
    this.buf = buf.slice(keep);
    this.pos = pos - keep;
    return Float32Array.from(out);
  }
}

/** Float samples in [-1, 1] as PCM16 (clipped). */
export function toPcm16(samples) {
  const out = new Int16Array(samples.length);
  for (let i = 0; i < samples.length; i++) {
    const s = Math.max(-1, Math.min(1, samples[i]));
    out[i] = s < 0 ? Math.round(s * 32768) : Math.round(s * 32767);
  }
  return out;
}

/** Root mean square of a block, 0..1. */
export function rms(samples) {
  if (!samples.length) return 0;
  let sum = 0;
  for (let i = 0; i < samples.length; i++) sum += samples[i] * samples[i];
  return Math.sqrt(sum / samples.length);
}
