package io.forgepulse.scoring;

/** How much a maturity leaf matters to a selection profile (docs/scoring.md §8), with its weight in the ranking. */
public enum Relevance {
    IGNORE(0),
    RELEVANT(1),
    CRITICAL(3);

    private final int weight;

    Relevance(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }

    /**
     * The score a leaf must reach in strict selection: relevant leaves must not be 0, critical ones must be 2;
     * ignored leaves have no threshold (0).
     */
    int strictMinimum() {
        return switch (this) {
            case IGNORE -> 0;
            case RELEVANT -> 1;
            case CRITICAL -> 2;
        };
    }
}
