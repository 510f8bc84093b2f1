package org.casenotes.supervision.core.licensure;

/**
 * A board's kind of supervision by how many supervisees are present, such as individual (1),
 * triadic (2) or group (3 to 8), and how many minutes of it make one unit.
 *
 * @param id the class's name in the pack, such as {@code group}
 * @param minSupervisees the fewest supervisees present, inclusive
 * @param maxSupervisees the most supervisees present, inclusive
 * @param minutesPerUnit the minutes that make one unit of supervision
 */
record SupervisionClass(String id, int minSupervisees, int maxSupervisees, int minutesPerUnit) {

    boolean fits(int present) {
        return present >= minSupervisees && present <= maxSupervisees;
    }
}
