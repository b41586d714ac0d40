/**
 * The spec-kitty command line (picocli): one front end of the embedding API, whose one wiring of
 * the adapters it uses; it adds only the console, signals and rendering.
 */
module ai.speckitty.auth.adapters.cli {
    requires ai.speckitty.auth.embedding;
    requires info.picocli;

    // picocli reads and sets the annotated fields of the command classes.
    opens ai.speckitty.auth.adapters.cli.command to info.picocli;
}
