package io.forgepulse.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Starts the service tracking the three {@link CandidateProject}s as {@code git:alpha}, {@code git:beta} and
 * {@code git:gamma}, with its own in-memory database, a frozen clock, an admin token and a profiles directory holding
 * the user profile {@value #PROFILE} (and a malformed one, {@code broken}).
 */
public class CandidateProjectsResource implements QuarkusTestResourceLifecycleManager {

    public static final String PROFILE = "adoption-test";
    private static Path root;

    /** A test profile of its own, so this service (and its database) is not the sample project's. */
    public static class Profile implements QuarkusTestProfile {

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(CandidateProjectsResource.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @Override
    public Map<String, String> start() {
        try {
            root = Files.createTempDirectory("forgepulse-compare");
            Path profiles = Files.createDirectories(root.resolve("profiles"));
            // A user's own profile: only a license, tests, build, docs and a security policy matter.
            StringBuilder text = new StringBuilder("description=Adoption, as a user would write it\n");
            for (String leaf : List.of("LEG.AGE", "LEG.RELHIST", "LEG.CORE", "LEG.POP", "ACT.MAINT", "ACT.CONTRIB",
                    "ACT.RESP", "ACT.CLOSE", "ACT.REL", "DIV.CAF", "DIV.ELEPHANT", "DIV.REVIEW", "GOV.OWNER",
                    "GOV.DOCS", "GOV.PROVENANCE", "IND.CONTRIB", "IND.RELNOTES", "SEC.DEPS", "SEC.SIGNED")) {
                text.append(leaf).append("=ignore\n");
            }
            text.append("GOV.LICENSE=critical\nIND.QA=critical\nSEC.POLICY=relevant\nIND.BUILD=relevant\n");
            Files.writeString(profiles.resolve(PROFILE + ".properties"), text);
            Files.writeString(profiles.resolve("broken.properties"), "# a typo on line 2\nSEC.POLICY=critcal\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CandidateProject.alpha(root.resolve("alpha"));
        CandidateProject.beta(root.resolve("beta"));
        CandidateProject.gamma(root.resolve("gamma"));
        CandidateProject.alpha(root.resolve("delta"));
        return Map.of(
                "forgepulse.track", "git:alpha=" + root.resolve("alpha") + ",git:beta=" + root.resolve("beta")
                        + ",git:gamma=" + root.resolve("gamma"),
                "forgepulse.fixed-now", SampleProject.NOW,
                "forgepulse.data-dir", root.resolve("data").toString(),
                "forgepulse.profiles-dir", root.resolve("profiles").toString(),
                "forgepulse.api.admin-token", SampleProjectResource.ADMIN_TOKEN,
                "forgepulse.identity.organizations", SampleProject.ORGANIZATIONS,
                "quarkus.datasource.h2.jdbc.url", "jdbc:h2:mem:forgepulse-compare;DB_CLOSE_DELAY=-1");
    }

    /** A fourth repository, like alpha, that the service does not track at start. */
    public static Path delta() {
        return root.resolve("delta");
    }

    @Override
    public void stop() {
        TempDirectory.delete(root);
    }
}
