package org.casenotes.supervision.host.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;

/**
 * The language a request is answered in: the {@code locale} query parameter ({@code en} or
 * {@code es}; any other value is refused with 400), else the first
 * supported language of the {@code Accept-Language} header, else English. Only the plugin's
 * languages (English, Spanish) are chosen.
 */
public final class Languages {

    private static final List<String> SUPPORTED = List.of("en", "es");

    private Languages() {
    }

    /**
     * The request's language.
     *
     * @param ctx the request
     * @return English or Spanish
     */
    public static Locale of(Context ctx) {
        // An asked language is read strictly, like every query value: anything but en or es is a 400.
        String asked = QueryInput.choice(ctx, "locale", java.util.Set.copyOf(SUPPORTED));
        if (asked != null) {
            return Locale.forLanguageTag(asked);
        }
        return ofHeader(ctx.header("Accept-Language"));
    }

    /**
     * The language an {@code Accept-Language} header asks for, ignoring the query: for an
     * answer that must not fail, such as a problem about the {@code locale} parameter itself.
     *
     * @param header the header's value, or {@code null}
     * @return English or Spanish
     */
    public static Locale ofHeader(String header) {
        if (header != null && !header.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                    var found = supported(Locale.forLanguageTag(range.getRange()));
                    if (found.isPresent()) {
                        return found.get();
                    }
                }
            } catch (IllegalArgumentException e) {
                return Locale.ENGLISH;
            }
        }
        return Locale.ENGLISH;
    }

    private static java.util.Optional<Locale> supported(Locale locale) {
        return SUPPORTED.contains(locale.getLanguage())
                ? java.util.Optional.of(Locale.forLanguageTag(locale.getLanguage())) : java.util.Optional.empty();
    }
}
