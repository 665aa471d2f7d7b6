package jp.banso.store.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import jp.banso.store.Store;

/**
 * Offline-first sync of this laptop's store with the team server (docs/decisions/0016): the laptop always works alone;
 * a sync pushes its changed rows (each with the server revision it was based on), then pulls what changed on the server
 * after the last pulled revision and merges it. One sync at a time per store; every step resumes after a cut.
 */
public final class Sync {
    private final Store store;
    private final Object running = new Object();
    private RowCodec codec;

    public Sync(Store store) {
        this.store = store;
    }

    /**
     * Connects (TLS, login and schema checked), pushes this laptop's changes, pulls the server's. New local cases are
     * given to {@code team}. Blocking: call it off the FX thread. Throws {@link SyncException}; what was done before a
     * failure stays done and the rest follows next time.
     */
    public SyncReport run(ServerLogin login, String team) {
        synchronized (running) {
            List<String> lines = new ArrayList<>();
            try (Connection server = TeamServer.connect(login)) {
                server.setAutoCommit(false);
                RowCodec rows = codec();
                if (team == null || team.isBlank()) {
                    List<String> mine = TeamServer.teams(server);
                    server.commit();
                    team = mine.isEmpty() ? null : mine.get(0);
                }
                Push.Result pushed = new Push(store.jdbi(), rows, team).run(server);
                Pull pull = new Pull(store.jdbi());
                if (!pushed.skipped().isEmpty()) {
                    pull.fetchRows(server, pushed.skipped());
                }
                int received = pull.fetch(server);
                int conflicts = new InboxApply(store, rows).apply();
                if (!pushed.skipped().isEmpty()) {
                    // rows the server had moved on from were merged just now: what remains of ours goes at once
                    pushed = pushed.and(new Push(store.jdbi(), rows, team).run(server));
                }
                int readOnly = checkAccess(server);
                if (pushed.written() > 0) {
                    lines.add("送信 " + pushed.written() + "件");
                }
                if (received > 0) {
                    lines.add("受信 " + received + "件");
                }
                if (conflicts > 0) {
                    lines.add("競合 " + conflicts + "件（競合の一覧で選んでください）");
                }
                pushed.refused().forEach(r -> lines.add("サーバーが受け付けなかった変更: " + r));
                if (readOnly > 0) {
                    lines.add("読み取り専用のケース " + readOnly + "件（チームから外れたため。データは残っています）");
                }
                store.jdbi().useTransaction(h -> {
                    SyncBook.setSetting(h, SyncBook.LAST_SYNCED, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
                    if (!lines.isEmpty()) {
                        SyncBook.log(h, conflicts > 0 ? "競合" : "同期", String.join(" / ", lines));
                    }
                });
                return new SyncReport(pushed.written(), received, conflicts, readOnly, List.copyOf(lines));
            } catch (SQLException e) {
                SyncException failure = TeamServer.translate(e, login);
                logFailure(failure);
                throw failure;
            } catch (SyncException e) {
                logFailure(e);
                throw e;
            }
        }
    }

    /** For the connect dialog: checks the address, TLS, login and schema; returns the teams the user belongs to. */
    public static List<String> check(ServerLogin login) {
        try (Connection server = TeamServer.connect(login)) {
            return TeamServer.teams(server);
        } catch (SQLException e) {
            throw TeamServer.translate(e, login);
        }
    }

    /** The laptop's side, read locally (a few counts). */
    public SyncStatus status() {
        return store.jdbi().withHandle(h -> new SyncStatus(
                h.createQuery("select count(*) from sync_change").mapTo(Integer.class).one(),
                h.createQuery("select count(*) from sync_conflict").mapTo(Integer.class).one(),
                SyncBook.setting(h, SyncBook.LAST_SYNCED).map(Instant::parse).orElse(null),
                h.createQuery("select count(*) from sync_case_access").mapTo(Integer.class).one()));
    }

    public List<SyncConflict> conflicts() {
        return store.jdbi().withHandle(h -> h.createQuery("select id, table_name, row_id, case_id, field, local_value, "
                + "server_value, detected_at from sync_conflict order by detected_at, table_name, field")
                .map((rs, ctx) -> new SyncConflict((UUID) rs.getObject(1), rs.getString(2), (UUID) rs.getObject(3),
                        (UUID) rs.getObject(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getTimestamp(8).toInstant())).list());
    }

    /**
     * Settles a conflict. keepMine: this laptop's value is written back here as a change of this laptop (sent at the
     * next sync); a row the server deleted comes back; a row deleted here is deleted again. Otherwise the server's
     * version, already applied, stays.
     */
    public void resolve(UUID conflictId, boolean keepMine) {
        RowCodec rows = codec();
        store.jdbi().useTransaction(h -> {
            SyncConflict c = h.createQuery("select id, table_name, row_id, case_id, field, local_value, server_value, "
                    + "detected_at from sync_conflict where id = :id").bind("id", conflictId)
                    .map((rs, ctx) -> new SyncConflict((UUID) rs.getObject(1), rs.getString(2), (UUID) rs.getObject(3),
                            (UUID) rs.getObject(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant()))
                    .findOne().orElse(null);
            if (c == null) {
                return;
            }
            if (keepMine) {
                Map<String, String> now = rows.read(h, c.table(), c.rowId());
                if (c.field() != null) {
                    if (now != null) {
                        now.put(c.field(), c.mine());
                        rows.write(h, c.table(), now);
                    }
                } else if (c.mine() != null) {
                    try {
                        rows.write(h, c.table(), RowCodec.row(c.mine()));
                    } catch (RuntimeException e) {
                        throw new SyncException(SyncException.Reason.REFUSED, "元に戻せません: この" + label(c.table())
                                + "が属していた記録（会議やボードなど）がもうありません。", e);
                    }
                } else if (now != null) {
                    h.createUpdate("delete from " + c.table() + " where id = :id").bind("id", c.rowId()).execute();
                }
            }
            h.createUpdate("delete from sync_conflict where id = :id").bind("id", conflictId).execute();
            SyncBook.log(h, "競合", label(c.table()) + (c.field() == null ? "" : "の" + c.field()) + ": "
                    + (keepMine ? "この端末の内容を使いました" : "サーバーの内容のままにしました"));
        });
    }

    /** The sync log, newest first. */
    public List<SyncLogEntry> log(int limit) {
        return store.jdbi().withHandle(h -> h.createQuery("select at, kind, summary from sync_log order by id desc limit :n")
                .bind("n", limit).map((rs, ctx) -> new SyncLogEntry(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        rs.getString(3))).list());
    }

    /**
     * Cases this laptop had from the server that the server no longer shows the user (they left the team, or a grant
     * was taken back): kept here, read-only, and counted. A case shown again becomes writable again.
     */
    private int checkAccess(Connection server) throws SQLException {
        Set<UUID> visible = new HashSet<>();
        try (var st = server.prepareStatement("select id from support_case"); var rs = st.executeQuery()) {
            while (rs.next()) {
                visible.add((UUID) rs.getObject(1));
            }
        }
        server.commit();
        return store.jdbi().inTransaction(h -> {
            Set<UUID> readOnly = new HashSet<>(h.createQuery("select case_id from sync_case_access").mapTo(UUID.class).list());
            List<UUID> shared = h.createQuery("select c.id from support_case c join sync_base b on b.table_name = 'support_case' "
                    + "and b.row_id = c.id and b.rev > 0").mapTo(UUID.class).list();
            for (UUID id : shared) {
                if (visible.contains(id) && readOnly.remove(id)) {
                    h.createUpdate("delete from sync_case_access where case_id = :id").bind("id", id).execute();
                } else if (!visible.contains(id) && readOnly.add(id)) {
                    h.createUpdate("insert into sync_case_access (case_id, access, since) values (:id, 'READ_ONLY', :at)")
                            .bind("id", id).bind("at", Instant.now().truncatedTo(ChronoUnit.MILLIS)).execute();
                }
            }
            return readOnly.size();
        });
    }

    private void logFailure(SyncException e) {
        try {
            store.jdbi().useHandle(h -> SyncBook.log(h, e.reason() == SyncException.Reason.OFFLINE ? "オフライン" : "失敗",
                    e.getMessage()));
        } catch (RuntimeException ignored) {
            // the log is a courtesy: a store that cannot write now says so elsewhere
        }
    }

    private synchronized RowCodec codec() {
        if (codec == null) {
            codec = store.jdbi().withHandle(RowCodec::new);
        }
        return codec;
    }

    /** What people call the rows of a table (the store's words). */
    static String label(String table) {
        return jp.banso.store.TableLabels.of(table);
    }
}
