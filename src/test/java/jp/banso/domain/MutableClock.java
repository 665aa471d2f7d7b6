package jp.banso.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/** A clock tests move by hand (in Japan's time zone, where Banso's days and 年度 are). */
public final class MutableClock extends Clock {
    private Instant now;

    public MutableClock(Instant start) {
        now = start;
    }

    public void advance(long millis) {
        now = now.plusMillis(millis);
    }

    @Override
    public ZoneId getZone() {
        return ZoneId.of("Asia/Tokyo");
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
