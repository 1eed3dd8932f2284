package org.mbcnav.fhir;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Classifies one NDJSON line with a streaming parse: only the top-level resourceType, id,
 * subject and patient are read; everything else is skipped (still checked for valid JSON). This
 * is several times cheaper than building a tree, and the line itself is kept unchanged for the
 * importer, so a resource is turned into a tree once, by whoever imports its patient.
 * Thread-safe.
 */
public final class BulkLineParser {
    private final JsonFactory factory;

    public BulkLineParser(JsonFactory factory) {
        this.factory = factory;
    }

    public BulkLineParser() {
        this(new JsonFactory());
    }

    public BulkLine classify(String line) {
        if (line.isBlank()) {
            return BulkLine.blank();
        }
        try (JsonParser p = factory.createParser(line)) {
            return classify(p);
        } catch (JsonProcessingException e) {
            return BulkLine.malformed(e.getLocation() == null ? 0 : e.getLocation().getColumnNr(),
                    "invalid JSON (" + e.getOriginalMessage() + "); line skipped");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Classifies a line given as UTF-8 bytes, with the same result as {@link #classify(String)}
     * on the decoded line, without decoding it when it can: a line of printable ASCII and tabs
     * (all of a usual export) is parsed from the bytes, where Jackson's byte parser reads the
     * same grammar with the same columns. Any other line (non-ASCII text, control characters,
     * a byte-order mark) and every line found malformed are classified from the decoded text,
     * so that blank lines, columns and messages are exactly those of the text.
     */
    public BulkLine classify(byte[] bytes, int start, int length) {
        int end = start + length;
        int i = start;
        while (i < end && (bytes[i] == ' ' || bytes[i] == '\t')) {
            i++;
        }
        if (i == end) {
            return BulkLine.blank();
        }
        for (; i < end; i++) {
            byte b = bytes[i];
            // Bytes are signed: b < 0x20 holds for every non-ASCII byte as well as for control characters.
            if ((b < 0x20 || b == 0x7f) && b != '\t') {
                return classify(new String(bytes, start, length, StandardCharsets.UTF_8));
            }
        }
        BulkLine line;
        try (JsonParser p = factory.createParser(bytes, start, length)) {
            line = classify(p);
        } catch (JsonProcessingException e) {
            line = null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return line == null || line.kind() == BulkLine.Kind.MALFORMED
                ? classify(new String(bytes, start, length, StandardCharsets.ISO_8859_1)) : line;
    }

    private BulkLine classify(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return notAResource();
        }
        String type = null;
        String id = null;
        String subject = null;
        String patient = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "resourceType" -> type = value == JsonToken.VALUE_STRING ? p.getText() : null;
                case "id" -> id = value.isScalarValue() ? p.getText() : null;
                case "subject" -> subject = reference(p, value);
                case "patient" -> patient = reference(p, value);
                default -> p.skipChildren();
            }
        }
        if (type == null || type.isEmpty()) {
            return notAResource();
        }
        if ("Medication".equals(type)) {
            return new BulkLine(BulkLine.Kind.MEDICATION, type, id, null, 0, null);
        }
        String key = "Patient".equals(type) ? id : PatientReference.key(subject != null ? subject : patient);
        return new BulkLine(key == null ? BulkLine.Kind.UNATTACHED : BulkLine.Kind.PATIENT_RESOURCE, type, id, key, 0, null);
    }

    private static BulkLine notAResource() {
        return BulkLine.malformed(0, "not a FHIR resource (no resourceType); line skipped");
    }

    /** The reference string of a Reference object ({"reference": "..."}), else null. */
    private static String reference(JsonParser p, JsonToken value) throws IOException {
        if (value != JsonToken.START_OBJECT) {
            p.skipChildren();
            return null;
        }
        String ref = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken v = p.nextToken();
            if ("reference".equals(field) && v == JsonToken.VALUE_STRING) {
                ref = p.getText();
            } else {
                p.skipChildren();
            }
        }
        return ref;
    }
}
