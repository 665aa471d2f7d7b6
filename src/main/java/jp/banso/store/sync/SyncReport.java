package jp.banso.store.sync;

import java.util.List;

/** What one sync did: rows sent and received, conflicts found, cases now read-only, and the lines for the sync log. */
public record SyncReport(int sent, int received, int conflicts, int readOnlyCases, List<String> lines) {
}
