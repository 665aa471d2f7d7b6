package jp.banso.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.h2.store.fs.encrypt.FileEncrypt;
import org.h2.store.fs.encrypt.FilePathEncrypt;

/**
 * The database file itself ({@code banso.mv.db}): whether it is there and encrypted (readable from its first bytes,
 * without the password), reading it through H2's decryption, copying it from one encryption to another, and replacing
 * it in one atomic step. Everything that replaces the file goes through a complete, synced copy beside it and a rename,
 * so a crash at any moment leaves either the old file or the new one, never a mixture and never neither.
 */
public final class DatabaseFile {
    public static final String NAME = Store.DB_NAME + ".mv.db";
    /** H2's encrypted files start with this line, followed by the salt (see {@code FileEncrypt}). */
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt\n".getBytes(StandardCharsets.US_ASCII);

    public enum State {
        MISSING, PLAIN, ENCRYPTED
    }

    private DatabaseFile() {
    }

    /** The state of the database file in a data folder. */
    public static State state(Path directory) {
        return stateOf(directory.resolve(NAME));
    }

    static State stateOf(Path file) {
        if (!Files.isRegularFile(file)) {
            return State.MISSING;
        }
        byte[] start = new byte[ENCRYPTED_HEADER.length];
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buf = ByteBuffer.wrap(start);
            while (buf.hasRemaining() && ch.read(buf) > 0) {
                // read the few bytes there are
            }
        } catch (IOException e) {
            return State.PLAIN; // opening will fail with a proper message
        }
        return Arrays.equals(start, ENCRYPTED_HEADER) ? State.ENCRYPTED : State.PLAIN;
    }

    /** A read-only channel over the file's contents: decrypted when a password is given. */
    static FileChannel openForReading(Path file, DatabasePassword password) throws IOException {
        FileChannel raw = FileChannel.open(file, StandardOpenOption.READ);
        if (password == null) {
            return raw;
        }
        char[] key = password.fileKey();
        try {
            return new FileEncrypt(file.toString(), FilePathEncrypt.getPasswordBytes(key), raw);
        } finally {
            Arrays.fill(key, '\0');
        }
    }

    /**
     * Writes {@code to} (which must not exist) with the contents of {@code from}, decrypting with {@code fromPassword}
     * and encrypting with {@code toPassword} (either may be null: plain), and syncs it to the disk. This is what H2's
     * ChangeFileEncryption does, but onto a new file: the original is not touched.
     */
    static void copy(Path from, DatabasePassword fromPassword, Path to, DatabasePassword toPassword) throws IOException {
        copy(from, fromPassword, to, toPassword, () -> { });
    }

    /** As above, calling {@code perBlock} after each 64 KB written (the crash tests stop the process there). */
    static void copy(Path from, DatabasePassword fromPassword, Path to, DatabasePassword toPassword, Runnable perBlock)
            throws IOException {
        try (FileChannel in = openForReading(from, fromPassword);
             FileChannel rawOut = FileChannel.open(to, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ,
                     StandardOpenOption.WRITE);
             FileChannel out = toPassword == null ? rawOut : encrypting(to, toPassword, rawOut)) {
            long size = in.size();
            ByteBuffer buf = ByteBuffer.allocate(1 << 16);
            long pos = 0;
            while (pos < size) {
                buf.clear();
                if (size - pos < buf.capacity()) {
                    buf.limit((int) (size - pos));
                }
                int n = in.read(buf, pos);
                if (n <= 0) {
                    throw new IOException("unexpected end of " + from + " at " + pos + " of " + size);
                }
                buf.flip();
                long at = pos;
                while (buf.hasRemaining()) {
                    at += out.write(buf, at);
                }
                pos += n;
                perBlock.run();
            }
            out.force(true);
        }
    }

    private static FileChannel encrypting(Path file, DatabasePassword password, FileChannel raw) {
        char[] key = password.fileKey();
        try {
            return new FileEncrypt(file.toString(), FilePathEncrypt.getPasswordBytes(key), raw);
        } finally {
            Arrays.fill(key, '\0');
        }
    }

    /** Syncs a file's contents to the disk (before it is renamed into place). */
    static void sync(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /**
     * Renames {@code from} onto {@code to} in one step (replacing it), then syncs the folder so that the rename itself
     * survives a power cut. Both must be in the same folder or at least on the same disk.
     */
    static void replace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system cannot rename " + from + " onto " + to + " in one step", e);
        }
        syncDirectory(to.getParent());
    }

    static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            // Windows cannot open a folder as a channel; NTFS journals the rename itself
        }
    }
}
