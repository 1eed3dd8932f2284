package org.mbcnav.cohort;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mbcnav.io.Mappers;

/**
 * The synthetic population model: frequencies with their sources (synth-population.yaml,
 * shipped in this module; another file can be passed). Read as a tree because the generator
 * only looks numbers up by name.
 */
public record SynthModel(JsonNode root) {
    static final String DEFAULT = "synth-population.yaml";

    public static SynthModel defaults() {
        try (InputStream in = SynthModel.class.getResourceAsStream(DEFAULT)) {
            return new SynthModel(Mappers.yaml().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("the built-in synthetic population model cannot be read", e);
        }
    }

    public static SynthModel read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new SynthModel(Mappers.yaml().readTree(in));
        }
    }

    double number(String... path) {
        JsonNode n = root;
        for (String p : path) {
            n = n.path(p);
        }
        if (!n.isNumber()) {
            throw new IllegalArgumentException("synthetic population model: no number at " + String.join(".", path));
        }
        return n.asDouble();
    }

    JsonNode node(String... path) {
        JsonNode n = root;
        for (String p : path) {
            n = n.path(p);
        }
        return n;
    }
}
