package org.casenotes.supervision.api.error;

/** The action is not allowed in the thing's current state. */
public final class InvalidStateException extends SupervisionException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the error.
     *
     * @param code a stable code such as {@code note.not-found}
     * @param message a readable sentence without client-identifying text
     */
    public InvalidStateException(String code, String message) {
        super(code, message, null);
    }
}
