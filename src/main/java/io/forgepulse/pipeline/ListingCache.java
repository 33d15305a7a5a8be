package io.forgepulse.pipeline;

import io.forgepulse.domain.Forge;
import io.forgepulse.store.ListingVersion;
import io.forgepulse.store.ProjectListing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Pages of the project list, kept while the stored listing version is the one they were read at. Every read asks the
 * database for the version (one read of a few rows), so a run or card committed by any instance sharing the database
 * is on the next page read here, as {@link ReadCache} does for one project's reads. The version is read before the
 * page, so a page is never kept under a version newer than the data it saw.
 */
@ApplicationScoped
public class ListingCache {

    private record Key(Forge forge, String outcome, int offset, int size) {
    }

    private record Pages(long version, Map<Key, ProjectListing.Page> byKey) {
    }

    private final ProjectListing listing;
    private final LongSupplier version;
    private final int pages;
    private volatile Pages kept = new Pages(Long.MIN_VALUE, Map.of());

    @Inject
    ListingCache(ProjectListing listing, ListingVersion version, ReadCacheConfig config) {
        this(listing, version::current, config.listingPages());
    }

    ListingCache(ProjectListing listing, LongSupplier version, int pages) {
        this.listing = listing;
        this.version = version;
        this.pages = pages;
    }

    /** {@link ProjectListing#page}, at the list's current data. */
    public ProjectListing.Page page(Forge forge, String outcome, int offset, int size) {
        if (pages <= 0) {
            return listing.page(forge, outcome, offset, size);
        }
        long current = version.getAsLong();
        Pages at = kept;
        if (at.version() != current) {
            at = new Pages(current, new ConcurrentHashMap<>());
            kept = at;
        }
        Key key = new Key(forge, outcome, offset, size);
        ProjectListing.Page known = at.byKey().get(key);
        if (known != null) {
            return known;
        }
        ProjectListing.Page page = listing.page(forge, outcome, offset, size);
        if (at.byKey().size() >= pages) {
            at.byKey().clear();
        }
        at.byKey().put(key, page);
        return page;
    }
}
