// The microphone in the audio thread: mix to mono, resample from the AudioContext's rate
// to 16 kHz, cut 20 ms PCM16LE frames, and post each with its level to the page.
import { Resampler, rms, toPcm16 } from "./resample.js";

class Capture extends AudioWorkletProcessor {
  constructor(options) {
    super();
    const o = (options && options.processorOptions) || {};
    this.target = o.targetRate || 16000;
    this.frame = Math.round((this.target * (o.frameMs || 20)) / 1000);
    this.resampler = new Resampler(sampleRate, this.target);
    this.pending = new Float32Array(this.frame);
    this.fill = 0;
  }

  process(inputs) {
    const channels = inputs[0];
    if (!channels || channels.length === 0) return true;
    let mono = channels[0];
    if (channels.length > 1) {
      mono = new Float32Array(channels[0].length);
      for (const ch of channels) for (let i = 0; i < ch.length; i++) mono[i] += ch[i] / channels.length;
    }
    const out = this.resampler.push(mono);
    for (let i = 0; i < out.length; i++) {
      this.pending[this.fill++] = out[i];
      if (this.fill === this.frame) {
        const pcm = toPcm16(this.pending);
        this.port.postMessage({ pcm: pcm.buffer, level: rms(this.pending) }, [pcm.buffer]);
        this.fill = 0;
      }
    }
    return true;
  }
}

registerProcessor("vyapar-capture", Capture);
