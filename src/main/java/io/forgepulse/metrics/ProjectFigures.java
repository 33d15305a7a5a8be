package io.forgepulse.metrics;

import io.forgepulse.domain.ProjectId;

/**
 * The numbers a project's gauges show, computed by the pipeline after each harvest; null = no data, and the
 * matching series is then absent rather than zero.
 */
public record ProjectFigures(
        ProjectId project,
        Double activity,
        Double diversity,
        Double maturity,
        int maturityLevel,
        long commits,
        Long issuesOpened,
        Long issuesClosed,
        Long prsOpened,
        Long prsMerged,
        long releases,
        Double activeContributors90d,
        Double busFactor,
        Double elephantFactor,
        Integer stars,
        Double lastCommitEpochSeconds) {
}
