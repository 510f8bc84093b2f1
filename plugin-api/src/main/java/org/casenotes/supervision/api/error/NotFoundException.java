package org.casenotes.supervision.api.error;

/** The thing asked for does not exist in the actor's organisation (or is hidden from them). */
public final class NotFoundException extends SupervisionException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the error.
     *
     * @param code a stable code such as {@code note.not-found}
     * @param message a readable sentence without client-identifying text
     */
    public NotFoundException(String code, String message) {
        super(code, message, null);
    }
}
