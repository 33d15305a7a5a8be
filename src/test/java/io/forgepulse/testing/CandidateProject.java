package io.forgepulse.testing;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Three candidates with the same people, commits and releases that differ only in files: {@code alpha} has a
 * license, a security policy, tests, CI and releases; {@code beta} lacks SECURITY.md; {@code gamma} lacks a license.
 * So their activity and diversity are equal and their maturity differs exactly on SEC.POLICY and GOV.LICENSE.
 */
public final class CandidateProject {

    private CandidateProject() {
    }

    public static ScriptedRepo alpha(Path dir) {
        return create(dir, true, true);
    }

    public static ScriptedRepo beta(Path dir) {
        return create(dir, true, false);
    }

    public static ScriptedRepo gamma(Path dir) {
        return create(dir, false, true);
    }

    private static ScriptedRepo create(Path dir, boolean license, boolean securityPolicy) {
        ScriptedRepo repo = ScriptedRepo.init(dir);
        Map<String, String> first = new HashMap<>(Map.of("README.md", "# Candidate\n\n" + "A library. ".repeat(120),
                "pom.xml", "<project/>\n", "mvnw", "#!/bin/sh\n", "src/main/Lib.java", "class Lib {}\n"));
        if (license) {
            first.put("LICENSE", LicenseTexts.MIT);
        }
        repo.commit("Ann Lee", "ann@acme-corp.com", "2024-03-01T10:00:00Z", first, "Initial import");
        repo.tag("v1.0.0", "Release 1.0.0\n\nFirst stable release.", "2024-03-02T00:00:00Z");
        String[][] people = {{"Ann Lee", "ann@acme-corp.com"}, {"Bo Chen", "bo@globex-corp.com"},
            {"Di Eng", "di@initech-corp.com"}};
        for (int i = 0; i < 12; i++) {
            String[] p = people[i % people.length];
            repo.commit(p[0], p[1], String.format("2025-%02d-10T12:00:00Z", 1 + i % 12),
                    Map.of("src/main/Part" + i + ".java", "class Part" + i + " {}\n"), "Part " + i);
        }
        repo.tag("v1.1.0", "Release 1.1.0\n\nParts.", "2025-12-20T00:00:00Z");
        Map<String, String> later = new HashMap<>(Map.of("src/test/LibTest.java", "class LibTest {}\n",
                ".github/workflows/ci.yml", "on: push\n", "CHANGELOG.md", "# 1.2.0\n", "docs/guide.md", "# Guide\n"));
        if (securityPolicy) {
            later.put("SECURITY.md", "Report vulnerabilities to security@acme-corp.com; we respond within 7 days and"
                    + " coordinate disclosure.\n");
        }
        repo.commit("Bo Chen", "bo@globex-corp.com", "2026-06-01T09:00:00Z", later, "Tests, CI, docs");
        repo.tag("v1.2.0", "Release 1.2.0\n\nTested.", "2026-06-02T00:00:00Z");
        return repo;
    }
}
