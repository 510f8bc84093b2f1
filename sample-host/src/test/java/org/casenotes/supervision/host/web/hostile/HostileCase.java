package org.casenotes.supervision.host.web.hostile;

/**
 * One request of the hostile replay: an operation with one field or parameter replaced by one
 * catalogue value.
 *
 * @param operation such as {@code POST /api/notes}
 * @param user who sends it, or {@code null} for nobody signed in
 * @param method the HTTP method
 * @param path the path with its parameters filled in and the query string
 * @param body the body text, or {@code null}
 * @param field the replaced field's JSON Pointer ({@code /from} for a query parameter,
 *     {@code {noteId}} for a path parameter)
 * @param value the catalogue value's kind and name, such as {@code integer/fraction}
 */
record HostileCase(String operation, String user, String method, String path, String body, String field, String value) {

    @Override
    public String toString() {
        return operation + " " + field + " <- " + value;
    }
}
