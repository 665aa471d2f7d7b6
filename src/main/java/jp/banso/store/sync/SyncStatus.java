package jp.banso.store.sync;

import java.time.Instant;

/** The laptop's side of sync, read locally: changes not yet sent, open conflicts, the last sync, read-only cases. */
public record SyncStatus(int unsent, int conflicts, Instant lastSyncedAt, int readOnlyCases) {
}
