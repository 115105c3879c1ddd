package lat.faro.directory;

/** A member state's role in a programme; part of the {@link Programme} aggregate. */
record ProgrammeCountry(String country, ProgrammeRole role) {}
