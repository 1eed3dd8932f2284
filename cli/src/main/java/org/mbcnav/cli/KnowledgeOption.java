package org.mbcnav.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.mbcnav.io.InputException;
import org.mbcnav.kb.KnowledgeLoader;
import org.mbcnav.model.knowledge.Knowledge;
import picocli.CommandLine.Option;

/**
 * Where the knowledge base is: --kb, else $MBCNAV_KB, else knowledge/ in the installation
 * (the launcher passes -Dmbcnav.home), else ./knowledge.
 */
public final class KnowledgeOption {
    @Option(names = "--kb", paramLabel = "DIR", description = "Knowledge directory (default: the embedded knowledge/).")
    Path dir;

    public Path resolve() {
        if (dir != null) {
            return dir;
        }
        String env = System.getenv("MBCNAV_KB");
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        String home = System.getProperty("mbcnav.home");
        if (home != null) {
            Path p = Path.of(home, "knowledge");
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return Path.of("knowledge");
    }

    public Knowledge load() throws InputException {
        String cache = System.getProperty("mbcnav.cache");
        return (cache == null ? new KnowledgeLoader() : new KnowledgeLoader(Path.of(cache))).load(resolve());
    }
}
