package ai.speckitty.auth.architecture;

import static ai.speckitty.auth.architecture.ArchitectureRules.PRODUCT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Guards against the architecture rules passing vacuously on an empty or partial import. */
class ProductImportTest {

    private static final JavaClasses IMPORTED = ProductClasses.importAll();

    @ParameterizedTest
    @MethodSource("modules")
    void everyMainSourceFileOfEveryModuleIsImported(String module) {
        Path classes = ProductClasses.classesDirectory(module);
        assertTrue(Files.isRegularFile(classes.resolve("module-info.class")),
                () -> "no compiled module at " + classes + "; build the reactor (mvnw -pl adapters-cli -am verify)");
        long sources = mainSourceFiles(module);
        List<JavaClass> imported = ProductClasses.from(module, IMPORTED);
        assertTrue(imported.size() >= sources,
                () -> module + ": " + imported.size() + " classes imported for " + sources + " source files");
        String rootPackage = PRODUCT + "." + module.replace('-', '.');
        assertTrue(imported.stream().allMatch(c -> c.getPackageName().startsWith(rootPackage)),
                () -> module + ": a class outside " + rootPackage);
    }

    @Test
    void theModulesWithCodeTodayImportNonEmpty() {
        for (String module : List.of("domain", "application", "adapters-cli")) {
            assertFalse(ProductClasses.from(module, IMPORTED).isEmpty(), module + " imported no class");
        }
    }

    @Test
    void testClassesAreNotImported() {
        assertFalse(IMPORTED.contain(ProductImportTest.class));
        assertTrue(IMPORTED.stream().noneMatch(c -> c.getPackageName().startsWith(PRODUCT + ".architecture")));
    }

    @Test
    void everyRuleOfTheCatalogueIsAnArchTestOfTheProduct() {
        Set<String> checked = Arrays.stream(ProductArchitectureTest.class.getDeclaredFields())
                .filter(f -> f.isAnnotationPresent(ArchTest.class))
                .map(ProductImportTest::ruleDescription)
                .collect(Collectors.toSet());
        Set<String> catalogue = ArchitectureRules.all(PRODUCT).stream().map(ArchRule::getDescription).collect(Collectors.toSet());
        assertEquals(catalogue, checked);
    }

    static Stream<String> modules() {
        return ProductClasses.MODULES.stream();
    }

    private static String ruleDescription(Field field) {
        try {
            return ((ArchRule) field.get(null)).getDescription();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long mainSourceFiles(String module) {
        Path sources = ProductClasses.moduleDirectory(module).resolve(Path.of("src", "main", "java"));
        if (!Files.isDirectory(sources)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".java") && !n.equals("module-info.java") && !n.equals("package-info.java"))
                    .count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
