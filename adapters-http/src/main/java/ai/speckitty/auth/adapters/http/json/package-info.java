/**
 * The JSON bodies of SPEC §2 as records, bound by Jackson with snake_case names; opened to
 * Jackson only, and holding no tests (surefire would open a test package and hide a missing
 * {@code opens}).
 */
package ai.speckitty.auth.adapters.http.json;
