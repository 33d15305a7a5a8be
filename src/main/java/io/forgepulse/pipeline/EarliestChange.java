package io.forgepulse.pipeline;

import io.forgepulse.domain.Events;
import io.forgepulse.store.EventsWritten;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * The earliest instant a harvest's writes can have changed the past: month-end cards after it may be stale. Counted per
 * kind that stored a new or changed row: a commit's author date, a comment's or review's creation, an issue's or change
 * request's last update (a close or merge happens at its update, and the lists are read by update, so an incremental
 * run's updates are recent). Tags are left out: the tag list comes whole whenever it changes, and a new tag is dated now.
 */
final class EarliestChange {

    private final AtomicReference<Instant> earliest = new AtomicReference<>();

    /** Counts a stored batch; safe from the writer thread. */
    void add(Events events, EventsWritten stored) {
        Stream<Instant> times = Stream.concat(Stream.concat(
                stored.commits() == 0 ? Stream.empty() : events.commits().stream()
                        .map(c -> c.author() == null ? null : c.author().when()).map(EarliestChange::instant),
                stored.comments() == 0 ? Stream.empty() : events.comments().stream().map(c -> instant(c.createdAt()))),
                Stream.concat(Stream.concat(
                        stored.reviews() == 0 ? Stream.empty() : events.reviews().stream().map(r -> instant(r.submittedAt())),
                        stored.issues() == 0 ? Stream.empty() : events.issues().stream()
                                .map(i -> instant(i.updatedAt() != null ? i.updatedAt() : i.createdAt()))),
                        stored.changeRequests() == 0 ? Stream.empty() : events.changeRequests().stream()
                                .map(c -> instant(c.updatedAt() != null ? c.updatedAt() : c.createdAt()))));
        times.filter(t -> t != null).min(Instant::compareTo)
                .ifPresent(t -> earliest.accumulateAndGet(t, (a, b) -> a == null || b.isBefore(a) ? b : a));
    }

    Optional<Instant> value() {
        return Optional.ofNullable(earliest.get());
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
