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
        return addCase(store, name, "");
    }

    static SupportCase addCase(Store store, String name, String moreNote) {
        SupportCase c = new SupportCase();
        c.setProgramme("老健局主導型");
        c.setNote("経緯メモ " + MARKER + " " + name + moreNote);
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

    /**
     * Where the newest chunk starts in the file (bytes): the header names its block. Live data lies between the two
     * header blocks and the end of that chunk; after a close H2 leaves free space behind it, where damage is harmless.
     * An encrypted file is read through the decryption (its blocks sit 4 KB further, behind the encryption header).
     */
    static int newestChunkOffset(Path file, DatabasePassword password) throws IOException {
        try (java.nio.channels.FileChannel ch = DatabaseFile.openForReading(file, password)) {
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(4096);
            ch.read(buf, 0);
            String header = new String(buf.array(), 0, buf.position(), StandardCharsets.ISO_8859_1);
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(",block:([0-9a-f]+),").matcher(header);
            assertThat(m.find()).as("H2 header: %s", header.lines().findFirst().orElse("")).isTrue();
            return Integer.parseInt(m.group(1), 16) * 4096 + (password == null ? 0 : 4096);
        }
    }

    /**
     * Noise over every 4 KB block in the middle of the file that holds case data (found by the marker in the
     * decrypted contents): damage where it matters, wherever H2 happened to put the live pages.
     */
    static byte[] overwriteBlocksWithData(Path file, DatabasePassword password) throws IOException {
        byte[] raw = Files.readAllBytes(file);
        byte[] contents;
        try (java.nio.channels.FileChannel ch = DatabaseFile.openForReading(file, password)) {
            java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate((int) ch.size());
            while (buf.hasRemaining() && ch.read(buf, buf.position()) > 0) {
                // read it all
            }
            contents = buf.array();
        }
        int offset = password == null ? 0 : 4096;
        java.util.Random random = new java.util.Random(7);
        int damaged = 0;
        for (int block = 2; block * 4096 < contents.length; block++) {
            byte[] one = java.util.Arrays.copyOfRange(contents, block * 4096, Math.min(contents.length, (block + 1) * 4096 + MARKER.length()));
            if (contains(one, MARKER)) {
                byte[] noise = new byte[4096];
                random.nextBytes(noise);
                System.arraycopy(noise, 0, raw, offset + block * 4096, Math.min(4096, raw.length - offset - block * 4096));
                damaged++;
            }
        }
        assertThat(damaged).as("blocks holding case data").isPositive();
        return raw;
    }

    /** Cut where the newest chunk starts (a copy that stopped part-way). */
    static byte[] cutBeforeNewestChunk(byte[] file, int newestChunk) {
        return java.util.Arrays.copyOf(file, newestChunk);
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
