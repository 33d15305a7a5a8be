package io.forgepulse.scoring;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every maturity leaf, defined once (docs/scoring.md §4): its id, axis, human name, rule, advice and the anchor of its
 * definition in docs/scoring.md. The score card, the advice, the comparison and the web pages all read it, so a leaf
 * has one name everywhere; the web pages translate name and advice by id (message bundles).
 */
public enum MaturityLeaf {
    LEG_AGE("LEG.AGE", "Project age",
            "0: < 3 calendar months since the forge's creation, else the first commit's author date; 1: 3 months – 3 years (both ends included); 2: > 3 years; unknown: neither date",
            "keep going: age counts from the first commit and scores 2 after three years"),
    LEG_RELHIST("LEG.RELHIST", "Release history",
            "0: no release; 1: any other release record (D16); 2: a stable ≥ 1.0.0 tag, ≥ 3 releases, first to last ≥ 12 calendar months; unknown: nothing harvested",
            "tag releases with versions, reach a stable 1.0.0 and keep releasing: at least 3 releases over 12 months or more"),
    LEG_CORE("LEG.CORE", "Core team size",
            "0: ≤ 2 people with ≥ 5 % of the year's commits; 1: 3–7; 2: ≥ 8; unknown: no commit at all",
            "share commit work: 8 or more people each making at least 5 % of the year's commits score 2"),
    LEG_POP("LEG.POP", "Popularity",
            "0: stars < 50; 1: 50–999; 2: ≥ 1000; unknown: plain git, or stars unknown",
            "make the project easy to find (topics, README, announcements); 1000 stars score 2"),
    ACT_MAINT("ACT.MAINT", "Maintained",
            "0: archived, or no commit in the year; 1: a commit in the year; 2: ≥ 13 commits in 90 days; unknown: no commit and not archived",
            "commit regularly: at least 13 commits in 90 days"),
    ACT_CONTRIB("ACT.CONTRIB", "Contributor base",
            "0: ≤ 2 contributors in the year; 1: 3–19; 2: ≥ 20; unknown: nothing harvested",
            "invite contributors with good first issues and mentoring: 20 active people in a year score 2"),
    ACT_RESP("ACT.RESP", "Issue response",
            "0: otherwise; 1: ≥ 50 % answered and median ≤ 30 d; 2: ≥ 80 % and median ≤ 7 d; unknown: plain git, or no issue opened 30–365 days ago",
            "answer at least 80 % of new issues, with a median first response within 7 days"),
    ACT_CLOSE("ACT.CLOSE", "Pull requests closed",
            "0: closed ÷ opened in the year < 0.5; 1: ≥ 0.5; 2: ≥ 0.8 and median time to close ≤ 30 d; unknown: plain git, or no PR opened in the year",
            "review and close pull requests: at least 80 % of those opened, with a median under 30 days"),
    ACT_REL("ACT.REL", "Releases this year",
            "0: no release in the year; 1: 1–3; 2: ≥ 4; unknown: nothing harvested",
            "release at least 4 times a year"),
    DIV_CAF("DIV.CAF", "Bus factor",
            "0: bus factor ≤ 1; 1: 2–3; 2: ≥ 4; unknown: no commit",
            "spread the work so that at least 4 people make more than half of the year's commits"),
    DIV_ELEPHANT("DIV.ELEPHANT", "Elephant factor",
            "0: elephant factor ≤ 1; 1: 2; 2: ≥ 3; unknown: too little affiliation data",
            "bring in contributors from other organizations: at least 3 organizations for half of the commits"),
    DIV_REVIEW("DIV.REVIEW", "Independent review",
            "0: < 20 % of the year's merged PRs reviewed or merged by someone else; 1: 20 % – < 80 %; 2: ≥ 80 %; unknown: plain git, or no merged PR",
            "have every pull request reviewed or merged by someone other than its author"),
    GOV_LICENSE("GOV.LICENSE", "Clear license",
            "0: none, or only source-available licenses; 1: open source but unclear (D22); 2: one OSI-approved SPDX id at top level; unknown: no snapshot",
            "add one top-level LICENSE file with an OSI-approved license, e.g. Apache-2.0 or MIT"),
    GOV_OWNER("GOV.OWNER", "Ownership",
            "0: personal account; 1: organization; 2: organization in ScoringRules.foundations; unknown: owner type UNKNOWN",
            "move the repository to an organization, ideally one of a foundation"),
    GOV_DOCS("GOV.DOCS", "Governance documents",
            "0: none of GOVERNANCE, MAINTAINERS/CODEOWNERS, CODE_OF_CONDUCT; 1: one or two; 2: all three; unknown: no snapshot",
            "add GOVERNANCE.md, MAINTAINERS (or CODEOWNERS) and CODE_OF_CONDUCT.md"),
    GOV_PROVENANCE("GOV.PROVENANCE", "Code provenance",
            "0: < 10 % of the year's commits signed off or signed; 1: ≥ 10 %, or CONTRIBUTING documents a DCO/CLA; 2: ≥ 80 %; unknown: no commit in the year and nothing documented",
            "ask for Signed-off-by on commits (document a DCO in CONTRIBUTING.md) or sign commits: 80 % of the year's commits score 2"),
    IND_DOC("IND.DOC", "Documentation",
            "0: no README or < 40 bytes; 1: README ≥ 40 bytes; 2: README ≥ 1000 bytes and a DOCS_DIR changed in the year; unknown: no snapshot",
            "write a README of at least 1 kB and keep a docs/ directory up to date"),
    IND_QA("IND.QA", "Tests and CI",
            "0: no test dir, no CI config; 1: one; 2: both; unknown: no snapshot",
            "add tests and a CI configuration that runs them"),
    IND_BUILD("IND.BUILD", "Reproducible build",
            "0: no build descriptor; 1: descriptor; 2: descriptor + wrapper or lock file; unknown: no snapshot",
            "commit a build descriptor and a wrapper or lock file (mvnw, gradlew, package-lock.json, ...)"),
    IND_CONTRIB("IND.CONTRIB", "Contribution path",
            "0: no CONTRIBUTING and no external merge in the year; 1: one of them; 2: both, plus an issue or PR template; unknown: no snapshot",
            "add CONTRIBUTING.md and issue or pull-request templates, and merge outside contributions"),
    IND_RELNOTES("IND.RELNOTES", "Release notes",
            "0: no notes, no CHANGELOG; 1: some; 2: ≥ 80 % of the last min(5, n) releases (a CHANGELOG covers all); unknown: nothing harvested",
            "keep a CHANGELOG.md or write notes for every release"),
    SEC_POLICY("SEC.POLICY", "Security policy",
            "0: no SECURITY file; 1: present; 2: detail names a contact and a process; unknown: no snapshot",
            "add SECURITY.md with a contact address and a disclosure process"),
    SEC_DEPS("SEC.DEPS", "Dependency updates",
            "0: no dependabot/renovate config; 1: —; 2: present; unknown: no snapshot",
            "add a dependabot or renovate configuration"),
    SEC_SIGNED("SEC.SIGNED", "Signed releases",
            "0: none of the last 5 releases signed (or no release); 1: some; 2: all of the last min(5, n); unknown: nothing harvested",
            "sign release tags (git tag -s) or publish signatures or checksums with every release");

    private static final Map<String, MaturityLeaf> BY_ID = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(MaturityLeaf::id, Function.identity()));
    private static final List<String> IDS = Arrays.stream(values()).map(MaturityLeaf::id).toList();

    private final String id;
    private final String humanName;
    private final String rule;
    private final String advice;

    MaturityLeaf(String id, String humanName, String rule, String advice) {
        this.id = id;
        this.humanName = humanName;
        this.rule = rule;
        this.advice = advice;
    }

    /** The leaf with this id; an unknown id (a typo in a level gate or a profile) is an error, not a silent 0. */
    public static MaturityLeaf of(String id) {
        MaturityLeaf leaf = BY_ID.get(id);
        if (leaf == null) {
            throw new IllegalArgumentException("unknown maturity leaf '" + id + "': use one of " + String.join(", ", IDS));
        }
        return leaf;
    }

    /** Whether {@code id} names a leaf. */
    public static boolean exists(String id) {
        return BY_ID.containsKey(id);
    }

    /** Every leaf id, in docs/scoring.md §4 order (axis by axis). */
    public static List<String> ids() {
        return IDS;
    }

    /** e.g. {@code GOV.LICENSE}. */
    public String id() {
        return id;
    }

    /** The axis prefix: {@code LEG}, {@code ACT}, {@code DIV}, {@code GOV}, {@code IND} or {@code SEC}. */
    public String axis() {
        return id.substring(0, id.indexOf('.'));
    }

    /** A name a person reads, in English. */
    public String humanName() {
        return humanName;
    }

    /** What scores 0, 1, 2 and unknown. */
    public String rule() {
        return rule;
    }

    /** What a maintainer can do to raise it, in English. */
    public String advice() {
        return advice;
    }

    /** The leaf's row in docs/scoring.md, e.g. {@code docs/scoring.md#leaf-gov-license}. */
    public String definition() {
        return "docs/scoring.md#leaf-" + id.toLowerCase(Locale.ROOT).replace('.', '-');
    }
}
