package org.mbcnav.server.web;

import java.nio.file.Path;
import org.mbcnav.io.InputException;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.report.ClinicianReport;
import org.mbcnav.report.PatientLanguage;
import org.mbcnav.report.PatientLanguageReader;
import org.mbcnav.report.PatientReport;

/** The report module's renderers with the knowledge base's plain-language data, loaded once. */
final class Reports {
    final PatientReport patient;
    final ClinicianReport clinician = new ClinicianReport();

    Reports(Knowledge knowledge, Path knowledgeDir) {
        PatientLanguage language;
        try {
            language = PatientLanguageReader.forKnowledge(knowledge).read(knowledgeDir);
        } catch (InputException e) {
            throw new IllegalStateException("knowledge/" + PatientLanguageReader.FILE + " has problems: "
                    + e.problems().get(0).describe(), e);
        }
        this.patient = new PatientReport(knowledge, language);
    }
}
