package jp.banso.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import jp.banso.domain.Municipality;
import jp.banso.domain.SupportCase;

/** Shared by the backup, restore, recovery and encryption tests. */
final class SafetyFixtures {
    /** ASCII, so that it would show up byte for byte in an unencrypted H2 file. */
    static final String MARKER = "PLAINTEXT-MARKER-7f3a9c";
    static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    /** Derived once: each derivation costs about 0.1 s on purpose. */
    static final DatabasePassword PASSWORD = DatabasePassword.of("correct horse 電池");
    static final DatabasePassword OTHER_PASSWORD = DatabasePassword.of("もう一つのパスワード99");

    private SafetyFixtures() {
    }

    /** A case whose municipality name is {@code name} and whose note holds the marker. */
    static SupportCase addCase(Store store, String name) {
        SupportCase c = new SupportCase();
        c.setProgramme("老健局主導型");
        c.setNote("経緯メモ " + MARKER + " " + name);
        store.cases().create(new Municipality("栃木県", name), c, List.of(2024));
        return c;
    }

    static List<String> municipalities(Store store) {
        return store.cases().summaries().stream().map(jp.banso.domain.CaseSummary::municipality).sorted().toList();
    }

    /** The bytes of banso.mv.db inside a backup zip. */
    static byte[] databaseEntry(Path zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                if (e.getName().equals(DatabaseFile.NAME)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no database in " + zip);
    }

    static boolean contains(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + n.length <= haystack.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (haystack[i + j] != n[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    static void assertNoWorkFolders(Path dataDir) throws IOException {
        try (var files = Files.list(dataDir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(WorkFolder.PREFIX));
        }
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return TOKYO;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
