package com.targetflow.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.targetflow.domain.InvalidInput;
import com.targetflow.domain.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns every failure of the app's JSON API into an {@link ApiError} in the caller's language
 * (Accept-Language, zh by default), naming the field at fault where there is one.
 */
@RestControllerAdvice(basePackages = "com.targetflow")
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MessageSource messages;
    private final DatabaseOutageAnswer outage;
    private final InputRefusalText refusals;

    public ApiExceptionHandler(MessageSource messages, DatabaseOutageAnswer outage, InputRefusalText refusals) {
        this.messages = messages;
        this.outage = outage;
        this.refusals = refusals;
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ApiError> refused(Refusal e) {
        String message = text(e.messageKey(), e.args());
        List<ApiError.FieldProblem> fields = e.field() == null
                ? List.of()
                : List.of(new ApiError.FieldProblem(e.field(), fieldLabel(e.field()) + ": " + message));
        return respond(statusOf(e.kind()), message, fields);
    }

    /** The HTTP status of a refusal: the web layer's choice, not the rule's. */
    public static HttpStatus statusOf(Refusal.Kind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
            case UNSUPPORTED_TYPE -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
        };
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ApiError> invalid(MethodArgumentNotValidException e) {
        List<ApiError.FieldProblem> fields = e.getBindingResult().getFieldErrors().stream()
                .map(this::problem)
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        String summary = fields.stream().map(ApiError.FieldProblem::message).collect(Collectors.joining("; "));
        return respond(HttpStatus.BAD_REQUEST, text("error.validation") + " " + summary, fields);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ApiError> invalid(ConstraintViolationException e) {
        List<ApiError.FieldProblem> fields = e.getConstraintViolations().stream()
                .map(v -> {
                    String path = v.getPropertyPath().toString();
                    String field = path.substring(path.lastIndexOf('.') + 1);
                    return new ApiError.FieldProblem(field, fieldLabel(field) + ": " + v.getMessage());
                })
                .toList();
        return respond(HttpStatus.BAD_REQUEST, text("error.validation"), fields);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof PlainTextModule.ControlCharacter control) {
            return badField(path(control), text("error.field.control-character"));
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String field = unknown.getPropertyName();
            return badField(field, text("error.field.unknown", field));
        }
        if (cause instanceof InvalidFormatException format) {
            String field = path(format);
            Object value = format.getValue();
            Class<?> target = format.getTargetType();
            String expected =
                    target != null && target.isEnum() ? enumValues(target) : text("error.type." + typeName(target));
            return badField(field, text("error.field.format", String.valueOf(value), expected));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return badField(path(mapping), text("error.field.unreadable"));
        }
        return respond(HttpStatus.BAD_REQUEST, text("error.body.unreadable"), List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> typeMismatch(MethodArgumentTypeMismatchException e) {
        Class<?> target = e.getRequiredType();
        String expected =
                target != null && target.isEnum() ? enumValues(target) : text("error.type." + typeName(target));
        return badField(e.getName(), text("error.field.format", String.valueOf(e.getValue()), expected));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
        return badField(e.getParameterName(), text("jakarta.validation.constraints.NotBlank.message"));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
        return respond(HttpStatus.METHOD_NOT_ALLOWED, text("error.method", e.getMethod()), List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
        return respond(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                text("error.media-type", String.valueOf(e.getContentType())),
                List.of());
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ResponseEntity<ApiError> noSuchPath(NoResourceFoundException e) {
        return respond(HttpStatus.NOT_FOUND, text("error.not-found.path", "/" + e.getResourcePath()), List.of());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
        return respond(HttpStatus.PAYLOAD_TOO_LARGE, text("error.upload.too-large"), List.of());
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiError> notMultipart(MultipartException e) {
        return respond(HttpStatus.BAD_REQUEST, text("error.upload.not-multipart"), List.of());
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ApiError> missingPart(MissingServletRequestPartException e) {
        return badField(e.getRequestPartName(), text("jakarta.validation.constraints.NotBlank.message"));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ApiError> denied(AccessDeniedException e) {
        return respond(HttpStatus.FORBIDDEN, text("error.forbidden"), List.of());
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<ApiError> stale(ObjectOptimisticLockingFailureException e) {
        return respond(HttpStatus.CONFLICT, text("error.conflict.stale"), List.of());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ApiError> integrity(DataIntegrityViolationException e) {
        log.info(
                "Refused a change that breaks a database constraint: {}",
                e.getMostSpecificCause().getMessage());
        return respond(HttpStatus.CONFLICT, text("error.conflict.integrity"), List.of());
    }

    /** A task's completion refused for its input: every problem named in the user's language, every field marked. */
    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<ApiError> taskInput(InvalidInput e) {
        String message = refusals.of(e);
        return respond(
                HttpStatus.BAD_REQUEST,
                message,
                e.fields().stream()
                        .map(f -> new ApiError.FieldProblem(f, message))
                        .toList());
    }

    /** Someone else claimed the task first. */
    @ExceptionHandler(TaskAlreadyClaimedException.class)
    ResponseEntity<ApiError> claimed(TaskAlreadyClaimedException e) {
        return respond(HttpStatus.CONFLICT, text("workbench.task.changed"), List.of());
    }

    /** Two people acted on the same task or instance at once; the other one won. */
    @ExceptionHandler(OptimisticLockingException.class)
    ResponseEntity<ApiError> engineStale(OptimisticLockingException e) {
        return respond(HttpStatus.CONFLICT, text("workbench.task.changed"), List.of());
    }

    /** The task was completed (by a colleague) between the page loading and this request. */
    @ExceptionHandler(NullValueException.class)
    ResponseEntity<ApiError> gone(NullValueException e) {
        log.info("Refused an action on something that no longer exists: {}", e.getMessage());
        return respond(HttpStatus.CONFLICT, text("workbench.task.changed"), List.of());
    }

    /** The engine guard's refusal of what a page asked of the engine; its message is already in the caller's language. */
    @ExceptionHandler(EngineApiRefusal.class)
    ResponseEntity<ApiError> engineGuarded(EngineApiRefusal e) {
        return respond(HttpStatus.FORBIDDEN, e.getMessage(), List.of());
    }

    @ExceptionHandler(AuthorizationException.class)
    ResponseEntity<ApiError> engineDenied(AuthorizationException e) {
        return respond(HttpStatus.FORBIDDEN, text("error.forbidden"), List.of());
    }

    /** The engine wraps what a listener throws: a form's refusal inside is the user's mistake, not the app's. */
    @ExceptionHandler(ProcessEngineException.class)
    ResponseEntity<ApiError> engine(ProcessEngineException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        InvalidInput refused = InvalidInputMapper.refusal(e);
        return refused != null ? taskInput(refused) : unexpected(e, request, response);
    }

    /**
     * The database stopped answering in the middle of a request (outages met before, at sign-in or
     * with the session, are answered by DatabaseOutageFilter): 503, a page for a page.
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class})
    void databaseUnavailable(Exception e, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!outage.answer(e, request, response)) {
            log.warn("Database unavailable after the answer had begun; the client gets a cut-off response");
        }
    }

    /** Null when the database outage was answered directly (the engine and Hibernate wrap it in their own exceptions). */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ApiError> unexpected(Exception e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (DatabaseOutage.causedBy(e)) {
            databaseUnavailable(e, request, response);
            return null;
        }
        log.error("Unexpected error in the API", e);
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, text("error.internal"), List.of());
    }

    private ApiError.FieldProblem problem(FieldError error) {
        return new ApiError.FieldProblem(
                error.getField(), fieldLabel(error.getField()) + ": " + error.getDefaultMessage());
    }

    private ResponseEntity<ApiError> badField(String field, String message) {
        return respond(
                HttpStatus.BAD_REQUEST,
                fieldLabel(field) + ": " + message,
                List.of(new ApiError.FieldProblem(field, fieldLabel(field) + ": " + message)));
    }

    private ResponseEntity<ApiError> respond(HttpStatus status, String message, List<ApiError.FieldProblem> fields) {
        if (fromBrowserPage()) {
            return showErrorPage(status, message);
        }
        // JSON whatever the caller accepts: an error must not fail again on content negotiation.
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new ApiError(status.value(), status.getReasonPhrase(), message, fields));
    }

    /** A person who clicked a link or sent a page's form reads the message on the error page, not as JSON. */
    private static boolean fromBrowserPage() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current
                && fromBrowserPage(current.getRequest());
    }

    static boolean fromBrowserPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader("Accept");
        return !path.startsWith("/api/") && accept != null && accept.contains("text/html");
    }

    private static ResponseEntity<ApiError> showErrorPage(HttpStatus status, String message) {
        ServletRequestAttributes current = (ServletRequestAttributes) RequestContextHolder.getRequestAttributes();
        current.getRequest().setAttribute(LocalisedErrorAttributes.MESSAGE, message);
        try {
            current.getResponse().sendError(status.value());
        } catch (IOException e) {
            log.info("Could not show the error page: {}", e.getMessage());
        }
        // Nothing more to write: the container renders templates/error.html with the message.
        return null;
    }

    /** "名称（name）" in Chinese, "name" alone where no label is known. */
    private String fieldLabel(String field) {
        Locale locale = LocaleContextHolder.getLocale();
        String label = messages.getMessage("field." + field, null, null, locale);
        return label == null ? field : label + " (" + field + ")";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, Refusal.asWritten(args), key, LocaleContextHolder.getLocale());
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String enumValues(Class<?> type) {
        return Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static String typeName(Class<?> type) {
        if (type == null) return "text";
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) return "number";
        if (type == Boolean.class || type == boolean.class) return "boolean";
        if (type.getName().startsWith("java.time")) return "date";
        return "text";
    }
}
