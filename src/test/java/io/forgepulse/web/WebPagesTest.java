package io.forgepulse.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.pipeline.HarvestScheduler;
import io.forgepulse.testing.WebPagesResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The pages as HTML (no browser): what they show equals the API's answers, in English and Chinese. */
@QuarkusTest
@TestProfile(WebPagesResource.Profile.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPagesTest {

    @Inject
    HarvestScheduler scheduler;

    @BeforeAll
    void harvestOnce() {
        scheduler.harvestAll();
    }

    @Test
    void homeListsEveryProjectWithTheApisScores() {
        String html = given().when().get("/").then().statusCode(200).contentType("text/html").extract().asString();
        JsonPath api = given().when().get("/api/v1/projects").then().extract().jsonPath();
        for (String id : api.getList("id", String.class)) {
            assertThat(html).contains("data-project=\"" + id + "\"");
        }
        double maturity = api.getDouble("find { it.id == 'git:sample' }.scores.maturity");
        assertThat(html).contains(String.format(Locale.ROOT, "%.1f", maturity));
        assertThat(html).contains("o-failure");
    }

    @Test
    void projectPageShowsLeafNamesAndScores() {
        String html = given().when().get("/projects/git/sample").then().statusCode(200).extract().asString();
        assertThat(html).contains("Clear license").contains("GOV.LICENSE").contains("chart-commits");
    }

    @Test
    void chineseByAcceptLanguage() {
        String html = given().header("Accept-Language", "zh-CN,zh;q=0.9").when().get("/projects/git/sample").then()
                .statusCode(200).extract().asString();
        assertThat(html).contains("lang=\"zh-CN\"").contains("评分卡").contains("清晰的许可证");
    }

    @Test
    void unknownProjectIsA404Page() {
        String html = given().when().get("/projects/git/nope").then().statusCode(404).contentType("text/html")
                .extract().asString();
        assertThat(html).contains("Unknown project").contains("git:nope");
    }

    @Test
    void failedFirstHarvestShowsTheReason() {
        String message = given().when().get("/api/v1/projects/git/broken").then().extract().path("lastHarvest.message");
        String html = given().when().get("/projects/git/broken").then().statusCode(200).extract().asString();
        assertThat(html).contains("data-kind=\"failed\"").contains(message.replace("…", "…"));
    }

    @Test
    void compareRanksAsTheApi() {
        String html = given().when().get("/compare?project=git:alpha&project=git:beta").then().statusCode(200)
                .extract().asString();
        assertThat(html).contains("id=\"qsos\"").contains("export-csv");
    }

    /**
     * Every sentence a Chinese page shows is Chinese: the API's evidence, values, rules, reasons and profile text
     * included. What is left in Latin letters is data (ids, paths, tags, names, addresses, numbers) or a name kept in
     * Chinese text (forgepulse, git tag -s): two lowercase English words in a row, or a word the API says alone as a
     * value ("none", "unknown", "present": those the catalogue translates standing alone), is a sentence the page
     * forgot to translate.
     */
    @Test
    void chinesePagesShowNoEnglishSentence() throws Exception {
        List<String> pages = List.of("/", "/projects/git/sample", "/projects/git/alpha", "/projects/git/beta",
                "/projects/git/broken", "/projects/git/nope",
                "/compare?project=git:alpha&project=git:beta&project=git:sample",
                "/compare?project=git:alpha&project=git:beta&project=git:sample&selection=strict"
                        + "&profile=security-sensitive",
                "/compare?project=git:alpha&project=git:broken&project=git:nope",
                "/compare?project=git:alpha&profile=nonsense");
        Set<String> values = singleWordValues();
        assertThat(values).contains("none", "unknown", "present");
        Map<String, List<String>> english = new LinkedHashMap<>();
        for (String page : pages) {
            String html = given().queryParam("lang", "zh-CN").urlEncodingEnabled(false).when().get(page).then()
                    .extract().asString();
            assertThat(html).as(page).contains("lang=\"zh-CN\"");
            List<String> found = englishIn(shownText(html), values);
            if (!found.isEmpty()) {
                english.put(page, found);
            }
        }
        assertThat(english).as("English left on the Chinese pages").isEmpty();
    }

    private static final Pattern TWO_WORDS = Pattern.compile("(?<![\\w./:@-])[a-z]{2,}[ ]+[a-z]{2,}(?![\\w./:@-])");
    private static final Pattern WORD = Pattern.compile("(?<![\\w./:@=#&?+-])[a-z]{2,}(?![\\w./:@=#&?+(-])");
    /** Commands kept as they are typed. */
    private static final Set<String> COMMANDS = Set.of("git tag");

    /** The text a reader sees: no scripts (the charts' data), no tags, no attributes. */
    private static String shownText(String html) {
        return html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<style.*?</style>", " ")
                .replaceAll("(?s)<[^>]*>", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&#39;", "'").replace("&quot;", "\"");
    }

    /** The English words the explanation catalogue translates when the API says them alone ("none" => "无"). */
    private static Set<String> singleWordValues() throws Exception {
        Set<String> words = new java.util.HashSet<>();
        try (var in = WebPagesTest.class.getClassLoader().getResourceAsStream("messages/explanations_zh_CN.txt")) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                int arrow = line.indexOf(" => ");
                if (!line.startsWith("#") && arrow > 0 && line.substring(0, arrow).matches("[a-z]+")) {
                    words.add(line.substring(0, arrow));
                }
            }
        }
        return words;
    }

    private static List<String> englishIn(String text, Set<String> values) {
        List<String> found = new ArrayList<>();
        Matcher two = TWO_WORDS.matcher(text);
        while (two.find()) {
            if (!COMMANDS.contains(two.group())) {
                found.add(context(text, two.start(), two.end()));
            }
        }
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            if (values.contains(word.group())) {
                found.add(context(text, word.start(), word.end()));
            }
        }
        return found;
    }

    private static String context(String text, int start, int end) {
        return text.substring(Math.max(0, start - 30), Math.min(text.length(), end + 30)).replaceAll("\\s+", " ");
    }
}
