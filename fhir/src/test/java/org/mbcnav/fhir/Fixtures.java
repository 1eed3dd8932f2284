package org.mbcnav.fhir;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared fixtures (real published data, read in place and never copied or changed). Surefire
 * sets mbcnav.root to the repository and shared/ sits beside it; without the property,
 * ../shared from the working directory. A checkout placed one level deeper is found too: the parents
 * are searched as a last resort.
 */
final class Fixtures {
    private Fixtures() {
    }

    static Path root() {
        String rootProperty = System.getProperty("mbcnav.root");
        Path start = rootProperty != null ? Path.of(rootProperty) : Path.of("").toAbsolutePath();
        Path shared = start.resolve("../shared").normalize();
        if (Files.isDirectory(shared.resolve("fixtures"))) {
            return shared.resolve("fixtures");
        }
        if (Files.isDirectory(Path.of("../shared/fixtures"))) {
            return Path.of("../shared/fixtures");
        }
        for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("shared/fixtures"))) {
                return p.resolve("shared/fixtures");
            }
        }
        throw new IllegalStateException("shared/fixtures not found from " + start);
    }

    static Path file(String relative) {
        return root().resolve(relative);
    }
}
