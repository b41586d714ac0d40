package ai.speckitty.auth.sandbox;

import java.util.List;
import java.util.Objects;

/** The identity {@code /api/v1/me} answers for a session (SPEC §2.5); {@code name} null leaves it out. */
public record SandboxUser(String id, String email, String name, List<SandboxTeam> teams) {

    public SandboxUser {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        teams = List.copyOf(teams);
    }

    /**
     * The default user: ada@example.com with two teams, the shared team listed FIRST and the
     * private teamspace second (so "default team = first private teamspace" is exercised).
     */
    public static SandboxUser ada() {
        return new SandboxUser("u_ada", "ada@example.com", "Ada Lovelace", List.of(
                SandboxTeam.team("t_engines", "Analytical Engines", "member"),
                SandboxTeam.privateTeamspace("t_ada", "Ada's space")));
    }

    /** A user with this email and a single private teamspace; the id is derived from the email. */
    public static SandboxUser withEmail(String email) {
        String local = email.contains("@") ? email.substring(0, email.indexOf('@')) : email;
        String slug = local.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        return new SandboxUser("u_" + slug, email, local,
                List.of(SandboxTeam.privateTeamspace("t_" + slug, local + "'s space")));
    }

    /** This user with another email (id, name and teams kept). */
    public SandboxUser email(String newEmail) {
        return new SandboxUser(id, newEmail, name, teams);
    }

    /** This user with other teams; an empty list makes a user with no team memberships. */
    public SandboxUser teams(List<SandboxTeam> newTeams) {
        return new SandboxUser(id, email, name, newTeams);
    }
}
