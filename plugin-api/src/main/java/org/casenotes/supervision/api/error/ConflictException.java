package org.casenotes.supervision.api.error;

/** Someone else changed the thing first; reload and try again. Nothing was stored. */
public final class ConflictException extends SupervisionException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the error.
     *
     * @param code a stable code such as {@code note.not-found}
     * @param message a readable sentence without client-identifying text
     */
    public ConflictException(String code, String message) {
        super(code, message, null);
    }
}
