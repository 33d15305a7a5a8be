package io.forgepulse.testing;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Map;

/**
 * A project ten years old at {@link SampleProject#NOW}: two commits a month from 2016-07 to 2026-06 by four people of
 * two organizations, except a six-month pause (2019-03 to 2019-08), and files that appear over the years (a README in
 * 2018-01, a LICENSE in 2020-01, a docs directory in 2021-06, tests and CI in 2023-02), so a past instant's tree differs
 * from today's. Tags in the middle of a month, never at a month's end.
 */
public final class DecadeProject {

    public static final YearMonth FIRST = YearMonth.of(2016, 7);
    public static final YearMonth LAST = YearMonth.of(2026, 6);
    /** The month the LICENSE appeared in. */
    public static final YearMonth LICENSED = YearMonth.of(2020, 1);

    private static final String[][] PEOPLE = {
        {"Ann Lee", "ann@acme-corp.com"}, {"Bo Chen", "bo@globex-corp.com"}, {"Cy Diaz", "cy@acme-corp.com"},
        {"Di Eng", "di@globex-corp.com"}};

    private DecadeProject() {
    }

    public static ScriptedRepo create(Path dir) {
        ScriptedRepo repo = ScriptedRepo.init(dir);
        int n = 0;
        for (YearMonth m = FIRST; !m.isAfter(LAST); m = m.plusMonths(1)) {
            if (!m.isBefore(YearMonth.of(2019, 3)) && !m.isAfter(YearMonth.of(2019, 8))) {
                continue;
            }
            for (int day : new int[] {3, 17}) {
                String[] who = PEOPLE[n % PEOPLE.length];
                repo.commit(who[0], who[1], m.atDay(day) + "T10:00:00Z", files(m, day, n), "Change " + n);
                n++;
            }
            if (m.getMonthValue() == 3 && m.getYear() % 2 == 1) {
                repo.tag("v" + (m.getYear() - 2016) + ".0.0", "Release\n\nNotes.", m.atDay(20) + "T00:00:00Z");
            }
        }
        return repo;
    }

    private static Map<String, String> files(YearMonth m, int day, int n) {
        Map<String, String> files = new java.util.HashMap<>();
        files.put("src/main/File" + (n % 40) + ".java", "class File {} // " + n + "\n");
        if (day == 3 && m.equals(YearMonth.of(2018, 1))) {
            files.put("README.md", "# Decade\n\n" + "A long-lived project. ".repeat(60) + "\n");
        }
        if (day == 3 && m.equals(LICENSED)) {
            files.put("LICENSE", LicenseTexts.MIT);
        }
        if (day == 3 && m.equals(YearMonth.of(2021, 6))) {
            files.put("docs/guide.md", "# Guide\n");
        }
        if (day == 3 && m.equals(YearMonth.of(2023, 2))) {
            files.put("src/test/DecadeTest.java", "class DecadeTest {}\n");
            files.put(".github/workflows/ci.yml", "on: push\n");
        }
        return files;
    }
}
