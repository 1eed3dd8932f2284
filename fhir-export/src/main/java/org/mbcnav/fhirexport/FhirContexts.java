package org.mbcnav.fhirexport;

import ca.uhn.fhir.context.FhirContext;

/** One shared R4 context: creating a FhirContext scans the model classes and is expensive. */
public final class FhirContexts {
    private static final FhirContext R4 = FhirContext.forR4Cached();

    private FhirContexts() {
    }

    public static FhirContext r4() {
        return R4;
    }
}
