package lat.faro.training;

import lat.faro.framework.Texts;

/**
 * What a participant's check-in did.
 *
 * @param already true when the person had checked in (or been marked present) before: nothing was
 *                written this time
 */
public record CheckIn(long eventId, Texts courseTitle, EventView.Session session, String timeZone, boolean already) {
}
