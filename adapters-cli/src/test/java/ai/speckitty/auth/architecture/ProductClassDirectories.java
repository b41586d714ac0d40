package ai.speckitty.auth.architecture;

import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.LocationProvider;
import java.util.Set;
import java.util.stream.Collectors;

/** Tells the ArchUnit engine to import every product module's {@code target/classes}. */
final class ProductClassDirectories implements LocationProvider {

    @Override
    public Set<Location> get(Class<?> testClass) {
        return ProductClasses.MODULES.stream()
                .map(ProductClasses::classesDirectory)
                .map(p -> Location.of(p))
                .collect(Collectors.toSet());
    }
}
