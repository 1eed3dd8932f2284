package org.mbcnav.fhir;

import java.util.List;

/**
 * What the bundle says about distant metastasis, with the facts that decided it (resource and
 * code), so that the answer can be reviewed. NOT_METASTATIC needs positive evidence of M0 or an
 * earlier stage, and no evidence of metastasis; silence gives UNKNOWN, never "not metastatic".
 */
public record MetastaticStatus(Verdict verdict, List<String> evidence) {

    public enum Verdict { METASTATIC, NOT_METASTATIC, UNKNOWN }

    public MetastaticStatus {
        evidence = List.copyOf(evidence);
    }
}
