package io.forgepulse.forge.git;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.domain.FileKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FileClassifierTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "LICENSE, LICENSE", "LICENSE.md, LICENSE", "license.txt, LICENSE", "COPYING, LICENSE", "LICENCE, LICENSE",
            "COPYING.LESSER, LICENSE", "LICENSE-MIT, LICENSE", "LICENSE-APACHE-2.0.txt, LICENSE", "UNLICENSE, LICENSE",
            "vendor/lib/COPYING, LICENSE",
            "README.md, README", "readme, README", "README.zh-CN.md, README", ".github/README.md, README",
            "CONTRIBUTING.md, CONTRIBUTING", ".github/CONTRIBUTING.md, CONTRIBUTING", "docs/contributing.rst, CONTRIBUTING",
            "CODE_OF_CONDUCT.md, CODE_OF_CONDUCT", ".github/code-of-conduct.md, CODE_OF_CONDUCT",
            "SECURITY.md, SECURITY", ".github/SECURITY.md, SECURITY", "docs/SECURITY.md, SECURITY",
            "GOVERNANCE.md, GOVERNANCE", "MAINTAINERS, MAINTAINERS", "MAINTAINERS.md, MAINTAINERS", "OWNERS, MAINTAINERS",
            "CODEOWNERS, CODEOWNERS", ".github/CODEOWNERS, CODEOWNERS", "docs/CODEOWNERS, CODEOWNERS",
            ".github/workflows/ci.yml, CI_CONFIG", ".github/workflows/release.yaml, CI_CONFIG", ".gitlab-ci.yml, CI_CONFIG",
            ".travis.yml, CI_CONFIG", "Jenkinsfile, CI_CONFIG", ".circleci/config.yml, CI_CONFIG",
            "azure-pipelines.yml, CI_CONFIG", ".drone.yml, CI_CONFIG", "appveyor.yml, CI_CONFIG",
            ".gitee/workflows/build.yml, CI_CONFIG", "bitbucket-pipelines.yml, CI_CONFIG",
            "pom.xml, BUILD_DESCRIPTOR", "build.gradle.kts, BUILD_DESCRIPTOR", "package.json, BUILD_DESCRIPTOR",
            "Cargo.toml, BUILD_DESCRIPTOR", "go.mod, BUILD_DESCRIPTOR", "pyproject.toml, BUILD_DESCRIPTOR",
            "setup.py, BUILD_DESCRIPTOR", "CMakeLists.txt, BUILD_DESCRIPTOR", "Makefile, BUILD_DESCRIPTOR",
            "meson.build, BUILD_DESCRIPTOR", "build.xml, BUILD_DESCRIPTOR", "App.csproj, BUILD_DESCRIPTOR",
            "Gemfile, BUILD_DESCRIPTOR", "composer.json, BUILD_DESCRIPTOR", "mix.exs, BUILD_DESCRIPTOR",
            "MODULE.bazel, BUILD_DESCRIPTOR", "WORKSPACE, BUILD_DESCRIPTOR", "build.sbt, BUILD_DESCRIPTOR",
            "mvnw, BUILD_WRAPPER", "gradlew, BUILD_WRAPPER",
            "package-lock.json, LOCK_FILE", "yarn.lock, LOCK_FILE", "pnpm-lock.yaml, LOCK_FILE", "Cargo.lock, LOCK_FILE",
            "go.sum, LOCK_FILE", "poetry.lock, LOCK_FILE", "Pipfile.lock, LOCK_FILE", "Gemfile.lock, LOCK_FILE",
            "composer.lock, LOCK_FILE", "uv.lock, LOCK_FILE", "gradle.lockfile, LOCK_FILE", "web/package-lock.json, LOCK_FILE",
            ".github/dependabot.yml, DEPENDENCY_UPDATE_CONFIG", ".github/dependabot.yaml, DEPENDENCY_UPDATE_CONFIG",
            "renovate.json, DEPENDENCY_UPDATE_CONFIG", "renovate.json5, DEPENDENCY_UPDATE_CONFIG",
            ".renovaterc, DEPENDENCY_UPDATE_CONFIG", ".renovaterc.json, DEPENDENCY_UPDATE_CONFIG",
            ".github/renovate.json5, DEPENDENCY_UPDATE_CONFIG", ".gitlab/renovate.json, DEPENDENCY_UPDATE_CONFIG",
            "CHANGELOG.md, CHANGELOG", "CHANGES, CHANGELOG", "HISTORY.rst, CHANGELOG", "NEWS, CHANGELOG",
            "RELEASE-NOTES.md, CHANGELOG", "RELEASE_NOTES.md, CHANGELOG", "doc/RELEASE-NOTES.txt, CHANGELOG",
            "docs/changelog.md, CHANGELOG", "src/changes/changes.xml, CHANGELOG", "src/site/changes.md, CHANGELOG",
            "mkdocs.yml, DOCS_DIR", "antora-playbook.yml, DOCS_DIR", "docs/conf.py, DOCS_DIR", "src/site/site.xml, DOCS_DIR",
            "ISSUE_TEMPLATE.md, ISSUE_TEMPLATE", ".github/ISSUE_TEMPLATE.md, ISSUE_TEMPLATE",
            "PULL_REQUEST_TEMPLATE.md, PR_TEMPLATE", ".github/PULL_REQUEST_TEMPLATE.md, PR_TEMPLATE",
            ".gitee/PULL_REQUEST_TEMPLATE.zh-CN.md, PR_TEMPLATE"})
    void classifiesFiles(String path, FileKind kind) {
        assertThat(FileClassifier.classify(new TreeEntry("blob", "0".repeat(40), 10, path))).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}/ is {1}")
    @CsvSource({
            "docs, DOCS_DIR", "doc, DOCS_DIR", "Documentation, DOCS_DIR", "website, DOCS_DIR", "site, DOCS_DIR",
            "test, TEST_DIR", "tests, TEST_DIR", "spec, TEST_DIR", "web/__tests__, TEST_DIR", "src/test, TEST_DIR",
            "pkg/x/testing, TEST_DIR",
            ".mvn/wrapper, BUILD_WRAPPER", ".github/ISSUE_TEMPLATE, ISSUE_TEMPLATE", ".gitlab/issue_templates, ISSUE_TEMPLATE",
            ".gitee/ISSUE_TEMPLATE, ISSUE_TEMPLATE", ".github/PULL_REQUEST_TEMPLATE, PR_TEMPLATE",
            ".gitlab/merge_request_templates, PR_TEMPLATE"})
    void classifiesDirectories(String path, FileKind kind) {
        assertThat(FileClassifier.classify(new TreeEntry("tree", "0".repeat(40), 0, path))).isEqualTo(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"src/license.go", "tools/license-checker.js", "history.js", "src/README.md",
            "lib/CONTRIBUTING.md", "src/pom.xml", "contributing.py", "src/security.md", "news.py", "docs/index.md",
            ".github/workflows/notes.txt", "sub/Makefile"})
    void ignoresLookalikes(String path) {
        assertThat(FileClassifier.classify(new TreeEntry("blob", "0".repeat(40), 10, path))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"src/docs", "LICENSES", "build", "node_modules"})
    void ignoresOtherDirectories(String path) {
        assertThat(FileClassifier.classify(new TreeEntry("tree", "0".repeat(40), 0, path))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"LICENSE", "docs"})
    void ignoresSubmodules(String path) {
        assertThat(FileClassifier.classify(new TreeEntry("commit", "0".repeat(40), 0, path))).isNull();
    }
}
