package org.mbcnav.fhir;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.mbcnav.model.patient.Radiotherapy;
import org.mbcnav.model.patient.Surgery;

/**
 * Procedures: radiotherapy course summaries (STU4) and radiation procedures (STU1), and
 * cancer-related surgery. Other procedures (biopsies, imaging) are reported as not used.
 */
final class ProcedureMapper {
    private static final String RT_COURSE = "1217123003";
    private static final Set<String> RT_SNOMED = Set.of(RT_COURSE, "53438000", "445232009", "108290001");
    /** Breast surgery codes seen in the fixtures: excision of part of breast, lumpectomy. */
    private static final Set<String> SURGERY_SNOMED = Set.of("64368001", "392021009");

    private final BundleIndex index;

    ProcedureMapper(BundleIndex index) {
        this.index = index;
    }

    void map(Res p, PatientFacts facts) {
        String status = p.text("status");
        if (status != null && Set.of("entered-in-error", "not-done", "preparation").contains(status)) {
            p.info("status", status, "procedure not done; ignored");
            return;
        }
        Concept code = p.concept("code");
        if (code.hasAny(Systems.SNOMED, RT_SNOMED) || p.hasProfile("mcode-radiotherapy-course-summary")
                || p.hasProfile("mcode-cancer-related-radiation-procedure")) {
            radiotherapy(p, code, facts);
        } else if (code.hasAny(Systems.SNOMED, SURGERY_SNOMED) || p.hasProfile("mcode-cancer-related-surgical-procedure")) {
            LocalDate date = p.eventDate().orElse(null);
            if (date == null) {
                p.warning("performed[x]", code.name(), "surgery without a date");
            }
            facts.surgeries.add(new Surgery(Names.clean(code.name()), date, ProcedureIntent.of(p)));
        } else {
            p.info("code", code.label(), "procedure not used by the model (not radiotherapy or cancer surgery)");
        }
    }

    private void radiotherapy(Res p, Concept code, PatientFacts facts) {
        LocalDate start = p.eventDate().orElse(null);
        LocalDate end = null;
        JsonNode period = p.node().get("performedPeriod");
        if (period != null && period.hasNonNull("end")) {
            end = p.date(period.get("end").asText(), "performedPeriod.end").orElse(null);
        }
        String intent = ProcedureIntent.of(p);
        String bodySite = p.concepts("bodySite").stream().map(c -> Names.clean(c.name())).filter(s -> !s.isEmpty()).findFirst().orElse(null);
        boolean any = false;
        for (JsonNode ext : p.extensions(Systems.EXT_RT_DOSE_TO_VOLUME)) {
            String site = bodySite;
            Double gy = null;
            Integer fractions = null;
            for (JsonNode sub : ext.path("extension")) {
                switch (sub.path("url").asText()) {
                    case "volume" -> site = volumeName(p, sub.get("valueReference")).orElse(site);
                    case "totalDoseDelivered" -> gy = gray(p, sub.get("valueQuantity"));
                    case "fractionsDelivered" -> fractions = sub.path("valueUnsignedInt").isInt() ? sub.get("valueUnsignedInt").asInt() : null;
                    default -> p.info("extension dose-delivered-to-volume", sub.path("url").asText(), "not used");
                }
            }
            facts.radiotherapy.add(new Radiotherapy(site, start, end, gy, fractions, intent));
            any = true;
        }
        if (!any) {
            if (bodySite == null) {
                p.warning("bodySite", code.name(), "radiotherapy without a site");
            }
            facts.radiotherapy.add(new Radiotherapy(bodySite, start, end, null, null, intent));
        }
    }

    private Optional<String> volumeName(Res p, JsonNode ref) {
        if (ref == null) {
            return Optional.empty();
        }
        return index.resolve(ref, p).map(v -> {
            String description = v.text("description");
            return description != null ? description.toLowerCase() : Names.clean(v.concept("location").name());
        });
    }

    private static Double gray(Res p, JsonNode q) {
        if (q == null || !q.path("value").isNumber()) {
            return null;
        }
        String unit = q.hasNonNull("code") ? q.get("code").asText() : q.path("unit").asText("");
        double v = q.get("value").asDouble();
        return switch (unit) {
            case "cGy" -> v / 100;
            case "Gy" -> v;
            default -> {
                p.warning("extension totalDoseDelivered", unit, "dose unit not cGy or Gy; not used");
                yield null;
            }
        };
    }
}
