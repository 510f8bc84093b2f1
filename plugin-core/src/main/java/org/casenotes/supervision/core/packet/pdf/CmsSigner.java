package org.casenotes.supervision.core.packet.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Builds the detached CMS signature with BouncyCastle. The signing time comes from the packet's
 * generation time, not the clock, so a signed packet can be reproduced.
 */
final class CmsSigner {

    private CmsSigner() {
    }

    static byte[] sign(PrivateKey key, Certificate[] chain, InputStream content, Instant when)
            throws IOException {
        try {
            String algorithm = "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA"
                    : "SHA256withRSA";
            ContentSigner signer = new JcaContentSignerBuilder(algorithm).build(key);
            Attribute signingTime = new Attribute(CMSAttributes.signingTime,
                    new DERSet(new Time(Date.from(when))));
            JcaSignerInfoGeneratorBuilder signerInfo = new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build());
            signerInfo.setSignedAttributeGenerator(
                    new DefaultSignedAttributeTableGenerator(new AttributeTable(signingTime)));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(
                    signerInfo.build(signer, (X509Certificate) chain[0]));
            generator.addCertificates(new JcaCertStore(Arrays.asList(chain)));
            return generator.generate(new StreamedContent(content), false).getEncoded();
        } catch (OperatorCreationException | CMSException | CertificateEncodingException e) {
            throw new IOException("the packet could not be signed", e);
        }
    }

    /** The signed bytes, streamed from PDFBox instead of held in memory. */
    private record StreamedContent(InputStream in) implements CMSTypedData {

        @Override
        public ASN1ObjectIdentifier getContentType() {
            return CMSObjectIdentifiers.data;
        }

        @Override
        public void write(OutputStream out) throws IOException {
            in.transferTo(out);
        }

        @Override
        public Object getContent() {
            return in;
        }
    }
}
