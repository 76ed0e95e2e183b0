// Finding QR codes: the camera loop (BarcodeDetector where the browser has it, ZXing-WASM in a
// worker otherwise) and single photos.

const FRAME_WIDTH_PX = 720;
const SAME_CODE_PAUSE_MS = 3000;

let worker;
let nextJob = 0;
const jobs = new Map();

function workerDecode(image, tryHarder) {
  if (!worker) {
    worker = new Worker('/js/decode-worker.js', { type: 'module' });
    worker.onmessage = ({ data }) => {
      const job = jobs.get(data.id);
      jobs.delete(data.id);
      if (data.error) job?.reject(new Error(data.error));
      else job?.resolve(data.texts);
    };
  }
  return new Promise((resolve, reject) => {
    const id = nextJob++;
    jobs.set(id, { resolve, reject });
    worker.postMessage({ id, image, tryHarder }, [image.data.buffer]);
  });
}

let nativeDetector;
async function nativeDetect(source) {
  if (nativeDetector === undefined) {
    nativeDetector = null;
    try {
      if ('BarcodeDetector' in window && (await window.BarcodeDetector.getSupportedFormats()).includes('qr_code')) {
        nativeDetector = new window.BarcodeDetector({ formats: ['qr_code'] });
      }
    } catch { /* no native detector */ }
  }
  if (!nativeDetector) return null;
  return (await nativeDetector.detect(source)).map((code) => code.rawValue);
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
 * Scan continuously from the back camera into `video`, calling onCode(text) for each code seen
 * (the same code again only after a pause). Returns a stop() function.
 */
export async function startCamera(video, onCode) {
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
          const [text] = await detect(video, video.videoWidth, video.videoHeight, false);
          const now = Date.now();
          if (text && running && (text !== last.text || now - last.at > SAME_CODE_PAUSE_MS)) {
            last = { text, at: now };
            await onCode(text);
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
