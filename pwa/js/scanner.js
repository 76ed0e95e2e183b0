// Finding QR codes: the camera loop (BarcodeDetector where the browser has it, ZXing-WASM in a
// worker otherwise, the server while that worker is still loading) and single photos.
import { api } from './api.js';
import { uuid } from './offline.js';

const FRAME_WIDTH_PX = 720;
// A frame sent to the server: the middle square, where the screen's target is, small and JPEG.
const SERVER_FRAME_PX = 400;
const SERVER_FRAME_QUALITY = 0.7;
const SAME_CODE_PAUSE_MS = 3000;

// The decoder's WebAssembly (decode-worker.js loads it; the service worker keeps it).
const DECODER_WASM = '/node_modules/zxing-wasm/dist/reader/zxing_reader.wasm';

let worker;
let workerReady = false;
// Whether the decoder was already on the phone when the worker started: then frames wait for
// it (a moment) instead of going to the server.
let decoderCached = Promise.resolve(false);
let nextJob = 0;
const jobs = new Map();

/** The decoder's worker, started on first use: its WebAssembly then loads in the background. */
function decoderWorker() {
  if (!worker) {
    decoderCached = (self.caches ? caches.match(DECODER_WASM) : Promise.resolve(undefined))
      .then(Boolean, () => false);
    worker = new Worker('/js/decode-worker.js', { type: 'module' });
    worker.onmessage = ({ data }) => {
      if (data.ready) {
        workerReady = true;
        return;
      }
      const job = jobs.get(data.id);
      jobs.delete(data.id);
      if (data.error) job?.reject(new Error(data.error));
      else job?.resolve(data.texts);
    };
  }
  return worker;
}

function workerDecode(image, tryHarder) {
  const decoder = decoderWorker();
  return new Promise((resolve, reject) => {
    const id = nextJob++;
    jobs.set(id, { resolve, reject });
    decoder.postMessage({ id, image, tryHarder }, [image.data.buffer]);
  });
}

/**
 * The codes in a camera frame, decoded by the server (POST /api/v1/decode): on a first visit
 * the local decoder (over 400 KB) takes seconds to arrive on a slow network, a frame a second.
 * With `verifyFields` (the position to send, or {}), the server also verifies the first code
 * found, in the same round trip: {texts, verification}.
 */
async function serverDecode(video, width, height, verifyFields) {
  const side = Math.min(width, height);
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = Math.min(side, SERVER_FRAME_PX);
  const context = canvas.getContext('2d');
  // Grey: a QR code has no colour, and a JPEG without it is smaller to send (the server's
  // decoder reads the grey levels only). Browsers without canvas filters send colour.
  context.filter = 'grayscale(1)';
  context.drawImage(video, (width - side) / 2, (height - side) / 2, side, side,
    0, 0, canvas.width, canvas.height);
  const frame = await new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', SERVER_FRAME_QUALITY));
  const answer = verifyFields
    ? await api.decodeAndVerify(frame, await verifyFields(), uuid())
    : await api.decode(frame);
  return { texts: answer.codes.map((code) => code.text), verification: answer.verification };
}

let nativeDetector;
/** The browser's own QR detector, or null: some have BarcodeDetector without QR codes. */
function qrDetector() {
  nativeDetector ??= (async () => {
    try {
      if ('BarcodeDetector' in window && (await window.BarcodeDetector.getSupportedFormats()).includes('qr_code')) {
        return new window.BarcodeDetector({ formats: ['qr_code'] });
      }
    } catch { /* no native detector */ }
    return null;
  })();
  return nativeDetector;
}

async function nativeDetect(source) {
  const detector = await qrDetector();
  if (!detector) return null;
  return (await detector.detect(source)).map((code) => code.rawValue);
}

function pixels(source, width, height, maxWidth) {
  const scale = Math.min(1, maxWidth / width);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  context.drawImage(source, 0, 0, canvas.width, canvas.height);
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

/** The QR texts found in a source (video element or ImageBitmap). */
async function detect(source, width, height, tryHarder) {
  const native = await nativeDetect(source);
  if (native) return native;
  return workerDecode(pixels(source, width, height, tryHarder ? 1600 : FRAME_WIDTH_PX), tryHarder);
}

/** The codes in a camera frame, {texts, verification?}: on the phone, or by the server until the phone can. */
async function detectFrame(video, width, height, verifyFields) {
  const native = await nativeDetect(video);
  if (native) return { texts: native };
  decoderWorker();
  if (!workerReady && navigator.onLine && !(await decoderCached)) return serverDecode(video, width, height, verifyFields);
  return { texts: await workerDecode(pixels(video, width, height, FRAME_WIDTH_PX), false) };
}

/** The QR texts in a photo file, decoded on the phone (used when the server cannot be reached). */
export async function decodePhoto(file) {
  const bitmap = await createImageBitmap(file);
  try {
    return await detect(bitmap, bitmap.width, bitmap.height, true);
  } finally {
    bitmap.close?.();
  }
}

export const cameraAvailable = () => !!navigator.mediaDevices?.getUserMedia;

/**
 * Scan continuously from the back camera into `video`, calling onCode(text, verification) for
 * each code seen (the same code again only after a pause). With `verifyFields` (a function giving
 * the position to send), a frame the server decodes comes back with the verification of its
 * code (`verification`; otherwise undefined). Returns a stop() function.
 */
export async function startCamera(video, onCode, { verifyFields } = {}) {
  qrDetector().then((native) => { if (!native) decoderWorker(); }); // loads while the camera starts
  const stream = await navigator.mediaDevices.getUserMedia({
    video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 } }, audio: false });
  video.srcObject = stream;
  video.setAttribute('playsinline', '');
  video.muted = true;
  await video.play();
  let running = true;
  let last = { text: null, at: 0 };
  const loop = async () => {
    while (running) {
      if (video.readyState >= 2 && video.videoWidth) {
        try {
          const { texts: [text], verification } = await detectFrame(video, video.videoWidth, video.videoHeight, verifyFields);
          const now = Date.now();
          if (text && running && (text !== last.text || now - last.at > SAME_CODE_PAUSE_MS)) {
            last = { text, at: now };
            await onCode(text, verification);
          } else if (text) {
            last.at = now;
          }
        } catch { /* one bad frame; try the next */ }
      }
      await new Promise((resolve) => setTimeout(resolve, 120));
    }
  };
  loop();
  return () => {
    running = false;
    stream.getTracks().forEach((track) => track.stop());
    video.srcObject = null;
  };
}
