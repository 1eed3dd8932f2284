package org.mbcnav.cohort.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.hadoop.mapred.TextInputFormat;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.mbcnav.cohort.Aggregates;
import org.mbcnav.cohort.PatientEvaluator;
import org.mbcnav.cohort.PatientOutcome;
import org.mbcnav.cohort.ReportFiles;
import org.mbcnav.engine.Planner;
import org.mbcnav.fhir.BulkExportReader;
import org.mbcnav.fhir.BulkLine;
import org.mbcnav.fhir.BulkLineParser;
import org.mbcnav.fhir.KnowledgeDrugCodes;
import org.mbcnav.fhir.PatientGroup;
import org.mbcnav.io.Mappers;
import org.mbcnav.kb.KnowledgeLoader;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.patient.DataQualityIssue;
import scala.Tuple2;

/**
 * The cohort job on Spark, with the engine code of the in-process engine: lines are classified
 * by {@link BulkLineParser} in a first pass that also checks whether every file is ordered by
 * patient id; an ordered export is grouped by a k-way merge per key range ({@link RangeMerge}),
 * any other by a shuffle. Each patient is imported by {@link BulkExportReader#importGroup},
 * evaluated by {@link PatientEvaluator} and counted by {@link Aggregates}, merged across
 * partitions. On both paths a patient's lines come in export order (file, then line), so each
 * patient is imported exactly as in process.
 */
final class SparkCohort {
    private final SparkSession spark;
    private final JavaSparkContext jsc;
    /** Patient lines per sample of the first pass: the merge reads at most about this many lines of a file before its range. */
    private final int sampleEvery;
    /** Whether the last run merged the export (true) or shuffled it. */
    boolean lastRunMerged;

    SparkCohort(SparkSession spark) {
        this(spark, 1000);
    }

    SparkCohort(SparkSession spark, int sampleEvery) {
        this.spark = spark;
        this.jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        this.sampleEvery = sampleEvery;
    }

    Aggregates run(JobArgs a) throws Exception {
        Knowledge knowledge = new KnowledgeLoader().load(Path.of(a.kb()));
        Knowledge previous = a.previousKb() == null ? null : new KnowledgeLoader().load(Path.of(a.previousKb()));
        Broadcast<ShippedKnowledge> kb = jsc.broadcast(ShippedKnowledge.of(Path.of(a.kb())));
        Broadcast<ShippedKnowledge> prevKb = a.previousKb() == null ? null : jsc.broadcast(ShippedKnowledge.of(Path.of(a.previousKb())));
        ObjectMapper json = Mappers.json();
        Configuration conf = jsc.hadoopConfiguration();
        List<DataQualityIssue> fileIssues = new ArrayList<>();
        List<String> files = ExportFiles.list(a.input(), conf, json, fileIssues);

        int minPartitions = a.minPartitions() > 0 ? a.minPartitions() : jsc.defaultMinPartitions();
        List<SplitScan> scans = scan(files, minPartitions);
        List<ExportLine> notPatients = new ArrayList<>();
        scans.forEach(s -> notPatients.addAll(s.sideLines()));
        LineNumbers numbers = LineNumbers.of(notPatients);
        Map<String, Long> unattached = new TreeMap<>();
        Map<String, String> medications = new HashMap<>();
        for (ExportLine l : notPatients) {
            if (l.kind().equals(ExportLine.PARTITION_COUNT)) {
                continue;
            }
            switch (BulkLine.Kind.valueOf(l.kind())) {
                case MALFORMED -> fileIssues.add(new BulkLine(BulkLine.Kind.MALFORMED, null, null, null, l.column(), l.problem())
                        .issue(fileName(files.get(l.file())), numbers.line(l)));
                case UNATTACHED -> unattached.merge(l.resourceType(), 1L, Long::sum);
                case MEDICATION -> medications.put("Medication/" + l.id(), l.text());
                default -> { }
            }
        }
        unattached.forEach((type, n) -> fileIssues.add(BulkLine.unattachedIssue(type, n)));
        Broadcast<HashMap<String, String>> formulary = jsc.broadcast(new HashMap<>(medications));

        lastRunMerged = mergeable(files, scans);
        System.err.println(lastRunMerged ? "cohort-spark: every file is ordered by patient id; merging the files by key range, no shuffle"
                : "cohort-spark: the export is not ordered by patient id in every file (or is compressed); grouping by a shuffle");
        JavaRDD<Tuple2<String, List<String>>> groups = lastRunMerged ? merged(files, scans) : shuffled(files, minPartitions);
        String asOf = a.asOf().toString();
        JavaRDD<PatientOutcome> outcomes = groups.mapPartitions(g -> evaluate(g, kb.value(),
                prevKb == null ? null : prevKb.value(), formulary.value(), asOf)).persist(StorageLevel.MEMORY_AND_DISK());

        Aggregates aggregates = outcomes.aggregate(previous == null ? new Aggregates() : new Aggregates().compared(),
                Aggregates::add, Aggregates::merge);
        aggregates.addFileIssues(fileIssues);

        writePlans(outcomes, a.out());
        writeText(a.out() + "/" + ReportFiles.AGGREGATES, ReportFiles.aggregatesJson(aggregates, asOf, knowledge, previous, json), conf);
        writeText(a.out() + "/" + ReportFiles.SUMMARY, ReportFiles.summaryHtml(aggregates, asOf, knowledge, previous), conf);
        outcomes.unpersist();
        return aggregates;
    }

    /**
     * The first pass: each file read with the byte offsets of its lines, one {@link SplitScan}
     * per input split (the lines that belong to no patient, numbered within the split, and what
     * the order check and the merge need).
     */
    List<SplitScan> scan(List<String> files, int minPartitions) {
        JavaRDD<SplitScan> scans = jsc.emptyRDD();
        int every = sampleEvery;
        for (int i = 0; i < files.size(); i++) {
            int fileIndex = i;
            JavaPairRDD<LongWritable, Text> lines = jsc.hadoopFile(files.get(i), TextInputFormat.class, LongWritable.class, Text.class,
                    minPartitions);
            scans = scans.union(lines.mapPartitionsWithIndex((p, it) -> SplitScan.scan(it, fileIndex, p, every), true));
        }
        return scans.collect();
    }

    /**
     * An export is merged when every file is ordered by patient id and none is compressed (a
     * compressed file cannot be entered at a byte offset; it is grouped by the shuffle).
     */
    boolean mergeable(List<String> files, List<SplitScan> scans) {
        CompressionCodecFactory codecs = new CompressionCodecFactory(jsc.hadoopConfiguration());
        for (String f : files) {
            if (codecs.getCodec(new org.apache.hadoop.fs.Path(f)) != null) {
                return false;
            }
        }
        return ExportOrder.ordered(scans);
    }

    /**
     * The patients of an ordered export, without a shuffle: one task per key range, each merging
     * the files from the offsets sampled by the first pass ({@link RangeMerge}); about two ranges
     * per core, or as many as the largest file has splits, whichever is more.
     */
    JavaRDD<Tuple2<String, List<String>>> merged(List<String> files, List<SplitScan> scans) {
        Map<Integer, Integer> splits = new HashMap<>();
        scans.forEach(s -> splits.merge(s.file(), 1, Integer::sum));
        int largest = splits.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        List<ExportOrder.KeyRange> ranges = ExportOrder.ranges(scans, files.size(), Math.max(2 * jsc.defaultParallelism(), largest));
        Broadcast<SerializableConfiguration> conf = jsc.broadcast(new SerializableConfiguration(jsc.hadoopConfiguration()));
        List<String> paths = List.copyOf(files);
        return jsc.parallelize(ranges, ranges.size()).flatMap(r -> new RangeMerge(r, paths, conf.value().value()));
    }

    /**
     * The patients of any export: every patient line is shuffled to her patient's partition and
     * her lines are put back in export order (file, then line).
     */
    JavaRDD<Tuple2<String, List<String>>> shuffled(List<String> files, int minPartitions) {
        JavaRDD<ExportLine> lines = jsc.emptyRDD();
        for (int i = 0; i < files.size(); i++) {
            int fileIndex = i;
            // Numbered per input partition as in the first pass: the (file, partition, index)
            // triple orders a patient's lines.
            lines = lines.union(jsc.textFile(files.get(i), minPartitions).mapPartitionsWithIndex((p, it) -> patientLines(it, fileIndex, p), true));
        }
        return lines.mapToPair(l -> new Tuple2<>(l.patientId(), l)).groupByKey().map(g -> {
            List<ExportLine> rows = new ArrayList<>();
            g._2().forEach(rows::add);
            rows.sort(ExportLine.IN_EXPORT_ORDER);
            return new Tuple2<>(g._1(), rows.stream().map(ExportLine::text).toList());
        });
    }

    /** The patient lines of one input partition, numbered from 1 within it. */
    private static Iterator<ExportLine> patientLines(Iterator<String> it, int file, int partition) {
        BulkLineParser parser = new BulkLineParser();
        List<ExportLine> out = new ArrayList<>();
        long index = 0;
        while (it.hasNext()) {
            String text = it.next();
            index++;
            BulkLine c = parser.classify(text);
            if (c.kind() == BulkLine.Kind.PATIENT_RESOURCE) {
                out.add(new ExportLine(c.kind().name(), c.patientId(), c.resourceType(), c.id(), file, partition, index, c.column(), c.problem(),
                        text));
            }
        }
        return out.iterator();
    }

    private static Iterator<PatientOutcome> evaluate(Iterator<Tuple2<String, List<String>>> groups, ShippedKnowledge kb,
            ShippedKnowledge previous, Map<String, String> medicationLines, String asOf) throws IOException {
        Knowledge k = kb.load();
        ObjectMapper json = Mappers.json();
        BulkExportReader importer = new BulkExportReader(new KnowledgeDrugCodes(k));
        PatientEvaluator evaluator = new PatientEvaluator(new Planner(k), previous == null ? null : new Planner(previous.load()),
                java.time.LocalDate.parse(asOf), json);
        ObjectMapper plain = new ObjectMapper();
        Map<String, JsonNode> medications = new HashMap<>();
        for (Map.Entry<String, String> e : medicationLines.entrySet()) {
            medications.put(e.getKey(), plain.readTree(e.getValue()));
        }
        List<PatientOutcome> out = new ArrayList<>();
        while (groups.hasNext()) {
            Tuple2<String, List<String>> g = groups.next();
            out.add(evaluator.evaluate(importer.importGroup(new PatientGroup(g._1(), g._2(), medications))));
        }
        return out.iterator();
    }

    private void writePlans(JavaRDD<PatientOutcome> outcomes, String out) {
        StructType schema = new StructType()
                .add("patientId", DataTypes.StringType)
                .add("status", DataTypes.StringType)
                .add("subtype", DataTypes.StringType)
                .add("line", DataTypes.IntegerType)
                .add("options", DataTypes.createArrayType(DataTypes.StringType))
                .add("missingTests", DataTypes.createArrayType(DataTypes.StringType))
                .add("eligibleTrials", DataTypes.createArrayType(DataTypes.StringType))
                .add("plan", DataTypes.StringType);
        JavaRDD<Row> rows = outcomes.map(o -> RowFactory.create(o.patientId(), o.status(), o.subtype(), o.line(),
                o.options().toArray(String[]::new), o.missingTests().toArray(String[]::new), o.eligibleTrials().toArray(String[]::new), o.ndjson()));
        Dataset<Row> plans = spark.createDataFrame(rows, schema);
        plans.write().mode(SaveMode.Overwrite).parquet(out + "/plans.parquet");
        plans.select("plan").as(Encoders.STRING()).write().mode(SaveMode.Overwrite).text(out + "/plans-ndjson");
    }

    private static void writeText(String path, String text, Configuration conf) throws IOException {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
        FileSystem fs = p.getFileSystem(conf);
        try (OutputStream o = fs.create(p, true)) {
            o.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String fileName(String uri) {
        return new org.apache.hadoop.fs.Path(uri).getName();
    }
}
