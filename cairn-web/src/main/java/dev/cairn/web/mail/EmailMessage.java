package dev.cairn.web.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One plain-text email (Django's {@code EmailMessage}): a subject, a body, who it is from, and its recipients, to, cc
 * and bcc (bcc recipients get it without being named in it).
 *
 * <pre>{@code
 * EmailMessage message = EmailMessage.builder().subject("Password reset on example.com").body(text)
 *         .from("webmaster@example.com").to("ada@example.com").build();
 * mail.send(message);
 * }</pre>
 *
 * <p>
 * Addresses are {@code user@example.com} or {@code Ada Lovelace <user@example.com>}. A line break in the subject or an
 * address, where it would start a header of its own (header injection), is refused when the message is built, as
 * Django's {@code BadHeaderError}; so is an address that is not one.
 */
public final class EmailMessage {

    private final String subject;
    private final String body;
    private final Address from;
    private final List<Address> to;
    private final List<Address> cc;
    private final List<Address> bcc;
    private final List<Address> replyTo;

    private EmailMessage(Builder builder) {
        this.subject = Address.noLineBreak("subject", builder.subject);
        this.body = builder.body;
        this.from = Address.parse("from", Objects.requireNonNull(builder.from, "from: who the message is from"));
        this.to = Address.parseAll("to", builder.to);
        this.cc = Address.parseAll("cc", builder.cc);
        this.bcc = Address.parseAll("bcc", builder.bcc);
        this.replyTo = Address.parseAll("reply-to", builder.replyTo);
        if (to.isEmpty() && cc.isEmpty() && bcc.isEmpty()) {
            throw new IllegalArgumentException("an email needs at least one recipient (to, cc or bcc)");
        }
    }

    /** A builder: empty subject and body, no sender or recipients yet. */
    public static Builder builder() {
        return new Builder();
    }

    /** The subject, one line. */
    public String subject() {
        return subject;
    }

    /** The body, plain text. */
    public String body() {
        return body;
    }

    /** The sender, as given. */
    public String from() {
        return from.text();
    }

    /** The {@code To} recipients, as given. */
    public List<String> to() {
        return texts(to);
    }

    /** The {@code Cc} recipients, as given. */
    public List<String> cc() {
        return texts(cc);
    }

    /** The blind recipients, as given; they are not named in the message. */
    public List<String> bcc() {
        return texts(bcc);
    }

    /** The {@code Reply-To} addresses, as given. */
    public List<String> replyTo() {
        return texts(replyTo);
    }

    /** Every recipient's bare address ({@code user@example.com}): to, cc and bcc, as the mail server is told. */
    public List<String> recipients() {
        List<String> all = new ArrayList<>();
        for (List<Address> list : List.of(to, cc, bcc)) {
            list.forEach(address -> all.add(address.mailbox()));
        }
        return all;
    }

    /** The sender's bare address, as the mail server is told. */
    public String envelopeFrom() {
        return from.mailbox();
    }

    Address fromAddress() {
        return from;
    }

    List<Address> toAddresses() {
        return to;
    }

    List<Address> ccAddresses() {
        return cc;
    }

    List<Address> replyToAddresses() {
        return replyTo;
    }

    private static List<String> texts(List<Address> addresses) {
        return addresses.stream().map(Address::text).toList();
    }

    /** The subject and recipients, never the body (which may hold a password reset link). */
    @Override
    public String toString() {
        return "EmailMessage[subject=" + subject + ", from=" + from.text() + ", to=" + to() + "]";
    }

    /** Builds an {@link EmailMessage}. */
    public static final class Builder {
        private String subject = "";
        private String body = "";
        private String from;
        private final List<String> to = new ArrayList<>();
        private final List<String> cc = new ArrayList<>();
        private final List<String> bcc = new ArrayList<>();
        private final List<String> replyTo = new ArrayList<>();

        private Builder() {}

        /** The subject. */
        public Builder subject(String value) {
            this.subject = Objects.requireNonNull(value, "subject");
            return this;
        }

        /** The body, plain text. */
        public Builder body(String value) {
            this.body = Objects.requireNonNull(value, "body");
            return this;
        }

        /** The sender. */
        public Builder from(String value) {
            this.from = value;
            return this;
        }

        /** Adds {@code To} recipients. */
        public Builder to(String... addresses) {
            to.addAll(List.of(addresses));
            return this;
        }

        /** Adds {@code Cc} recipients. */
        public Builder cc(String... addresses) {
            cc.addAll(List.of(addresses));
            return this;
        }

        /** Adds blind recipients. */
        public Builder bcc(String... addresses) {
            bcc.addAll(List.of(addresses));
            return this;
        }

        /** Adds {@code Reply-To} addresses. */
        public Builder replyTo(String... addresses) {
            replyTo.addAll(List.of(addresses));
            return this;
        }

        /**
         * The message.
         *
         * @throws IllegalArgumentException for a line break in the subject or an address, an address that is not
         *                                  one, or no recipient
         */
        public EmailMessage build() {
            return new EmailMessage(this);
        }
    }
}
