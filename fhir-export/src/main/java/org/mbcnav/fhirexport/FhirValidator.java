package org.mbcnav.fhirexport;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * HAPI FHIR's instance validator against base FHIR R4 (structure, cardinality, invariants, and the
 * value sets HAPI holds in memory), working offline: no terminology server is contacted. Codes of
 * large external systems (SNOMED CT, LOINC, RxNorm, ICD-10-CM) cannot be checked that way; the
 * validator says so and those messages are marked {@link ValidationMessage#notChecked()} rather than
 * dropped. Profiles other than the base resources (mCODE, US Core) are not loaded, so a
 * meta.profile claim is reported as not checked.
 *
 * <p>Building the validator loads the R4 definitions (a second or two); build one and reuse it.
 */
public final class FhirValidator {
    private final FhirContext ctx;
    private final ca.uhn.fhir.validation.FhirValidator validator;

    public FhirValidator() {
        this(FhirContexts.r4());
    }

    public FhirValidator(FhirContext ctx) {
        this.ctx = ctx;
        UnknownCodeSystemWarningValidationSupport unknownSystems = new UnknownCodeSystemWarningValidationSupport(ctx);
        // A code system HAPI does not hold (SNOMED CT, LOINC, RxNorm) is a warning, not an error.
        unknownSystems.setNonExistentCodeSystemSeverity(IValidationSupport.IssueSeverity.WARNING);
        ValidationSupportChain chain = new ValidationSupportChain(
                new DefaultProfileValidationSupport(ctx),
                new InMemoryTerminologyServerValidationSupport(ctx),
                new CommonCodeSystemsTerminologyService(ctx),
                unknownSystems);
        FhirInstanceValidator module = new FhirInstanceValidator(chain);
        // Extensions of our own namespace (documented in docs/fhir-export.md) have no published
        // StructureDefinition; HAPI reports them as information rather than failing.
        module.setAnyExtensionsAllowed(true);
        this.validator = ctx.newValidator().registerValidatorModule(module);
    }

    /** Validates JSON text (a Bundle or any resource); messages carry line and column. */
    public List<ValidationMessage> validate(String json) {
        return convert(validator.validateWithResult(json));
    }

    public List<ValidationMessage> validate(IBaseResource resource) {
        return convert(validator.validateWithResult(resource));
    }

    public FhirContext context() {
        return ctx;
    }

    private static List<ValidationMessage> convert(ValidationResult result) {
        List<ValidationMessage> out = new ArrayList<>();
        for (SingleValidationMessage m : result.getMessages()) {
            String severity = m.getSeverity() == ResultSeverityEnum.FATAL || m.getSeverity() == ResultSeverityEnum.ERROR
                    ? "error" : m.getSeverity() == ResultSeverityEnum.WARNING ? "warning" : "information";
            String text = m.getMessage() == null ? "" : m.getMessage();
            out.add(new ValidationMessage(severity, m.getLocationString() == null ? "" : m.getLocationString(),
                    m.getLocationLine() == null ? 0 : m.getLocationLine(),
                    m.getLocationCol() == null ? 0 : m.getLocationCol(), text, notChecked(text)));
        }
        return out;
    }

    /** Messages saying a code or profile could not be checked offline, not that it is wrong. */
    private static boolean notChecked(String message) {
        String m = message.toLowerCase(Locale.ROOT);
        return m.contains("is unknown so the code cannot be validated") || m.contains("unknown code system")
                || m.contains("cannot be validated") || m.contains("can't be validated") || m.contains("could not be resolved")
                || m.contains("profile reference") || m.contains("unable to validate code")
                || m.contains("unknown extension") || m.contains("no terminology server");
    }
}
