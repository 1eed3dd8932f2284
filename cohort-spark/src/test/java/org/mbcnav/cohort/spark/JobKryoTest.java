package org.mbcnav.cohort.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.serializer.KryoSerializer;
import org.apache.spark.serializer.SerializerInstance;
import org.junit.jupiter.api.Test;
import org.mbcnav.cohort.CourseJudgement;
import org.mbcnav.cohort.PatientOutcome;
import scala.reflect.ClassTag$;

/** The job's records survive Spark's Kryo serializer as configured by the job (shuffle, cache spills, task results). */
class JobKryoTest {
    private final SerializerInstance kryo = new KryoSerializer(new SparkConf().set("spark.kryo.registrator", JobKryo.class.getName()))
            .newInstance();

    @SuppressWarnings("unchecked")
    private <T> T roundTrip(T value) {
        Object back = kryo.deserialize(kryo.serialize(value, ClassTag$.MODULE$.apply(Object.class)), ClassTag$.MODULE$.apply(Object.class));
        return (T) back;
    }

    @Test
    void exportLinesKeepEveryField() {
        ExportLine line = new ExportLine("PATIENT_RESOURCE", "p1", "Observation", "o1", 3, 7, 123_456_789_012L, 41, "problem", "{\"a\":1}");
        ExportLine empty = ExportLine.partitionCount(2, 5, 99);
        assertThat(roundTrip(line)).isEqualTo(line);
        assertThat(roundTrip(empty)).isEqualTo(empty);
    }

    @Test
    void otherRecordsFallBackToJavaSerialization() {
        CourseJudgement course = new CourseJudgement(LocalDate.of(2024, 3, 1), List.of("letrozole", "palbociclib"), 1, true, true);
        assertThat(roundTrip(course)).isEqualTo(course);
        ShippedKnowledge kb = new ShippedKnowledge("kb-1", Map.of("release.yaml", new byte[] {1, 2, 3}));
        assertThat(roundTrip(kb).files().get("release.yaml")).containsExactly(1, 2, 3);
    }
}
