package org.casenotes.supervision.host.web;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The plugin's vocabulary for a UI: every code's label in one language, so that no screen
 * shows a raw enum value or key. Open without sign-in, as the sign-in page needs words too.
 */
final class VocabularyRoutes {

    private final Supervision supervision;

    VocabularyRoutes(Supervision supervision) {
        this.supervision = supervision;
    }

    void addTo(JavalinDefaultRoutingApi routes) {
        routes.get("/api/vocabulary", this::vocabulary);
    }

    private void vocabulary(Context ctx) {
        Locale locale = Languages.of(ctx);
        var vocabulary = supervision.module().vocabulary();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("locale", locale.getLanguage());
        out.put("locales", vocabulary.locales().stream().map(Locale::getLanguage).toList());
        out.put("labels", vocabulary.labels(locale));
        ctx.header("Content-Language", locale.getLanguage()).json(out);
    }
}
