package jp.banso.store.sync;

import java.time.Instant;

/** One line of the sync log: when, what kind (送信, 受信, 競合, 失敗 …), and what. */
public record SyncLogEntry(Instant at, String kind, String summary) {
}
