package org.mbcnav.kb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.mbcnav.io.InputException;
import org.mbcnav.io.InputProblem;
import org.mbcnav.io.LocatedTree;
import org.mbcnav.io.LocatingReader;

/**
 * Reads the YAML files of a knowledge directory, each once, with positions for problems, and
 * through the optional JSON cache. Shared by the loaders of knowledge/ and knowledge/course/.
 */
final class KnowledgeFiles {
    private final LocatingReader reader = new LocatingReader();
    private final TreeCache cache;
    private final Map<Path, LocatedTree> trees = new HashMap<>();

    KnowledgeFiles(TreeCache cache) {
        this.cache = cache;
    }

    /** The parsed file, or null after recording why it could not be read. */
    LocatedTree tree(Path file, List<InputProblem> problems) {
        if (trees.containsKey(file)) {
            return trees.get(file);
        }
        LocatedTree tree = cache == null ? null : cache.get(file);
        if (tree == null) {
            try {
                tree = reader.read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
                if (cache != null) {
                    cache.put(file, tree);
                }
            } catch (IOException e) {
                problems.add(new InputProblem(file.toString(), "", 0, 0, "cannot be read: " + e.getMessage()));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        trees.put(file, tree);
        return tree;
    }

    /** The one mapping under key in file, read by parse; null after recording the problems. */
    <T> T single(Path file, String key, Function<Fields, T> parse, List<InputProblem> problems) {
        LocatedTree tree = tree(file, problems);
        if (tree == null) {
            return null;
        }
        Fields top = new Fields(tree, tree.root(), "", problems);
        Fields f = top.object(key, true);
        top.done();
        if (f == null) {
            return null;
        }
        T t = parse.apply(f);
        f.done();
        return t;
    }
}
