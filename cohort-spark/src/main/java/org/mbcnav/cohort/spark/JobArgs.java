package org.mbcnav.cohort.spark;

import java.time.LocalDate;

/**
 * The job's arguments: EXPORT --as-of DATE --out DIR (--kb DIR | --compare-kb OLD NEW)
 * [--master URL] [--partitions N]. EXPORT and DIR are local paths or Hadoop URIs (hdfs://, s3a://); the
 * knowledge folders are local to the driver and shipped to the executors.
 */
record JobArgs(String input, LocalDate asOf, String out, String kb, String previousKb, String master, int minPartitions) {
    static JobArgs parse(String[] args) {
        String input = null;
        LocalDate asOf = null;
        String out = null;
        String kb = "knowledge";
        String previous = null;
        String master = null;
        int minPartitions = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--as-of" -> asOf = LocalDate.parse(value(args, ++i));
                case "--out" -> out = value(args, ++i);
                case "--kb" -> kb = value(args, ++i);
                case "--compare-kb" -> {
                    previous = value(args, ++i);
                    kb = value(args, ++i);
                }
                case "--master" -> master = value(args, ++i);
                case "--partitions" -> minPartitions = positive(value(args, ++i));
                default -> {
                    if (args[i].startsWith("--") || input != null) {
                        throw new IllegalArgumentException("unexpected argument '" + args[i] + "'; usage: " + USAGE);
                    }
                    input = args[i];
                }
            }
        }
        if (input == null || asOf == null || out == null) {
            throw new IllegalArgumentException("missing arguments; usage: " + USAGE);
        }
        return new JobArgs(input, asOf, out, kb, previous, master, minPartitions);
    }

    static final String USAGE = "EXPORT --as-of YYYY-MM-DD --out DIR [--kb DIR | --compare-kb OLD NEW] [--master URL] [--partitions N]";

    /** 0 = Spark's default split of each input file. */
    private static int positive(String text) {
        int n;
        try {
            n = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n < 1) {
            throw new IllegalArgumentException("--partitions needs a whole number of at least 1, not '" + text + "'; usage: " + USAGE);
        }
        return n;
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException("option " + args[i - 1] + " needs a value; usage: " + USAGE);
        }
        return args[i];
    }
}
