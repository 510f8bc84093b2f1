package org.casenotes.supervision.api.error;

/**
 * Someone else changed the thing first; reload and try again. Nothing was stored.
 *
 * <p>Every lost race (a stale expected version, two writers at once, a section saved while
 * its note was being submitted) carries the one code {@link #CHANGED_MEANWHILE}; the message
 * says what changed.
 */
public final class ConflictException extends SupervisionException {

    private static final long serialVersionUID = 1L;

    /** The code of every lost race: {@code conflict.changed-meanwhile}. */
    public static final String CHANGED_MEANWHILE = "conflict.changed-meanwhile";

    /**
     * Creates a lost-race error with the code {@link #CHANGED_MEANWHILE}.
     *
     * @param message what changed, without client-identifying text
     */
    public ConflictException(String message) {
        this(CHANGED_MEANWHILE, message);
    }

    /**
     * Creates the error.
     *
     * @param code a stable code; the plugin itself always uses {@link #CHANGED_MEANWHILE}
     * @param message a readable sentence without client-identifying text
     */
    public ConflictException(String code, String message) {
        super(code, message, null);
    }
}
