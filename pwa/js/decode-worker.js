// Web worker: finds QR codes in images with ZXing compiled to WebAssembly, served from our origin.
import { prepareZXingModule, readBarcodes } from '/node_modules/zxing-wasm/dist/es/reader/index.js';

const WASM_URL = '/node_modules/zxing-wasm/dist/reader/zxing_reader.wasm';

// Load and compile the WebAssembly now, and say when it is ready: until then the page sends its
// camera frames to the server, which answers sooner on a first visit (scanner.js).
prepareZXingModule({
  overrides: { locateFile: (path, prefix) => (path.endsWith('.wasm') ? WASM_URL : prefix + path) },
  fireImmediately: true,
}).then(() => self.postMessage({ ready: true }), () => {});

self.onmessage = async ({ data: { id, image, tryHarder } }) => {
  try {
    const results = await readBarcodes(image, { formats: ['QRCode'], tryHarder: !!tryHarder, maxNumberOfSymbols: 1 });
    self.postMessage({ id, texts: results.filter((r) => r.isValid).map((r) => r.text) });
  } catch (err) {
    self.postMessage({ id, error: String(err) });
  }
};
