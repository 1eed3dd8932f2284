package org.mbcnav.fhirexport;

/**
 * One message of the HAPI FHIR validator, located in the resource (a FHIRPath such as
 * {@code Bundle.entry[2].resource.status}, and line/column when the input was JSON text).
 *
 * @param severity   "error" (including fatal), "warning" or "information"
 * @param location   FHIRPath of the element concerned
 * @param line       1-based line in the JSON text, 0 when unknown
 * @param column     1-based column in the JSON text, 0 when unknown
 * @param message    the validator's message
 * @param notChecked true when the validator could not check the element (a code system it does
 *                   not hold offline, such as SNOMED CT, LOINC or RxNorm), as opposed to a finding
 */
public record ValidationMessage(String severity, String location, int line, int column, String message,
                                boolean notChecked) {

    /** An error the validator found; a profile it could not load is not checked, not an error. */
    public boolean error() {
        return "error".equals(severity) && !notChecked;
    }

    /** "error Bundle.entry[2].resource.status (line 40, column 7): message". */
    public String describe() {
        String at = line > 0 ? " (line " + line + ", column " + column + ")" : "";
        return severity + " " + location + at + ": " + message;
    }
}
