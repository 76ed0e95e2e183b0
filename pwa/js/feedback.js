// Sound and vibration after each officer scan, so the officer need not look at the screen.
let audio;

/** Call from a user gesture (a click) so the browser lets the page make sound later. */
export function unlockAudio() {
  const AudioContext = window.AudioContext || window.webkitAudioContext;
  if (!audio && AudioContext) audio = new AudioContext();
  audio?.resume?.();
}

function beep(frequencyHz, startS, durationS) {
  const oscillator = audio.createOscillator();
  const gain = audio.createGain();
  oscillator.frequency.value = frequencyHz;
  gain.gain.value = 0.15;
  oscillator.connect(gain).connect(audio.destination);
  oscillator.start(audio.currentTime + startS);
  oscillator.stop(audio.currentTime + startS + durationS);
}

const PATTERNS = {
  genuine: { tones: [[880, 0, 0.12]], vibrate: [60] },
  suspicious: { tones: [[520, 0, 0.15], [520, 0.22, 0.15]], vibrate: [100, 80, 100] },
  invalid: { tones: [[220, 0, 0.5]], vibrate: [400] },
};

/** One high beep for genuine, two for suspicious, a long low tone for invalid. */
export function verdictFeedback(verdict) {
  const pattern = PATTERNS[verdict] || PATTERNS.suspicious;
  if (audio) pattern.tones.forEach(([hz, start, length]) => beep(hz, start, length));
  navigator.vibrate?.(pattern.vibrate);
}
