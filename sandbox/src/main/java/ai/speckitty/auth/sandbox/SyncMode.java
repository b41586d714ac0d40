package ai.speckitty.auth.sandbox;

/**
 * How the sync endpoints answer a request with a valid access token (SPEC §2.7). A non-empty
 * batch is accepted (200) in every mode but FORBIDDEN.
 */
public enum SyncMode {
    /** Health 200 {@code {"status":"ok"}}; an empty batch 400 {@code {"error":"No events provided"}}. */
    HEALTHY,
    /** A legacy server: health 404; an empty batch 400 {@code {"error":"No events provided"}}. */
    LEGACY,
    /** A legacy server: health 404; an empty batch 200. */
    LEGACY_ACCEPTS_EMPTY_BATCH,
    /** Health and batch both 403. */
    FORBIDDEN
}
