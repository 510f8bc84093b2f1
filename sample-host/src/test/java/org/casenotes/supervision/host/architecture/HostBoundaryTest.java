package org.casenotes.supervision.host.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The host sees the plugin through plugin-api only, as a vendor's host would. */
@AnalyzeClasses(packages = "org.casenotes.supervision.host", importOptions = ImportOption.DoNotIncludeTests.class)
class HostBoundaryTest {

    @ArchTest
    static final ArchRule theHostNeverTouchesCoreClasses = noClasses()
            .should().dependOnClassesThat().resideInAPackage("org.casenotes.supervision.core..")
            .because("the plugin's classes live in its own class loader; the host knows plugin-api only");
}
