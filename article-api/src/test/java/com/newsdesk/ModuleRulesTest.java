package com.newsdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.springframework.web.bind.annotation.RestController;

/** The module rules of style.md, on the compiled classes of all three modules. */
@AnalyzeClasses(packages = "com.newsdesk", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleRulesTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = classes()
            .that()
            .resideInAPackage("com.newsdesk.domain..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "com.newsdesk.domain..")
            .because("the model has no Spring, JPA, Jackson or HTTP in it");

    @ArchTest
    static final ArchRule apiNeverReachesPersistence = noClasses()
            .that()
            .resideInAPackage("com.newsdesk.api..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.newsdesk.persistence..")
            .because("controllers talk to domain services and ports; persistence is a runtime dependency only");

    @ArchTest
    static final ArchRule persistenceNeverReachesApi = noClasses()
            .that()
            .resideInAPackage("com.newsdesk.persistence..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.newsdesk.api..");

    @ArchTest
    static final ArchRule entitiesStayInPersistence = classes()
            .that()
            .areAnnotatedWith(Entity.class)
            .should()
            .resideInAPackage("com.newsdesk.persistence..")
            .andShould()
            .notBePublic()
            .because("entities never leave the persistence module");

    @ArchTest
    static final ArchRule controllersLiveInTheApi = classes()
            .that()
            .areAnnotatedWith(RestController.class)
            .should()
            .resideInAPackage("com.newsdesk.api..")
            .andShould()
            .onlyDependOnClassesThat()
            .resideOutsideOfPackages(
                    "jakarta.persistence..", "org.springframework.data..", "org.springframework.jdbc..");

    @ArchTest
    static final ArchRule domainFeaturesHaveNoCycles =
            slices().matching("com.newsdesk.domain.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule apiFeaturesHaveNoCycles =
            slices().matching("com.newsdesk.api.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule persistenceFeaturesHaveNoCycles =
            slices().matching("com.newsdesk.persistence.(*)..").should().beFreeOfCycles();
}
