package org.mbcnav.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The core is pure (docs/architecture.md, rule 2): model and engine depend on nothing outside
 * the JDK and themselves, do no I/O, read no clock and start no threads.
 */
class ArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.mbcnav.model", "org.mbcnav.engine");

    @Test
    void coreDependsOnlyOnTheJdkAndItself() {
        noClasses().should().dependOnClassesThat().resideOutsideOfPackages(
                        "org.mbcnav.model..", "org.mbcnav.engine..", "java.lang..", "java.util..", "java.time..", "java.math..")
                .check(CORE);
    }

    @Test
    void coreReadsNoClock() {
        noClasses().should().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(java.time.LocalDateTime.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(System.class, "nanoTime")
                .orShould().dependOnClassesThat().areAssignableTo(java.time.Clock.class)
                .check(CORE);
    }

    @Test
    void coreDoesNoIoAndStartsNoThreads() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.net..",
                        "java.util.concurrent..")
                .orShould().dependOnClassesThat().areAssignableTo(Thread.class)
                .check(CORE);
    }
}
