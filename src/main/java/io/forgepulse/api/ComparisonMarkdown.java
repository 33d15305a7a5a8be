package io.forgepulse.api;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The comparison as a Markdown table a person pastes into a design document. */
final class ComparisonMarkdown {

    private ComparisonMarkdown() {
    }

    static String render(ComparisonView v) {
        StringBuilder md = new StringBuilder();
        md.append("Candidates compared with profile `").append(v.profile()).append("`, ").append(v.selection())
                .append(" selection (forgepulse, docs/scoring.md §8).");
        if (v.profileDescription() != null) {
            md.append(" Profile: ").append(cell(v.profileDescription())).append('.');
        }
        md.append(" Maturity is weighted by the profile; gaps are leaves below what strict selection asks for.\n\n");
        md.append("| rank | project | maturity | level | coverage | activity | diversity | gaps |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (ComparisonView.Candidate c : v.ranked()) {
            row(md, String.valueOf(c.rank()), c, gaps(c));
        }
        for (ComparisonView.Candidate c : v.excluded()) {
            row(md, "excluded", c, gaps(c));
        }
        waiting(md, "Pending (tracked, no score card yet)", v.pending());
        waiting(md, "Not tracked", v.untracked());
        return md.toString();
    }

    private static void row(StringBuilder md, String rank, ComparisonView.Candidate c, String gaps) {
        md.append("| ").append(rank).append(" | ").append(c.project()).append(" | ").append(number(c.profileMaturity()))
                .append(" | ").append(c.level()).append(" | ")
                .append(String.format(Locale.ROOT, "%.0f %%", 100 * c.coverage())).append(" | ")
                .append(number(c.activity())).append(" | ").append(number(c.diversity())).append(" | ").append(gaps)
                .append(" |\n");
    }

    private static String gaps(ComparisonView.Candidate c) {
        String gaps = c.gaps().stream().map(g -> g.leaf() + " " + g.score() + " < " + g.needed() + " (" + g.relevance()
                + ")").collect(Collectors.joining(", "));
        String unverified = c.unverified().isEmpty() ? "" : "unverified on " + String.join(", ", c.unverified());
        String all = gaps.isEmpty() ? unverified : unverified.isEmpty() ? gaps : gaps + "; " + unverified;
        return all.isEmpty() ? "none" : all;
    }

    private static void waiting(StringBuilder md, String title, List<ComparisonView.Waiting> list) {
        if (!list.isEmpty()) {
            md.append('\n').append(title).append(": ").append(list.stream()
                    .map(w -> "`" + w.project() + "` (" + cell(w.reason()) + ")").collect(Collectors.joining("; ")))
                    .append(".\n");
        }
    }

    private static String number(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.1f", value);
    }

    // A pipe would end the table cell; a newline the row.
    private static String cell(String text) {
        return text.replace("|", "\\|").replace('\n', ' ');
    }
}
