package org.mbcnav.fhir;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.mbcnav.model.patient.DataQualityIssue;

/** Parses JSON text into a tree, turning syntax errors into an import error with line and column. */
final class JsonInput {
    private final ObjectMapper mapper;

    JsonInput(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    JsonNode parse(InputStream in, String source) {
        try {
            JsonNode root = mapper.readTree(in);
            if (root == null || root.isMissingNode()) {
                throw fail(source, "the input is empty", null);
            }
            return root;
        } catch (JsonProcessingException e) {
            throw fail(source, "invalid JSON: " + e.getOriginalMessage(), e.getLocation());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
    }

    JsonNode parse(String text, String source) {
        try {
            JsonNode root = mapper.readTree(text);
            if (root == null || root.isMissingNode()) {
                throw fail(source, "the input is empty", null);
            }
            return root;
        } catch (JsonProcessingException e) {
            throw fail(source, "invalid JSON: " + e.getOriginalMessage(), e.getLocation());
        }
    }

    private static FhirImportException fail(String source, String reason, JsonLocation at) {
        String where = at == null ? source : source + " line " + at.getLineNr() + " column " + at.getColumnNr();
        DataQualityIssue issue = new DataQualityIssue("error", where, "JSON", reason);
        return new FhirImportException(where + ": " + reason, List.of(issue));
    }
}
