package io.forgepulse.api;

import io.forgepulse.domain.AxisScore;
import io.forgepulse.domain.Criterion;
import io.forgepulse.domain.ScoreCard;
import io.forgepulse.scoring.MaturityLeaf;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The JSON contract of {@code GET .../scores} (DESIGN §5). */
public record ScoreCardView(String project, Instant computedAt, String ruleset, Axis activity, Axis diversity,
        MaturityAxis maturity, Map<String, Double> measures, String decisionMode, String participationMode,
        String licenseFamily) {

    /** An axis with the inputs that explain it. */
    public record Axis(Double score, double coverage, String version, List<Input> inputs) {
    }

    /** Maturity with its level and every leaf; {@code score} of a leaf is 0, 1, 2 or null. */
    public record MaturityAxis(Double score, double coverage, String version, String level, boolean provisional,
            List<String> provisionalGates, List<Leaf> criteria) {
    }

    /** An activity signal or diversity metric: its points and raw value. */
    public record Input(String id, Double score, String value, String evidence) {
    }

    /**
     * A maturity leaf.
     *
     * @param name its human name (English; the catalogue {@code MaturityLeaf})
     * @param definition where its rule is defined, a path and anchor in the repository's docs
     */
    public record Leaf(String id, String name, Integer score, String value, String evidence, String definition) {
    }

    static ScoreCardView of(ScoreCard c) {
        return new ScoreCardView(c.project().value(), c.computedAt(), c.ruleset(),
                axis(c.activity(), c, "activity."), axis(c.diversity(), c, "diversity."),
                new MaturityAxis(c.maturity().score(), c.maturity().coverage(), c.ruleset(),
                        c.level().name().toLowerCase(Locale.ROOT), !c.provisionalGates().isEmpty(),
                        c.provisionalGates(),
                        c.criteria().stream().filter(ScoreCardView::isLeaf)
                                .map(l -> new Leaf(l.id(), MaturityLeaf.of(l.id()).humanName(), l.leafScore(),
                                        l.value(), l.evidence(), MaturityLeaf.of(l.id()).definition()))
                                .toList()),
                c.measures(), c.decisionMode(), c.participationMode(), c.licenseFamily());
    }

    private static Axis axis(AxisScore score, ScoreCard c, String prefix) {
        return new Axis(score.score(), score.coverage(), c.ruleset(), c.criteria().stream()
                .filter(x -> x.id().startsWith(prefix))
                .map(x -> new Input(x.id().substring(prefix.length()), x.score(), x.value(), x.evidence()))
                .toList());
    }

    private static boolean isLeaf(Criterion c) {
        return !c.id().startsWith("activity.") && !c.id().startsWith("diversity.");
    }
}
