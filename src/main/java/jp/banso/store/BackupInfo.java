package jp.banso.store;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One backup in {@code <data>/backups/}: the zip H2 wrote, and what its sidecar file says about it. The counts are
 * null for a zip whose sidecar is missing (a crash between the two); {@code reason} is then null too.
 */
public record BackupInfo(Path file, Instant takenAt, BackupReason reason, Integer cases, Integer meetings, Integer boards,
                         boolean encrypted, String appVersion, long bytes) {

    public String reasonLabel() {
        return reason == null ? "—" : reason.label();
    }
}
