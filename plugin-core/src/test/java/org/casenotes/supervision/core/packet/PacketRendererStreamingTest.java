package org.casenotes.supervision.core.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.casenotes.supervision.api.packet.IdentityMode;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.api.packet.PacketResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The renderer draws each note as its source hands it out and keeps none: while the source is
 * still handing out notes, the ones handed out earlier can be collected. A renderer that first
 * gathered the notes into a list (or kept them in a cache) would keep them all reachable.
 */
class PacketRendererStreamingTest {

    private static final int NOTES = 300;
    private static final int PROBE_AT = 250;
    private static final int EARLIER = 200;

    @TempDir
    Path folder;

    @Test
    void notesHandedOutEarlierAreCollectableWhileTheRestAreStillComing() throws Exception {
        PacketContent sample = SamplePackets.packet(IdentityMode.CODED, 1);
        NoteSection template = sample.notes().toList().get(0);
        List<Integer> stillReachable = new ArrayList<>();
        NoteSource source = new NoteSource() {
            @Override
            public int count() {
                return NOTES;
            }

            @Override
            public void forEach(Consumer<NoteSection> each) {
                List<WeakReference<NoteSection>> handedOut = new ArrayList<>();
                for (int i = 0; i < NOTES; i++) {
                    if (i == PROBE_AT) {
                        stillReachable.add(reachable(handedOut.subList(0, EARLIER)));
                    }
                    NoteSection note = new NoteSection("note-" + i, template.sessionDate(), template.clinician(),
                            template.client(), template.reviewState(), template.disclosures(), template.flags(),
                            template.comments(), template.history());
                    handedOut.add(new WeakReference<>(note));
                    each.accept(note);
                }
            }
        };
        PacketContent content = new PacketContent(sample.cover(), sample.summary(), sample.agenda(), source,
                sample.actions(), sample.hours(), sample.signatures());

        PacketResult result = PacketWriter.pdf().write(content, PacketOptions.defaults(),
                folder.resolve("streamed.pdf"));

        assertThat(result.pages()).isGreaterThan(NOTES / 4);
        // One probe per walk: the pages, then the embedded packet.json.
        assertThat(stillReachable).hasSize(2).allSatisfy(n -> assertThat(n).as("earlier notes still reachable")
                .isZero());
    }

    /** How many of the notes are still reachable after a full collection. */
    private static int reachable(List<WeakReference<NoteSection>> notes) {
        for (int attempt = 0; attempt < 5; attempt++) {
            System.gc();
            if (notes.stream().allMatch(n -> n.get() == null)) {
                return 0;
            }
        }
        return (int) notes.stream().filter(n -> n.get() != null).count();
    }
}
