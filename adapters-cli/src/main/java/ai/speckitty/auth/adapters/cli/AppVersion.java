package ai.speckitty.auth.adapters.cli;

/** The application version, read from the module descriptor (set by the build, kept by jlink). */
final class AppVersion {
    private AppVersion() {}

    static String get() {
        Module module = AppVersion.class.getModule();
        if (module.getDescriptor() == null) {
            return "unknown";
        }
        return module.getDescriptor().rawVersion().orElse("unknown");
    }
}
