package jp.banso.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** For tests that need one edit to be newer than another: the store's stamps (createdAt, updatedAt). */
public final class Stamps {
    private Stamps() {
    }

    /**
     * The store stamps an entity as it writes it, on the calling thread, to the millisecond of the system clock (it
     * takes no clock of its own): once the clock shows a later millisecond, the next edit is later than every one made
     * before, not equal. Waits at most a millisecond, for the clock rather than for a guessed time.
     */
    public static void nextMillisecond() {
        Instant last = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        while (!Instant.now().truncatedTo(ChronoUnit.MILLIS).isAfter(last)) {
            Thread.onSpinWait();
        }
    }
}
