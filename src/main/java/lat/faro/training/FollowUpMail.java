package lat.faro.training;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
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

    private final TrainingMailer mailer;
    private final FollowUps followUps;
    private final MessageSource messages;

    FollowUpMail(TrainingMailer mailer, FollowUps followUps, MessageSource messages) {
        this.mailer = mailer;
        this.followUps = followUps;
        this.messages = messages;
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
                mailer.link("/training/follow-up/" + l.token()), l.expiresAt().atZone(zone).format(date), event.city()};
        mailer.send(l.email(), messages.getMessage("training.followup.mail.subject", args, locale),
                messages.getMessage("training.followup.mail.body", args, locale), locale,
                "the follow-up mail for registration " + sent.registrationId(), null);
    }
}
