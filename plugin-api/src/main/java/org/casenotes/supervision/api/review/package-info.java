/**
 * The review workflow: a progress note is submitted, reviewed, returned or co-signed by a
 * supervisor, and extended by addenda after co-sign. The entry point is {@link
 * org.casenotes.supervision.api.review.Reviews}.
 */
package org.casenotes.supervision.api.review;
