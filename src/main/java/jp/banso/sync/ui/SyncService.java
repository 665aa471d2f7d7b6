package jp.banso.sync.ui;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import jp.banso.store.Store;
import jp.banso.store.sync.ServerLogin;
import jp.banso.store.sync.Sync;
import jp.banso.store.sync.SyncException;
import jp.banso.store.sync.SyncSettings;
import jp.banso.store.sync.SyncStatus;

/**
 * Syncs in the background, never on the FX thread and one sync at a time (a single sync thread): once the window is up,
 * every {@link #EVERY} while the last try reached the server (after a failed try again after 1 minute, then waiting
 * longer up to 5), on 今すぐ同期, and at exit for at most a few seconds. Without a connection it does nothing at all
 * (no socket is opened). The local counts (未送信, 競合) are read on a thread of their own after every saved edit, so
 * the status bar follows typing even while a sync runs. {@link #state()} changes on the FX thread.
 */
public final class SyncService {
    private static final Logger LOG = Logger.getLogger(SyncService.class.getName());
    static final Duration EVERY = Duration.ofMinutes(3);
    static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    static final Duration LONGEST_RETRY = Duration.ofMinutes(5);

    private final Store store;
    private final Sync sync;
    private final SyncSettings settings;
    private final ScheduledExecutorService syncThread = Executors.newSingleThreadScheduledExecutor(daemon("banso-sync"));
    private final ExecutorService countThread = Executors.newSingleThreadExecutor(daemon("banso-sync-status"));
    private final ReadOnlyObjectWrapper<SyncState> state = new ReadOnlyObjectWrapper<>(SyncState.NOT_CONNECTED);
    /** A sync is queued and has not started: a second 今すぐ同期 adds nothing. */
    private final AtomicBoolean queued = new AtomicBoolean();
    private final AtomicBoolean countsQueued = new AtomicBoolean();
    private volatile boolean closed;
    private ScheduledFuture<?> next;
    private Duration retry = FIRST_RETRY;

    public SyncService(Store store) {
        this.store = store;
        this.sync = new Sync(store);
        this.settings = new SyncSettings(store);
        store.onCommittedWrite(this::readCounts);
    }

    public ReadOnlyObjectProperty<SyncState> state() {
        return state.getReadOnlyProperty();
    }

    public SyncSettings settings() {
        return settings;
    }

    /** The engine (the conflict list and the log read and resolve through it). */
    public Sync sync() {
        return sync;
    }

    /** Once the window is up: the state is read, and a sync starts if connected with a known password. */
    public void start() {
        readCounts();
        syncNow();
    }

    /** 今すぐ同期 (and after connecting or giving the password): a sync as soon as the sync thread is free. */
    public void syncNow() {
        if (closed) {
            return;
        }
        if (settings.connection().isEmpty()) {
            publish(s -> SyncState.NOT_CONNECTED.withCounts(s.counts()));
            return;
        }
        if (settings.needsPassword()) {
            publish(s -> s.withPhase(SyncState.Phase.NEEDS_PASSWORD, null));
            return;
        }
        if (queued.compareAndSet(false, true)) {
            synchronized (this) {
                if (next != null) {
                    next.cancel(false);
                }
            }
            syncThread.execute(this::runOnce);
        }
    }

    /** チームサーバーとの接続を解除: no more syncs (one running ends on its own), the connection is forgotten. */
    public void disconnect() {
        synchronized (this) {
            if (next != null) {
                next.cancel(false);
            }
        }
        settings.disconnect();
        publish(s -> SyncState.NOT_CONNECTED.withCounts(s.counts()));
    }

    private void runOnce() {
        queued.set(false);
        if (closed || !store.isOpen()) {
            return;
        }
        var login = settings.login();
        var connection = settings.connection();
        if (login.isEmpty() || connection.isEmpty()) {
            return; // disconnected since it was queued
        }
        publish(s -> s.withPhase(SyncState.Phase.SYNCING, null));
        SyncState.Phase outcome;
        String problem = null;
        try {
            sync.run(login.get(), connection.get().team());
            outcome = SyncState.Phase.IDLE;
        } catch (SyncException e) {
            outcome = e.reason() == SyncException.Reason.OFFLINE ? SyncState.Phase.OFFLINE : SyncState.Phase.FAILED;
            problem = SyncState.explain(e);
            LOG.info(() -> "sync did not complete: " + e.reason() + " " + e.getMessage());
        } catch (RuntimeException e) {
            if (closed) {
                return; // the app is closing: the change log keeps what was not sent
            }
            outcome = SyncState.Phase.FAILED;
            problem = jp.banso.ui.Failures.describe(e, jp.banso.ui.Msg.t("sync.error.unexpected"));
            LOG.log(Level.WARNING, "sync failed", e);
        } finally {
            login.get().clear();
        }
        SyncStatus counts = closed ? null : sync.status();
        SyncState.Phase p = outcome;
        String why = problem;
        publish(s -> new SyncState(p, counts, why));
        scheduleNext(outcome == SyncState.Phase.IDLE);
    }

    private synchronized void scheduleNext(boolean reached) {
        if (closed) {
            return;
        }
        Duration wait;
        if (reached) {
            retry = FIRST_RETRY;
            wait = EVERY;
        } else {
            wait = retry;
            retry = retry.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : retry.multipliedBy(2);
        }
        next = syncThread.schedule(this::syncNow, wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Reads the local counts off the FX thread (coalesced: edits saved while one read waits share it). */
    private void readCounts() {
        if (closed || !countsQueued.compareAndSet(false, true)) {
            return;
        }
        countThread.execute(() -> {
            countsQueued.set(false);
            if (closed || !store.isOpen()) {
                return;
            }
            try {
                SyncStatus counts = sync.status();
                boolean connected = settings.connection().isPresent();
                boolean needsPassword = settings.needsPassword();
                publish(s -> {
                    SyncState base = !connected ? SyncState.NOT_CONNECTED
                            : s.phase() == SyncState.Phase.NOT_CONNECTED
                                    ? s.withPhase(needsPassword ? SyncState.Phase.NEEDS_PASSWORD : SyncState.Phase.IDLE, null) : s;
                    return base.withCounts(counts);
                });
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "sync counts not read", e); // the store is closing; the next write reads them again
            }
        });
    }

    /** Re-reads the counts now (after a conflict was resolved). */
    public void refresh() {
        readCounts();
    }

    private void publish(java.util.function.UnaryOperator<SyncState> change) {
        Platform.runLater(() -> state.set(change.apply(state.get())));
    }

    /**
     * At exit: one last sync if connected, waited for at most {@code bound}; then the threads stop. What was not sent
     * stays in the change log for the next start.
     */
    public void closeAtExit(Duration bound) {
        if (!closed && settings.login().isPresent()) {
            queued.set(true);
            Future<?> last = syncThread.submit(this::runOnce);
            try {
                last.get(bound.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                LOG.info("the last sync did not end within " + bound.toSeconds() + " s; the rest is sent at the next start");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.log(Level.WARNING, "the last sync failed", e.getCause());
            }
        }
        close();
    }

    /** Stops syncing (the store is being replaced or closed): a running sync is interrupted. */
    public void close() {
        closed = true;
        syncThread.shutdownNow();
        countThread.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
