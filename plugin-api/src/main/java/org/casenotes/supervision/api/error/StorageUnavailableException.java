package org.casenotes.supervision.api.error;

/**
 * The database could not be reached or refused the work; nothing was stored. Hosts answer
 * 503 and may retry later.
 */
public final class StorageUnavailableException extends SupervisionException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the error.
     *
     * @param message what could not be done, without client-identifying text
     * @param cause the underlying database fault
     */
    public StorageUnavailableException(String message, Throwable cause) {
        super("storage.unavailable", message, cause);
    }
}
