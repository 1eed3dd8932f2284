package org.mbcnav.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs `mbcnav` in-process with the real knowledge base, capturing exit code, stdout and stderr. */
record Cli(int exit, String out, String err) {
    static final String AS_OF = "2026-11-01";

    static Path root() {
        return Path.of(System.getProperty("mbcnav.root", ".."));
    }

    /** The shared fixtures beside the repository (or above it), read in place. */
    static Path fixtures() {
        for (Path p = root().toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (java.nio.file.Files.isDirectory(p.resolve("shared/fixtures"))) {
                return p.resolve("shared/fixtures");
            }
        }
        throw new IllegalStateException("shared/fixtures not found above " + root().toAbsolutePath());
    }

    static Cli run(String... args) {
        String[] all = new String[args.length + 2];
        System.arraycopy(args, 0, all, 0, args.length);
        all[args.length] = "--kb=" + root().resolve("knowledge");
        all[args.length + 1] = "--as-of=" + AS_OF;
        return exactly(all);
    }

    /** Runs with exactly these arguments (no knowledge base or date added). */
    static synchronized Cli exactly(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            int code = Main.run(args);
            return new Cli(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    /** No Java stack trace or exception class name reaches the user. */
    boolean clean() {
        return !err.contains("\tat ") && !err.contains("Exception") && !out.contains("\tat ");
    }
}
