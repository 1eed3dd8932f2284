package org.mbcnav.cohort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Four patients written by hand as per-type NDJSON, with one malformed line:
 * hrp (HR+/HER2-0, bone metastasis, letrozole + palbociclib from 2024-02-01, progressed 2025-03-01,
 * then fulvestrant ongoing; no ESR1 or PIK3CA result), tnbc (triple negative, liver metastasis,
 * paclitaxel ongoing; no PD-L1 result), early (HR+, no metastasis: not planned) and nobc (no breast
 * cancer: not imported). Observation.ndjson line 3 is not JSON.
 */
final class HandMadePopulation {
    private HandMadePopulation() {
    }

    static Path write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("Patient.ndjson"), String.join("\n",
                "{\"resourceType\":\"Patient\",\"id\":\"hrp\",\"gender\":\"female\",\"birthDate\":\"1958-03-01\"}",
                "{\"resourceType\":\"Patient\",\"id\":\"tnbc\",\"gender\":\"female\",\"birthDate\":\"1970-07-01\"}",
                "{\"resourceType\":\"Patient\",\"id\":\"early\",\"gender\":\"female\",\"birthDate\":\"1965-01-01\"}",
                "{\"resourceType\":\"Patient\",\"id\":\"nobc\",\"gender\":\"female\",\"birthDate\":\"1960-01-01\"}") + "\n");
        Files.writeString(dir.resolve("Condition.ndjson"), String.join("\n",
                primary("hrp", "2015-02-01"), site("hrp", "94222008", "2024-01-10"),
                primary("tnbc", "2023-05-01"), site("tnbc", "94381002", "2025-01-05"),
                primary("early", "2024-06-01"), stageM0("early"),
                "{\"resourceType\":\"Condition\",\"id\":\"nobc-1\",\"subject\":{\"reference\":\"Patient/nobc\"},\"code\":{\"text\":\"Gout\"}}") + "\n");
        Files.writeString(dir.resolve("Observation.ndjson"), String.join("\n",
                receptor("hrp", "85337-4", 90), receptor("hrp", "85339-0", 50),
                "{\"resourceType\":\"Observation\",\"id\":\"broken\",",
                her2("hrp", "0"),
                menopause("hrp"),
                receptor("tnbc", "85337-4", 0), receptor("tnbc", "85339-0", 0), her2("tnbc", "0"),
                receptor("early", "85337-4", 80), her2("early", "1+")) + "\n");
        Files.writeString(dir.resolve("MedicationStatement.ndjson"), String.join("\n",
                medication("hrp", "m1", "72965", "2024-02-01", "2025-03-01", true),
                medication("hrp", "m2", "1601374", "2024-02-01", "2025-03-01", true),
                medication("hrp", "m3", "282357", "2025-03-10", null, false),
                medication("tnbc", "m4", "56946", "2025-01-20", null, false)) + "\n");
        return dir;
    }

    private static String primary(String p, String date) {
        return "{\"resourceType\":\"Condition\",\"id\":\"" + p + "-bc\",\"subject\":{\"reference\":\"Patient/" + p + "\"},"
                + "\"code\":{\"coding\":[{\"system\":\"http://hl7.org/fhir/sid/icd-10-cm\",\"code\":\"C50.912\"}]},\"onsetDateTime\":\"" + date + "\"}";
    }

    private static String site(String p, String snomed, String date) {
        return "{\"resourceType\":\"Condition\",\"id\":\"" + p + "-met\",\"subject\":{\"reference\":\"Patient/" + p + "\"},"
                + "\"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"" + snomed + "\"}]},\"onsetDateTime\":\"" + date + "\"}";
    }

    private static String stageM0(String p) {
        return "{\"resourceType\":\"Observation\",\"id\":\"" + p + "-m\",\"status\":\"final\",\"subject\":{\"reference\":\"Patient/" + p + "\"},"
                + "\"effectiveDateTime\":\"2024-06-01\",\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"21907-1\"}]},"
                + "\"valueCodeableConcept\":{\"coding\":[{\"system\":\"http://cancerstaging.org\",\"code\":\"cM0\"}]}}";
    }

    private static String receptor(String p, String loinc, int percent) {
        return "{\"resourceType\":\"Observation\",\"id\":\"" + p + "-" + loinc + "\",\"status\":\"final\",\"subject\":{\"reference\":\"Patient/" + p + "\"},"
                + "\"effectiveDateTime\":\"2015-02-01\",\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"" + loinc + "\"}]},"
                + "\"valueQuantity\":{\"value\":" + percent + ",\"unit\":\"%\",\"code\":\"%\"}}";
    }

    private static String her2(String p, String ihc) {
        return "{\"resourceType\":\"Observation\",\"id\":\"" + p + "-her2\",\"status\":\"final\",\"subject\":{\"reference\":\"Patient/" + p + "\"},"
                + "\"effectiveDateTime\":\"2015-02-01\",\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"85319-2\"}]},\"valueString\":\"" + ihc + "\"}";
    }

    private static String menopause(String p) {
        return "{\"resourceType\":\"Observation\",\"id\":\"" + p + "-meno\",\"status\":\"final\",\"subject\":{\"reference\":\"Patient/" + p + "\"},"
                + "\"effectiveDateTime\":\"2024-01-10\",\"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"161712005\"}]},"
                + "\"valueCodeableConcept\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"76498008\"}]}}";
    }

    private static String medication(String p, String id, String rxnorm, String start, String end, boolean progressed) {
        return "{\"resourceType\":\"MedicationStatement\",\"id\":\"" + id + "\",\"status\":\"" + (end == null ? "active" : "completed") + "\","
                + "\"subject\":{\"reference\":\"Patient/" + p + "\"},"
                + (progressed ? "\"statusReason\":[{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"266721009\"}]}]," : "")
                + "\"medicationCodeableConcept\":{\"coding\":[{\"system\":\"http://www.nlm.nih.gov/research/umls/rxnorm\",\"code\":\"" + rxnorm + "\"}]},"
                + "\"effectivePeriod\":{\"start\":\"" + start + "\"" + (end == null ? "" : ",\"end\":\"" + end + "\"") + "}}";
    }
}
