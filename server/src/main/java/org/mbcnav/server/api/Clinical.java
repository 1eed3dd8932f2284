package org.mbcnav.server.api;

import java.time.LocalDate;
import org.mbcnav.engine.Planner;
import org.mbcnav.engine.Planning;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.patient.Patient;
import org.mbcnav.store.StoredPatient;
import org.mbcnav.trials.TrialSet;
import org.mbcnav.trials.match.TrialMatcher;

/**
 * The pipeline as the server uses it: a stored patient version is read with the patient sources
 * and planned by the engine. Because a stored version never changes and the engine is pure,
 * results are cached by (patient, version, as-of date); any server computes the same values.
 */
public final class Clinical {
    private static final int CACHE_SIZE = 2_000;

    private final Knowledge knowledge;
    private final Planner planner;
    private final PatientSources sources;
    private final TrialSet trials;
    private final LatestVersionCache<Planning> cache = new LatestVersionCache<>(CACHE_SIZE);

    public Clinical(Knowledge knowledge, PatientSources sources) {
        this(knowledge, sources, null);
    }

    /** trials: the clinical-trial set matched into every plan, as `mbcnav plan` does (null: none). */
    public Clinical(Knowledge knowledge, PatientSources sources, TrialSet trials) {
        this.knowledge = knowledge;
        this.planner = new Planner(knowledge);
        this.sources = sources;
        this.trials = trials;
    }

    public Knowledge knowledge() {
        return knowledge;
    }

    public PatientSources sources() {
        return sources;
    }

    public Patient read(StoredPatient stored, LocalDate asOf) {
        return sources.read(sources.parse(mediaType(stored.format()), stored.document()), asOf);
    }

    /** The planning for a stored version as of a date (validated against that date). */
    public Planning planning(StoredPatient stored, LocalDate asOf) {
        Planning hit = cache.get(stored.id(), stored.version(), asOf);
        if (hit != null) {
            return hit;
        }
        Planning made = planner.planning(read(stored, asOf), asOf);
        if (trials != null) {
            made = new Planning(made.plan().withTrials(new TrialMatcher(made.state()).matchAll(trials, null)), made.state(),
                    made.assessments());
        }
        cache.put(stored.id(), stored.version(), asOf, made);
        return made;
    }

    public static String mediaType(String format) {
        return "yaml".equals(format) ? "application/yaml" : "application/json";
    }
}
