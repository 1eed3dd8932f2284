package org.mbcnav.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.mbcnav.io.LocatedTree;
import org.mbcnav.io.Mappers;

/**
 * JSON copies of parsed knowledge files, each valid while the YAML file keeps the size and
 * modification time it had when copied. A cache that cannot be read or written is ignored: it
 * only ever saves time.
 */
final class TreeCache {
    private final Path dir;

    TreeCache(Path dir) {
        this.dir = dir;
    }

    LocatedTree get(Path yaml) {
        try {
            Path json = entry(yaml);
            if (!Files.exists(json)) {
                return null;
            }
            JsonNode cached = Mappers.json().readTree(json.toFile());
            if (cached.path("size").asLong(-1) != Files.size(yaml)
                    || cached.path("modified").asLong(-1) != Files.getLastModifiedTime(yaml).toMillis()) {
                return null;
            }
            return new LocatedTree(yaml.toString(), cached.get("tree"), Map.of());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    void put(Path yaml, LocatedTree tree) {
        try {
            Path json = entry(yaml);
            Files.createDirectories(json.getParent());
            ObjectNode node = Mappers.json().createObjectNode();
            node.put("size", Files.size(yaml));
            node.put("modified", Files.getLastModifiedTime(yaml).toMillis());
            node.set("tree", tree.root());
            // Write then move, so that a concurrent reader never sees half a file, and a full
            // disk leaves no temporary file behind.
            org.mbcnav.io.AtomicFiles.write(json, Mappers.json().writeValueAsBytes(node));
        } catch (IOException | RuntimeException e) {
            // The cache is an optimisation only.
        }
    }

    private Path entry(Path yaml) {
        String key = yaml.toAbsolutePath().normalize().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        return dir.resolve(key + ".json");
    }
}
