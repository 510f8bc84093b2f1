package org.casenotes.supervision.core.packet.pdf;

/**
 * A shaped run: glyph ids of one face in visual order (left to right) with their positions
 * from the run's origin and the run's advance, in thousandths of the font size, y upwards.
 * The arrays are never changed after shaping.
 *
 * @param face the face the ids belong to
 * @param ids glyph ids
 * @param x horizontal positions
 * @param y vertical offsets (marks placed above or below their base)
 * @param advance where the next run starts
 */
record Glyphs(Face face, int[] ids, float[] x, float[] y, float advance) {
}
