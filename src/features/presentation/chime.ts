/**
 * A short two-note chime, made by the Web Audio API (no sound file to fetch or cache): loud enough
 * to be heard in a room, soft at its edges so it does not click.
 */
export function playChime(): void {
  const Context = window.AudioContext;
  if (!Context) return;
  const audio = new Context();
  const start = audio.currentTime + 0.02;
  [880, 660, 880].forEach((frequency, index) => {
    const at = start + index * 0.28;
    const tone = audio.createOscillator();
    const volume = audio.createGain();
    tone.type = 'sine';
    tone.frequency.value = frequency;
    volume.gain.setValueAtTime(0.0001, at);
    volume.gain.exponentialRampToValueAtTime(0.5, at + 0.02);
    volume.gain.exponentialRampToValueAtTime(0.0001, at + 0.26);
    tone.connect(volume).connect(audio.destination);
    tone.start(at);
    tone.stop(at + 0.27);
  });
  // The context is let go once the chime is over.
  setTimeout(() => void audio.close(), 1200);
}
