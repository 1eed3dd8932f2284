package org.mbcnav.cli.deps;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The dependency vulnerability report: the CycloneDX SBOM of what we ship (cli/target/bom.json,
 * made by the cyclonedx-maven-plugin from Maven Central's metadata, no other network) matched
 * against the dated advisory snapshot security/advisories.yaml. Prints the report and writes it to
 * cli/target/dependency-report.txt; fails on any known advisory that affects a shipped version and
 * is not accepted with a reason. The SBOM is not made in offline builds (the plugin needs online
 * mode); then the report is skipped, unless MBCNAV_REQUIRE_SBOM is set, as it is in CI.
 */
class DependencyAdvisoriesTest {
    static final Path ROOT = Path.of(System.getProperty("mbcnav.root", "..")).toAbsolutePath().normalize();
    static final Path SNAPSHOT = ROOT.resolve("security/advisories.yaml");
    static final Path BOM = ROOT.resolve("cli/target/bom.json");

    @Test
    void noUnacceptedKnownAdvisoryAffectsWhatWeShip() throws Exception {
        Assumptions.assumeTrue(Files.exists(BOM) || System.getenv("MBCNAV_REQUIRE_SBOM") != null,
                "no cli/target/bom.json (offline build) and MBCNAV_REQUIRE_SBOM not set: report skipped");
        assertThat(BOM).as("the SBOM; run the build online (the cyclonedx plugin skips offline builds)").exists();
        AdvisorySnapshot snapshot = AdvisorySnapshot.load(SNAPSHOT);
        List<AdvisorySnapshot.Component> components = AdvisorySnapshot.components(BOM);
        assertThat(components).as("the SBOM lists the shipped libraries").hasSizeGreaterThan(20);
        List<AdvisorySnapshot.Finding> findings = snapshot.findings(components);
        String report = DependencyReport.render(snapshot, components, findings);
        System.out.println(report);
        Files.writeString(ROOT.resolve("cli/target/dependency-report.txt"), report);
        assertThat(findings.stream().filter(f -> f.acceptance() == null).map(f -> f.advisory().id() + " " + f.component()))
                .as("known advisories affecting shipped versions; upgrade, or accept with a reason in security/advisories.yaml")
                .isEmpty();
    }

    @Test
    void everyAcceptanceStillMatchesSomethingAndHasAReason() throws Exception {
        AdvisorySnapshot snapshot = AdvisorySnapshot.load(SNAPSHOT);
        for (AdvisorySnapshot.Acceptance a : snapshot.accepted()) {
            assertThat(a.reason()).hasSizeGreaterThan(40);
            assertThat(snapshot.advisories()).as(a.id()).anyMatch(x -> x.id().equals(a.id()) && x.pkg().equals(a.pkg()));
            assertThat(a.versions()).as(a.id()).allMatch(v -> snapshot.advisories().stream()
                    .anyMatch(x -> x.id().equals(a.id()) && x.affects(a.pkg(), v)));
        }
        assertThat(snapshot.advisories()).allMatch(x -> snapshot.covered().contains(x.pkg()));
    }

    @Test
    void theMatcherFlagsVulnerableVersionsAndPassesFixedOnes() throws Exception {
        AdvisorySnapshot snapshot = AdvisorySnapshot.load(SNAPSHOT);
        List<AdvisorySnapshot.Finding> found = snapshot.findings(List.of(
                new AdvisorySnapshot.Component("org.postgresql:postgresql", "42.7.1"),
                new AdvisorySnapshot.Component("org.postgresql:postgresql", "42.7.5"),
                new AdvisorySnapshot.Component("org.postgresql:postgresql", "42.7.8"),
                new AdvisorySnapshot.Component("org.thymeleaf:thymeleaf", "3.1.2.RELEASE"),
                new AdvisorySnapshot.Component("org.thymeleaf:thymeleaf", "3.1.5.RELEASE"),
                new AdvisorySnapshot.Component("com.google.guava:guava", "31.1-jre"),
                new AdvisorySnapshot.Component("com.google.guava:guava", "33.2.1-jre"),
                new AdvisorySnapshot.Component("org.eclipse.jetty:jetty-http", "11.0.25"),
                new AdvisorySnapshot.Component("org.eclipse.jetty:jetty-http", "11.0.24")));
        assertThat(found.stream().map(f -> f.advisory().id() + " " + f.component().version() + " " + (f.acceptance() != null)))
                .containsExactlyInAnyOrder("GHSA-24rp-q3w6-vc56 42.7.1 false", "GHSA-hq9p-pm7w-8p54 42.7.5 false",
                        "GHSA-r4v4-5mwr-2fwr 3.1.2.RELEASE false", "GHSA-xjw8-8c5c-9r79 3.1.2.RELEASE false",
                        "GHSA-c9ph-gxww-7744 3.1.2.RELEASE false", "GHSA-5mg8-w23w-74h3 31.1-jre false",
                        "GHSA-qh8g-58pp-2wxh 11.0.25 true", "GHSA-qh8g-58pp-2wxh 11.0.24 false");
        assertThat(new MavenVersion("2.0.0-RC1")).isLessThan(new MavenVersion("2.0.0"));
        assertThat(new MavenVersion("3.1.2.RELEASE")).isEqualByComparingTo(new MavenVersion("3.1.2"));
        assertThat(new MavenVersion("12.0.12")).isGreaterThan(new MavenVersion("11.0.25"));
        assertThat(new MavenVersion("2.12.6.1")).isGreaterThan(new MavenVersion("2.12.6"));
    }
}
