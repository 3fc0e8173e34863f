package com.targetflow.targets;

import com.targetflow.web.SignedIn;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Evidence through the API: attach to an open progress task, list, remove, download. */
@RestController
class EvidenceApiController {

    private final EvidenceService evidence;
    private final EvidenceFiles files;
    private final Viewer viewer;

    EvidenceApiController(EvidenceService evidence, EvidenceFiles files, Viewer viewer) {
        this.evidence = evidence;
        this.files = files;
        this.viewer = viewer;
    }

    record EvidenceView(
            long id,
            String fileName,
            String contentType,
            long size,
            String indicatorCode,
            String uploadedBy,
            String url) {

        static EvidenceView of(Evidence e) {
            return new EvidenceView(
                    e.getId(),
                    e.getFileName(),
                    e.getContentType(),
                    e.getSize(),
                    e.getTarget() == null ? null : e.getTarget().getIndicator().getCode(),
                    e.getUploadedBy(),
                    "/api/evidence/" + e.getId() + "/content");
        }
    }

    @GetMapping("/api/tasks/{taskId}/evidence")
    List<EvidenceView> ofTask(@PathVariable String taskId, Authentication user) {
        return evidence.of(round(taskId, user)).stream().map(EvidenceView::of).toList();
    }

    @PostMapping(path = "/api/tasks/{taskId}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    EvidenceView attach(
            @PathVariable String taskId,
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String indicatorCode,
            Authentication user)
            throws IOException {
        return EvidenceView.of(evidence.attach(
                roundToWorkOn(taskId, user),
                file.getOriginalFilename(),
                file.getBytes(),
                indicatorCode,
                user.getName()));
    }

    @DeleteMapping("/api/tasks/{taskId}/evidence/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable String taskId, @PathVariable long id, Authentication user) {
        evidence.remove(roundToWorkOn(taskId, user), id);
    }

    @GetMapping("/api/action-items/{actionItemId}/evidence")
    List<EvidenceView> ofActionItem(@PathVariable long actionItemId, Principal principal) {
        return files.ofActionItem(actionItemId, viewer.visibleUnits(principal)).stream()
                .map(EvidenceView::of)
                .toList();
    }

    @GetMapping("/api/reports/{reportId}/evidence")
    List<EvidenceView> ofReport(@PathVariable long reportId, Principal principal) {
        return files.ofReport(reportId, viewer.visibleUnits(principal)).stream()
                .map(EvidenceView::of)
                .toList();
    }

    /**
     * The file itself. Only images and PDFs are ever stored; they are still sent with a sandboxing
     * policy and no sniffing, so no file can run as a page of this site.
     */
    @GetMapping("/api/evidence/{id}/content")
    ResponseEntity<byte[]> content(
            @PathVariable long id, @RequestParam(defaultValue = "false") boolean download, Principal principal) {
        Evidence file = files.file(id, viewer.visibleUnits(principal));
        ContentDisposition disposition = (download ? ContentDisposition.attachment() : ContentDisposition.inline())
                .filename(file.getFileName(), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.getContentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self'; object-src 'self'")
                .header("X-Content-Type-Options", "nosniff")
                .body(file.getContent());
    }

    private EvidenceService.Round round(String taskId, Authentication user) {
        return evidence.roundOfTask(taskId, user.getName(), SignedIn.groupIds(user));
    }

    private EvidenceService.Round roundToWorkOn(String taskId, Authentication user) {
        return evidence.roundToWorkOn(taskId, user.getName(), SignedIn.groupIds(user));
    }
}
