package com.chipcheck.service;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shape of the code, kept: no cycles between the service's feature packages, the rule module never knows the
 * service, and controllers never touch the database themselves. The cycle rule is itself tested on a planted cycle.
 */
class ArchitectureTest {

    private static final JavaClasses SERVICE = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.chipcheck.service", "com.chipcheck.rules");

    /** Each package under com.chipcheck.service is one slice (a feature, or system/shared/cli). */
    static final ArchRule NO_CYCLES = slices().matching("com.chipcheck.service.(*)..").should().beFreeOfCycles();

    @Test
    void featurePackagesHaveNoCycles() {
        EvaluationResult result = NO_CYCLES.evaluate(SERVICE);
        assertFalse(result.hasViolation(), () -> String.join("\n", result.getFailureReport().getDetails()));
    }

    @Test
    void theRuleModuleNeverImportsTheService() {
        noClasses().that().resideInAPackage("com.chipcheck.rules..").should().dependOnClassesThat().resideInAPackage("com.chipcheck.service..")
                .check(SERVICE);
    }

    @Test
    void controllersNeverTouchJdbcTemplate() {
        noClasses().that().haveSimpleNameEndingWith("Controller").should().dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.jdbc.core.JdbcTemplate").check(SERVICE);
    }

    /** A class of more than 250 lines says why it needs them ("Size: …" in its comment), or is split. */
    @Test
    void refusalsAreDomainExceptionsMappedInOnePlace() {
        // a feature says why it refuses (Refusal, InvalidRequestException); ProblemHandler alone turns that into HTTP
        noClasses().that().resideInAPackage("com.chipcheck.service..").should().dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.web.server.ResponseStatusException")
                .because("one error vocabulary: refusals are thrown as com.chipcheck.service.system.Refusal").check(SERVICE);
    }

    @Test
    void largeClassesSayWhyTheyAreLarge() throws java.io.IOException {
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(java.nio.file.Path.of("src", "main", "java"))) {
            java.util.List<String> unexplained = files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    java.util.List<String> lines = java.nio.file.Files.readAllLines(f);
                    return lines.size() > 250 && lines.stream().noneMatch(l -> l.startsWith(" * Size: "));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(java.nio.file.Path::toString).toList();
            assertTrue(unexplained.isEmpty(), "over 250 lines without a \" * Size: \" comment: " + unexplained);
        }
    }

    @Test
    void theCycleRuleFindsAPlantedCycle() {
        JavaClasses planted = new ClassFileImporter().importPackages("com.chipcheck.service.plantedcycle");
        EvaluationResult result = slices().matching("com.chipcheck.service.plantedcycle.(*)..").should().beFreeOfCycles().evaluate(planted);
        assertTrue(result.hasViolation(), "a -> b -> a is a cycle the rule must report");
    }
}
