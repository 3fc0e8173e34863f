package com.targetflow.workbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.targetflow.domain.Refusal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The workbench's JSON side: what the task page's script and any other client use. */
@RestController
class WorkbenchApiController {

    private final WorkbenchTasks workbench;
    private final TaskStory story;
    private final WorkbenchActions actions;
    private final MessageSource messages;

    WorkbenchApiController(
            WorkbenchTasks workbench, TaskStory story, WorkbenchActions actions, MessageSource messages) {
        this.workbench = workbench;
        this.story = story;
        this.actions = actions;
        this.messages = messages;
    }

    record Overview(List<TaskCard> open, List<DoneCard> done) {}

    record CommentRequest(String message) {}

    @GetMapping("/api/workbench")
    Overview overview(Authentication user, Locale locale) {
        return new Overview(workbench.open(user, locale), workbench.done(user, locale));
    }

    @GetMapping("/api/workbench/tasks/{taskId}")
    TaskCard task(@PathVariable String taskId, Authentication user, Locale locale) {
        return workbench.one(taskId, user, locale);
    }

    @GetMapping("/api/workbench/tasks/{taskId}/history")
    List<HistoryEntry> history(@PathVariable String taskId, Authentication user, Locale locale) {
        return story.of(taskId, user, locale);
    }

    @GetMapping("/api/workbench/tasks/{taskId}/form")
    ObjectNode form(@PathVariable String taskId, Authentication user) {
        return actions.form(taskId, user);
    }

    @PostMapping("/api/workbench/tasks/{taskId}/claim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void claim(@PathVariable String taskId, Authentication user) {
        try {
            actions.claim(taskId, user);
        } catch (TaskAlreadyClaimedException | OptimisticLockingException lostTheRace) {
            // A colleague claimed it in the same instant: say who holds it now.
            String holder = actions.holder(taskId);
            throw holder == null
                    ? Refusal.conflict(null, "workbench.task.changed")
                    : Refusal.conflict(null, "workbench.task.taken", holder);
        }
    }

    @PostMapping("/api/workbench/tasks/{taskId}/release")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void release(@PathVariable String taskId, Authentication user) {
        actions.release(taskId, user);
    }

    /** A completion someone else got to first: the message, and what this person sent, so that nothing they typed is lost. */
    record Overtaken(int status, String error, String message, List<Object> fields, JsonNode submitted) {}

    /**
     * Submits the task's form: the body is the form's data, as form-js gives it. When a colleague
     * claimed or completed the task first (also in the same instant), 409 gives the input back.
     */
    @PostMapping("/api/workbench/tasks/{taskId}/complete")
    ResponseEntity<?> complete(
            @PathVariable String taskId, @RequestBody JsonNode data, Authentication user, Locale locale) {
        try {
            actions.complete(taskId, data, user);
            return ResponseEntity.ok(Map.of("next", "/"));
        } catch (Refusal refused) {
            if (refused.kind() != Refusal.Kind.CONFLICT) {
                throw refused;
            }
            return overtaken(messages.getMessage(refused.messageKey(), refused.args(), locale), data);
        } catch (TaskAlreadyClaimedException | OptimisticLockingException | NullValueException lostTheRace) {
            return overtaken(messages.getMessage("workbench.task.changed", null, locale), data);
        }
    }

    private static ResponseEntity<Overtaken> overtaken(String message, JsonNode submitted) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new Overtaken(409, HttpStatus.CONFLICT.getReasonPhrase(), message, List.of(), submitted));
    }

    @PostMapping("/api/workbench/tasks/{taskId}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    void comment(@PathVariable String taskId, @RequestBody CommentRequest request, Authentication user) {
        actions.comment(taskId, request.message(), user);
    }
}
