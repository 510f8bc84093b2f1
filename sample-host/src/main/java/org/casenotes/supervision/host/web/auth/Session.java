package org.casenotes.supervision.host.web.auth;

import java.time.Instant;
import org.casenotes.supervision.host.clinic.ClinicUser;

/**
 * A signed-in browser session.
 *
 * @param id the secret session id carried in the cookie
 * @param user who is signed in
 * @param csrfToken the token every state-changing request must echo in {@code X-CSRF-Token}
 * @param createdAt when the user signed in
 */
public record Session(String id, ClinicUser user, String csrfToken, Instant createdAt) {
}
