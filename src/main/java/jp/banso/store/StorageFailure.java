package jp.banso.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.h2.api.ErrorCode;

/**
 * Tells a write that failed because the disk could not take it (full, removed, failing: worth keeping and trying
 * again) from one that failed because of what was written (a bug: trying again cannot help), and says which in
 * Japanese. H2 reports a full disk as an MVStore write failure, then closes the database ("has been closed") until
 * a new connection opens it again — which works once space is free.
 */
public final class StorageFailure {
    /** Below this much free space a failed write is reported as a full disk. */
    static final long LOW_SPACE_BYTES = 16L * 1024 * 1024;

    private StorageFailure() {
    }

    /** Whether the failure came from the disk or the database file rather than from the data. */
    public static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException || t instanceof org.h2.mvstore.MVStoreException) {
                return true;
            }
            if (t instanceof SQLException s) {
                switch (s.getErrorCode()) {
                    case ErrorCode.DATABASE_IS_CLOSED:
                    case ErrorCode.IO_EXCEPTION_1:
                    case ErrorCode.IO_EXCEPTION_2:
                    case ErrorCode.FILE_CORRUPTED_1:
                    case ErrorCode.OUT_OF_MEMORY:
                        return true;
                    case ErrorCode.GENERAL_ERROR_1:
                        if (String.valueOf(s.getMessage()).contains("MVStore")) {
                            return true;
                        }
                        break;
                    default:
                        break;
                }
            }
        }
        return false;
    }

    /** Whether H2 closed the database on this failure (every pooled connection is then dead). */
    static boolean closedDatabase(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && s.getErrorCode() == ErrorCode.DATABASE_IS_CLOSED
                    || t instanceof org.h2.mvstore.MVStoreException
                    || t instanceof org.jdbi.v3.core.ConnectionException) {
                return true;
            }
        }
        return false;
    }

    /** Whether the disk of the folder is (nearly) full, or the failure says so. */
    static boolean diskFull(Throwable failure, Path folder) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (m.contains("no space left") || m.contains("not enough space") || m.contains("disk full")
                    || m.contains("quota exceeded")) {
                return true;
            }
        }
        try {
            return folder != null && Files.getFileStore(folder).getUsableSpace() < LOW_SPACE_BYTES;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The reason in a few words, for the status bar. */
    static String reason(Throwable failure, Path folder) {
        return diskFull(failure, folder) ? "ディスクの空きがありません" : "データフォルダに書き込めません";
    }

    /** What the user is told, without the library's text (that goes to the log). */
    static String describe(Throwable failure, Path folder) {
        if (diskFull(failure, folder)) {
            return "ディスクの空きがありません（" + folder + "）。不要なファイルを削除するなどして空きを作ってください。";
        }
        return "データフォルダに書き込めません（" + folder + "）。USBメモリやネットワークのフォルダなら、つながっているか確かめてください。";
    }
}
