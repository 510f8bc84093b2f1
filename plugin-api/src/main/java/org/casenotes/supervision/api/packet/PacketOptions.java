package org.casenotes.supervision.api.packet;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.input.FreeText;

/**
 * How a packet is exported.
 *
 * <p>PDF/A forbids encryption, so a packet is either archival (PDF/A-3b) or password
 * protected (AES-256), never both. Instances are immutable.
 *
 * @param identity how clients are named
 * @param pdfA whether the file is PDF/A-3b with the packet's data embedded
 * @param password the password that opens the file (AES-256), or empty
 * @param signing the key that signs the file, or empty
 * @param locale the language of the packet's own labels: English or Spanish
 */
public record PacketOptions(IdentityMode identity, boolean pdfA, Optional<String> password,
        Optional<PacketSigning> signing, Locale locale) {

    /** The languages a packet can be labelled in. */
    public static final Set<String> LANGUAGES = Set.of("en", "es");

    /**
     * Checks the combination.
     *
     * @throws ValidationException with every problem: PDF/A and a password together, an empty
     *     password, a language other than English or Spanish
     */
    public PacketOptions {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(signing, "signing");
        Objects.requireNonNull(locale, "locale");
        List<FieldProblem> problems = new ArrayList<>();
        if (pdfA && password.isPresent()) {
            problems.add(new FieldProblem("/password", "packet.pdfa-excludes-password",
                    "PDF/A forbids encryption: export either a PDF/A packet or a password-"
                            + "protected one, not both."));
        }
        if (password.filter(String::isEmpty).isPresent()) {
            problems.add(new FieldProblem("/password", "packet.password-empty",
                    "The password must not be empty."));
        }
        password.flatMap(secret -> FreeText.problem("/password", secret)).ifPresent(problems::add);
        if (!LANGUAGES.contains(locale.getLanguage())) {
            problems.add(new FieldProblem("/locale", "packet.locale-unsupported",
                    "The packet language must be en or es."));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        locale = Locale.forLanguageTag(locale.getLanguage());
    }

    /**
     * The defaults: coded identities, PDF/A-3b, no password, unsigned, English.
     *
     * @return the default options
     */
    public static PacketOptions defaults() {
        return new PacketOptions(IdentityMode.CODED, true, Optional.empty(), Optional.empty(),
                Locale.ENGLISH);
    }

    /**
     * These options with another identity mode.
     *
     * @param mode the identity mode
     * @return the new options
     */
    public PacketOptions withIdentity(IdentityMode mode) {
        return new PacketOptions(mode, pdfA, password, signing, locale);
    }

    /**
     * These options protected by a password instead of PDF/A.
     *
     * @param secret the password that will open the file
     * @return the new options, not PDF/A
     * @throws ValidationException when the password is empty
     */
    public PacketOptions withPassword(String secret) {
        return new PacketOptions(identity, false, Optional.of(secret), signing, locale);
    }

    /**
     * These options with a signing key.
     *
     * @param key the PKCS#12 key
     * @return the new options
     */
    public PacketOptions withSigning(PacketSigning key) {
        return new PacketOptions(identity, pdfA, password, Optional.of(key), locale);
    }

    /**
     * These options in another language.
     *
     * @param language English or Spanish
     * @return the new options
     * @throws ValidationException for any other language
     */
    public PacketOptions withLocale(Locale language) {
        return new PacketOptions(identity, pdfA, password, signing, language);
    }

    /**
     * These options with or without PDF/A.
     *
     * @param archival whether the file is PDF/A-3b
     * @return the new options
     * @throws ValidationException when archival and a password is set
     */
    public PacketOptions withPdfA(boolean archival) {
        return new PacketOptions(identity, archival, password, signing, locale);
    }

    @Override
    public String toString() {
        return "PacketOptions[identity=" + identity + ", pdfA=" + pdfA + ", password="
                + (password.isPresent() ? "***" : "none") + ", signed=" + signing.isPresent()
                + ", locale=" + locale + "]";
    }
}
