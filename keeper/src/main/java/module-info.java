/**
 * A second front end of the spec-kitty auth client: a long-running session keeper driven by a line
 * protocol on stdin and stdout. It requires the embedding API and nothing else of ours, so JPMS
 * proves that the entry point is enough for a front end.
 */
module ai.speckitty.auth.keeper {
    requires ai.speckitty.auth.embedding;
}
