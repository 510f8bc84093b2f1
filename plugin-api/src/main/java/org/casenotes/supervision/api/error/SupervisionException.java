package org.casenotes.supervision.api.error;

/**
 * The base of every error the plugin reports to its host; every operation and {@code create()}
 * throw only its subtypes. Hosts map the subtypes to their own responses:
 *
 * <table>
 * <caption>Suggested HTTP status per subtype</caption>
 * <tr><th>subtype</th><th>status</th></tr>
 * <tr><td>{@link ValidationException}</td><td>422 (400 for a body that is not JSON)</td></tr>
 * <tr><td>{@link PolicyException}</td><td>422</td></tr>
 * <tr><td>{@link NotFoundException}</td><td>404</td></tr>
 * <tr><td>{@link ForbiddenException}</td><td>403</td></tr>
 * <tr><td>{@link ConflictException}</td><td>409</td></tr>
 * <tr><td>{@link InvalidStateException}</td><td>409</td></tr>
 * <tr><td>{@link StorageUnavailableException}</td><td>503</td></tr>
 * <tr><td>{@link HostFailureException}</td><td>500</td></tr>
 * </table>
 *
 * <p>Messages never contain client-identifying text, so a host may log them.
 */
public abstract sealed class SupervisionException extends RuntimeException
        permits ValidationException, NotFoundException, ForbiddenException, ConflictException,
        InvalidStateException, PolicyException, StorageUnavailableException, HostFailureException {

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
