package jp.banso.store.sync;

import java.time.Instant;
import java.util.UUID;

/**
 * The same field changed here and on the server (field null: the whole row, deleted on one side and changed on the
 * other). The server's value was applied; {@code mine} is this laptop's, kept until the user decides. Values are text
 * (a whole row as JSON; null where the row is deleted).
 */
public record SyncConflict(UUID id, String table, UUID rowId, UUID caseId, String field, String mine, String server,
        Instant detectedAt) {
}
