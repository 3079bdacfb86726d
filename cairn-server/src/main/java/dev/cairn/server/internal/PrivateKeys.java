package dev.cairn.server.internal;

import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.EdECKey;
import java.security.interfaces.RSAKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.List;

/**
 * Turns a PEM private-key block into a {@link PrivateKey}, and checks that a key belongs to a public key.
 *
 * <p>
 * Three unencrypted formats are read:
 * <ol>
 * <li>{@code PRIVATE KEY}: PKCS#8 (RFC 5208), what {@code openssl genpkey} and {@code openssl pkcs8} write. RSA,
 * EC, Ed25519/Ed448 and RSASSA-PSS keys are recognised by trying each {@link KeyFactory} in turn.</li>
 * <li>{@code RSA PRIVATE KEY}: PKCS#1 (RFC 8017 A.1.2), OpenSSL's legacy RSA format. It is exactly the
 * {@code privateKey} octet string of a PKCS#8 RSA key, so it is wrapped in that structure by hand.</li>
 * <li>{@code EC PRIVATE KEY}: SEC1 (RFC 5915), OpenSSL's legacy EC format. PKCS#8 carries it as is, with the
 * curve it names in {@code [0]} copied into the algorithm identifier.</li>
 * </ol>
 * Encrypted keys are refused with the command that decrypts them: the JDK can decrypt PKCS#8 with a password,
 * but a server would then need the password in its configuration, which is no safer than an unencrypted file
 * readable only by the server's user.
 */
public final class PrivateKeys {
    /** {@code rsaEncryption}, 1.2.840.113549.1.1.1, as an encoded OBJECT IDENTIFIER. */
    private static final byte[] RSA_ENCRYPTION = {0x06, 0x09, 0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7,
            0x0D, 0x01, 0x01, 0x01};
    /** {@code id-ecPublicKey}, 1.2.840.10045.2.1, as an encoded OBJECT IDENTIFIER. */
    private static final byte[] EC_PUBLIC_KEY = {0x06, 0x07, 0x2A, (byte) 0x86, 0x48, (byte) 0xCE, 0x3D, 0x02,
            0x01};
    private static final byte[] VERSION_0 = {Der.INTEGER, 0x01, 0x00};
    private static final byte[] DER_NULL = {Der.NULL, 0x00};
    private static final List<String> ALGORITHMS = List.of("RSA", "EC", "EdDSA", "RSASSA-PSS");

    private PrivateKeys() {}

    /**
     * The private key in a PEM block labelled {@code PRIVATE KEY}, {@code RSA PRIVATE KEY} or
     * {@code EC PRIVATE KEY}.
     *
     * @param block  the block
     * @param source the file's name, for error messages
     * @throws IllegalArgumentException if the block is encrypted, of another kind, or not a key the JDK reads
     */
    public static PrivateKey decode(Pem.Block block, String source) {
        if (block.label().equals("ENCRYPTED PRIVATE KEY") || block.encrypted()) {
            throw new IllegalArgumentException(source + ": the private key is encrypted; decrypt it once with `openssl "
                    + "pkey -in " + source + " -out " + source + ".plain` (it asks for the passphrase), make the "
                    + "result readable only by the server's user, and point the server at it");
        }
        byte[] pkcs8 = switch (block.label()) {
            case "PRIVATE KEY" -> block.der();
            case "RSA PRIVATE KEY" -> pkcs1ToPkcs8(block.der(), source);
            case "EC PRIVATE KEY" -> sec1ToPkcs8(block.der(), source);
            default -> throw new IllegalArgumentException(source + ": a " + block.label() + " block is not a "
                    + "private key; expected PRIVATE KEY, RSA PRIVATE KEY or EC PRIVATE KEY");
        };
        return pkcs8(pkcs8, source);
    }

    private static PrivateKey pkcs8(byte[] der, String source) {
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
        for (String algorithm : ALGORITHMS) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(spec);
            } catch (InvalidKeySpecException e) {
                // Not this algorithm (or not a key at all): try the next one.
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the JDK has no " + algorithm + " KeyFactory", e);
            }
        }
        throw new IllegalArgumentException(source + ": the private key is not an RSA, EC, Ed25519/Ed448 or "
                + "RSASSA-PSS key in a form the JDK can read; convert it with `openssl pkcs8 -topk8 -nocrypt -in "
                + "KEY -out KEY.pk8`");
    }

    /**
     * Wraps a PKCS#1 {@code RSAPrivateKey} in a PKCS#8 {@code PrivateKeyInfo}.
     *
     * <pre>
     * PrivateKeyInfo ::= SEQUENCE {
     *     version             INTEGER 0,
     *     privateKeyAlgorithm SEQUENCE { rsaEncryption, NULL },
     *     privateKey          OCTET STRING -- the PKCS#1 bytes
     * }
     * </pre>
     */
    static byte[] pkcs1ToPkcs8(byte[] pkcs1, String source) {
        try {
            if (Der.single(pkcs1).tag() != Der.SEQUENCE) {
                throw damaged(source, "RSA PRIVATE KEY");
            }
        } catch (IllegalArgumentException e) {
            throw damaged(source, "RSA PRIVATE KEY");
        }
        return Der.encode(Der.SEQUENCE, VERSION_0, Der.encode(Der.SEQUENCE, RSA_ENCRYPTION, DER_NULL), Der.encode(
                Der.OCTET_STRING, pkcs1));
    }

    /**
     * Wraps a SEC1 {@code ECPrivateKey} in a PKCS#8 {@code PrivateKeyInfo}, moving its curve into the algorithm
     * identifier as RFC 5915 §2 asks.
     *
     * <pre>
     * ECPrivateKey ::= SEQUENCE {
     *     version    INTEGER 1,
     *     privateKey OCTET STRING,
     *     parameters [0] ECParameters OPTIONAL,  -- the named curve's OID
     *     publicKey  [1] BIT STRING OPTIONAL
     * }
     * </pre>
     */
    static byte[] sec1ToPkcs8(byte[] sec1, String source) {
        byte[] curve = null;
        try {
            Der.Element key = Der.single(sec1);
            if (key.tag() != Der.SEQUENCE) {
                throw damaged(source, "EC PRIVATE KEY");
            }
            for (Der.Element e : Der.children(key.content())) {
                if (e.tag() == Der.CONTEXT_0 && Der.single(e.content()).tag() == Der.OID) {
                    curve = Der.single(e.content()).encoded();
                }
            }
        } catch (IllegalArgumentException e) {
            throw damaged(source, "EC PRIVATE KEY");
        }
        if (curve == null) {
            throw new IllegalArgumentException(source + ": the EC PRIVATE KEY does not name its curve; convert it "
                    + "with `openssl pkcs8 -topk8 -nocrypt -in KEY -out KEY.pk8`");
        }
        return Der.encode(Der.SEQUENCE, VERSION_0, Der.encode(Der.SEQUENCE, EC_PUBLIC_KEY, curve), Der.encode(
                Der.OCTET_STRING, sec1));
    }

    private static IllegalArgumentException damaged(String source, String label) {
        return new IllegalArgumentException(source + ": the " + label + " block is not well-formed DER; the file "
                + "looks damaged");
    }

    /**
     * Whether the private key is the other half of the public key: equal moduli for RSA, otherwise a signature
     * made with one that verifies with the other.
     */
    public static boolean matches(PrivateKey key, PublicKey publicKey) {
        if (key instanceof RSAKey || publicKey instanceof RSAKey) {
            return key instanceof RSAKey rsaKey && publicKey instanceof RSAPublicKey rsaPublic
                    && rsaKey.getModulus().equals(rsaPublic.getModulus())
                    && (!(key instanceof RSAPrivateCrtKey crt)
                            || crt.getPublicExponent().equals(rsaPublic.getPublicExponent()));
        }
        String algorithm = key instanceof ECPrivateKey ? "SHA256withECDSA" : key.getAlgorithm();
        try {
            byte[] challenge = new byte[32];
            new SecureRandom().nextBytes(challenge);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(challenge);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(publicKey);
            verifier.update(challenge);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // A public key of another type or curve cannot verify: the two do not belong together.
            return false;
        }
    }

    /** A short name for the key's algorithm: {@code RSA}, {@code EC}, {@code Ed25519}. */
    public static String describe(Key key) {
        if (key instanceof EdECKey ed) {
            return ed.getParams().getName();
        }
        return key.getAlgorithm();
    }
}
