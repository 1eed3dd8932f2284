package org.mbcnav.cohort.spark;

import java.time.LocalDate;

/**
 * The job's arguments: EXPORT --as-of DATE --out DIR (--kb DIR | --compare-kb OLD NEW)
 * [--master URL]. EXPORT and DIR are local paths or Hadoop URIs (hdfs://, s3a://); the
 * knowledge folders are local to the driver and shipped to the executors.
 */
record JobArgs(String input, LocalDate asOf, String out, String kb, String previousKb, String master) {
    static JobArgs parse(String[] args) {
        String input = null;
        LocalDate asOf = null;
        String out = null;
        String kb = "knowledge";
        String previous = null;
        String master = null;
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
        return new JobArgs(input, asOf, out, kb, previous, master);
    }

    static final String USAGE = "EXPORT --as-of YYYY-MM-DD --out DIR [--kb DIR | --compare-kb OLD NEW] [--master URL]";

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException("option " + args[i - 1] + " needs a value; usage: " + USAGE);
        }
        return args[i];
    }
}
