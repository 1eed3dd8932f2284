package org.mbcnav.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * `mbcnav serve` (the application jar) as a process of its own on loopback, for the soak run:
 * started with a GC log so the heap in use after a full collection can be read while it runs, and
 * its open file descriptors counted from /proc.
 */
final class ServeProcess implements AutoCloseable {
    private static final Pattern AFTER_GC = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\(");

    final Process process;
    final int port;
    final String adminToken;
    private final Path gcLog;

    ServeProcess(Path jar, Path knowledge, String jdbcUrl, List<String> javaOptions, List<String> serveOptions, Path workDir)
            throws IOException, InterruptedException {
        this.port = freePort();
        this.gcLog = workDir.resolve("gc.log");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(javaOptions);
        cmd.add("-Xlog:gc:file=" + gcLog);
        cmd.addAll(List.of("-jar", jar.toString(), "serve", "--host", "127.0.0.1", "--port", Integer.toString(port),
                "--db", jdbcUrl, "--kb", knowledge.toString()));
        cmd.addAll(serveOptions);
        Path log = workDir.resolve("server.log");
        this.process = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String token = null;
        boolean listening = false;
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        List<String> seen = new ArrayList<>();
        while (!listening || token == null) {
            String line = out.readLine();
            if (line == null) {
                throw new IOException("serve ended before it listened with a first admin token (use an empty database):\n"
                        + String.join("\n", seen));
            }
            seen.add(line);
            listening |= line.startsWith("MBC Navigator is listening");
            if (line.startsWith("  mbcnav_")) {
                token = line.trim();
            }
        }
        this.adminToken = token;
        // Keep draining the output so the server never blocks on a full pipe.
        Thread.ofPlatform().daemon().start(() -> {
            try (var w = Files.newBufferedWriter(log)) {
                for (String l : seen) {
                    w.write(l);
                    w.newLine();
                }
                for (String l; (l = out.readLine()) != null; ) {
                    w.write(l);
                    w.newLine();
                    w.flush();
                }
            } catch (IOException e) {
                // The process ended.
            }
        });
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** Open file descriptors of the server process (Linux /proc). */
    long openFiles() throws IOException {
        try (var s = Files.list(Path.of("/proc", Long.toString(process.pid()), "fd"))) {
            return s.count();
        }
    }

    /**
     * The live heap in MiB: a full collection is requested with `jcmd PID GC.run` and the heap in
     * use after it is read from the GC log (young collections alone leave garbage in the old
     * generation, which would look like growth). -1 when it cannot be read.
     */
    double liveHeapMib() throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), "GC.run").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        double last = -1;
        for (String line : Files.readAllLines(gcLog)) {
            Matcher m = AFTER_GC.matcher(line);
            if (line.contains("Pause Full") && m.find()) {
                last = mib(Long.parseLong(m.group(3)), m.group(4));
            }
        }
        return last;
    }

    private static double mib(long n, String unit) {
        return switch (unit) {
            case "K" -> n / 1024.0;
            case "G" -> n * 1024.0;
            default -> n;
        };
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
