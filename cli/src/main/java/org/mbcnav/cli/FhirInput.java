package org.mbcnav.cli;

import org.mbcnav.io.InputException;
import org.mbcnav.io.LocatedTree;
import org.mbcnav.model.knowledge.Knowledge;

/** FHIR input: until the FHIR importer is wired in, a clear message rather than a wrong reading. */
final class FhirInput {
    private FhirInput() {
    }

    static PatientInput.Loaded read(LocatedTree tree, Knowledge k) throws InputException {
        throw new InputException(tree.problem("/resourceType", "FHIR input is not supported by this build"));
    }
}
