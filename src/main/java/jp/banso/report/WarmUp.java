package jp.banso.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import jp.banso.domain.Meeting;
import org.apache.poi.xslf.usermodel.XMLSlideShow;

/**
 * A head start for the first export of a session: the first export in a JVM is several times slower than the next
 * (class loading, POI's schema types, JIT). Once per session, on a low-priority daemon thread, every case form is made
 * from a made-up case ({@link WarmUpCase}) with its データ sheet and charts, and the 報告会 deck is built, all written
 * to nowhere: nothing is written to any folder. The app starts it a little after its window is up, the 配布資料を出力
 * dialog at the latest when it opens. An export that starts meanwhile stops it ({@link #stop}), so that the two do not
 * compete for the processor. Never fails: at worst it did nothing.
 */
public final class WarmUp {
    /** How long after the case list is shown the app starts the warm-up: the first frames and the start-up backup go first. */
    public static final Duration AFTER_START = Duration.ofSeconds(2);
    private static final Logger LOG = Logger.getLogger(WarmUp.class.getName());
    private static final CountDownLatch START_NOW = new CountDownLatch(1);
    private static volatile boolean stopped;
    private static CompletableFuture<Void> running;

    private WarmUp() {
    }

    /**
     * Starts the warm-up after {@code delay} (at once if a later call asks for less); only the first call makes a thread.
     * The future completes when the warm-up has ended, done or stopped.
     */
    public static synchronized CompletableFuture<Void> inBackground(Duration delay) {
        if (delay.isZero()) {
            START_NOW.countDown();
        }
        if (running == null) {
            running = new CompletableFuture<>();
            Thread t = new Thread(() -> {
                try {
                    START_NOW.await(delay.toMillis(), TimeUnit.MILLISECONDS);
                    run();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    running.complete(null);
                }
            }, "banso-export-warm-up");
            t.setDaemon(true);
            t.setPriority(Thread.MIN_PRIORITY);
            t.start();
        }
        return running;
    }

    /** An export starts: the warm-up ends after the step it is in (or does not begin). */
    static void stop() {
        stopped = true;
    }

    private static void run() {
        try {
            exercise(() -> stopped);
        } catch (Exception | LinkageError e) {
            LOG.fine("warm-up stopped: " + e);
        }
    }

    /** Makes every case form and then the deck from the made-up case until {@code stopped}; returns what it made. */
    static List<String> exercise(java.util.function.BooleanSupplier stopped) throws IOException {
        List<String> made = new ArrayList<>();
        CaseData data = WarmUpCase.data();
        byte[] picture = DrawnBoardImages.encode(new BufferedImage(600, 2000, BufferedImage.TYPE_INT_RGB)); // as a board's picture comes
        BoardImages pictures = new BoardImages() {
            @Override
            public byte[] png(jp.banso.store.Store store, java.util.UUID boardId) {
                return picture;
            }

            @Override
            public String unavailableReason() {
                return null;
            }
        };
        ReportTemplates builtIn = new ReportTemplates(null);
        Meeting meeting = data.meetings().get(0);
        for (ReportForm f : FormRegistry.all()) {
            if (stopped.getAsBoolean()) {
                return made;
            }
            ReportInput input = new ReportInput(data, f.scope() == ReportForm.Scope.MEETING ? meeting : null, WarmUpCase.TODAY, pictures,
                    new ArrayList<>());
            Record built = f.build(input);
            ReportTemplates.Source s = builtIn.resolve(f.id());
            ReportEngine.fill(s, TemplateCheck.check(s, Schema.of(f.dataType())), built, f.appendix(input, built), OutputStream::nullOutputStream);
            made.add(f.id());
        }
        if (stopped.getAsBoolean()) {
            return made;
        }
        try (XMLSlideShow deck = SlideTemplate.open(builtIn.resolveSlides(ReportDeck.TEMPLATE_FILE))) {
            new DeckSlides(deck, data, pictures, WarmUpCase.TODAY, new ArrayList<>()).build();
            deck.write(OutputStream.nullOutputStream());
        }
        made.add(ReportDeck.ID);
        return made;
    }
}
