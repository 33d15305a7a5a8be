package io.forgepulse.forge.git;

import static io.forgepulse.testing.ScriptedRepo.ALICE;
import static io.forgepulse.testing.ScriptedRepo.BOB;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.forgepulse.domain.FileKind;
import io.forgepulse.domain.OwnerType;
import io.forgepulse.domain.ProjectFile;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.ProjectSnapshot;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.TrackedProject;
import io.forgepulse.testing.LicenseTexts;
import io.forgepulse.testing.ScriptedRepo;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** What a snapshot finds at HEAD, on a repository holding one example of (almost) every kind. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SnapshotTest {

    static final Instant NOW = Instant.parse("2024-06-01T12:00:00Z");

    Path temp;

    ScriptedRepo repo;
    ProjectSnapshot snapshot;

    @BeforeAll
    void snapshotOfACompleteProject(@TempDir Path dir) throws ForgeException {
        temp = dir;
        repo = ScriptedRepo.init(temp.resolve("repo"));
        repo.write("docs/index.md", "# Docs\n").write("docs/guide.md", "guide\n");
        repo.commit("Docs", ALICE, "2022-03-04T10:00:00+05:30");
        repo.write("LICENSE", LicenseTexts.MIT)
                .write("vendor/zlib/COPYING", LicenseTexts.GPL_2)
                .write("README.md", "# demo\n")
                .write("README.zh-CN.md", "# 演示\n")
                .write(".github/CONTRIBUTING.md", "Sign your commits with `git commit -s` (Developer Certificate of Origin).\n")
                .write("CODE_OF_CONDUCT.md", "Be kind.\n")
                .write("SECURITY.md", "Report vulnerabilities to security@example.org; we respond within 2 days.\n")
                .write("GOVERNANCE.md", "Lazy consensus.\n")
                .write("MAINTAINERS", "Alice <alice@example.org>\n")
                .write(".github/CODEOWNERS", "* @alice\n")
                .write(".github/workflows/ci.yml", "on: push\n")
                .write(".github/workflows/release.yaml", "on: release\n")
                .write("Jenkinsfile", "pipeline {}\n")
                .write("pom.xml", "<project/>\n")
                .write("package.json", "{}\n")
                .write("mvnw", "#!/bin/sh\n")
                .write(".mvn/wrapper/maven-wrapper.properties", "distributionUrl=x\n")
                .write("package-lock.json", "{}\n")
                .write("web/yarn.lock", "# yarn\n")
                .write(".github/dependabot.yml", "version: 2\n")
                .write("CHANGELOG.md", "## 1.0\n")
                .write("src/main/java/App.java", "class App {}\n")
                .write("src/test/java/AppTest.java", "class AppTest {}\n")
                .write("src/test/resources/test/data.txt", "nested test dir\n")
                .write("web/__tests__/a.test.js", "test()\n")
                .write(".github/ISSUE_TEMPLATE/bug_report.md", "---\nname: Bug\n---\n")
                .write(".github/PULL_REQUEST_TEMPLATE.md", "## What\n")
                .write("src/license.go", "package src\n")
                .write("history.js", "x\n");
        repo.commit("Everything else", BOB, "2023-01-02T03:04:05-08:00");
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        snapshot = new GitConnector(temp.resolve("mirrors"), 2000, clock)
                .snapshot(new TrackedProject(ProjectId.parse("git:demo"), repo.dir().toString()));
    }

    @Test
    void readsHeadAndLeavesForgeFieldsEmpty() {
        assertThat(snapshot.takenAt()).isEqualTo(NOW);
        assertThat(snapshot.defaultBranch()).isEqualTo("main");
        assertThat(snapshot.headSha()).isEqualTo(repo.git("rev-parse", "HEAD"));
        assertThat(snapshot.stars()).isNull();
        assertThat(snapshot.forks()).isNull();
        assertThat(snapshot.watchers()).isNull();
        assertThat(snapshot.openIssues()).isNull();
        assertThat(snapshot.archived()).isNull();
        assertThat(snapshot.createdAt()).isNull();
        assertThat(snapshot.ownerType()).isEqualTo(OwnerType.UNKNOWN);
        assertThat(snapshot.owner()).isNull();
        assertThat(snapshot.topics()).isEmpty();
    }

    @Test
    void licenseFilesTopLevelFirstEachWithItsSpdxId() {
        assertThat(snapshot.files(FileKind.LICENSE)).extracting(ProjectFile::path, ProjectFile::detail)
                .containsExactly(tuple("LICENSE", "MIT"), tuple("vendor/zlib/COPYING", "GPL-2.0-only"));
        assertThat(snapshot.licenseSpdx()).isEqualTo("MIT");
        assertThat(snapshot.first(FileKind.LICENSE).orElseThrow().bytes())
                .isEqualTo(LicenseTexts.MIT.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }

    @Test
    void communityFiles() {
        assertThat(paths(FileKind.README)).containsExactly("README.md", "README.zh-CN.md");
        assertThat(snapshot.files(FileKind.CONTRIBUTING)).extracting(ProjectFile::path, ProjectFile::detail)
                .containsExactly(tuple(".github/CONTRIBUTING.md", "dco"));
        assertThat(paths(FileKind.CODE_OF_CONDUCT)).containsExactly("CODE_OF_CONDUCT.md");
        assertThat(snapshot.files(FileKind.SECURITY)).extracting(ProjectFile::path, ProjectFile::detail)
                .containsExactly(tuple("SECURITY.md", "contact,process"));
        assertThat(paths(FileKind.GOVERNANCE)).containsExactly("GOVERNANCE.md");
        assertThat(paths(FileKind.MAINTAINERS)).containsExactly("MAINTAINERS");
        assertThat(paths(FileKind.CODEOWNERS)).containsExactly(".github/CODEOWNERS");
        assertThat(paths(FileKind.CHANGELOG)).containsExactly("CHANGELOG.md");
        assertThat(paths(FileKind.ISSUE_TEMPLATE)).containsExactly(".github/ISSUE_TEMPLATE");
        assertThat(paths(FileKind.PR_TEMPLATE)).containsExactly(".github/PULL_REQUEST_TEMPLATE.md");
    }

    @Test
    void buildAndAutomationFiles() {
        assertThat(paths(FileKind.CI_CONFIG)).containsExactlyInAnyOrder(
                "Jenkinsfile", ".github/workflows/ci.yml", ".github/workflows/release.yaml");
        assertThat(paths(FileKind.BUILD_DESCRIPTOR)).containsExactlyInAnyOrder("pom.xml", "package.json");
        assertThat(paths(FileKind.BUILD_WRAPPER)).containsExactlyInAnyOrder("mvnw", ".mvn/wrapper");
        assertThat(paths(FileKind.LOCK_FILE)).containsExactly("package-lock.json", "web/yarn.lock");
        assertThat(paths(FileKind.DEPENDENCY_UPDATE_CONFIG)).containsExactly(".github/dependabot.yml");
        assertThat(paths(FileKind.TEST_DIR)).containsExactlyInAnyOrder("src/test", "web/__tests__");
    }

    @Test
    void docsDirectoryCarriesItsLastChange() {
        ProjectFile docs = snapshot.first(FileKind.DOCS_DIR).orElseThrow();
        assertThat(docs.path()).isEqualTo("docs");
        assertThat(docs.bytes()).isZero();
        assertThat(docs.detail()).isEqualTo(Instant.parse("2022-03-04T04:30:00Z").toString());
        assertThat(Instant.parse(docs.detail()))
                .isEqualTo(OffsetDateTime.parse(repo.git("log", "-1", "--format=%cI", "HEAD", "--", "docs")).toInstant());
    }

    @Test
    void lookalikesAreNotEvidence() {
        assertThat(snapshot.files()).extracting(ProjectFile::path)
                .doesNotContain("src/license.go", "history.js", "src/test/resources/test", "docs/index.md");
    }

    @Test
    void fileSizesComeFromTheTree() {
        for (ProjectFile file : snapshot.files()) {
            String type = repo.git("cat-file", "-t", "HEAD:" + file.path());
            long expected = type.equals("blob") ? Long.parseLong(repo.git("cat-file", "-s", "HEAD:" + file.path())) : 0;
            assertThat(file.bytes()).as(file.path()).isEqualTo(expected);
        }
    }

    @Test
    void anEmptyRepositoryHasABranchButNoHeadAndNoFiles() throws ForgeException {
        ScriptedRepo empty = ScriptedRepo.init(temp.resolve("empty"));
        ProjectSnapshot nothing = new GitConnector(temp.resolve("mirrors"), 2000)
                .snapshot(new TrackedProject(ProjectId.parse("git:empty"), empty.dir().toString()));
        assertThat(nothing.defaultBranch()).isEqualTo("main");
        assertThat(nothing.headSha()).isNull();
        assertThat(nothing.files()).isEmpty();
        assertThat(nothing.licenseSpdx()).isNull();
    }

    @Test
    void aRepositoryWithoutLicenseHasNoSpdxId() throws ForgeException {
        ScriptedRepo plain = ScriptedRepo.init(temp.resolve("plain"));
        plain.write("LICENSE", "Proprietary. All rights reserved.\n");
        plain.commit("init", ALICE, "2024-01-01T00:00:00+00:00");
        ProjectSnapshot s = new GitConnector(temp.resolve("mirrors"), 2000)
                .snapshot(new TrackedProject(ProjectId.parse("git:plain"), plain.dir().toString()));
        assertThat(s.licenseSpdx()).isNull();
        assertThat(s.files(FileKind.LICENSE)).extracting(ProjectFile::path).containsExactly("LICENSE");
    }

    private java.util.List<String> paths(FileKind kind) {
        return snapshot.files(kind).stream().map(ProjectFile::path).toList();
    }
}
