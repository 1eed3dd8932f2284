package org.mbcnav.kb;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.mbcnav.io.InputException;
import org.mbcnav.io.InputProblem;
import org.mbcnav.io.LocatedTree;
import org.mbcnav.model.knowledge.Definitions;
import org.mbcnav.model.knowledge.Drug;
import org.mbcnav.model.knowledge.DrugClass;
import org.mbcnav.model.knowledge.Gene;
import org.mbcnav.model.knowledge.Knowledge;
import org.mbcnav.model.knowledge.MedicationCode;
import org.mbcnav.model.knowledge.MonitoringItem;
import org.mbcnav.model.knowledge.Regimen;
import org.mbcnav.model.knowledge.Release;
import org.mbcnav.model.knowledge.Source;
import org.mbcnav.model.knowledge.SupportiveCareItem;
import org.mbcnav.model.knowledge.TestDefinition;

/**
 * Loads a knowledge directory (see docs/knowledge-format.md), checks it as a whole and returns
 * it only when there is nothing wrong: a plan is never made from knowledge with known problems.
 */
public final class KnowledgeLoader {
    private final TreeCache cache;
    private final KnowledgeFiles files;

    public KnowledgeLoader() {
        this.cache = null;
        this.files = new KnowledgeFiles(null);
    }

    /**
     * A loader that keeps a JSON copy of each parsed YAML file in cacheDir: JSON parses several
     * times faster than YAML, which matters for a command that plans one patient and exits.
     * Problems are always reported against the YAML files themselves.
     */
    public KnowledgeLoader(Path cacheDir) {
        this.cache = new TreeCache(cacheDir);
        this.files = new KnowledgeFiles(cache);
    }

    /** Loads and validates; throws with every problem found. */
    public Knowledge load(Path dir) throws InputException {
        Loaded loaded = read(dir);
        if (!loaded.problems.isEmpty() && cache != null) {
            // Report positions in the YAML the user edits, never in the cache.
            loaded = new KnowledgeLoader().read(dir);
        }
        if (!loaded.problems.isEmpty()) {
            throw new InputException(loaded.problems);
        }
        return loaded.knowledge;
    }

    /** Every problem in the directory; empty when it is valid. */
    public List<InputProblem> validate(Path dir) {
        return read(dir).problems;
    }

    private record Loaded(Knowledge knowledge, List<InputProblem> problems) {
    }

    private Loaded read(Path dir) {
        List<InputProblem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            problems.add(new InputProblem(dir.toString(), "", 0, 0, "not a knowledge directory"));
            return new Loaded(null, problems);
        }
        Release release = single(dir.resolve("release.yaml"), "release", EntryParsers::release, problems);
        Definitions definitions = single(dir.resolve("definitions.yaml"), "definitions", EntryParsers::definitions, problems);
        List<Source> sources = new ArrayList<>();
        for (Path f : yamlFiles(dir.resolve("sources"), problems)) {
            sources.addAll(list(f, "sources", EntryParsers::source, problems));
        }
        Path drugsFile = dir.resolve("drugs.yaml");
        List<DrugClass> classes = list(drugsFile, "classes", EntryParsers::drugClass, problems);
        List<Drug> drugs = list(drugsFile, "drugs", EntryParsers::drug, problems);
        List<Regimen> regimens = new ArrayList<>();
        for (Path f : yamlFiles(dir.resolve("regimens"), problems)) {
            regimens.addAll(list(f, "regimens", EntryParsers::regimen, problems));
        }
        List<SupportiveCareItem> care = optionalList(dir.resolve("supportive-care.yaml"), "supportiveCare",
                EntryParsers::supportiveCare, problems);
        List<MonitoringItem> monitoring = optionalList(dir.resolve("monitoring.yaml"), "monitoring",
                EntryParsers::monitoring, problems);
        List<TestDefinition> tests = optionalList(dir.resolve("tests.yaml"), "tests", EntryParsers::test, problems);
        List<Gene> genes = optionalList(dir.resolve("genes.yaml"), "genes", EntryParsers::gene, problems);
        List<MedicationCode> codes = optionalList(dir.resolve("medication-codes.yaml"), "codes",
                EntryParsers::medicationCode, problems);

        Map<String, Source> sourceMap = new LinkedHashMap<>();
        for (Source s : sources) {
            Source earlier = sourceMap.putIfAbsent(s.id(), s);
            if (earlier != null && !sameSource(earlier, s)) {
                problems.add(new InputProblem("sources/", "", 0, 0, "source id '" + s.id()
                        + "' is defined twice with different content"));
            }
        }
        Map<String, DrugClass> classMap = byId(classes, DrugClass::id, "class", problems);
        Map<String, Drug> drugMap = byId(drugs, Drug::name, "drug", problems);
        Map<String, Gene> geneMap = byId(genes, Gene::symbol, "gene", problems);
        Map<String, Set<String>> closure = ClassClosure.of(classMap, drugMap, problems);
        if (release == null || definitions == null) {
            return new Loaded(null, problems);
        }
        Knowledge k = new Knowledge(release, definitions, sourceMap, classMap, drugMap, regimens, care, monitoring,
                tests, geneMap, codes, closure);
        problems.addAll(new KnowledgeChecks(k).check());
        return new Loaded(k, problems);
    }

    /** The same source cited from two areas is fine when both copies point to the same place. */
    private static boolean sameSource(Source a, Source b) {
        return a.url() != null && a.url().equals(b.url());
    }

    private static <T> Map<String, T> byId(List<T> items, java.util.function.Function<T, String> id, String what,
                                           List<InputProblem> problems) {
        Map<String, T> map = new HashMap<>();
        for (T t : items) {
            if (id.apply(t) != null && map.put(id.apply(t), t) != null) {
                problems.add(new InputProblem("knowledge", "", 0, 0, what + " '" + id.apply(t) + "' is defined twice"));
            }
        }
        return map;
    }

    private List<Path> yamlFiles(Path dir, List<InputProblem> problems) {
        if (!Files.isDirectory(dir)) {
            problems.add(new InputProblem(dir.toString(), "", 0, 0, "missing directory"));
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            problems.add(new InputProblem(dir.toString(), "", 0, 0, "cannot be listed: " + e.getMessage()));
            return List.of();
        }
    }

    private LocatedTree tree(Path file, List<InputProblem> problems) {
        return files.tree(file, problems);
    }

    private <T> T single(Path file, String key, java.util.function.Function<Fields, T> parse,
                         List<InputProblem> problems) {
        return files.single(file, key, parse, problems);
    }

    private <T> List<T> optionalList(Path file, String key, BiFunction<Fields, Integer, T> parse,
                                     List<InputProblem> problems) {
        return Files.exists(file) ? list(file, key, parse, problems) : List.of();
    }

    /** The entries under key in file; other top-level keys of the file are read by other calls. */
    private <T> List<T> list(Path file, String key, BiFunction<Fields, Integer, T> parse, List<InputProblem> problems) {
        LocatedTree tree = tree(file, problems);
        if (tree == null) {
            return List.of();
        }
        if (!tree.root().isObject() || !tree.root().has(key)) {
            problems.add(tree.problem("", "expected a top-level '" + key + "' list"));
            return List.of();
        }
        Set<String> expected = new TreeSet<>(KNOWN_TOP_LEVEL);
        tree.root().fieldNames().forEachRemaining(name -> {
            if (!expected.contains(name)) {
                problems.add(tree.problem("/" + name, "unknown top-level key '" + name + "'"));
            }
        });
        // Unknown top-level keys were checked above; the entries' own problems go to the shared list.
        Fields top = new Fields(tree, tree.root(), "", problems);
        return top.objects(key, parse);
    }

    private static final Set<String> KNOWN_TOP_LEVEL = Set.of("sources", "classes", "drugs", "regimens",
            "supportiveCare", "monitoring", "tests", "genes", "codes");
}
