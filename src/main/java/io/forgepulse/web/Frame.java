package io.forgepulse.web;

/**
 * What every page's frame needs: its language, the link that switches it, and the active section.
 *
 * @param lang {@code en} or {@code zh-CN}, for {@code <html lang>}
 * @param switchHref the same page in the other language (the choice is then remembered in a cookie)
 * @param switchLabel the other language's own name
 */
public record Frame(String lang, String switchHref, String switchLabel, String section) {
}
