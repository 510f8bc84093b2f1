package org.casenotes.supervision.core.licensure;

import java.time.LocalDate;
import org.casenotes.supervision.api.meeting.Modality;

/**
 * A supervision meeting the supervisee was present at, as a board counts it.
 *
 * @param meetingId the meeting
 * @param date its day in the practice's time zone
 * @param supervisorId who led it
 * @param minutes how long it lasted
 * @param modality in person, video or phone
 * @param present how many supervisees were present, the supervisee included
 */
record Session(String meetingId, LocalDate date, String supervisorId, int minutes, Modality modality, int present) {
}
