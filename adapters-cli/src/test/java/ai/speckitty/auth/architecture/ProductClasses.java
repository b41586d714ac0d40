package ai.speckitty.auth.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import java.util.List;

/**
 * Where the product's compiled classes are: each module's {@code target/classes}, which a reactor
 * build has produced before this module's tests run. Importing by path avoids class-loader
 * scanning, which does not see into named modules.
 */
final class ProductClasses {

    /** The product modules, by directory name below the project root. */
    static final List<String> MODULES = List.of("domain", "application", "adapters-store", "adapters-http", "embedding", "adapters-cli");

    private ProductClasses() {}

    /** The project root: the parent of this module's directory (surefire runs tests in it). */
    static Path projectRoot() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath().getParent();
    }

    static Path moduleDirectory(String module) {
        return projectRoot().resolve(module);
    }

    static Path classesDirectory(String module) {
        return moduleDirectory(module).resolve(Path.of("target", "classes"));
    }

    /** The same import the ArchUnit engine makes for {@link ProductArchitectureTest}. */
    static JavaClasses importAll() {
        return new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .importLocations(new ProductClassDirectories().get(ProductArchitectureTest.class));
    }

    /** The classes of {@code imported} whose class file lies in the given module's {@code target/classes}. */
    static List<JavaClass> from(String module, JavaClasses imported) {
        Path directory = classesDirectory(module).normalize();
        return imported.stream()
                .filter(c -> c.getSource().map(s -> Path.of(s.getUri()).normalize().startsWith(directory)).orElse(false))
                .toList();
    }
}
