package jp.banso.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Edits that could not be written (a full disk) saved to a file elsewhere on quit, to be applied at the next start.
 * The file holds the kept writes as JSON; for an encrypted data folder it is encrypted with a key derived from the
 * folder's (AES-GCM), so it is no easier to read than the database. A pointer beside the database (when the disk
 * can take those few bytes) lets the next start offer it; otherwise it is opened from the File menu.
 *
 * <p>Applying never overwrites what was changed after the edit was made: such writes are skipped and counted.
 */
public final class RecoveryFile {
    private static final Logger LOG = Logger.getLogger(RecoveryFile.class.getName());
    public static final String EXTENSION = ".banso-recovery";
    private static final String FORMAT = "banso-recovery";
    private static final byte[] MAGIC = "BANSO-RECOVERY-AES1\n".getBytes(StandardCharsets.US_ASCII);
    private static final String POINTER = "recovery-pending.txt";
    /** Far above any day's edits; a larger file is not ours. */
    private static final long MAX_BYTES = 256L * 1024 * 1024;
    private static final int IV_BYTES = 12;

    private RecoveryFile() {
    }

    /** What a recovery file holds, read and checked. */
    public static final class Contents {
        private final Path file;
        private final Instant savedAt;
        private final List<PendingWrites.Write> writes;

        private Contents(Path file, Instant savedAt, List<PendingWrites.Write> writes) {
            this.file = file;
            this.savedAt = savedAt;
            this.writes = writes;
        }

        public Path file() {
            return file;
        }

        public Instant savedAt() {
            return savedAt;
        }

        public int size() {
            return writes.size();
        }
    }

    /** What applying did: written, skipped (changed since), refused (could not be written, logged). */
    public record Applied(int written, int skipped, int refused) {
    }

    /**
     * Writes the store's waiting edits to {@code file} (replacing it in one step) and, when the disk allows, leaves a
     * pointer for the next start. Returns whether the pointer could be left.
     */
    public static boolean save(Store store, Path file) throws IOException {
        PendingWrites pending = store.pendingWrites();
        ObjectNode root = EntityJson.MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", 1);
        root.put("folder", store.directory().toAbsolutePath().normalize().toString());
        root.put("savedAt", Instant.now().toString());
        ArrayNode list = root.putArray("writes");
        for (PendingWrites.Write w : pending.snapshot()) {
            list.add(w.toJson());
        }
        byte[] json = EntityJson.MAPPER.writeValueAsBytes(root);
        byte[] bytes = store.isEncrypted() ? encrypt(json, store.password()) : json;
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, bytes);
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        try {
            Files.writeString(store.directory().resolve(POINTER), file.toAbsolutePath().toString());
            return true;
        } catch (IOException e) {
            LOG.info("no pointer to the recovery file (the disk is full): " + e);
            return false;
        }
    }

    /** The recovery file the last run left a pointer to, if any (it may be on a drive not plugged in now). */
    public static Optional<Path> pointed(Path dataDir) {
        try {
            Path p = dataDir.resolve(POINTER);
            if (!Files.isRegularFile(p)) {
                return Optional.empty();
            }
            String target = Files.readString(p, StandardCharsets.UTF_8).strip();
            return target.isEmpty() ? Optional.empty() : Optional.of(Path.of(target));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "recovery pointer unreadable", e);
            return Optional.empty();
        }
    }

    /** Removes the pointer (applied, or the user chose to drop it); the file itself stays where the user put it. */
    public static void forget(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(POINTER));
        } catch (IOException e) {
            LOG.warning("recovery pointer not removed: " + e);
        }
    }

    /** Reads and checks a recovery file for this store; refuses (Japanese message) one that is not for it. */
    public static Contents read(Store store, Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw notOurs(file, null);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new StoreException("未保存の変更のファイルを開けません: " + file + "\nファイルの場所を確かめてください。", e);
        }
        boolean encrypted = bytes.length > MAGIC.length && Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC);
        if (encrypted) {
            if (!store.isEncrypted()) {
                throw new StoreException("このファイルはパスワードで保護されたデータフォルダの変更です: " + file
                        + "\nそのデータフォルダを開いたBansoで読み込んでください。");
            }
            bytes = decrypt(bytes, store.password(), file);
        } else if (store.isEncrypted()) {
            throw new StoreException("このファイルはパスワードで保護されていないデータフォルダの変更です: " + file
                    + "\nそのデータフォルダを開いたBansoで読み込んでください。");
        }
        try {
            JsonNode root = EntityJson.MAPPER.readTree(bytes);
            if (root == null || !FORMAT.equals(root.path("format").asText()) || root.path("version").asInt() != 1) {
                throw notOurs(file, null);
            }
            String folder = root.path("folder").asText();
            if (!Path.of(folder).equals(store.directory().toAbsolutePath().normalize())) {
                throw new StoreException("このファイルは別のデータフォルダの変更です: " + folder
                        + "\nそのデータフォルダを開いたBansoで読み込んでください。");
            }
            List<PendingWrites.Write> writes = new ArrayList<>();
            for (JsonNode w : root.path("writes")) {
                writes.add(store.pendingWrites().fromJson(w));
            }
            return new Contents(file, Instant.parse(root.path("savedAt").asText()), writes);
        } catch (StoreException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw notOurs(file, e);
        }
    }

    private static StoreException notOurs(Path file, Throwable cause) {
        return new StoreException("未保存の変更のファイルとして読めません（壊れているか、別の種類のファイルです）: " + file
                + "\nBansoが終了時に保存した「" + EXTENSION + "」ファイルを選んでください。", cause);
    }

    /**
     * Writes what the file holds, in order, except what was changed after it was made. Writes the disk cannot take
     * are kept like any edit ({@link PendingWrites}).
     */
    public static Applied apply(Store store, Contents contents) {
        PendingWrites pending = store.pendingWrites();
        List<PendingWrites.Write> toWrite = new ArrayList<>();
        int skipped = 0;
        for (PendingWrites.Write w : contents.writes) {
            if (pending.overtaken(w)) { // judged before anything is written: the file's own writes do not count
                skipped++;
            } else {
                toWrite.add(w);
            }
        }
        int written = 0;
        int refused = 0;
        for (PendingWrites.Write w : toWrite) {
            try {
                pending.submit(w);
                written++;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "recovered write refused: " + w.what(), e);
                refused++;
            }
        }
        return new Applied(written, skipped, refused);
    }

    // --- encryption for encrypted folders ---

    private static SecretKeySpec key(DatabasePassword password) {
        char[] fileKey = password.fileKey();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("jp.banso.recovery-key.v1|".getBytes(StandardCharsets.US_ASCII));
            byte[] k = new String(fileKey).getBytes(StandardCharsets.US_ASCII);
            byte[] digest = sha.digest(k);
            Arrays.fill(k, (byte) 0);
            return new SecretKeySpec(digest, "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        } finally {
            Arrays.fill(fileKey, '\0');
        }
    }

    private static byte[] encrypt(byte[] plain, DatabasePassword password) {
        try {
            byte[] iv = new byte[IV_BYTES];
            new SecureRandom().nextBytes(iv);
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.ENCRYPT_MODE, key(password), new GCMParameterSpec(128, iv));
            c.updateAAD(MAGIC);
            byte[] sealed = c.doFinal(plain);
            byte[] out = new byte[MAGIC.length + IV_BYTES + sealed.length];
            System.arraycopy(MAGIC, 0, out, 0, MAGIC.length);
            System.arraycopy(iv, 0, out, MAGIC.length, IV_BYTES);
            System.arraycopy(sealed, 0, out, MAGIC.length + IV_BYTES, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    private static byte[] decrypt(byte[] bytes, DatabasePassword password, Path file) {
        try {
            Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
            c.init(Cipher.DECRYPT_MODE, key(password), new GCMParameterSpec(128, bytes, MAGIC.length, IV_BYTES));
            c.updateAAD(MAGIC);
            return c.doFinal(bytes, MAGIC.length + IV_BYTES, bytes.length - MAGIC.length - IV_BYTES);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new StoreException("このファイルは、いまのパスワードとは別のパスワードのデータの変更です: " + file
                    + "\n保存したときと同じパスワードでデータフォルダを開いてから読み込んでください。", e);
        }
    }
}
