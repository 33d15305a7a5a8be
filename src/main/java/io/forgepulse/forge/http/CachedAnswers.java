package io.forgepulse.forge.http;

import java.io.IOException;
import java.util.Collection;
import java.util.Iterator;
import okhttp3.Cache;

/** Drops answers from the shared cache, so what a run could not use is read from the forge again next time. */
public final class CachedAnswers {

    private CachedAnswers() {
    }

    /**
     * Drops the cached copies of these URLs. A page that was not stored must not stay cached: the next run would be
     * told "304, nothing new" about data it never kept, or be handed the same bad answer again.
     */
    public static void forget(Cache cache, Collection<String> urls) {
        if (cache == null || urls.isEmpty()) {
            return;
        }
        try {
            for (Iterator<String> cached = cache.urls(); cached.hasNext(); ) {
                if (urls.contains(cached.next())) {
                    cached.remove();
                }
            }
        } catch (IOException ignored) {
            // A cache that cannot be read cannot answer 304 either.
        }
    }
}
