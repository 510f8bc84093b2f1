package org.casenotes.supervision.api.error;

/** The organisation's policy does not allow this, or the policy itself is unusable. */
public final class PolicyException extends SupervisionException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the error.
     *
     * @param code a stable code such as {@code note.not-found}
     * @param message a readable sentence without client-identifying text
     */
    public PolicyException(String code, String message) {
        super(code, message, null);
    }
}
