package io.forgepulse.web;

import io.forgepulse.api.ProjectViews;

/** A harvest's progress as a sentence: "1200 items stored so far", or "… of N, about S s left" with a total. */
final class ProgressText {

    private ProgressText() {
    }

    static String of(ProjectViews.Progress p, Labels labels) {
        String stored = p.itemsTotal() != null && p.etaSeconds() != null
                ? labels.storedOf(p.itemsStored(), p.itemsTotal(), p.etaSeconds())
                : labels.storedSoFar(p.itemsStored());
        return stored + " · " + labels.runningFor(p.elapsedSeconds());
    }
}
