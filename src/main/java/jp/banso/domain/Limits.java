package jp.banso.domain;

/**
 * How much of each kind the app keeps: far more than any support case holds, few enough that the app stays alive.
 * Without them a case file of 1,000,000 notes on one board (158 MB, under the file cap) was imported in 78 s with
 * 3.5 GB of memory, made a 2.5 GB database, and opening its board ran out of memory on the FX thread. The same limits
 * apply to a case file (counted while it is read, before anything is kept: {@code jp.banso.bundle.BundleCounts}), to
 * what the board opens ({@code BoardsPage}) and to what the screens add ({@code BoardModel}).
 *
 * <p>Figures behind them (this machine, 2 shared cores, heap capped at 2 GB as on an 8 GB laptop;
 * {@code jp.banso.bench.BoardSizeProbe}): a board with its editor open takes about 22 KB of heap per note — 2,000
 * notes 87 MB, 5,000 154 MB, 10,000 264 MB, 20,000 480 MB — and opening time grows with the notes (2,000 open in
 * about 0.5 s on an idle machine, see docs/performance.md). A workshop board holds 50–300 notes; the busiest real
 * boards a few hundred. 10,000 notes per board is twice the 5,000 the board is to open in half a second, and still
 * opens in a few seconds with a quarter of the heap. Realistic cases hold about 235 rows (the demo case plus a board of
 * 100 notes; docs/performance.md), 200 such cases make a 28 MB file of 47,000 rows.
 */
public enum Limits {
    /** What one board opens and draws at once (every note is a node on the canvas). */
    NOTES_PER_BOARD(10_000, "付箋", "1つのボード", "枚"),
    /** Lanes side by side: a template has 3–8; the capture bar shortens its lane buttons beyond a dozen. */
    LANES_PER_BOARD(100, "レーン", "1つのボード", "本"),
    /** Boards of a case: a few per meeting, a dozen or two a year. */
    BOARDS_PER_CASE(500, "ボード", "1つのケース", "枚"),
    /** Meetings of a case: about 10–25 a year; the schedule lists them all. */
    MEETINGS_PER_CASE(2_000, "会議", "1つのケース", "件"),
    /** Everything a case owns together (meetings, boards, notes, 課題, roadmap…): ten full boards and more. */
    ROWS_PER_CASE(100_000, "記録（会議・付箋・課題などの合計）", "1つのケース", "件"),
    /** Everything a case file holds: about five times the 200 realistic cases of the benchmark. */
    ROWS_PER_FILE(250_000, "記録（会議・付箋・課題などの合計）", "1つのケースファイル", "件");

    private final int max;
    private final String what;
    private final String per;
    private final String unit;

    Limits(int max, String what, String per, String unit) {
        this.max = max;
        this.what = what;
        this.per = per;
        this.unit = unit;
    }

    /** The most there may be. */
    public int max() {
        return max;
    }

    /** What is counted (付箋, 会議…). */
    public String what() {
        return what;
    }

    /** Whether {@code count} is more than allowed. */
    public boolean exceeded(long count) {
        return count > max;
    }

    /**
     * 「{where}の付箋が多すぎます（12,000枚）。1つのボードの付箋は 10,000 枚までです。」: the kind, the count and the
     * limit; the caller adds what to do.
     */
    public String tooMany(String where, long count) {
        return tooMany(where, count, max);
    }

    /** The same against another maximum (a test's lowered one). */
    public String tooMany(String where, long count, int maximum) {
        return String.format("%sの%sが多すぎます（%,d%s）。%sの%sは %,d %sまでです。", where, what, count, unit, per, what, maximum, unit);
    }

    /** 「1つのボードの付箋は 10,000 枚までです。」: for refusing to add one more. */
    public String reached() {
        return String.format("%sの%sは %,d %sまでです。", per, what, max, unit);
    }
}
