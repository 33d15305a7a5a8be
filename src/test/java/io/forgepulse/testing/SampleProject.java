package io.forgepulse.testing;

import java.nio.file.Path;
import java.util.Map;

/**
 * A small project with a known history, the fixture of the end-to-end tests: five people (one with two
 * differently-cased addresses, one bot), three organizations by mail domain, a merge, tags, and the files the
 * maturity leaves look for. "Now" for the tests is {@link #NOW}.
 */
public final class SampleProject {

    public static final String NOW = "2026-06-30T00:00:00Z";

    /** The sample's employers as an operator maps them (each has one person here, so unmapped each domain is personal). */
    public static final String ORGANIZATIONS = "acme-corp.com=acme-corp.com, globex-corp.com=globex-corp.com, initech-corp.com=initech-corp.com";

    private SampleProject() {
    }

    public static ScriptedRepo create(Path dir) {
        ScriptedRepo repo = ScriptedRepo.init(dir);
        repo.commit("Ann Lee", "ann@acme-corp.com", "2024-01-15T10:00:00+01:00",
                Map.of("LICENSE", LicenseTexts.MIT, "README.md", "# Sample\n\n" + "A sample project. ".repeat(80) + "\n",
                        "pom.xml", "<project/>\n", "mvnw", "#!/bin/sh\n"), "Initial import");
        repo.tag("v0.1.0", "First preview\n\nNotes for the preview.", "2024-01-20T00:00:00Z");
        String[][] authors = {
            {"Ann Lee", "ann@acme-corp.com"}, {"Bo Chen", "bo@globex-corp.com"}, {"Ann Lee", "ANN@acme-corp.com"},
            {"Cy Diaz", "cy@gmail.com"}, {"Di Eng", "di@initech-corp.com"}, {"dependabot[bot]",
                "49699333+dependabot[bot]@users.noreply.github.com"}};
        // Thirty commits spread over 2025-07 .. 2026-06 (month boundaries in several offsets).
        for (int i = 0; i < 30; i++) {
            String[] a = authors[i % authors.length];
            int month = 7 + i % 12;
            int year = month > 12 ? 2026 : 2025;
            String date = String.format("%d-%02d-%02dT23:30:00-08:00", year, month > 12 ? month - 12 : month,
                    1 + (i * 7) % 27);
            repo.commit(a[0], a[1], date, Map.of("src/main/File" + i + ".java", "class File" + i + " {}\n".repeat(i + 1)),
                    "Change " + i + "\n\nSigned-off-by: " + a[0] + " <" + a[1] + ">");
        }
        repo.commit("Ann Lee", "ann@acme-corp.com", "2026-06-01T09:00:00+02:00",
                Map.of("src/test/SampleTest.java", "class SampleTest {}\n", ".github/workflows/ci.yml", "on: push\n",
                        "SECURITY.md", "Report vulnerabilities to security@acme-corp.com; we respond within 7 days"
                                + " and coordinate disclosure.\n"), "Add tests, CI and a security policy");
        repo.tag("v1.0.0", "Release 1.0.0\n\nStable.", "2026-06-02T00:00:00Z");
        // A side branch merged back: the merge commit itself must not count.
        repo.git("checkout", "-q", "-b", "side");
        repo.commit("Bo Chen", "bo@globex-corp.com", "2026-06-10T12:00:00Z", Map.of("docs/guide.md", "# Guide\n"),
                "Add a guide");
        repo.git("checkout", "-q", "main");
        repo.commit("Di Eng", "di@initech-corp.com", "2026-06-11T12:00:00Z", Map.of("CHANGELOG.md", "# 1.0.0\n"),
                "Add a changelog");
        repo.gitAt("2026-06-12T08:00:00Z", "-c", "user.name=Merger", "-c", "user.email=merger@acme-corp.com", "merge", "-q", "--no-ff",
                "-m", "Merge side", "side");
        repo.tag("v1.0.1", null, "2026-06-20T00:00:00Z");
        return repo;
    }
}
