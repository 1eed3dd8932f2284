package org.mbcnav.cohort;

import java.nio.file.Path;
import org.mbcnav.kb.KnowledgeLoader;
import org.mbcnav.model.knowledge.Knowledge;

/** The project's knowledge base, loaded once for all tests of this module. */
final class TestKnowledge {
    static final Path DIR = Path.of(System.getProperty("mbcnav.root", ".."), "knowledge");
    private static Knowledge loaded;

    private TestKnowledge() {
    }

    static synchronized Knowledge get() {
        if (loaded == null) {
            try {
                loaded = new KnowledgeLoader().load(DIR);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return loaded;
    }
}
