package org.mbcnav.cohort;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.mbcnav.fhir.BulkExportReader;
import org.mbcnav.fhir.KnowledgeDrugCodes;
import org.mbcnav.kb.KnowledgeLoader;

/**
 * The floor of the cohort benchmark (scripts/cohort-bench.sh): read the export's NDJSON and walk
 * every token with a Jackson streaming parser, doing nothing else, on N threads (each file split
 * into N ranges at line ends); and, separately, group the export by patient with
 * BulkExportReader without importing (an ordered export is merged, its order checked on as many
 * threads as there are files and cores; an unordered one goes through partitions on one
 * thread). Prints patients/s and MB/s. Usage:
 * {@code StreamingFloor EXPORT THREADS PATIENTS [KNOWLEDGE [--import]]}; with {@code --import}, also the CPU per
 * patient of grouping and of grouping plus import on one thread.
 */
public final class StreamingFloor {
    private static final int FLOOR_PASSES = 5;

    private StreamingFloor() {
    }

    public static void main(String[] args) throws Exception {
        Path export = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        long patients = Long.parseLong(args[2]);
        List<Path> files;
        try (Stream<Path> s = Files.list(export)) {
            files = s.filter(p -> p.toString().endsWith(".ndjson")).sorted().toList();
        }
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        walk(files, threads);  // warm-up: JIT and page cache
        // A pass takes one or two seconds, so one pass moves with whatever else the machine
        // does; the median of five is the figure, with the fastest and slowest beside it.
        double[] seconds = new double[FLOOR_PASSES];
        long tokens = 0;
        for (int i = 0; i < FLOOR_PASSES; i++) {
            long t0 = System.nanoTime();
            tokens = walk(files, threads);
            seconds[i] = (System.nanoTime() - t0) / 1e9;
        }
        java.util.Arrays.sort(seconds);
        double s = seconds[FLOOR_PASSES / 2];
        System.out.printf(Locale.ROOT, "floor  threads=%d  %,.0f patients/s  %,.0f MB/s  (%,d tokens, median of %d passes %.2f s; range %,.0f-%,.0f patients/s)%n",
                threads, patients / s, bytes / 1e6 / s, tokens, FLOOR_PASSES, s, patients / seconds[FLOOR_PASSES - 1], patients / seconds[0]);
        if (args.length > 3) {
            BulkExportReader reader = new BulkExportReader(new KnowledgeDrugCodes(new KnowledgeLoader().load(Path.of(args[3]))));
            AtomicLong groups = new AtomicLong();
            long g0 = System.nanoTime();
            reader.group(export, g -> groups.incrementAndGet());
            double gs = (System.nanoTime() - g0) / 1e9;
            System.out.printf(Locale.ROOT, "group  %,.0f patients/s  %,.0f MB/s  (%,d patients, %.2f s)%n", groups.get() / gs,
                    bytes / 1e6 / gs, groups.get(), gs);
            if (args.length > 4 && args[4].equals("--import")) {
                importCost(reader, export);
            }
        }
    }

    /**
     * CPU per patient of grouping alone and of grouping plus import and FHIR mapping, one worker
     * (the caller's thread), after a warm-up pass of each. Process CPU time is what is measured
     * (the order check's threads, the collector and the JIT included), because it moves much
     * less than wall time on a shared machine.
     */
    private static void importCost(BulkExportReader reader, Path export) {
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        AtomicLong patients = new AtomicLong();
        java.util.function.Consumer<org.mbcnav.fhir.PatientGroup> groupOnly = g -> patients.incrementAndGet();
        java.util.function.Consumer<org.mbcnav.fhir.PatientGroup> withImport = g -> {
            patients.incrementAndGet();
            reader.importGroup(g);
        };
        for (int pass = 0; pass < 2; pass++) {
            reader.group(export, groupOnly);
            reader.group(export, withImport);
        }
        int passes = 5;
        long grouping = 0;
        long importing = 0;
        patients.set(0);
        for (int pass = 0; pass < passes; pass++) {
            long c0 = os.getProcessCpuTime();
            reader.group(export, groupOnly);
            long c1 = os.getProcessCpuTime();
            reader.group(export, withImport);
            grouping += c1 - c0;
            importing += os.getProcessCpuTime() - c1;
        }
        long n = patients.get() / 2;
        System.out.printf(Locale.ROOT, "import  %.1f µs CPU per patient for grouping, %.1f µs for grouping, import and mapping (%,d patients, %d passes)%n",
                grouping / 1e3 / n, importing / 1e3 / n, n / passes, passes);
    }

    private static long walk(List<Path> files, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        JsonFactory factory = new JsonFactory();
        List<Future<Long>> parts = new ArrayList<>();
        for (Path f : files) {
            long size = Files.size(f);
            for (int i = 0; i < threads; i++) {
                long from = size * i / threads;
                long to = size * (i + 1) / threads;
                parts.add(pool.submit(() -> range(factory, f, from, to)));
            }
        }
        long tokens = 0;
        for (Future<Long> p : parts) {
            tokens += p.get();
        }
        pool.shutdown();
        return tokens;
    }

    /** Walks the lines that start in [from, to). */
    private static long range(JsonFactory factory, Path f, long from, long to) throws IOException {
        long tokens = 0;
        try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "r"); FileChannel ch = raf.getChannel()) {
            long size = ch.size();
            long start = from;
            if (start > 0) {
                // Skip to the first line that starts at or after 'from'.
                MappedByteBuffer probe = ch.map(FileChannel.MapMode.READ_ONLY, start - 1, Math.min(size - start + 1, 1 << 20));
                while (probe.hasRemaining() && probe.get() != '\n') {
                    start++;
                }
            }
            long end = to;
            if (end < size) {
                MappedByteBuffer probe = ch.map(FileChannel.MapMode.READ_ONLY, end - 1, Math.min(size - end + 1, 1 << 20));
                while (probe.hasRemaining() && probe.get() != '\n') {
                    end++;
                }
            }
            if (end <= start) {
                return 0;
            }
            byte[] buf = new byte[1 << 20];
            long pos = start;
            byte[] carry = new byte[0];
            while (pos < end) {
                int n = (int) Math.min(buf.length, end - pos);
                raf.seek(pos);
                raf.readFully(buf, 0, n);
                pos += n;
                byte[] chunk = new byte[carry.length + n];
                System.arraycopy(carry, 0, chunk, 0, carry.length);
                System.arraycopy(buf, 0, chunk, carry.length, n);
                int lineStart = 0;
                for (int i = 0; i < chunk.length; i++) {
                    if (chunk[i] == '\n') {
                        tokens += tokens(factory, chunk, lineStart, i - lineStart);
                        lineStart = i + 1;
                    }
                }
                carry = java.util.Arrays.copyOfRange(chunk, lineStart, chunk.length);
            }
            if (carry.length > 0) {
                tokens += tokens(factory, carry, 0, carry.length);
            }
        }
        return tokens;
    }

    private static long tokens(JsonFactory factory, byte[] b, int off, int len) throws IOException {
        long n = 0;
        try (JsonParser p = factory.createParser(b, off, len)) {
            while (p.nextToken() != null) {
                n++;
            }
        }
        return n;
    }
}
