package org.casenotes.supervision.host.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.ValidationException;

/**
 * Paging of a list answer: {@code ?page=N&pageSize=M} (page from 1, size 1 to
 * {@value #MAX_SIZE}, default {@value #DEFAULT_SIZE}) answers {@code {items, total, page,
 * pageSize, pages}}. Without {@code page} the list is answered as a plain array, as before,
 * with the full count in the {@code X-Total-Count} header.
 *
 * @param page the page, from 1
 * @param pageSize items per page
 * @param paged whether the caller asked for a page
 */
public record Paging(int page, int pageSize, boolean paged) {

    /** The largest page. */
    public static final int MAX_SIZE = 200;
    /** The page size when none is asked for. */
    public static final int DEFAULT_SIZE = 20;

    /**
     * Reads the paging parameters.
     *
     * @param ctx the request
     * @param legacySize how many items a plain-array answer holds
     * @return the paging
     * @throws ValidationException at {@code /page} or {@code /pageSize} when out of range
     */
    public static Paging of(Context ctx, int legacySize) {
        String page = ctx.queryParam("page");
        String size = ctx.queryParam("pageSize");
        if (page == null && size == null) {
            return new Paging(1, legacySize, false);
        }
        int p = number(page, 1, "/page", Integer.MAX_VALUE);
        int s = number(size, DEFAULT_SIZE, "/pageSize", MAX_SIZE);
        return new Paging(p, s, true);
    }

    /**
     * The rows of this page.
     *
     * @param all every row, in order
     * @param <T> the row type
     * @return the page's rows
     */
    public <T> List<T> slice(List<T> all) {
        long from = (long) (page - 1) * pageSize;
        if (from >= all.size()) {
            return List.of();
        }
        return all.subList((int) from, (int) Math.min(all.size(), from + pageSize));
    }

    /**
     * Answers one page of rows.
     *
     * @param ctx the request
     * @param items this page's items
     * @param total how many there are in all
     */
    public void answer(Context ctx, List<?> items, int total) {
        ctx.header("X-Total-Count", Integer.toString(total));
        if (!paged) {
            ctx.json(items);
            return;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("items", items);
        out.put("total", total);
        out.put("page", page);
        out.put("pageSize", pageSize);
        out.put("pages", total == 0 ? 0 : (total + pageSize - 1) / pageSize);
        ctx.json(out);
    }

    private static int number(String text, int fallback, String path, int max) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below, like any value out of range
        }
        throw new ValidationException(List.of(new FieldProblem(path, "out-of-range",
                "give a whole number from 1" + (max == Integer.MAX_VALUE ? "" : " to " + max))));
    }
}
