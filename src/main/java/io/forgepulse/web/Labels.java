package io.forgepulse.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every label of the web pages, in English here and in Simplified Chinese in {@code messages/msg_zh_CN.properties};
 * templates read them as {@code {msg:name}} in the page's locale.
 */
@MessageBundle(value = "msg", locale = "en")
public interface Labels {

    @Message("Project health")
    String title();

    @Message("Projects")
    String projects();

    @Message("Compare")
    String compare();

    @Message("Language")
    String language();

    @Message("Skip to content")
    String skip();

    @Message("Project")
    String project();

    @Message("Activity")
    String activity();

    @Message("Diversity")
    String diversity();

    @Message("Maturity")
    String maturity();

    @Message("Level")
    String level();

    @Message("Commits per week, last 26 weeks")
    String sparkline();

    @Message("Last harvest")
    String lastHarvest();

    @Message("Filter")
    String filter();

    @Message("Sort by")
    String sortBy();

    @Message("Apply")
    String apply();

    @Message("name")
    String sortName();

    @Message("No project matches.")
    String noMatch();

    @Message("No project is tracked yet: add one to forgepulse.track or POST it to /api/v1/projects.")
    String noProjects();

    @Message("{count} projects tracked")
    String tracked(int count);

    @Message("harvesting")
    String harvesting();

    /*
     * The progress sentences take their numbers as text, so the page's script fills the same sentences in: the
     * templates render them with #1, #2, #3 (and # for a duration) where the numbers go.
     */

    @Message("{items} items stored so far")
    String storedSoFar(String items);

    @Message("{items} of {total} items stored")
    String storedOf(String items, String total);

    @Message("{items} of {total} items stored, about {left} left")
    String storedOfEta(String items, String total, String left);

    @Message("{n} s")
    String etaSeconds(String n);

    @Message("{n} min")
    String etaMinutes(String n);

    @Message("{n} h")
    String etaHours(String n);

    @Message("running for {seconds} s")
    String runningFor(long seconds);

    @Message("{age} ago")
    String ago(String age);

    @Message("never harvested")
    String never();

    @Message("success")
    String outcome_success();

    @Message("failed")
    String outcome_failure();

    @Message("running")
    String outcome_running();

    @Message("interrupted")
    String outcome_interrupted();

    @Message("initial")
    String level_initial();

    @Message("basic")
    String level_basic();

    @Message("intermediate")
    String level_intermediate();

    @Message("advanced")
    String level_advanced();

    @Message("(provisional)")
    String provisional();

    @Message("coverage")
    String coverage();

    @Message("Score card")
    String scoreCard();

    @Message("Criterion")
    String criterion();

    @Message("Score")
    String score();

    @Message("Value")
    String value();

    @Message("Evidence")
    String evidence();

    @Message("What it means")
    String meaning();

    @Message("How to improve")
    String howToImprove();

    @Message("unknown")
    String unknown();

    @Message("What to fix first")
    String advice();

    @Message("Gain")
    String gain();

    @Message("Nothing to fix: every leaf the profile counts is at 2 or needs forge data.")
    String noAdvice();

    @Message("Legacy")
    String axis_LEG();

    @Message("Activity")
    String axis_ACT();

    @Message("Diversity")
    String axis_DIV();

    @Message("Governance")
    String axis_GOV();

    @Message("Industrialization")
    String axis_IND();

    @Message("Security")
    String axis_SEC();

    @Message("Signals")
    String signals();

    @Message("Points")
    String points();

    @Message("History")
    String history();

    @Message("Commits")
    String chart_commits();

    @Message("People: authors and new contributors")
    String chart_people();

    @Message("Issues opened and closed")
    String chart_issues();

    @Message("Change requests opened and merged")
    String chart_changes();

    @Message("Median days to first response, to close and to merge")
    String chart_times();

    @Message("Score history")
    String chart_scores();

    @Message("Month")
    String month();

    @Message("new contributors")
    String series_newContributors();

    @Message("opened")
    String series_opened();

    @Message("closed")
    String series_closed();

    @Message("merged")
    String series_merged();

    @Message("first response")
    String series_firstResponse();

    @Message("close")
    String series_close();

    @Message("merge")
    String series_merge();

    @Message("Not available: a plain git repository has no issues or change requests.")
    String forgeOnly();

    @Message("No data yet.")
    String noData();

    @Message("Contributors, last 12 months")
    String contributors();

    @Message("Organizations, last 12 months")
    String organizations();

    @Message("Name")
    String name();

    @Message("Organization")
    String organization();

    @Message("Share")
    String share();

    @Message("bot")
    String bot();

    @Message("Bus factor")
    String busFactor();

    @Message("Elephant factor")
    String elephantFactor();

    @Message("none known")
    String noOrganization();

    @Message("Pulse")
    String pulse();

    @Message("Last 7 days")
    String pulse7();

    @Message("Last 30 days")
    String pulse30();

    @Message("Authors")
    String authors();

    @Message("Files changed")
    String filesChanged();

    @Message("Lines added / deleted")
    String lines();

    @Message("Issues opened / closed")
    String issues();

    @Message("Change requests opened / merged")
    String changes();

    @Message("Releases")
    String releases();

    @Message("n/a")
    String na();

    @Message("Badges")
    String badges();

    @Message("Markdown to paste")
    String markdown();

    @Message("Metadata")
    String metadata();

    @Message("Default branch")
    String defaultBranch();

    @Message("License")
    String license();

    @Message("Stars")
    String stars();

    @Message("Computed")
    String computed();

    @Message("Ruleset")
    String ruleset();

    @Message("Unknown project")
    String unknownProject();

    @Message("{id} is not tracked. Add it to forgepulse.track or POST it to /api/v1/projects, then open this page again.")
    String unknownProjectText(String id);

    @Message("The first harvest failed")
    String firstHarvestFailed();

    @Message("No scores yet")
    String noScoresYet();

    @Message("Reason")
    String reason();

    @Message("Still harvesting")
    String stillHarvesting();

    @Message("This page shows the scores when the first harvest has finished.")
    String comeBack();

    @Message("Back to the projects")
    String back();

    @Message("Candidates")
    String candidates();

    @Message("Profile")
    String profile();

    @Message("Selection")
    String selection();

    @Message("loose: rank everyone, show gaps")
    String loose();

    @Message("strict: drop candidates with gaps")
    String strict();

    @Message("Rank")
    String rank();

    @Message("Weighted maturity")
    String weightedMaturity();

    @Message("Gaps")
    String gaps();

    @Message("none")
    String none();

    @Message("Excluded")
    String excluded();

    @Message("Waiting for scores")
    String pending();

    @Message("Not tracked")
    String untracked();

    @Message("critical")
    String relevance_critical();

    @Message("relevant")
    String relevance_relevant();

    @Message("ignored")
    String relevance_ignore();

    @Message("Export")
    String export();

    @Message("Pick two or more tracked projects to compare.")
    String pickCandidates();

    @Message("Relevance")
    String relevance();

    @Message("A comparison needs two or more tracked projects, and only {id} is tracked.")
    String onlyOneTracked(String id);

    @Message("A comparison needs two or more tracked projects, and none is tracked yet.")
    String noneTracked();

    @Message("Track another project, then come back to this page:")
    String trackAnother();

    @Message("in the configuration (config/application.properties or the FORGEPULSE_TRACK environment variable), list it after the ones tracked now, then restart:")
    String trackInConfig();

    @Message("or while the service runs, post it with the admin token (FORGEPULSE_ADMIN_TOKEN); its first harvest follows by itself:")
    String trackOverApi();

    @Message("A location is a local git repository (a working tree or a bare one) or a clone URL; forge projects are github:owner/name, gitlab:group/name and gitee:owner/name.")
    String trackWhat();

    @Message("One candidate is ranked against nothing: tick another tracked project to compare it with.")
    String oneCandidate();

    @Message("{leaf}: {score} < {needed}")
    String gap(String leaf, int score, int needed);
}
