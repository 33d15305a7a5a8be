package io.forgepulse.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A project's scores at one instant under one ruleset, with everything needed to explain them.
 *
 * @param ruleset e.g. {@code forgepulse/1}
 * @param provisionalGates the gates that were null when the level was decided (the level is then provisional)
 * @param criteria every maturity leaf, activity signal and diversity metric with value and evidence
 * @param measures reported numbers that are not scores themselves: bus_factor, elephant_factor,
 *     top1_share, top2_share, organizations, external_share, active_contributors_90d, ...
 * @param decisionMode founder-led, meritocratic or mixed
 * @param participationMode bazaar or cathedral, or null without change-request data
 * @param licenseFamily permissive, weak-copyleft, strong-copyleft, network-copyleft, non-osi, none
 */
public record ScoreCard(
        ProjectId project,
        Instant computedAt,
        String ruleset,
        AxisScore activity,
        AxisScore diversity,
        AxisScore maturity,
        MaturityLevel level,
        List<String> provisionalGates,
        List<Criterion> criteria,
        Map<String, Double> measures,
        String decisionMode,
        String participationMode,
        String licenseFamily) {

    public ScoreCard {
        provisionalGates = List.copyOf(provisionalGates);
        criteria = List.copyOf(criteria);
        measures = Map.copyOf(measures);
    }

    /** The criterion with that id ({@code SEC.POLICY}, {@code activity.commit_frequency}, ...), if the card has it. */
    public Optional<Criterion> criterion(String id) {
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
