package jp.banso.board;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.SourceDataLine;

/**
 * The timer's end: a short two-note chime made in code (no file, no network). Played on its own thread so the
 * screen never waits; where there is no sound device (a projector laptop muted, a CI machine) it stays silent and
 * the colour change alone tells that time is up.
 */
final class EndTone {
    private static final float RATE = 22_050;

    private EndTone() {
    }

    static void play() {
        Thread t = new Thread(EndTone::playNow, "timer-end-tone");
        t.setDaemon(true);
        t.start();
    }

    private static void playNow() {
        try {
            byte[] pcm = chime();
            AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
            try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
                line.open(format);
                line.start();
                line.write(pcm, 0, pcm.length);
                line.drain();
            }
        } catch (Exception | LinkageError e) {
            // no sound here: the warning colour is the signal
        }
    }

    /** 880 Hz then 660 Hz, 0.25 s each, faded in and out so they do not click. */
    static byte[] chime() {
        double[][] notes = {{880, 0.25}, {660, 0.35}};
        int total = 0;
        for (double[] n : notes) {
            total += (int) (RATE * n[1]);
        }
        byte[] out = new byte[total * 2];
        int i = 0;
        for (double[] n : notes) {
            int samples = (int) (RATE * n[1]);
            for (int s = 0; s < samples; s++, i++) {
                double fade = Math.min(1, Math.min(s, samples - s) / (RATE * 0.02));
                short v = (short) (Math.sin(2 * Math.PI * n[0] * s / RATE) * 0.4 * fade * Short.MAX_VALUE);
                out[2 * i] = (byte) v;
                out[2 * i + 1] = (byte) (v >> 8);
            }
        }
        return out;
    }
}
