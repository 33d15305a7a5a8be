package io.forgepulse.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's explanation sentences (a leaf's evidence and value, a signal's evidence, why a project has no scores) in
 * the page's language. The API answers in English; for a Chinese page each sentence is matched against the patterns of
 * {@code messages/explanations_zh_CN.txt}, cut at "; " first, with the data in it (counts, paths, tags, names) carried
 * over and translated again where it is itself such a sentence; of the patterns that match, the one with the most words
 * wins. What no pattern matches is shown as the API said it.
 */
final class Explanations {

    private static final String SOURCE = "messages/explanations_zh_CN.txt";
    private static final Pattern SLOT = Pattern.compile("\\{([a-e])}");
    /** Data inside data inside a sentence is as deep as the API's sentences go. */
    private static final int DEPTH = 3;
    private static final List<Rule> CHINESE = load();

    /**
     * One pattern: the English with its slots as groups, and the Chinese with the same slots.
     *
     * @param literal how many characters of the English are words, not slots
     */
    private record Rule(Pattern english, List<String> slots, String chinese, int literal) {
    }

    private Explanations() {
    }

    /** {@code text} in the page's language; null stays null. */
    static String of(String text, Locale locale) {
        if (text == null || !PageLocale.isChinese(locale)) {
            return text;
        }
        return sentence(text, DEPTH);
    }

    private static String sentence(String text, int depth) {
        String[] parts = text.split("; ", -1);
        List<String> out = new ArrayList<>(parts.length);
        for (String part : parts) {
            out.add(part(part, depth));
        }
        return String.join("；", out);
    }

    private static String part(String part, int depth) {
        for (Rule rule : CHINESE) {
            Matcher m = rule.english().matcher(part);
            if (m.matches()) {
                String result = rule.chinese();
                for (int i = 0; i < rule.slots().size(); i++) {
                    String value = m.group(i + 1);
                    String shown = depth > 1 ? sentence(value, depth - 1) : value;
                    result = result.replace("{" + rule.slots().get(i) + "}", shown);
                }
                return result;
            }
        }
        return part;
    }

    /** Whether a pattern of the catalogue matches the whole text (for tests: a sentence the page would translate). */
    static boolean known(String text) {
        for (String part : text.split("; ", -1)) {
            if (CHINESE.stream().noneMatch(r -> r.english().matcher(part).matches())) {
                return false;
            }
        }
        return true;
    }

    private static List<Rule> load() {
        List<Rule> rules = new ArrayList<>();
        try (InputStream in = Explanations.class.getClassLoader().getResourceAsStream(SOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SOURCE + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int arrow = line.indexOf(" => ");
                if (arrow < 0) {
                    throw new IllegalStateException(SOURCE + " line " + number + " has no ' => '");
                }
                rules.add(rule(line.substring(0, arrow).strip(), line.substring(arrow + 4).strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // The most words first: "{a} days" must not take a sentence that a longer pattern says more of.
        rules.sort(Comparator.comparingInt(Rule::literal).reversed());
        return List.copyOf(rules);
    }

    private static Rule rule(String english, String chinese) {
        StringBuilder regex = new StringBuilder();
        List<String> slots = new ArrayList<>();
        Matcher m = SLOT.matcher(english);
        int at = 0;
        while (m.find()) {
            regex.append(Pattern.quote(english.substring(at, m.start()))).append("(.+?)");
            slots.add(m.group(1));
            at = m.end();
        }
        regex.append(Pattern.quote(english.substring(at)));
        int literal = SLOT.matcher(english).replaceAll("").length();
        return new Rule(Pattern.compile(regex.toString()), List.copyOf(slots), chinese, literal);
    }
}
