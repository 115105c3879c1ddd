package lat.faro.training;

/** A registration holds a place, waits for one, or was cancelled. */
public enum RegistrationStatus { CONFIRMED, WAITLISTED, CANCELLED }
