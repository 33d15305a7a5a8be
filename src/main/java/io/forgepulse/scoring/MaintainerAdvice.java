package io.forgepulse.scoring;

import io.forgepulse.domain.AxisScore;
import io.forgepulse.domain.ScoreCard;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a maintainer should fix first: the leaves below 2, and the unscored leaves the maintainer controls, ordered
 * by the maturity points (under a profile's weights) each would add if raised to 2, with what to do about it.
 */
public final class MaintainerAdvice {

    /** Unscored leaves a maintainer can make scorable with files or release practice; the rest need forge data. */
    private static final Set<String> FILLABLE = Set.of("LEG.RELHIST", "ACT.REL", "GOV.LICENSE", "GOV.DOCS",
            "GOV.PROVENANCE", "IND.DOC", "IND.QA", "IND.BUILD", "IND.CONTRIB", "IND.RELNOTES", "SEC.POLICY",
            "SEC.DEPS", "SEC.SIGNED");

    private static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("LEG.AGE", "keep going: age counts from the first commit and scores 2 after three years"),
            Map.entry("LEG.RELHIST", "tag releases with versions, reach a stable 1.0.0 and keep releasing: at least"
                    + " 3 releases over 12 months or more"),
            Map.entry("LEG.CORE", "share commit work: 8 or more people each making at least 5 % of the year's"
                    + " commits score 2"),
            Map.entry("LEG.POP", "make the project easy to find (topics, README, announcements); 1000 stars score 2"),
            Map.entry("ACT.MAINT", "commit regularly: at least 13 commits in 90 days"),
            Map.entry("ACT.CONTRIB", "invite contributors with good first issues and mentoring: 20 active people in"
                    + " a year score 2"),
            Map.entry("ACT.RESP", "answer at least 80 % of new issues, with a median first response within 7 days"),
            Map.entry("ACT.CLOSE", "review and close pull requests: at least 80 % of those opened, with a median"
                    + " under 30 days"),
            Map.entry("ACT.REL", "release at least 4 times a year"),
            Map.entry("DIV.CAF", "spread the work so that at least 4 people make more than half of the year's commits"),
            Map.entry("DIV.ELEPHANT", "bring in contributors from other organizations: at least 3 organizations for"
                    + " half of the commits"),
            Map.entry("DIV.REVIEW", "have every pull request reviewed or merged by someone other than its author"),
            Map.entry("GOV.LICENSE", "add one top-level LICENSE file with an OSI-approved license, e.g. Apache-2.0 or"
                    + " MIT"),
            Map.entry("GOV.OWNER", "move the repository to an organization, ideally one of a foundation"),
            Map.entry("GOV.DOCS", "add GOVERNANCE.md, MAINTAINERS (or CODEOWNERS) and CODE_OF_CONDUCT.md"),
            Map.entry("GOV.PROVENANCE", "ask for Signed-off-by on commits (document a DCO in CONTRIBUTING.md) or sign"
                    + " commits: 80 % of the year's commits score 2"),
            Map.entry("IND.DOC", "write a README of at least 1 kB and keep a docs/ directory up to date"),
            Map.entry("IND.QA", "add tests and a CI configuration that runs them"),
            Map.entry("IND.BUILD", "commit a build descriptor and a wrapper or lock file (mvnw, gradlew,"
                    + " package-lock.json, ...)"),
            Map.entry("IND.CONTRIB", "add CONTRIBUTING.md and issue or pull-request templates, and merge outside"
                    + " contributions"),
            Map.entry("IND.RELNOTES", "keep a CHANGELOG.md or write notes for every release"),
            Map.entry("SEC.POLICY", "add SECURITY.md with a contact address and a disclosure process"),
            Map.entry("SEC.DEPS", "add a dependabot or renovate configuration"),
            Map.entry("SEC.SIGNED", "sign release tags (git tag -s) or publish signatures or checksums with every"
                    + " release"));

    private MaintainerAdvice() {
    }

    /**
     * One thing to fix.
     *
     * @param score the leaf's score now, or null when it has none
     * @param gain the maturity points (0–100 scale, profile-weighted) the project would gain with this leaf at 2
     * @param action what to do, as a sentence
     */
    public record Step(String leaf, Integer score, Relevance relevance, double gain, String action) {
    }

    /** The steps, biggest gain first, then in tree order; leaves the profile ignores are left out. */
    public static List<Step> advise(ScoreCard card, SelectionProfile profile) {
        List<Leaf> leaves = Leaf.of(card);
        double now = points(MaturityScore.score(leaves, profile.leafWeights(), profile.axisWeights()));
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < leaves.size(); i++) {
            Leaf leaf = leaves.get(i);
            Relevance r = profile.of(leaf.id());
            boolean below = leaf.score() != null && leaf.score() < 2;
            boolean fillable = leaf.score() == null && FILLABLE.contains(leaf.id());
            if (r == Relevance.IGNORE || !(below || fillable)) {
                continue;
            }
            List<Leaf> raised = new ArrayList<>(leaves);
            raised.set(i, leaf.withScore(2));
            double gain = points(MaturityScore.score(raised, profile.leafWeights(), profile.axisWeights())) - now;
            steps.add(new Step(leaf.id(), leaf.score(), r, Math.round(gain * 100) / 100.0, ACTIONS.get(leaf.id())));
        }
        // A stable sort keeps tree order among equal gains.
        steps.sort(Comparator.comparingDouble(Step::gain).reversed());
        return steps;
    }

    private static double points(AxisScore score) {
        return score.score() == null ? 0 : score.score();
    }
}
