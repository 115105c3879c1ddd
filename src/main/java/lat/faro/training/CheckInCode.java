package lat.faro.training;

import java.time.ZonedDateTime;

/**
 * A session's check-in code, for trainers to show in the room, and the page it opens.
 *
 * @param code    six characters from an alphabet without look-alikes (no 0/O, 1/I/L)
 * @param path    the check-in page with the code filled in, {@code /training/check-in?code=…}, for a
 *                link or a QR code
 * @param opensAt when the code starts to work, in the venue's time zone; it works until the
 *                session's end
 */
public record CheckInCode(EventView event, EventView.Session session, String code, String path, ZonedDateTime opensAt) {
}
