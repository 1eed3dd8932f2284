package org.mbcnav.cohort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Draws one synthetic patient from the model and writes her record as FHIR R4 resources (mCODE
 * codes the importer reads: docs/fhir-import.md). The draw depends only on the seed and the
 * patient's index, so a population is the same whatever order or threads generate it.
 */
final class SyntheticPatient {
    private static final String LOINC = "http://loinc.org";
    private static final String SNOMED = "http://snomed.info/sct";
    private static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    private static final String PROGRESSION = "266721009";
    private static final String PALLIATIVE = "363676003";
    private static final String CURATIVE = "373808002";

    private final SynthModel m;
    private final Map<String, String> rxnorm;
    private final ObjectMapper json;
    private final LocalDate reference;
    private final java.util.function.Function<String, Set<String>> classesOf;
    private final String esr1SelectingClass;

    /**
     * @param rxnorm    drug name to RxNorm ingredient code (from the knowledge base); a drug
     *                  without one is written by its name only
     * @param classesOf drug name to its classes (from the knowledge base)
     */
    SyntheticPatient(SynthModel model, Map<String, String> rxnorm, java.util.function.Function<String, Set<String>> classesOf,
            ObjectMapper json, LocalDate reference) {
        this.m = model;
        this.rxnorm = rxnorm;
        this.classesOf = classesOf;
        this.esr1SelectingClass = model.node("biomarkers", "esr1AfterAromataseInhibitor", "selectedByClass").asText();
        this.json = json;
        this.reference = reference;
    }

    /** The resources of patient number {@code index}, each an object with its resourceType. */
    List<ObjectNode> draw(long seed, long index) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        String id = String.format("p%07d", index);
        List<ObjectNode> out = new ArrayList<>();
        int[] serial = {0};
        java.util.function.Function<String, ObjectNode> resource = type -> {
            ObjectNode o = json.createObjectNode();
            o.put("resourceType", type);
            o.put("id", "Patient".equals(type) ? id : id + "-" + (++serial[0]));
            if (!"Patient".equals(type)) {
                o.putObject("subject").put("reference", "Patient/" + id);
            }
            out.add(o);
            return o;
        };

        String subtype = pick(r, m.node("subtypes"));
        JsonNode subtypeNode = find(m.node("subtypes"), subtype);
        boolean hrPositive = !subtype.equals("triple-negative")
                && (!subtype.equals("her2-positive") || r.nextDouble() < subtypeNode.path("hrPositiveShare").asDouble());
        double age = clamp(gauss(r, m.number("ageAtMetastasis", "mean"), m.number("ageAtMetastasis", "sd")),
                m.number("ageAtMetastasis", "min"), m.number("ageAtMetastasis", "max"));
        long historyDays = (long) (m.number("historyYears", "value") * 365.25);
        LocalDate metastatic = reference.minusDays(30 + r.nextLong(Math.max(1, historyDays)));
        LocalDate birth = metastatic.minusDays((long) (age * 365.25));
        boolean deNovo = r.nextDouble() < m.number("deNovo", "share");
        double dfi = clamp(gauss(r, m.number("diseaseFreeYears", "mean"), m.number("diseaseFreeYears", "sd")),
                m.number("diseaseFreeYears", "min"), 30);
        LocalDate primary = deNovo ? metastatic : metastatic.minusDays((long) (dfi * 365.25));

        ObjectNode patient = resource.apply("Patient");
        patient.put("gender", "female");
        patient.put("birthDate", birth.toString());

        ObjectNode cond = resource.apply("Condition");
        coding(cond.putObject("code"), "http://hl7.org/fhir/sid/icd-10-cm", "C50.912", "Malignant neoplasm of unspecified site of left female breast");
        cond.put("onsetDateTime", primary.toString());
        boolean anySite = false;
        for (JsonNode site : m.node("sites")) {
            if (r.nextDouble() < site.path("share").asDouble()) {
                ObjectNode s = resource.apply("Condition");
                coding(s.putObject("code"), SNOMED, site.path("snomed").asText(), null);
                s.put("onsetDateTime", metastatic.toString());
                anySite = true;
            }
        }
        if (!anySite) {
            // Every metastatic patient has at least one site; bone is the most frequent.
            ObjectNode s = resource.apply("Condition");
            coding(s.putObject("code"), SNOMED, m.node("sites").path(0).path("snomed").asText(), null);
            s.put("onsetDateTime", metastatic.toString());
        }

        // Receptors on the primary tumour.
        observation(resource, "85337-4", primary).putObject("valueQuantity").put("value", hrPositive ? 60 + r.nextInt(40) : r.nextInt(1))
                .put("unit", "%").put("system", "http://unitsofmeasure.org").put("code", "%");
        observation(resource, "85339-0", primary).putObject("valueQuantity").put("value", hrPositive ? r.nextInt(90) : 0)
                .put("unit", "%").put("system", "http://unitsofmeasure.org").put("code", "%");
        boolean her2Low = false;
        String ihc;
        String ish = null;
        if (subtype.equals("her2-positive")) {
            ihc = r.nextDouble() < m.number("her2PositiveIhc3Share", "value") ? "3+" : "2+";
            ish = ihc.equals("2+") ? "Amplified" : null;
        } else {
            her2Low = r.nextDouble() < m.number("her2Low", subtype, "share");
            ihc = !her2Low ? "0" : r.nextDouble() < m.number("her2Low", "ihc2Share", "value") ? "2+" : "1+";
            ish = ihc.equals("2+") ? "Not amplified" : null;
        }
        observation(resource, "85319-2", primary).put("valueString", ihc);
        if (ish != null) {
            observation(resource, "85318-4", primary).putObject("valueCodeableConcept").put("text", ish);
        }

        boolean post = age >= m.number("menopauseAge", "value");
        ObjectNode meno = resource.apply("Observation");
        meno.put("status", "final");
        coding(meno.putObject("code"), SNOMED, "161712005", null);
        meno.put("effectiveDateTime", metastatic.toString());
        coding(meno.putObject("valueCodeableConcept"), SNOMED, post ? "76498008" : "22636003", null);
        ObjectNode ecog = observation(resource, "89247-1", metastatic);
        ecog.put("valueInteger", Integer.parseInt(pickWeighted(r, m.node("ecog"))));

        // Facts that decide which regimens can be drawn, and the tests that find them.
        Set<String> facts = new HashSet<>();
        if (her2Low) {
            facts.add("her2-low");
        }
        JsonNode bio = m.node("biomarkers");
        if (subtype.equals("hr-positive-her2-negative") && r.nextDouble() < bio.path("pik3ca").path("tested").asDouble()) {
            boolean mutated = r.nextDouble() < bio.path("pik3ca").path("prevalence").asDouble();
            variant(resource, metastatic, "PIK3CA", "HGNC:8975", mutated ? "p.His1047Arg" : null, false);
            if (mutated) {
                facts.add("pik3ca");
            }
        }
        double brcaPrevalence = subtype.equals("triple-negative") ? bio.path("gbrca").path("prevalenceTripleNegative").asDouble()
                : bio.path("gbrca").path("prevalence").asDouble();
        if (!subtype.equals("her2-positive") && r.nextDouble() < bio.path("gbrca").path("tested").asDouble()) {
            boolean carrier = r.nextDouble() < brcaPrevalence;
            variant(resource, metastatic, "BRCA1", "HGNC:1100", carrier ? "p.Glu23fs" : null, true);
            if (carrier) {
                facts.add("gbrca");
            }
        }
        if (subtype.equals("triple-negative") && r.nextDouble() < bio.path("pdl1Cps").path("testedTripleNegative").asDouble()) {
            double u = r.nextDouble();
            double cps = u < bio.path("pdl1Cps").path("atLeast10").asDouble() ? 10 + r.nextInt(60)
                    : u < bio.path("pdl1Cps").path("atLeast1").asDouble() ? 1 + r.nextInt(9) : 0;
            ObjectNode p = observation(resource, "83052-1", metastatic);
            p.putObject("valueQuantity").put("value", cps);
            p.putObject("method").put("text", "22C3 combined positive score");
            if (cps >= 10) {
                facts.add("cps10");
            }
        }

        // Adjuvant endocrine therapy before an HR+ recurrence.
        if (hrPositive && !deNovo && r.nextDouble() < m.number("adjuvantEndocrine", "share")) {
            LocalDate end = primary.plusYears((long) m.number("adjuvantEndocrine", "years"));
            end = end.isAfter(metastatic) ? metastatic : end;
            for (String drug : drugs(r, m.node("regimens", "adjuvant"), facts)) {
                medication(resource, drug, primary.plusDays(60), end, CURATIVE, end.equals(metastatic));
            }
        }

        // Metastatic lines with attrition; ESR1 testing before lines 2+ after an aromatase inhibitor.
        LocalDate start = metastatic.plusDays(14);
        boolean aiExposed = false;
        boolean esr1Known = false;
        for (int line = 1; line <= (int) m.number("maxLines", "value"); line++) {
            if (!start.isBefore(reference)) {
                break;
            }
            if (line > 1 && hrPositive && subtype.equals("hr-positive-her2-negative")) {
                double tested = bio.path("esr1TestedBeforeLine").path(String.valueOf(Math.min(line, 4))).asDouble();
                if (r.nextDouble() < tested) {
                    boolean mutated = esr1Known || (aiExposed && r.nextDouble() < bio.path("esr1AfterAromataseInhibitor").path("prevalence").asDouble());
                    ObjectNode plasma = resource.apply("Specimen");
                    coding(plasma.putObject("type"), "http://terminology.hl7.org/CodeSystem/v2-0487", "PLAS", null);
                    variant(resource, start.minusDays(7), "ESR1", "HGNC:3467", mutated ? "p.Tyr537Ser" : null, false)
                            .putObject("specimen").put("reference", "Specimen/" + plasma.path("id").asText());
                    esr1Known = mutated;
                    if (mutated) {
                        facts.add("esr1");
                    }
                }
            }
            List<String> regimen = drugs(r, m.node("regimens", subtype, String.valueOf(line)), facts);
            double median = m.number("monthsOnLine", subtype, String.valueOf(line));
            long days = Math.max(21, (long) (-Math.log(1 - r.nextDouble()) * median / Math.log(2) * 30.44));
            LocalDate end = start.plusDays(days);
            boolean ongoing = !end.isBefore(reference);
            for (String drug : regimen) {
                medication(resource, drug, start, ongoing ? null : end, PALLIATIVE, !ongoing);
            }
            aiExposed |= regimen.stream().anyMatch(d -> classesOf.apply(d).contains(esr1SelectingClass));
            if (ongoing || r.nextDouble() >= m.number("nextLine", String.valueOf(line))) {
                break;
            }
            start = end.plusDays(7 + r.nextInt(21));
        }
        return out;
    }

    private ObjectNode observation(java.util.function.Function<String, ObjectNode> resource, String loinc, LocalDate date) {
        ObjectNode o = resource.apply("Observation");
        o.put("status", "final");
        coding(o.putObject("code"), LOINC, loinc, null);
        o.put("effectiveDateTime", date.toString());
        return o;
    }

    /** A GenomicVariant observation: present with the protein change, or tested and not found. */
    private ObjectNode variant(java.util.function.Function<String, ObjectNode> resource, LocalDate date, String gene, String hgnc,
            String protein, boolean germline) {
        ObjectNode o = observation(resource, "69548-6", date);
        coding(o.putObject("valueCodeableConcept"), LOINC, protein != null ? "LA9633-4" : "LA9634-2", null);
        ArrayNode comps = o.putArray("component");
        ObjectNode g = comps.addObject();
        coding(g.putObject("code"), LOINC, "48018-6", null);
        coding(g.putObject("valueCodeableConcept"), "http://www.genenames.org/geneId", hgnc, gene);
        ObjectNode origin = comps.addObject();
        coding(origin.putObject("code"), LOINC, "48002-0", null);
        coding(origin.putObject("valueCodeableConcept"), LOINC, germline ? "LA6683-2" : "LA6684-0", null);
        if (protein != null) {
            ObjectNode p = comps.addObject();
            coding(p.putObject("code"), LOINC, "48005-3", null);
            coding(p.putObject("valueCodeableConcept"), "http://varnomen.hgvs.org", protein, null);
            ObjectNode s = comps.addObject();
            coding(s.putObject("code"), LOINC, "53037-8", null);
            coding(s.putObject("valueCodeableConcept"), LOINC, "LA6668-3", null);
        }
        return o;
    }

    private void medication(java.util.function.Function<String, ObjectNode> resource, String drug, LocalDate start, LocalDate end,
            String intent, boolean progressed) {
        ObjectNode o = resource.apply("MedicationStatement");
        o.put("status", end == null ? "active" : "completed");
        ObjectNode ext = o.putArray("extension").addObject();
        ext.put("url", "http://hl7.org/fhir/us/mcode/StructureDefinition/mcode-procedure-intent");
        coding(ext.putObject("valueCodeableConcept"), SNOMED, intent, null);
        if (end != null && progressed) {
            coding(o.putArray("statusReason").addObject(), SNOMED, PROGRESSION, null);
        }
        String code = rxnorm.get(drug);
        ObjectNode med = o.putObject("medicationCodeableConcept");
        if (code != null) {
            coding(med, RXNORM, code, null);
        } else {
            med.put("text", drug);
        }
        ObjectNode period = o.putObject("effectivePeriod");
        period.put("start", start.toString());
        if (end != null) {
            period.put("end", end.toString());
        }
    }

    private static void coding(ObjectNode concept, String system, String code, String display) {
        ObjectNode c = concept.putArray("coding").addObject();
        c.put("system", system);
        c.put("code", code);
        if (display != null) {
            c.put("display", display);
        }
    }

    /** The drugs of one regimen drawn by weight among those whose requirement is met. */
    private static List<String> drugs(SplittableRandom r, JsonNode options, Set<String> facts) {
        double total = 0;
        for (JsonNode o : options) {
            total += allowed(o, facts) ? o.path("weight").asDouble() : 0;
        }
        double u = r.nextDouble() * total;
        JsonNode chosen = null;
        for (JsonNode o : options) {
            if (!allowed(o, facts)) {
                continue;
            }
            chosen = o;
            u -= o.path("weight").asDouble();
            if (u < 0) {
                break;
            }
        }
        List<String> out = new ArrayList<>();
        chosen.path("drugs").forEach(d -> out.add(d.asText()));
        return out;
    }

    private static boolean allowed(JsonNode option, Set<String> facts) {
        return !option.has("requires") || facts.contains(option.path("requires").asText());
    }

    private static String pick(SplittableRandom r, JsonNode items) {
        double u = r.nextDouble();
        JsonNode last = null;
        for (JsonNode i : items) {
            last = i;
            u -= i.path("share").asDouble();
            if (u < 0) {
                return i.path("id").asText();
            }
        }
        return last.path("id").asText();
    }

    private static String pickWeighted(SplittableRandom r, JsonNode weights) {
        double u = r.nextDouble();
        String last = null;
        for (var it = weights.fields(); it.hasNext(); ) {
            var e = it.next();
            if (!e.getValue().isNumber()) {
                continue;
            }
            last = e.getKey();
            u -= e.getValue().asDouble();
            if (u < 0) {
                return last;
            }
        }
        return last;
    }

    private static JsonNode find(JsonNode items, String id) {
        for (JsonNode i : items) {
            if (i.path("id").asText().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no " + id);
    }

    private static double gauss(SplittableRandom r, double mean, double sd) {
        double u1 = 1 - r.nextDouble();
        double u2 = r.nextDouble();
        return mean + sd * Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }
}
