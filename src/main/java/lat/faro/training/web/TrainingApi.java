package lat.faro.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import lat.faro.training.CourseDraft;
import lat.faro.training.CourseView;
import lat.faro.training.EventDraft;
import lat.faro.training.EventStatus;
import lat.faro.training.EventView;
import lat.faro.training.RegistrationForm;
import lat.faro.training.RegistrationView;
import lat.faro.training.Registrations;
import lat.faro.training.TrainingCatalogue;
import lat.faro.training.TrainingEvents;
import lat.faro.shared.web.InvalidFieldException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Courses, training events and registrations. Courses and the events whose registration has
 * opened are public; planning is for programme staff; running an event for staff and its
 * trainers; the people registered are seen only by them and by each person for their own.
 */
@RestController
@RequestMapping(path = "/api/v1/training", produces = "application/json")
@Tag(name = "Training", description = "Courses tied to maturity elements, training events and registration")
class TrainingApi {

    private final TrainingCatalogue catalogue;
    private final TrainingEvents trainingEvents;
    private final Registrations registrations;
    private final lat.faro.training.ParticipantImport participantImport;
    private final RegistrationThrottle throttle;

    TrainingApi(TrainingCatalogue catalogue, TrainingEvents trainingEvents, Registrations registrations,
            lat.faro.training.ParticipantImport participantImport, RegistrationThrottle throttle) {
        this.participantImport = participantImport;
        this.throttle = throttle;
        this.catalogue = catalogue;
        this.trainingEvents = trainingEvents;
        this.registrations = registrations;
    }

    /** A course's texts in one language. */
    record TextDoc(@Nullable String title, @Nullable String description, @Nullable String objectives) {
    }

    record CourseRequest(@Nullable String code, @Nullable String programme, @Nullable Map<String, TextDoc> texts,
            @Nullable List<Map<String, String>> modules, @Nullable List<String> elements) {

        CourseDraft draft() {
            Map<String, CourseDraft.CourseText> byLanguage = new java.util.TreeMap<>();
            if (texts != null) {
                texts.forEach((lang, t) -> byLanguage.put(lang, t == null ? new CourseDraft.CourseText("", "", "")
                        : new CourseDraft.CourseText(nonNull(t.title()), nonNull(t.description()), nonNull(t.objectives()))));
            }
            return new CourseDraft(nonNull(code), programme, byLanguage, modules == null ? List.of() : modules,
                    elements == null ? List.of() : elements);
        }
    }

    record CourseDoc(long id, String code, @Nullable String programme, Map<String, String> title,
            Map<String, String> description, Map<String, List<String>> objectives, List<Map<String, String>> modules,
            List<String> elements, int version) {

        static CourseDoc of(CourseView course) {
            Map<String, List<String>> objectives = new java.util.TreeMap<>();
            course.objectives().byLanguage().forEach((lang, text) -> objectives.put(lang, text.lines().toList()));
            return new CourseDoc(course.id(), course.code(), course.programme(), new java.util.TreeMap<>(course.title().byLanguage()),
                    new java.util.TreeMap<>(course.description().byLanguage()), objectives,
                    course.modules().stream().map(m -> (Map<String, String>) new java.util.TreeMap<>(m.byLanguage())).toList(),
                    course.elements().stream().map(CourseView.Element::toString).toList(), course.version());
        }
    }

    @GetMapping("/courses")
    @Operation(summary = "List courses", description = "Public: every course, by code, with its texts in each language.")
    List<CourseDoc> courses() {
        return catalogue.courses().stream().map(CourseDoc::of).toList();
    }

    @GetMapping("/courses/{id}")
    @Operation(summary = "Get a course", description = "Public; 404 when there is no such course.")
    CourseDoc course(@PathVariable long id) {
        return CourseDoc.of(catalogue.course(id));
    }

    @PostMapping("/courses")
    @Operation(summary = "Create a course (programme staff)",
            description = "Spanish texts are required; other languages fall back to Spanish. `elements` name the maturity "
                    + "factors or aspects the course addresses as `framework-id:element-id`. 400 names every bad field; 409 "
                    + "for a code in use; 403 for anyone but programme coordinators and administrators.")
    ResponseEntity<CourseDoc> createCourse(@RequestBody CourseRequest request) {
        CourseView course = catalogue.create(request.draft());
        return ResponseEntity.created(URI.create("/api/v1/training/courses/" + course.id())).body(CourseDoc.of(course));
    }

    @PutMapping("/courses/{id}")
    @Operation(summary = "Replace a course (programme staff)",
            description = "Send the version read in `If-Match`; a stale version is a 409 and nothing changes.")
    CourseDoc updateCourse(@PathVariable long id, @RequestHeader("If-Match") String ifMatch, @RequestBody CourseRequest request) {
        return CourseDoc.of(catalogue.update(id, WebInputs.version(ifMatch), request.draft()));
    }

    record SessionDoc(@Nullable String title, @Nullable LocalDateTime startsAt, @Nullable LocalDateTime endsAt) {
    }

    record EventRequest(@Nullable Long course, @Nullable String country, @Nullable String city, @Nullable String venue,
            @Nullable String onlineUrl, EventDraft.@Nullable Modality modality, @Nullable String language,
            @Nullable String timeZone, @Nullable Integer capacity, EventDraft.@Nullable RegistrationMode registrationMode,
            @Nullable List<SessionDoc> sessions, @Nullable List<String> trainers, @Nullable List<String> partners) {

        EventDraft draft() {
            return new EventDraft(course == null ? 0 : course, nonNull(country), nonNull(city), venue, onlineUrl, modality,
                    nonNull(language), nonNull(timeZone), capacity == null ? 0 : capacity, registrationMode,
                    sessions == null ? List.of() : sessions.stream()
                            .map(s -> new EventDraft.SessionDraft(s.title(), s.startsAt(), s.endsAt())).toList(),
                    trainers == null ? List.of() : trainers, partners == null ? List.of() : partners);
        }
    }

    record SessionView(long id, int position, @Nullable String title, ZonedDateTime startsAt, ZonedDateTime endsAt) {
    }

    record EventDoc(long id, long course, String courseCode, String country, String city, @Nullable String venue,
            @Nullable String onlineUrl, EventDraft.Modality modality, String language, String timeZone, int capacity,
            int confirmed, int waitlisted, int placesLeft, EventDraft.RegistrationMode registrationMode, EventStatus status,
            List<SessionView> sessions, List<String> trainers, List<String> partners, int version) {

        static EventDoc of(EventView e) {
            return new EventDoc(e.id(), e.courseId(), e.courseCode(), e.country(), e.city(), e.venue(), e.onlineUrl(), e.modality(),
                    e.language(), e.timeZone(), e.capacity(), e.confirmed(), e.waitlisted(), e.placesLeft(), e.registrationMode(),
                    e.status(), e.sessions().stream().map(s -> new SessionView(s.id(), s.position(), s.title(), s.startsAt(),
                            s.endsAt())).toList(), e.trainers(), e.partners(), e.version());
        }
    }

    @GetMapping("/events")
    @Operation(summary = "List training events",
            description = "The events the caller may see, soonest first: everyone sees those whose registration has opened; "
                    + "programme staff all; national coordinators those in their country; trainers their own. Trainers' "
                    + "addresses only for staff, the event's trainers and the country's coordinators.")
    List<EventDoc> events() {
        return trainingEvents.visible().stream().map(EventDoc::of).toList();
    }

    @GetMapping("/events/{id}")
    @Operation(summary = "Get a training event", description = "404 when there is no such event or the caller may not see it.")
    EventDoc event(@PathVariable long id) {
        return EventDoc.of(trainingEvents.event(id));
    }

    @PostMapping("/events")
    @Operation(summary = "Plan a training event (programme staff)",
            description = "Session times are local to `timeZone` (an IANA zone). In-person and hybrid events need a venue; "
                    + "online and hybrid ones an https link. 400 names every bad field.")
    ResponseEntity<EventDoc> createEvent(@RequestBody EventRequest request) {
        EventView event = trainingEvents.create(request.draft());
        return ResponseEntity.created(URI.create("/api/v1/training/events/" + event.id())).body(EventDoc.of(event));
    }

    record StatusRequest(@Nullable EventStatus status) {
    }

    @PostMapping("/events/{id}/status")
    @Operation(summary = "Move an event one step on (programme staff or its trainers)",
            description = "planned → registration open → running → completed → reported. Send the version read in `If-Match`. "
                    + "Any other step, or a stale version, is a 409.")
    EventDoc advance(@PathVariable long id, @RequestHeader("If-Match") String ifMatch, @RequestBody StatusRequest request) {
        if (request.status() == null) {
            throw InvalidFieldException.invalid("status", "training.field.required");
        }
        return EventDoc.of(trainingEvents.advance(id, request.status(), WebInputs.version(ifMatch)));
    }

    record RegistrationRequest(@Nullable String email, @Nullable String fullName, @Nullable String organisation,
            @Nullable String jobTitle, RegistrationForm.@Nullable Sector sector, RegistrationForm.@Nullable Gender gender,
            @Nullable String consentVersion, @Nullable String invitation) {

        RegistrationForm form() {
            return new RegistrationForm(nonNull(email), nonNull(fullName), nonNull(organisation), jobTitle, sector, gender,
                    consentVersion, invitation);
        }
    }

    @PostMapping("/events/{id}/registrations")
    @Operation(summary = "Register for an event",
            description = "While registration is open: a confirmed place, or a place on the waiting list when the event is "
                    + "full. `consentVersion` must be the current privacy notice's (see GET /privacy-notice). 409 when "
                    + "registration is not open, the event takes invitations only, or the person is already registered. "
                    + "429 with Retry-After beyond `faro.training.registrations-per-hour` attempts by one account.")
    ResponseEntity<RegistrationView> register(@PathVariable long id, @RequestBody RegistrationRequest request,
            java.security.Principal principal) {
        if (!throttle.allow(principal.getName())) {
            throw new lat.faro.shared.web.TooManyRequestsException("training.registration.tooMany", throttle.retryAfter(),
                    throttle.retryAfterMinutes());
        }
        RegistrationView registration = registrations.register(id, request.form());
        return ResponseEntity.created(URI.create("/api/v1/training/registrations/" + registration.id())).body(registration);
    }

    @PostMapping("/events/{id}/registrations/import")
    @Operation(summary = "Register a list of participants from CSV or XLSX (its trainers and programme staff)",
            description = "Header `email,fullName,organisation,sector,consentVersion` and optional `jobTitle,gender`, in any "
                    + "order; CSV in UTF-8 with commas or semicolons, or an XLSX of one sheet. Every row is checked first: 400 "
                    + "lists each problem with its line; otherwise all are registered (confirmed while places last, then on "
                    + "the waiting list), or none. `dryRun=true` checks and counts without registering. The importer attests "
                    + "each person accepted the privacy notice of the version given.")
    lat.faro.training.ParticipantImport.Result importParticipants(@PathVariable long id,
            @org.springframework.web.bind.annotation.RequestParam(name = "file", required = false)
            org.springframework.web.multipart.@Nullable MultipartFile file,
            @org.springframework.web.bind.annotation.RequestParam(defaultValue = "false") boolean dryRun,
            @RequestHeader(name = "Content-Type", required = false) @Nullable String contentType)
            throws java.io.IOException, org.springframework.web.HttpMediaTypeNotSupportedException {
        // Checked here rather than with `consumes`: a mapping that does not match never reaches the API's problem handler.
        org.springframework.http.MediaType type = null;
        try {
            type = contentType == null ? null : org.springframework.http.MediaType.parseMediaType(contentType);
        } catch (org.springframework.http.InvalidMediaTypeException e) {
            type = null;
        }
        if (type == null || !org.springframework.http.MediaType.MULTIPART_FORM_DATA.equalsTypeAndSubtype(type)) {
            throw new org.springframework.web.HttpMediaTypeNotSupportedException(type,
                    List.of(org.springframework.http.MediaType.MULTIPART_FORM_DATA), org.springframework.http.HttpMethod.POST);
        }
        if (file == null) {
            throw new lat.faro.shared.web.InvalidInputException(List.of(lat.faro.shared.web.FieldProblem.at("file",
                    "training.import.noFile")));
        }
        return participantImport.importFile(id, file.getBytes(), String.valueOf(file.getOriginalFilename()), dryRun);
    }

    @GetMapping("/events/{id}/registrations")
    @Operation(summary = "The people registered for an event (programme staff and its trainers)",
            description = "Confirmed first, then the waiting list in order, then cancelled. 403 for anyone else.")
    List<RegistrationView> registrations(@PathVariable long id) {
        return registrations.of(id);
    }

    @GetMapping("/registrations/{id}")
    @Operation(summary = "Get a registration", description = "For its holder, the event's trainers and programme staff; 404 otherwise.")
    RegistrationView registration(@PathVariable long id) {
        return registrations.registration(id);
    }

    @DeleteMapping("/registrations/{id}")
    @Operation(summary = "Cancel a registration",
            description = "By its holder, the event's trainers or programme staff. A confirmed place goes to the first on "
                    + "the waiting list at once. Cancelling again changes nothing.")
    RegistrationView cancel(@PathVariable long id) {
        return registrations.cancel(id);
    }

    record InvitationRequest(@Nullable List<String> emails, @Nullable Integer days) {
    }

    record InvitationDoc(String email, String url, java.time.Instant expiresAt) {
    }

    @PostMapping("/events/{id}/invitations")
    @Operation(summary = "Invite people to an event (its trainers and programme staff)",
            description = "One signed link per address, valid for `days` days (1 to 90, default 14): whoever signs in with that "
                    + "address registers through it, once. The links are returned, not mailed. 400 names each bad address.")
    List<InvitationDoc> invite(@PathVariable long id, @RequestBody InvitationRequest request,
            jakarta.servlet.http.HttpServletRequest http) {
        String base = org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromContextPath(http).build().toUriString();
        return registrations.invite(id, request.emails() == null ? List.of() : request.emails(),
                        request.days() == null ? 14 : request.days()).stream()
                .map(i -> new InvitationDoc(i.email(), base + "/training/events/" + id + "?invitation=" + i.token(), i.expiresAt()))
                .toList();
    }

    record PrivacyNoticeDoc(String version) {
    }

    @GetMapping("/privacy-notice")
    @Operation(summary = "The current privacy notice's version", description = "Public. A registration accepts this version.")
    PrivacyNoticeDoc privacyNotice() {
        return new PrivacyNoticeDoc(registrations.privacyNoticeVersion());
    }

    private static String nonNull(@Nullable String value) {
        return value == null ? "" : value;
    }
}
