package jp.banso.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Automatic and manual backups in {@code <data>/backups/}: H2's {@code BACKUP TO} makes a consistent copy of the open
 * database while writes go on (the copy of an encrypted database is the encrypted file: it stays encrypted). Each
 * backup is a zip holding {@code banso.mv.db} and a small sidecar JSON (when, why, how many cases, encrypted or not,
 * app version), so that listing never opens a backup. Both are written under a temporary name and renamed into place.
 *
 * <p>Rotation keeps the newest {@value #KEEP_LATEST}, the newest backup of every month, and the newest 復元前 backup.
 */
public final class Backups {
    public static final String FOLDER = "backups";
    static final int KEEP_LATEST = 10;
    private static final Logger LOG = Logger.getLogger(Backups.class.getName());
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile("banso_(\\d{8}-\\d{6})_([a-z-]+)(?:_(\\d+))?\\.zip");

    /** One lock per backup folder, shared by every Backups of it: the app's worker, an import, a restore. */
    private static final java.util.concurrent.ConcurrentMap<Path, Object> LOCKS = new java.util.concurrent.ConcurrentHashMap<>();

    private final Path folder;
    private final Clock clock;
    private final Object lock;

    public Backups(Path dataDirectory) {
        this(dataDirectory, Clock.systemDefaultZone());
    }

    public Backups(Path dataDirectory, Clock clock) {
        this.folder = dataDirectory.resolve(FOLDER);
        this.clock = clock;
        this.lock = LOCKS.computeIfAbsent(folder.toAbsolutePath().normalize(), k -> new Object());
    }

    /** Held while backups of this folder are written, rotated, converted or restored (a rotation removes stray .tmp files). */
    Object lock() {
        return lock;
    }

    public Path folder() {
        return folder;
    }

    /** The sidecar file: what the list shows without opening the zip. Never holds data or a password. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class Sidecar {
        public int format = 1;
        public String file;
        public String takenAt;
        public String reason;
        public Integer cases;
        public Integer meetings;
        public Integer boards;
        public boolean encrypted;
        public String appVersion;
        public long bytes;
    }

    /**
     * Takes a backup of the open store now, then rotates. Safe while the user goes on editing: the copy is the state of
     * one moment. Serialised with the other backup operations of this folder.
     */
    public BackupInfo take(Store store, BackupReason reason) {
        synchronized (lock) {
            BackupInfo info = takeWithoutRotating(store, reason);
            rotate();
            return info;
        }
    }

    BackupInfo takeWithoutRotating(Store store, BackupReason reason) {
        synchronized (lock) {
            Instant now = clock.instant();
            Path zip = null;
            Path tmp = null;
            try {
                Files.createDirectories(folder);
                zip = freeName(now, reason);
                tmp = folder.resolve(zip.getFileName() + ".tmp");
                Files.deleteIfExists(tmp);
                int[] counts = counts(store);
                String target = tmp.toAbsolutePath().toString().replace("'", "''");
                store.jdbi().useHandle(h -> h.execute("BACKUP TO '" + target + "'"));
                compactIfLoose(store, tmp);
                DatabaseFile.sync(tmp);
                DatabaseFile.replace(tmp, zip);
                Sidecar s = new Sidecar();
                s.file = zip.getFileName().toString();
                s.takenAt = now.toString();
                s.reason = reason.code();
                s.cases = counts[0];
                s.meetings = counts[1];
                s.boards = counts[2];
                s.encrypted = store.isEncrypted();
                s.appVersion = appVersion();
                s.bytes = Files.size(zip);
                writeSidecar(zip, s);
                return info(zip, s);
            } catch (IOException | RuntimeException e) {
                if (tmp != null) {
                    try {
                        Files.deleteIfExists(tmp);
                    } catch (IOException ignored) {
                        // removed at the next rotation
                    }
                }
                if (e instanceof StoreException se) {
                    throw se;
                }
                throw new StoreException("バックアップを作成できませんでした: " + folder
                        + "\n空き容量と、フォルダに書き込めるかを確かめてください。", e);
            }
        }
    }

    private Path freeName(Instant when, BackupReason reason) {
        String base = "banso_" + NAME_TIME.format(LocalDateTime.ofInstant(when, zone())) + "_" + reason.code();
        Path p = folder.resolve(base + ".zip");
        for (int n = 2; Files.exists(p) || Files.exists(folder.resolve(p.getFileName() + ".tmp")); n++) {
            p = folder.resolve(base + "_" + n + ".zip");
        }
        return p;
    }

    private static int[] counts(Store store) {
        return store.jdbi().withHandle(h -> h.createQuery("select (select count(*) from support_case), "
                + "(select count(*) from meeting), (select count(*) from board)")
                .map((rs, ctx) -> new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)}).one());
    }

    private static void writeSidecar(Path zip, Sidecar s) throws IOException {
        Path json = sidecarOf(zip);
        Path tmp = json.resolveSibling(json.getFileName() + ".tmp");
        EntityJson.MAPPER.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), s);
        DatabaseFile.sync(tmp);
        DatabaseFile.replace(tmp, json);
    }

    static Path sidecarOf(Path zip) {
        String name = zip.getFileName().toString();
        return zip.resolveSibling(name.substring(0, name.length() - ".zip".length()) + ".json");
    }

    /** Every backup, newest first. Reads the sidecars only. */
    public List<BackupInfo> list() {
        List<BackupInfo> all = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return all;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "banso_*.zip")) {
            for (Path zip : files) {
                Matcher m = NAME.matcher(zip.getFileName().toString());
                if (m.matches() && Files.isRegularFile(zip)) {
                    all.add(read(zip, m));
                }
            }
        } catch (IOException e) {
            LOG.warning("backups not listed: " + e);
        }
        all.sort(Comparator.comparing(BackupInfo::takenAt).thenComparing(b -> b.file().getFileName().toString()).reversed());
        return all;
    }

    private BackupInfo read(Path zip, Matcher name) throws IOException {
        Path json = sidecarOf(zip);
        if (Files.isRegularFile(json)) {
            try {
                return info(zip, EntityJson.MAPPER.readValue(json.toFile(), Sidecar.class));
            } catch (IOException | RuntimeException e) {
                LOG.warning("backup sidecar unreadable, using the file name: " + json + " " + e);
            }
        }
        // no sidecar (a crash right after the zip was renamed into place): what the name and the zip itself say
        Instant when = LocalDateTime.parse(name.group(1), NAME_TIME).atZone(zone()).toInstant();
        return new BackupInfo(zip, when, BackupReason.ofCode(name.group(2)), null, null, null,
                zipIsEncrypted(zip), null, Files.size(zip));
    }

    private static BackupInfo info(Path zip, Sidecar s) throws IOException {
        return new BackupInfo(zip, Instant.parse(s.takenAt), BackupReason.ofCode(s.reason), s.cases, s.meetings, s.boards,
                s.encrypted, s.appVersion, Files.size(zip));
    }

    private static boolean zipIsEncrypted(Path zip) {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            if (databaseEntry(in)) {
                byte[] start = in.readNBytes(10);
                return new String(start, java.nio.charset.StandardCharsets.ISO_8859_1).equals("H2encrypt\n");
            }
        } catch (IOException e) {
            // a broken zip: restoring it will say so
        }
        return false;
    }

    /** Moves the stream to the database entry; the only entry ever read (no other name is used as a path). */
    private static boolean databaseEntry(ZipInputStream in) throws IOException {
        for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
            if (e.getName().equals(DatabaseFile.NAME)) {
                return true;
            }
        }
        return false;
    }

    public Optional<BackupInfo> newest() {
        List<BackupInfo> all = list();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Whether there is no backup younger than {@code maxAge} (the daily backup is due). */
    public boolean isDue(Duration maxAge) {
        return newest().map(b -> b.takenAt().isBefore(clock.instant().minus(maxAge))).orElse(true);
    }

    /** Whether a data folder has any backup (without creating anything). */
    public static boolean exist(Path dataDirectory) {
        return !new Backups(dataDirectory).list().isEmpty();
    }

    /**
     * Deletes backups no longer kept (see the class comment) with their sidecars, and what crashed backups left behind.
     * Never touches files it did not name itself. Returns the deleted backups.
     */
    public List<BackupInfo> rotate() {
        synchronized (lock) {
            List<BackupInfo> deleted = new ArrayList<>();
            for (BackupInfo b : toDelete(list(), zone())) {
                try {
                    Files.deleteIfExists(sidecarOf(b.file()));
                    Files.deleteIfExists(b.file());
                    deleted.add(b);
                } catch (IOException e) {
                    LOG.warning("old backup not deleted: " + b.file() + " " + e);
                }
            }
            removeLeftovers();
            return deleted;
        }
    }

    /** Deletes the temporary files of backups that were interrupted (a killed app or command); only names it gives. */
    void removeLeftovers() {
        synchronized (lock) {
            if (!Files.isDirectory(folder)) {
                return;
            }
            try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(folder, "banso_*.tmp")) {
                for (Path p : leftovers) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                LOG.warning("temporary backup files not deleted: " + e);
            }
        }
    }

    /** The rotation rule on a list (newest first), apart from the files: what is not kept. */
    static List<BackupInfo> toDelete(List<BackupInfo> newestFirst, ZoneId zone) {
        Set<YearMonth> months = new HashSet<>();
        // the state before the latest restore and before the latest import stay, however many backups follow
        Set<BackupReason> beforeKept = java.util.EnumSet.noneOf(BackupReason.class);
        List<BackupInfo> delete = new ArrayList<>();
        for (int i = 0; i < newestFirst.size(); i++) {
            BackupInfo b = newestFirst.get(i);
            boolean newestOfMonth = months.add(YearMonth.from(b.takenAt().atZone(zone)));
            boolean newestBefore = (b.reason() == BackupReason.BEFORE_RESTORE || b.reason() == BackupReason.BEFORE_IMPORT)
                    && beforeKept.add(b.reason());
            if (i >= KEEP_LATEST && !newestOfMonth && !newestBefore) {
                delete.add(b);
            }
        }
        return delete;
    }

    /**
     * A backup of a loose file (many small commits since the store was last closed) would carry all its space: the
     * copy in the zip is compacted as the store is at close ({@link Compaction}: opened on its own in a work folder,
     * {@code SHUTDOWN COMPACT}) and zipped again in its place. The live file is not touched; if the copy cannot be
     * compacted, the backup stays as taken.
     */
    private static void compactIfLoose(Store store, Path zip) throws IOException {
        if (!store.isLoose()) {
            return;
        }
        try (WorkFolder work = WorkFolder.create(store.directory())) {
            Path db = work.databaseFile();
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                if (!databaseEntry(in)) {
                    throw new IOException("no " + DatabaseFile.NAME + " in " + zip);
                }
                Files.copy(in, db);
            }
            String password = store.isEncrypted() ? store.password().jdbcPassword() : "";
            if (!Compaction.closeIfLoose(Store.url(work.path(), store.isEncrypted()), password, db)) {
                return;
            }
            Path compacted = work.path().resolve("compacted.zip");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(compacted));
                 InputStream in = Files.newInputStream(db)) {
                out.putNextEntry(new ZipEntry(DatabaseFile.NAME));
                in.transferTo(out);
                out.closeEntry();
            }
            DatabaseFile.replace(compacted, zip);
        }
    }

    /** Writes the backup's database file to {@code target} (which must not exist), synced. */
    void extract(BackupInfo backup, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(backup.file()))) {
            if (!databaseEntry(in)) {
                throw new IOException("no " + DatabaseFile.NAME + " in " + backup.file());
            }
            try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                in.transferTo(out);
            }
        }
        DatabaseFile.sync(target);
    }

    /**
     * Encrypts every unencrypted backup with the password just set, so that no readable copy of the data stays in the
     * folder. Each zip is replaced in one step by an encrypted one; a crash leaves each backup either as it was or
     * encrypted. Returns how many were encrypted.
     */
    public int encryptUnencrypted(DatabasePassword password, Path workFolder) {
        synchronized (lock) {
            int done = 0;
            for (BackupInfo b : list()) {
                if (b.encrypted()) {
                    continue;
                }
                Path plain = workFolder.resolve("plain-" + done + ".db");
                Path encrypted = workFolder.resolve("encrypted-" + done + ".db");
                Path zipTmp = folder.resolve(b.file().getFileName() + ".tmp");
                try {
                    extract(b, plain);
                    DatabaseFile.copy(plain, null, encrypted, password);
                    try (OutputStream raw = Files.newOutputStream(zipTmp);
                         ZipOutputStream zip = new ZipOutputStream(raw);
                         InputStream in = Files.newInputStream(encrypted)) {
                        zip.putNextEntry(new ZipEntry(DatabaseFile.NAME));
                        in.transferTo(zip);
                        zip.closeEntry();
                    }
                    DatabaseFile.sync(zipTmp);
                    DatabaseFile.replace(zipTmp, b.file());
                    Sidecar s = sidecarFor(b);
                    s.encrypted = true;
                    s.bytes = Files.size(b.file());
                    writeSidecar(b.file(), s);
                    done++;
                } catch (IOException e) {
                    throw new StoreException("バックアップを暗号化できませんでした: " + b.file(), e);
                } finally {
                    deleteQuietly(plain);
                    deleteQuietly(encrypted);
                    deleteQuietly(zipTmp);
                }
            }
            return done;
        }
    }

    private static Sidecar sidecarFor(BackupInfo b) {
        Sidecar s = new Sidecar();
        s.file = b.file().getFileName().toString();
        s.takenAt = b.takenAt().toString();
        s.reason = b.reason() == null ? null : b.reason().code();
        s.cases = b.cases();
        s.meetings = b.meetings();
        s.boards = b.boards();
        s.encrypted = b.encrypted();
        s.appVersion = b.appVersion();
        s.bytes = b.bytes();
        return s;
    }

    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a temporary file in a staging folder that is removed as a whole
        }
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    /** The app's version, from the jar's Maven metadata; "開発版" when run from the build folders. */
    public static String appVersion() {
        try (InputStream in = Backups.class.getResourceAsStream("/META-INF/maven/jp.banso/banso/pom.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "開発版");
            }
        } catch (IOException ignored) {
            // fall through
        }
        return "開発版";
    }
}
