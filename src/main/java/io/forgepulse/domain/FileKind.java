package io.forgepulse.domain;

/**
 * A kind of file or directory at the project's HEAD that a maturity leaf looks for.
 * What {@link ProjectFile#detail()} holds depends on the kind and is said per constant.
 */
public enum FileKind {
    /** detail: the SPDX id detected from the text, or null when unknown. */
    LICENSE,
    README,
    /** detail: "dco" or "cla" when the text documents a DCO or CLA, else null. */
    CONTRIBUTING,
    CODE_OF_CONDUCT,
    /** detail: comma-separated "contact" (an e-mail or URL to report to) and "process" (a disclosure process). */
    SECURITY,
    GOVERNANCE,
    MAINTAINERS,
    CODEOWNERS,
    CI_CONFIG,
    TEST_DIR,
    BUILD_DESCRIPTOR,
    BUILD_WRAPPER,
    LOCK_FILE,
    DEPENDENCY_UPDATE_CONFIG,
    CHANGELOG,
    /** detail: ISO-8601 instant of the last commit that touched the directory, or null. */
    DOCS_DIR,
    ISSUE_TEMPLATE,
    PR_TEMPLATE
}
