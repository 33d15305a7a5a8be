package io.forgepulse.web;

import io.forgepulse.api.ComparisonView;
import io.forgepulse.scoring.MaturityLeaf;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The comparison page: the API's comparison as a QSOS table, one column per candidate (ranked ones first, then those
 * strict selection excluded), one row per leaf grouped by axis.
 *
 * @param query the comparison's query string, for the export links
 */
public record CompareModel(ComparisonView view, List<Column> columns, List<AxisRows> axes, String query,
        String profileDescription, List<Excluded> excluded, List<ComparisonView.Waiting> pending,
        List<ComparisonView.Waiting> untracked) {

    /** A candidate strict selection dropped, with its gaps. */
    public record Excluded(String project, List<Gap> gaps) {
    }

    /** A leaf below what the profile needs, its relevance in the page's language. */
    public record Gap(String leaf, int score, int needed, String relevance) {
    }

    /**
     * One candidate.
     *
     * @param rank its rank, or the word for excluded
     */
    public record Column(String project, String href, String rank, boolean excluded, String weighted,
            String maturity, String level, String coverage, String activity, String diversity, List<String> gaps,
            List<String> unverified) {
    }

    /** The leaves of one axis. */
    public record AxisRows(String id, String name, List<LeafRow> leaves) {
    }

    /** One leaf across the candidates. */
    public record LeafRow(String id, String name, String relevance, boolean critical, boolean ignored,
            List<Cell> cells) {
    }

    /** A candidate's score on a leaf. */
    public record Cell(String score, String scoreClass, String value) {
    }

    /** A tracked project, ticked when it is a candidate. */
    public record Pick(String id, boolean checked) {
    }

    /** One candidate asked for, whatever became of it: there is nothing to compare it with. */
    public boolean alone() {
        return view.ranked().size() + view.excluded().size() + view.pending().size() + view.untracked().size() == 1;
    }

    static CompareModel of(ComparisonView view, String query, Locale locale, Function<String, String> words) {
        List<ComparisonView.Candidate> all = new ArrayList<>(view.ranked());
        all.addAll(view.excluded());
        List<Column> columns = all.stream().map(c -> new Column(c.project(), href(c.project()),
                c.rank() == null ? words.apply("excluded") : String.valueOf(c.rank()), c.rank() == null,
                Shown.score(c.profileMaturity()), Shown.score(c.maturity()), words.apply("level_" + c.level()),
                Shown.percent(c.coverage()), Shown.score(c.activity()), Shown.score(c.diversity()),
                c.gaps().stream().map(g -> g.leaf() + " " + g.score() + " < " + g.needed()).toList(),
                c.unverified())).toList();
        List<Map<String, ComparisonView.Leaf>> leaves = all.stream().map(c -> c.criteria().stream()
                .collect(Collectors.toMap(ComparisonView.Leaf::id, l -> l))).toList();
        Map<String, List<LeafRow>> byAxis = new LinkedHashMap<>();
        for (String id : MaturityLeaf.ids()) {
            String relevance = leaves.stream().map(m -> m.get(id)).filter(l -> l != null)
                    .map(ComparisonView.Leaf::relevance).findFirst().orElse("relevant");
            List<Cell> cells = leaves.stream().map(m -> {
                ComparisonView.Leaf l = m.get(id);
                Integer s = l == null ? null : l.score();
                return new Cell(s == null ? "?" : s.toString(), s == null ? "sna" : "s" + s,
                        l == null || l.value() == null ? "" : Explanations.of(l.value(), locale));
            }).toList();
            byAxis.computeIfAbsent(MaturityLeaf.of(id).axis(), k -> new ArrayList<>()).add(new LeafRow(id,
                    LeafTexts.name(id, locale), words.apply("relevance_" + relevance), "critical".equals(relevance),
                    "ignore".equals(relevance), cells));
        }
        List<AxisRows> axes = byAxis.entrySet().stream()
                .map(e -> new AxisRows(e.getKey(), words.apply("axis_" + e.getKey()), e.getValue())).toList();
        List<Excluded> excluded = view.excluded().stream().map(c -> new Excluded(c.project(), c.gaps().stream()
                .map(g -> new Gap(g.leaf(), g.score(), g.needed(), words.apply("relevance_" + g.relevance())))
                .toList())).toList();
        return new CompareModel(view, columns, axes, query, Explanations.of(view.profileDescription(), locale),
                excluded, waiting(view.pending(), locale), waiting(view.untracked(), locale));
    }

    private static List<ComparisonView.Waiting> waiting(List<ComparisonView.Waiting> waiting, Locale locale) {
        return waiting.stream().map(w -> new ComparisonView.Waiting(w.project(), Explanations.of(w.reason(), locale)))
                .toList();
    }

    static String href(String projectId) {
        int colon = projectId.indexOf(':');
        return "/projects/" + projectId.substring(0, colon) + "/" + projectId.substring(colon + 1);
    }
}
