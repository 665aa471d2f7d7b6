package jp.banso.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The case bundle's identity: its marker, the format versions this app reads, its file extension and size cap. */
public final class BundleFormat {
    /** The value of the file's {@code format} field. */
    public static final String FORMAT = "banso-case-bundle";
    /**
     * The layout this app writes; it reads this one and older ones, and refuses newer ones. 2: each case carries its
     * deletions (tombstones); a file of version 1 has none.
     */
    public static final int VERSION = 2;
    /** File extension (JSON content; the installer associates it with Banso). */
    public static final String EXTENSION = ".banso";
    /**
     * Files larger than this are refused before reading a byte of JSON. 200 cases of full group work make about
     * 60 MB; 200 MB leaves room for years of work and still reads in a few seconds.
     */
    public static final long MAX_FILE_BYTES = 200L * 1024 * 1024;
    /** The longest string a bundle may hold: far above any column (20,000), far below what would strain memory. */
    public static final int MAX_STRING_CHARS = 100_000;

    private static final String APP_VERSION = loadVersion();

    private BundleFormat() {
    }

    /** The running app's version (Maven's project version), or "開発版" when run from an unbuilt tree. */
    public static String appVersion() {
        return APP_VERSION;
    }

    private static String loadVersion() {
        try (InputStream in = BundleFormat.class.getResourceAsStream("/jp/banso/bundle/app-version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                String v = p.getProperty("version", "");
                if (!v.isBlank() && !v.contains("${")) {
                    return v.strip();
                }
            }
        } catch (IOException ignored) {
            // falls through
        }
        return "開発版";
    }
}
