package org.mbcnav.cohort.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Entry point of the cohort job on Apache Spark (docs/cohort.md, "Spark engine"). With
 * spark-submit the master comes from spark-submit; --master sets it when the job is started in
 * process (mbcnav cohort --engine spark, tests).
 */
public final class SparkCohortJob {
    private SparkCohortJob() {
    }

    public static void main(String[] args) throws Exception {
        run(args);
    }

    /** Runs the job; true when the export was merged by key range, false when it was shuffled. */
    static boolean run(String[] args) throws Exception {
        JobArgs a = JobArgs.parse(args);
        SparkSession.Builder builder = SparkSession.builder().appName("mbcnav-cohort");
        // Kryo rather than Java serialization for the shuffle of the export's lines, unless the
        // submitter chose a serializer.
        if (!new SparkConf().contains("spark.serializer")) {
            builder.config("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
                    .config("spark.kryo.registrator", JobKryo.class.getName())
                    // The shuffled records hold no shared or cyclic references.
                    .config("spark.kryo.referenceTracking", "false");
        }
        if (a.master() != null) {
            builder.master(a.master()).config("spark.ui.enabled", "false");
        }
        SparkSession spark = builder.getOrCreate();
        try {
            SparkCohort job = new SparkCohort(spark);
            job.run(a);
            return job.lastRunMerged;
        } finally {
            if (a.master() != null) {
                spark.stop();
            }
        }
    }
}
