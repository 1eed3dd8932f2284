package org.mbcnav.quality;

import java.nio.file.Path;
import org.mbcnav.io.InputException;
import org.mbcnav.kb.KnowledgeLoader;
import org.mbcnav.model.knowledge.Knowledge;

/** The repository's own knowledge and case files, loaded once for all tests. */
final class Fixtures {
    static final Path ROOT = Path.of(System.getProperty("mbcnav.root", ".."));
    private static Knowledge knowledge;

    private Fixtures() {
    }

    static synchronized Knowledge kb() throws InputException {
        if (knowledge == null) {
            knowledge = new KnowledgeLoader().load(ROOT.resolve("knowledge"));
        }
        return knowledge;
    }
}
