package io.forgepulse.forge.git;

import io.forgepulse.domain.FileKind;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Says which {@link FileKind}, if any, a path at HEAD is evidence for. Names are matched case-insensitively
 * (forges do) and only where forges and tools look for them: community files at the top level, in
 * {@code .github/} or {@code docs/}; build descriptors at the top level; lock files and licenses anywhere.
 */
final class FileClassifier {

    /** Where GitHub (and GitLab, Gitee) look for community health files. */
    private static final Set<String> COMMUNITY_DIRS = Set.of("", ".github", "docs", ".gitlab", ".gitee");
    private static final Set<String> TEXT_EXTENSIONS = Set.of(
            "md", "markdown", "txt", "rst", "adoc", "asciidoc", "org", "html", "textile", "mdx");

    private static final String TEXT_SUFFIX = "(\\.(md|markdown|txt|rst|adoc|asciidoc|org|html|textile))?";
    /** LICENSE, LICENCE.md, COPYING.LESSER, LICENSE-MIT, LICENSE-APACHE-2.0.txt, UNLICENSE; not license.go or license-checker.js. */
    private static final Pattern LICENSE = Pattern.compile(
            "((un)?licen[cs]es?|copying(\\.lesser|\\.lib)?)([-_][a-z0-9+-]*(\\.[0-9]+)*)?" + TEXT_SUFFIX);
    /** CHANGELOG.md, CHANGES, NEWS, HISTORY.rst, RELEASE-NOTES.md, CHANGELOG-1.x.md; not history.js. */
    private static final Pattern CHANGELOG = Pattern.compile(
            "(changelog|changes|history|news|release[-_]?notes)([-_][a-z0-9+-]*(\\.[0-9x]+)*)?" + TEXT_SUFFIX);

    private static final Set<String> DOCS_DIRS = Set.of("doc", "docs", "documentation", "site", "website");
    /** Where release notes live besides the top level: the docs directories and Maven's site and changes plugin. */
    private static final Set<String> NOTES_DIRS = Set.of("doc", "docs", "documentation", "src/site", "src/changes");
    /** Documentation generators' configurations (MkDocs, Antora, Sphinx under a docs directory), and Maven's site. */
    private static final Set<String> DOCS_CONFIGS = Set.of("mkdocs.yml", "mkdocs.yaml", "antora.yml", "antora-playbook.yml",
            "docs/antora.yml", "docs/conf.py", "doc/conf.py", "docs/source/conf.py", "doc/source/conf.py", "src/site/site.xml");
    private static final Set<String> TEST_DIRS = Set.of("test", "tests", "spec", "specs", "__tests__", "testing");

    private static final Set<String> CI_FILES = Set.of(
            ".gitlab-ci.yml", ".travis.yml", "jenkinsfile", ".circleci/config.yml", "azure-pipelines.yml",
            ".azure-pipelines.yml", ".drone.yml", "appveyor.yml", ".appveyor.yml", "bitbucket-pipelines.yml",
            ".cirrus.yml", ".woodpecker.yml", ".buildkite/pipeline.yml", ".gitee-ci.yml", ".semaphore/semaphore.yml");
    private static final Set<String> CI_DIRS = Set.of(
            ".github/workflows", ".gitee/workflows", ".gitea/workflows", ".forgejo/workflows", ".woodpecker",
            ".azure-pipelines");

    private static final Set<String> BUILD_DESCRIPTORS = Set.of(
            "pom.xml", "build.gradle", "build.gradle.kts", "package.json", "cargo.toml", "go.mod", "pyproject.toml",
            "setup.py", "setup.cfg", "cmakelists.txt", "makefile", "gnumakefile", "meson.build", "build.xml",
            "gemfile", "composer.json", "mix.exs", "build", "build.bazel", "workspace", "workspace.bazel",
            "module.bazel", "build.sbt", "project.clj", "deps.edn", "stack.yaml", "package.swift", "pubspec.yaml",
            "rebar.config", "dune-project", "configure.ac", "build.zig", "deno.json", "shard.yml", "vcpkg.json",
            "conanfile.txt", "conanfile.py", "sconstruct", "rakefile", "justfile", "dub.json");
    private static final Set<String> BUILD_DESCRIPTOR_EXTENSIONS = Set.of(
            "csproj", "fsproj", "vbproj", "sln", "gemspec", "cabal", "nimble", "rockspec");
    private static final Set<String> BUILD_WRAPPERS = Set.of("mvnw", "mvnw.cmd", "gradlew", "gradlew.bat");
    private static final Set<String> BUILD_WRAPPER_DIRS = Set.of(".mvn/wrapper", "gradle/wrapper");

    private static final Set<String> LOCK_FILES = Set.of(
            "package-lock.json", "npm-shrinkwrap.json", "yarn.lock", "pnpm-lock.yaml", "bun.lockb", "bun.lock",
            "cargo.lock", "go.sum", "poetry.lock", "pipfile.lock", "pdm.lock", "uv.lock", "gemfile.lock",
            "composer.lock", "gradle.lockfile", "mix.lock", "flake.lock", "packages.lock.json", "pubspec.lock",
            "package.resolved", "podfile.lock", "conan.lock", "deno.lock", "cabal.project.freeze", "gopkg.lock",
            "glide.lock", "paket.lock", "shard.lock", "rebar.lock", "manifest.toml");

    private static final Set<String> DEPENDENCY_UPDATE_CONFIGS = Set.of(
            ".github/dependabot.yml", ".github/dependabot.yaml", "renovate.json", "renovate.json5", ".renovaterc",
            ".renovaterc.json", ".renovaterc.json5", ".github/renovate.json", ".github/renovate.json5",
            ".gitlab/renovate.json", ".gitlab/renovate.json5", ".gitlab/dependabot.yml");

    private static final Set<String> ISSUE_TEMPLATE_DIRS = Set.of(
            ".github/issue_template", ".gitlab/issue_templates", ".gitee/issue_template");
    private static final Set<String> PR_TEMPLATE_DIRS = Set.of(
            ".github/pull_request_template", ".gitlab/merge_request_templates", ".gitee/pull_request_template",
            "docs/pull_request_template");

    private FileClassifier() {
    }

    /** The kind {@code entry} documents, or null. */
    static FileKind classify(TreeEntry entry) {
        if (entry.isDirectory()) {
            return directory(entry);
        }
        return entry.isFile() ? file(entry) : null;
    }

    private static FileKind directory(TreeEntry entry) {
        String path = entry.path().toLowerCase(Locale.ROOT);
        String name = entry.name();
        if (entry.depth() == 0 && DOCS_DIRS.contains(name) || path.equals("src/site")) {
            return FileKind.DOCS_DIR;
        }
        if (TEST_DIRS.contains(name)) {
            return FileKind.TEST_DIR;
        }
        if (BUILD_WRAPPER_DIRS.contains(path)) {
            return FileKind.BUILD_WRAPPER;
        }
        if (ISSUE_TEMPLATE_DIRS.contains(path)) {
            return FileKind.ISSUE_TEMPLATE;
        }
        if (PR_TEMPLATE_DIRS.contains(path)) {
            return FileKind.PR_TEMPLATE;
        }
        return null;
    }

    private static FileKind file(TreeEntry entry) {
        String path = entry.path().toLowerCase(Locale.ROOT);
        String name = entry.name();
        String dir = entry.parent();
        boolean top = dir.isEmpty();
        boolean community = COMMUNITY_DIRS.contains(dir);
        if (LICENSE.matcher(name).matches()) {
            return FileKind.LICENSE;
        }
        if (community && name.startsWith("readme") && textLike(name)) {
            return FileKind.README;
        }
        if (community && textLike(name)) {
            switch (base(name)) {
                case "contributing":
                    return FileKind.CONTRIBUTING;
                case "code_of_conduct", "code-of-conduct", "codeofconduct":
                    return FileKind.CODE_OF_CONDUCT;
                case "security":
                    return FileKind.SECURITY;
                case "governance":
                    return FileKind.GOVERNANCE;
                default:
                    break;
            }
        }
        if (community && isMaintainers(name)) {
            return FileKind.MAINTAINERS;
        }
        if (community && name.equals("codeowners")) {
            return FileKind.CODEOWNERS;
        }
        if (CI_FILES.contains(path) || (CI_DIRS.contains(dir) && (name.endsWith(".yml") || name.endsWith(".yaml")))) {
            return FileKind.CI_CONFIG;
        }
        if (top && (BUILD_DESCRIPTORS.contains(name) || BUILD_DESCRIPTOR_EXTENSIONS.contains(extension(name)))) {
            return FileKind.BUILD_DESCRIPTOR;
        }
        if (top && BUILD_WRAPPERS.contains(name)) {
            return FileKind.BUILD_WRAPPER;
        }
        if (LOCK_FILES.contains(name)) {
            return FileKind.LOCK_FILE;
        }
        if (DEPENDENCY_UPDATE_CONFIGS.contains(path)) {
            return FileKind.DEPENDENCY_UPDATE_CONFIG;
        }
        if ((top || NOTES_DIRS.contains(dir.toLowerCase(Locale.ROOT))) && CHANGELOG.matcher(name).matches()
                || path.equals("src/changes/changes.xml")) {
            return FileKind.CHANGELOG;
        }
        if (DOCS_CONFIGS.contains(path)) {
            return FileKind.DOCS_DIR;
        }
        if (community && name.startsWith("issue_template")) {
            return FileKind.ISSUE_TEMPLATE;
        }
        if (community && name.startsWith("pull_request_template")) {
            return FileKind.PR_TEMPLATE;
        }
        return null;
    }

    /** MAINTAINERS, MAINTAINERS.md, OWNERS (Kubernetes style, YAML without extension), OWNERS.md. */
    private static boolean isMaintainers(String name) {
        String base = base(name);
        if (!base.equals("maintainers") && !base.equals("owners")) {
            return false;
        }
        String ext = extension(name);
        return textLike(name) || ext.equals("yaml") || ext.equals("yml") || ext.equals("json");
    }

    /** No extension, or a prose one: CONTRIBUTING and CONTRIBUTING.zh-CN.md, not contributing.py. */
    private static boolean textLike(String name) {
        return name.indexOf('.') < 0 || TEXT_EXTENSIONS.contains(extension(name));
    }

    private static String base(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
