package org.casenotes.supervision.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Each third-party library sits behind its one adapter package (STYLE.md 3). */
@AnalyzeClasses(packages = "org.casenotes.supervision.core", importOptions = ImportOption.DoNotIncludeTests.class)
class LibraryBoundariesTest {

    @ArchTest
    static final ArchRule onlyThePdfPackageDraws = noClasses()
            .that().resideOutsideOfPackage("org.casenotes.supervision.core.packet.pdf..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox..",
                    "org.apache.xmpbox..");

    @ArchTest
    static final ArchRule onlyTheJsonPackageKnowsJackson = noClasses()
            .that().resideOutsideOfPackage("org.casenotes.supervision.core.json..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule onlyTheStoragePackageKnowsFlyway = noClasses()
            .that().resideOutsideOfPackage("org.casenotes.supervision.core.storage..")
            .should().dependOnClassesThat().resideInAPackage("org.flywaydb..");

    @ArchTest
    static final ArchRule onlyTheCsvPackageWritesCsv = noClasses()
            .that().resideOutsideOfPackage("org.casenotes.supervision.core.csv..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.commons.csv..");
}
