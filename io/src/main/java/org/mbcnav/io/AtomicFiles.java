package org.mbcnav.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that it is either replaced whole or left as it was: the bytes go to a hidden
 * temporary file beside it, are forced to the disk, and the temporary file is then renamed over
 * the target. A full disk (or any other failure) leaves the earlier file untouched and no
 * temporary file behind, and the exception names the file and says nothing was changed.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** A file could not be written; the message names it, gives the reason and says the earlier content is kept. */
    public static final class WriteFailed extends IOException {
        private static final long serialVersionUID = 1L;

        WriteFailed(String message, IOException cause) {
            super(message, cause);
        }
    }

    public static void writeString(Path target, String text) throws IOException {
        write(target, text.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        Path file = target.toAbsolutePath();
        Path dir = file.getParent();
        Path tmp = dir.resolve("." + file.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                + ".tmp");
        try {
            // CREATE_NEW, not createTempFile: the file gets the usual permissions (umask), not 0600.
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer b = ByteBuffer.wrap(bytes);
                while (b.hasRemaining()) {
                    ch.write(b);
                }
                ch.force(true);
            }
            keepPermissions(file, tmp);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // Nothing more can be done; the message below still names the target.
            }
            throw failed(target, e);
        }
    }

    /**
     * The failure to write target (directly or through a temporary file the caller has already
     * removed), naming it and saying whether an earlier version of it is kept.
     */
    public static WriteFailed failed(Path target, IOException cause) {
        return new WriteFailed("cannot write " + target + ": " + reason(cause)
                + (Files.isDirectory(target) ? " (the files already there were not changed)"
                        : Files.exists(target) ? " (the file was not changed)" : " (nothing was written)"), cause);
    }

    /** The operating system's reason (e.g. "No space left on device") without repeating the temporary path. */
    public static String reason(IOException e) {
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static void keepPermissions(Path file, Path tmp) throws IOException {
        PosixFileAttributeView from = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        PosixFileAttributeView to = Files.getFileAttributeView(tmp, PosixFileAttributeView.class);
        if (from != null && to != null && Files.exists(file)) {
            to.setPermissions(from.readAttributes().permissions());
        }
    }
}
