package lat.faro.training;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.springframework.context.MessageSource;
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

    private final TrainingMailer mailer;
    private final Registrations registrations;
    private final TrainingEvents events;
    private final MessageSource messages;

    TrainingMail(TrainingMailer mailer, Registrations registrations, TrainingEvents events, MessageSource messages) {
        this.mailer = mailer;
        this.registrations = registrations;
        this.events = events;
        this.messages = messages;
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
        Object[] args = {registration.fullName(), title, when, where, mailer.link("/training/events/" + event.id()),
                registration.waitingPosition() == null ? 0 : registration.waitingPosition()};
        mailer.send(registration.email(), messages.getMessage("training.mail." + kind + ".subject", args, locale),
                messages.getMessage("training.mail." + kind + ".body", args, locale), locale,
                "the " + kind + " mail for registration " + registrationId, null);
    }
}
