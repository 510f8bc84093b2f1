package org.casenotes.supervision.api.error;

/** The actor may not do this, whatever the state of the thing. */
public final class ForbiddenException extends SupervisionException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the error.
     *
     * @param code a stable code such as {@code note.not-found}
     * @param message a readable sentence without client-identifying text
     */
    public ForbiddenException(String code, String message) {
        super(code, message, null);
    }
}
