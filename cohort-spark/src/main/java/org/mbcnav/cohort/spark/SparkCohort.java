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
 * by {@link BulkLineParser}, grouped by patient with a shuffle (instead of on-disk partitions),
 * imported by {@link BulkExportReader#importGroup}, evaluated by {@link PatientEvaluator} and
 * counted by {@link Aggregates}, merged across partitions. Resources of a patient are put back in
 * export order (file, line) before import, so each patient is imported exactly as in process.
 */
final class SparkCohort {
    private final SparkSession spark;
    private final JavaSparkContext jsc;

    SparkCohort(SparkSession spark) {
        this.spark = spark;
        this.jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
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

        JavaRDD<ExportLine> lines = jsc.emptyRDD();
        for (int i = 0; i < files.size(); i++) {
            int fileIndex = i;
            // Numbered per input partition in the same pass (no extra job to count lines first): the
            // (partition, index) pair orders a file's lines, and the partitions' line counts, which
            // come back with the side lines, turn it into a line number where one is reported.
            lines = lines.union(textFile(files.get(i), a.minPartitions()).mapPartitionsWithIndex((p, it) -> classify(it, fileIndex, p), true));
        }
        lines = lines.persist(StorageLevel.MEMORY_AND_DISK());

        List<ExportLine> notPatients = lines.filter(l -> !l.kind().equals(BulkLine.Kind.PATIENT_RESOURCE.name())).collect();
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

        JavaPairRDD<String, Iterable<ExportLine>> byPatient = lines
                .filter(l -> l.kind().equals(BulkLine.Kind.PATIENT_RESOURCE.name()))
                .mapToPair(l -> new Tuple2<>(l.patientId(), l))
                .groupByKey();
        String asOf = a.asOf().toString();
        JavaRDD<PatientOutcome> outcomes = byPatient.mapPartitions(groups -> evaluate(groups, kb.value(),
                prevKb == null ? null : prevKb.value(), formulary.value(), asOf)).persist(StorageLevel.MEMORY_AND_DISK());

        Aggregates aggregates = outcomes.aggregate(previous == null ? new Aggregates() : new Aggregates().compared(),
                Aggregates::add, Aggregates::merge);
        aggregates.addFileIssues(fileIssues);

        writePlans(outcomes, a.out());
        writeText(a.out() + "/" + ReportFiles.AGGREGATES, ReportFiles.aggregatesJson(aggregates, asOf, knowledge, previous, json), conf);
        writeText(a.out() + "/" + ReportFiles.SUMMARY, ReportFiles.summaryHtml(aggregates, asOf, knowledge, previous), conf);
        outcomes.unpersist();
        lines.unpersist();
        return aggregates;
    }

    private JavaRDD<String> textFile(String file, int minPartitions) {
        return minPartitions > 0 ? jsc.textFile(file, minPartitions) : jsc.textFile(file);
    }

    /** Classifies one input partition; its lines are numbered from 1 within it, and a last record gives their count. */
    private static Iterator<ExportLine> classify(Iterator<String> it, int file, int partition) {
        BulkLineParser parser = new BulkLineParser();
        List<ExportLine> out = new ArrayList<>();
        long index = 0;
        while (it.hasNext()) {
            String text = it.next();
            index++;
            BulkLine c = parser.classify(text);
            if (c.kind() == BulkLine.Kind.BLANK) {
                continue;
            }
            boolean keepText = c.kind() == BulkLine.Kind.PATIENT_RESOURCE || c.kind() == BulkLine.Kind.MEDICATION;
            out.add(new ExportLine(c.kind().name(), c.patientId(), c.resourceType(), c.id(), file, partition, index, c.column(), c.problem(),
                    keepText ? text : null));
        }
        out.add(ExportLine.partitionCount(file, partition, index));
        return out.iterator();
    }

    private static Iterator<PatientOutcome> evaluate(Iterator<Tuple2<String, Iterable<ExportLine>>> groups, ShippedKnowledge kb,
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
            Tuple2<String, Iterable<ExportLine>> g = groups.next();
            List<ExportLine> rows = new ArrayList<>();
            g._2().forEach(rows::add);
            rows.sort(ExportLine.IN_EXPORT_ORDER);
            List<String> text = rows.stream().map(ExportLine::text).toList();
            out.add(evaluator.evaluate(importer.importGroup(new PatientGroup(g._1(), text, medications))));
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
