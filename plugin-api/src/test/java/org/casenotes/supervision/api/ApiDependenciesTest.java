package org.casenotes.supervision.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The contract a vendor compiles against depends on the JDK and PF4J only. */
@AnalyzeClasses(packages = "org.casenotes.supervision.api", importOptions = ImportOption.DoNotIncludeTests.class)
class ApiDependenciesTest {

    @ArchTest
    static final ArchRule theApiDependsOnPf4jOnly = classes().should().onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "javax..", "org.pf4j..", "org.casenotes.supervision.api..")
            .because("plugin-api is the vendor's contract: no Jackson, PDFBox or Flyway in it (STYLE.md 1)");
}
