package org.vademecum.output;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Exchanges two paths in one step with Linux's renameat2(RENAME_EXCHANGE), so that at every instant one of them
 * is the site: two plain renames leave a moment with no site at all, and a build killed there leaves none.
 */
final class AtomicSwap {
    private static final int AT_FDCWD = -100;
    private static final int RENAME_EXCHANGE = 2;
    private static final long SYS_RENAMEAT2_X86_64 = 316;
    private static final int ENOSYS = 38;
    private static final int EINVAL = 22;

    private AtomicSwap() {}

    interface LibC extends Library {
        int renameat2(int olddirfd, String oldpath, int newdirfd, String newpath, int flags) throws LastErrorException;

        long syscall(long number, Object... args) throws LastErrorException;
    }

    /** Loaded once, on first use; null off Linux or when JNA cannot load its native part (then we fall back). */
    private static final class Holder {
        static final LibC LIBC = load();

        private static LibC load() {
            if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux")) return null;
            try {
                return Native.load("c", LibC.class);
            } catch (Throwable e) { // UnsatisfiedLinkError, or no JNA native library for this platform
                return null;
            }
        }
    }

    /**
     * Swaps {@code a} and {@code b} (both must exist) atomically and returns true; returns false, having changed
     * nothing, when the system or file system cannot (not Linux, EINVAL, ENOSYS); throws IOException on any other
     * failure.
     */
    static boolean exchange(Path a, Path b) throws IOException {
        if (Boolean.getBoolean("vademecum.noRenameExchange")) return false; // lets tests exercise the fallback
        LibC libc = Holder.LIBC;
        if (libc == null) return false;
        String from = a.toAbsolutePath().toString();
        String to = b.toAbsolutePath().toString();
        try {
            try {
                libc.renameat2(AT_FDCWD, from, AT_FDCWD, to, RENAME_EXCHANGE);
            } catch (UnsatisfiedLinkError noSymbol) { // glibc before 2.28 has no wrapper: call the kernel directly
                if (!"amd64".equals(System.getProperty("os.arch"))) return false;
                libc.syscall(SYS_RENAMEAT2_X86_64, (long) AT_FDCWD, from, (long) AT_FDCWD, to, (long) RENAME_EXCHANGE);
            }
            return true;
        } catch (LastErrorException e) {
            if (e.getErrorCode() == ENOSYS || e.getErrorCode() == EINVAL) return false;
            throw new IOException("cannot exchange " + a + " and " + b + ": errno " + e.getErrorCode(), e);
        }
    }
}
