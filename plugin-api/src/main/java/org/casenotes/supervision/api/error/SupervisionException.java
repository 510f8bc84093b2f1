package org.casenotes.supervision.api.error;

/**
 * The base of every error the plugin reports to its host. Hosts map the subtypes to their own
 * responses: validation 400/422, not-found 404, forbidden 403, conflict and invalid-state 409,
 * storage unavailable 503.
 *
 * <p>Messages never contain client-identifying text, so a host may log them.
 */
public abstract sealed class SupervisionException extends RuntimeException
        permits ValidationException, NotFoundException, ForbiddenException, ConflictException,
        InvalidStateException, PolicyException, StorageUnavailableException {

    private static final long serialVersionUID = 1L;

    private final String code;

    /**
     * Creates an error with a stable code and a readable message.
     *
     * @param code a stable, machine-readable code such as {@code note.not-found}
     * @param message a readable sentence without client-identifying text
     * @param cause the underlying fault, or {@code null}
     */
    protected SupervisionException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /**
     * The stable, machine-readable code of this error.
     *
     * @return the code
     */
    public String code() {
        return code;
    }
}
