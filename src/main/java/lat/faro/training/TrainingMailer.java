package lat.faro.training;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends the training module's e-mails (registration, reminders, follow-up): from
 * {@code faro.mail.from}, the text followed by the module's footer in the mail's language, and
 * links on {@code faro.identity.base-url}. Without an SMTP server ({@code spring.mail.host}) a mail
 * is only logged, which is what the demo and development want. A failure to send is thrown to the
 * caller, who decides whether it is retried.
 */
@Component
class TrainingMailer {

    private static final Logger log = LoggerFactory.getLogger(TrainingMailer.class);

    /** A file sent with the mail. */
    record Attachment(String fileName, byte[] content, String mediaType) {
    }

    private final ObjectProvider<JavaMailSender> sender;
    private final MessageSource messages;
    private final String from;
    private final String baseUrl;

    TrainingMailer(ObjectProvider<JavaMailSender> sender, MessageSource messages, @Value("${faro.mail.from}") String from,
            @Value("${faro.identity.base-url}") String baseUrl) {
        this.sender = sender;
        this.messages = messages;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The absolute address of a path of this instance, for a link in a mail. */
    String link(String path) {
        return baseUrl + path;
    }

    /**
     * Sends one mail, or logs it when no SMTP server is configured; {@code what} names it in the log
     * (e.g. "the reminder for registration 12").
     */
    void send(String to, String subject, String text, Locale locale, String what, @Nullable Attachment attachment) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            log.info("No SMTP server configured (spring.mail.host): {} is not sent", what);
            return;
        }
        MimeMessage message = mail.createMimeMessage();
        try {
            var helper = new MimeMessageHelper(message, attachment != null, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(text + "\n\n" + messages.getMessage("training.mail.footer", null, locale), false);
            if (attachment != null) {
                helper.addAttachment(attachment.fileName(), new ByteArrayResource(attachment.content()), attachment.mediaType());
            }
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        mail.send(message);
    }
}
