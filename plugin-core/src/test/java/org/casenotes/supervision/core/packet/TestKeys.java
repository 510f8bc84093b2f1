package org.casenotes.supervision.core.packet;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.casenotes.supervision.api.packet.PacketSigning;

/** A self-signed RSA key in a PKCS#12 key store, made with BouncyCastle, for signing tests. */
final class TestKeys {

    static final String PASSWORD = "correct horse";

    private TestKeys() {
    }

    static PacketSigning selfSigned() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        X500Name subject = new X500Name("CN=Dr. Renee Okafor, O=Test Practice");
        Date from = Date.from(SamplePackets.GENERATED_AT.minus(Duration.ofDays(1)));
        Date to = Date.from(SamplePackets.GENERATED_AT.plus(Duration.ofDays(365)));
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                new JcaX509v3CertificateBuilder(subject, BigInteger.ONE, from, to, subject,
                        pair.getPublic()).build(new JcaContentSignerBuilder("SHA256withRSA")
                        .build(pair.getPrivate())));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("signer", pair.getPrivate(), PASSWORD.toCharArray(),
                new Certificate[] {certificate});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, PASSWORD.toCharArray());
        return new PacketSigning(out.toByteArray(), PASSWORD);
    }
}
