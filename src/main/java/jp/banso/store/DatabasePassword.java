package jp.banso.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.Arrays;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The password of an encrypted data folder. Only the key derived from it is kept (in memory, never on disk or in a
 * log). H2's AES file encryption stretches its file password with just 10 rounds of SHA-256, so a short password would
 * fall to guessing quickly; we stretch it first with PBKDF2-HMAC-SHA256 ({@value #ITERATIONS} rounds, about 0.1 s) and
 * give H2 the result as 64 hex digits. The password is NFKC-normalised first, so the same password typed in 全角 or
 * 半角 (or composed differently by another OS's input method) opens the folder.
 *
 * <p>The derivation (salt, rounds, normalisation) must never change: backups taken years ago depend on it.
 */
public final class DatabasePassword {
    /** The smallest password the app accepts when one is set. */
    public static final int MIN_LENGTH = 8;
    static final int ITERATIONS = 310_000;
    private static final byte[] SALT = "jp.banso.file-key.v1".getBytes(StandardCharsets.US_ASCII);

    /** 64 hex digits: H2's file password (it may not contain spaces, which hex never does). */
    private final char[] fileKey;

    private DatabasePassword(char[] fileKey) {
        this.fileKey = fileKey;
    }

    /** Derives the key; the caller may clear its array afterwards. */
    public static DatabasePassword of(char[] password) {
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("empty password");
        }
        char[] normalised = normalise(password);
        PBEKeySpec spec = new PBEKeySpec(normalised, SALT, ITERATIONS, 256);
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            char[] hex = new char[key.length * 2];
            for (int i = 0; i < key.length; i++) {
                hex[2 * i] = Character.forDigit((key[i] >> 4) & 0xf, 16);
                hex[2 * i + 1] = Character.forDigit(key[i] & 0xf, 16);
            }
            Arrays.fill(key, (byte) 0);
            return new DatabasePassword(hex);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(normalised, '\0');
        }
    }

    public static DatabasePassword of(String password) {
        return of(password.toCharArray());
    }

    /** Length as the app counts it (after normalisation): what {@link #MIN_LENGTH} applies to. */
    public static int length(char[] password) {
        char[] n = normalise(password);
        int length = Character.codePointCount(n, 0, n.length);
        Arrays.fill(n, '\0');
        return length;
    }

    private static char[] normalise(char[] password) {
        return Normalizer.normalize(java.nio.CharBuffer.wrap(password), Normalizer.Form.NFKC).toCharArray();
    }

    /** H2's file password: for {@code FileEncrypt} (the key H2 derives from it is the same as for a connection). */
    char[] fileKey() {
        return fileKey.clone();
    }

    /** The JDBC password: "filePassword userPassword"; the user password is empty, as in every Banso database. */
    String jdbcPassword() {
        return new String(fileKey) + " ";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DatabasePassword p && Arrays.equals(fileKey, p.fileKey);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(fileKey);
    }

    @Override
    public String toString() {
        return "DatabasePassword[hidden]";
    }
}
