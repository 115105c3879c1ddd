package lat.faro.training;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The follow-up survey's e-mail, after the sending was committed, in the event's language, with the
 * person's own signed link. The link is made when the mail leaves, so a retried mail carries a new
 * link for the same registration; nothing is mailed to someone erased meanwhile or after the window.
 * Without {@code spring.mail.host} the mail is only logged (without its link).
 */
@Component
class FollowUpMail {

    private static final Logger log = LoggerFactory.getLogger(FollowUpMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final FollowUps followUps;
    private final MessageSource messages;
    private final String from;
    private final String baseUrl;

    FollowUpMail(ObjectProvider<JavaMailSender> sender, FollowUps followUps, MessageSource messages,
            @Value("${faro.mail.from}") String from, @Value("${faro.identity.base-url}") String baseUrl) {
        this.sender = sender;
        this.followUps = followUps;
        this.messages = messages;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @ApplicationModuleListener
    void on(FollowUps.Sent sent) {
        Optional<FollowUps.Letter> letter = followUps.letter(sent.registrationId());
        if (letter.isEmpty()) {
            log.info("Follow-up survey for registration {} not mailed: erased or past its window", sent.registrationId());
            return;
        }
        FollowUps.Letter l = letter.get();
        EventView event = l.event();
        Locale locale = Locale.forLanguageTag(event.language());
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        ZoneId zone = ZoneId.of(event.timeZone());
        Object[] args = {l.fullName(), event.courseTitle().in(locale), event.sessions().getFirst().startsAt().format(date),
                baseUrl + "/training/follow-up/" + l.token(), l.expiresAt().atZone(zone).format(date), event.city()};
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(l.email());
        message.setSubject(messages.getMessage("training.followup.mail.subject", args, locale));
        message.setText(messages.getMessage("training.followup.mail.body", args, locale)
                + "\n\n" + messages.getMessage("training.mail.footer", args, locale));
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            log.info("No SMTP server configured (spring.mail.host): the follow-up mail for registration {} is not sent",
                    sent.registrationId());
            return;
        }
        mail.send(message);
    }
}
