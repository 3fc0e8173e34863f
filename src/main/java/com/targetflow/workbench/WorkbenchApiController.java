package com.targetflow.workbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
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
    private final WorkbenchActions actions;

    WorkbenchApiController(WorkbenchTasks workbench, WorkbenchActions actions) {
        this.workbench = workbench;
        this.actions = actions;
    }

    record Overview(List<TaskCard> open, List<DoneCard> done) {
    }

    record CommentRequest(String message) {
    }

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
        return workbench.story(taskId, user, locale);
    }

    @GetMapping("/api/workbench/tasks/{taskId}/form")
    ObjectNode form(@PathVariable String taskId, Authentication user) {
        return actions.form(taskId, user);
    }

    @PostMapping("/api/workbench/tasks/{taskId}/claim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void claim(@PathVariable String taskId, Authentication user) {
        actions.claim(taskId, user);
    }

    @PostMapping("/api/workbench/tasks/{taskId}/release")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void release(@PathVariable String taskId, Authentication user) {
        actions.release(taskId, user);
    }

    /** Submits the task's form: the body is the form's data, as form-js gives it. */
    @PostMapping("/api/workbench/tasks/{taskId}/complete")
    Map<String, String> complete(@PathVariable String taskId, @RequestBody JsonNode data, Authentication user) {
        actions.complete(taskId, data, user);
        return Map.of("next", "/");
    }

    @PostMapping("/api/workbench/tasks/{taskId}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    void comment(@PathVariable String taskId, @RequestBody CommentRequest request, Authentication user) {
        actions.comment(taskId, request.message(), user);
    }
}
