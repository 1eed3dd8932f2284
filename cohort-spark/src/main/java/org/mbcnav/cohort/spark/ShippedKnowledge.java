package org.mbcnav.cohort.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.mbcnav.io.InputException;
import org.mbcnav.kb.KnowledgeLoader;
import org.mbcnav.model.knowledge.Knowledge;

/**
 * A knowledge folder sent to the executors as its file contents, and loaded there once per JVM
 * with the same loader as everywhere else (the knowledge stays data; no second format).
 */
record ShippedKnowledge(String id, Map<String, byte[]> files) implements Serializable {
    private static final Map<String, Knowledge> LOADED = new ConcurrentHashMap<>();

    static ShippedKnowledge of(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the knowledge folder " + dir, e);
        }
        int hash = 17;
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            hash = 31 * hash + e.getKey().hashCode();
            hash = 31 * hash + java.util.Arrays.hashCode(e.getValue());
        }
        return new ShippedKnowledge(dir.getFileName() + "-" + Integer.toHexString(hash), files);
    }

    Knowledge load() {
        return LOADED.computeIfAbsent(id, k -> {
            try {
                Path dir = Files.createTempDirectory("mbcnav-kb-");
                for (Map.Entry<String, byte[]> e : files.entrySet()) {
                    Path f = dir.resolve(e.getKey());
                    Files.createDirectories(f.getParent());
                    Files.write(f, e.getValue());
                }
                return new KnowledgeLoader().load(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InputException e) {
                throw new IllegalStateException("the knowledge shipped to this executor does not load: " + e.getMessage(), e);
            }
        });
    }
}
