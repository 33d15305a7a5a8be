package io.forgepulse.web;

import io.forgepulse.api.ProjectViews;

/**
 * A harvest's progress as a sentence: "1200 items stored so far", "1200 of 5000 items stored" with a total, and
 * "…, about 3 min left" with an estimate. The page's script writes the same sentences from the same labels
 * (forgepulse.js, with the same rounding of the time left).
 */
final class ProgressText {

    private ProgressText() {
    }

    /** The items and, where known, the total and time left. */
    static String stored(ProjectViews.Progress p, Labels labels) {
        String items = String.valueOf(p.itemsStored());
        if (p.itemsTotal() == null) {
            return labels.storedSoFar(items);
        }
        String total = String.valueOf(p.itemsTotal());
        return p.etaSeconds() == null ? labels.storedOf(items, total)
                : labels.storedOfEta(items, total, left(p.etaSeconds(), labels));
    }

    /** As {@link #stored}, and how long the harvest has run. */
    static String of(ProjectViews.Progress p, Labels labels) {
        return stored(p, labels) + " · " + labels.runningFor(p.elapsedSeconds());
    }

    /** Seconds under a minute and a half, minutes under an hour and a half, else hours; rounded to the nearest. */
    static String left(long seconds, Labels labels) {
        if (seconds < 90) {
            return labels.etaSeconds(String.valueOf(seconds));
        }
        if (seconds < 5400) {
            return labels.etaMinutes(String.valueOf(Math.round(seconds / 60.0)));
        }
        return labels.etaHours(String.valueOf(Math.round(seconds / 3600.0)));
    }
}
