package lat.faro.training;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
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
 * The e-mails of registration, sent once the registration is committed, in the event's language:
 * a confirmed place, a place on the waiting list, and a place freed up for someone waiting. The
 * event publication registry keeps each event until its mail has gone, so an SMTP failure is
 * retried rather than lost. Without an SMTP server configured ({@code spring.mail.host}) the mail
 * is only logged, which is what the demo and development want.
 */
@Component
class TrainingMail {

    private static final Logger log = LoggerFactory.getLogger(TrainingMail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final Registrations registrations;
    private final TrainingEvents events;
    private final MessageSource messages;
    private final String from;
    private final String baseUrl;

    TrainingMail(ObjectProvider<JavaMailSender> sender, Registrations registrations, TrainingEvents events, MessageSource messages,
            @Value("${faro.mail.from}") String from, @Value("${faro.identity.base-url}") String baseUrl) {
        this.sender = sender;
        this.registrations = registrations;
        this.events = events;
        this.messages = messages;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @ApplicationModuleListener
    void on(TrainingEvent.Registered registered) {
        send(registered.registrationId(), registered.status() == RegistrationStatus.CONFIRMED ? "confirmed" : "waitlisted");
    }

    @ApplicationModuleListener
    void on(TrainingEvent.PromotedFromWaitingList promoted) {
        send(promoted.registrationId(), "promoted");
    }

    private void send(long registrationId, String kind) {
        RegistrationView registration = registrations.internal(registrationId);
        EventView event = events.load(registration.eventId()).orElseThrow();
        Locale locale = Locale.forLanguageTag(event.language());
        String title = event.courseTitle().in(locale);
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale);
        String when = event.sessions().isEmpty() ? "" : event.sessions().getFirst().startsAt().format(date) + " (" + event.timeZone() + ")";
        String where = event.modality() == EventDraft.Modality.ONLINE ? String.valueOf(event.onlineUrl())
                : event.city() + (event.venue() == null ? "" : ", " + event.venue());
        Object[] args = {registration.fullName(), title, when, where, baseUrl + "/training/events/" + event.id(),
                registration.waitingPosition() == null ? 0 : registration.waitingPosition()};
        var message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(registration.email());
        message.setSubject(messages.getMessage("training.mail." + kind + ".subject", args, locale));
        message.setText(messages.getMessage("training.mail." + kind + ".body", args, locale)
                + "\n\n" + messages.getMessage("training.mail.footer", args, locale));
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            log.info("No SMTP server configured (spring.mail.host): the {} mail for registration {} is not sent", kind, registrationId);
            return;
        }
        mail.send(message);
    }
}
