package io.forgepulse.pipeline;

import io.forgepulse.identity.BotDetector;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.scoring.ActivityIndex;
import io.forgepulse.scoring.SeriesCalculator;
import io.forgepulse.store.TrackerAggregates;
import io.forgepulse.store.TrackerAggregates.Answer;
import io.forgepulse.store.TrackerAggregates.Ended;
import io.forgepulse.store.TrackerAggregates.Item;
import io.forgepulse.store.TrackerAggregates.LoginPerson;
import io.forgepulse.store.TrackerAggregates.Tally;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the median series and the activity index are computed from, read for one range of days: the durations of the
 * items that fall in it, per day, and each developer's actions per day, with the calculators' person and bot rules
 * ({@code SeriesCalculator}, {@code FirstResponses}, {@code BotFlags}) applied to the rows the store returns.
 */
final class TrackerSeries {

    private final TrackerAggregates items;
    private final BotDetector bots;

    TrackerSeries(TrackerAggregates items, BotDetector bots) {
        this.items = items;
        this.bots = bots;
    }

    /** Each non-bot developer's actions per day, a login resolved to its commit author as the calculator does. */
    List<ActivityIndex.Count> activity(ProjectId project, Instant start, Instant end) {
        Logins logins = logins(project);
        List<ActivityIndex.Count> counts = new ArrayList<>();
        for (Tally t : items.tallies(project, start, end)) {
            String key = logins.humanKey(t.author(), t.authorBot());
            if (key != null) {
                counts.add(new ActivityIndex.Count(t.day(), key, ActivityIndex.Action.valueOf(t.action().name()),
                        t.count()));
            }
        }
        return counts;
    }

    /** Days from opening to close or merge, by the day it ended, for items by non-bots. */
    Map<LocalDate, List<Double>> endedDays(ProjectId project, Ended what, Instant start, Instant end) {
        Logins logins = logins(project);
        Map<LocalDate, List<Double>> days = new TreeMap<>();
        for (Item i : items.ended(project, what, start, end)) {
            if (!logins.isBot(i.author(), i.authorBot()) && i.opened() != null) {
                add(days, i.until(), i.opened(), i.until());
            }
        }
        return days;
    }

    /**
     * Days from opening to the first response, by the day it was opened, for items by non-bots: the forge's stored
     * response, else the earliest comment or review by a non-bot other than the author (as {@code FirstResponses}).
     */
    Map<LocalDate, List<Double>> firstResponseDays(ProjectId project, Instant start, Instant end) {
        Logins logins = logins(project);
        Map<List<String>, Item> opened = new HashMap<>();
        for (Item i : items.opened(project, start, end)) {
            opened.put(List.of(i.kind().name(), i.key()), i);
        }
        Map<List<String>, Instant> answered = new HashMap<>();
        for (Answer a : items.answers(project, start, end)) {
            List<String> ref = List.of(a.kind().name(), a.key());
            Item item = opened.get(ref);
            if (item != null && a.author() != null && !bots.isBotLogin(a.author(), a.authorBot())
                    && !a.author().equalsIgnoreCase(item.author())) {
                answered.merge(ref, a.at(), (x, y) -> x.isBefore(y) ? x : y);
            }
        }
        Map<LocalDate, List<Double>> days = new TreeMap<>();
        opened.forEach((ref, i) -> {
            if (!logins.isBot(i.author(), i.authorBot())) {
                Instant response = i.until() != null ? i.until() : answered.get(ref);
                if (response != null) {
                    add(days, i.opened(), i.opened(), response);
                }
            }
        });
        return days;
    }

    private static void add(Map<LocalDate, List<Double>> days, Instant at, Instant from, Instant to) {
        days.computeIfAbsent(LocalDate.ofInstant(at, ZoneOffset.UTC), d -> new ArrayList<>())
                .add(SeriesCalculator.days(from, to));
    }

    private Logins logins(ProjectId project) {
        Map<String, LoginPerson> byLogin = new HashMap<>();
        items.committerLogins(project).forEach(p -> byLogin.putIfAbsent(Logins.lower(p.login()), p));
        return new Logins(byLogin, bots);
    }

    /**
     * Who is behind a forge login, as the calculators decide it: the commit author with that login, else the login
     * as its own person; a bot by identity's rule or by its person's flag.
     */
    private record Logins(Map<String, LoginPerson> byLogin, BotDetector bots) {

        boolean isBot(String login, boolean forgeFlag) {
            if (bots.isBotLogin(login, forgeFlag)) {
                return true;
            }
            LoginPerson p = login == null ? null : byLogin.get(lower(login));
            return p != null && p.bot();
        }

        /** The person key of a non-bot login, or null for a bot or a missing login. */
        String humanKey(String login, boolean forgeFlag) {
            if (login == null || login.isBlank() || isBot(login, forgeFlag)) {
                return null;
            }
            LoginPerson p = byLogin.get(lower(login));
            return p != null ? p.personKey() : "login:" + lower(login);
        }

        static String lower(String login) {
            return login.trim().toLowerCase(Locale.ROOT);
        }
    }
}
