package com.targetflow.report;

import com.targetflow.domain.Refusal;
import com.targetflow.targets.AnnualPlan;
import com.targetflow.targets.Plans;
import com.targetflow.targets.Viewer;
import com.targetflow.web.ApiError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The plan in and out of Excel: the template, the import (all or nothing, with every problem
 * named by row and column, and the sheet given back marked), and the year's workbook.
 */
@RestController
@EnableConfigurationProperties(ExcelProperties.class)
class ExcelController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final PlanTemplate template;
    private final PlanImport planImport;
    private final MarkedCopy markedCopy;
    private final YearWorkbook workbook;
    private final Plans plans;
    private final Viewer viewer;
    private final ExcelProperties properties;
    private final MessageSource messages;

    ExcelController(
            PlanTemplate template,
            PlanImport planImport,
            MarkedCopy markedCopy,
            YearWorkbook workbook,
            Plans plans,
            Viewer viewer,
            ExcelProperties properties,
            MessageSource messages) {
        this.template = template;
        this.planImport = planImport;
        this.markedCopy = markedCopy;
        this.workbook = workbook;
        this.plans = plans;
        this.viewer = viewer;
        this.properties = properties;
        this.messages = messages;
    }

    @GetMapping("/api/plans/{year}/template.xlsx")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    ResponseEntity<byte[]> template(@PathVariable int year, Locale locale) {
        return file(
                template.write(year, locale),
                messages.getMessage("excel.plan.file", new Object[] {String.valueOf(year)}, locale));
    }

    /** All or nothing: 201 with the draft's size, or 400 naming every problem by cell. */
    @PostMapping("/api/plans/{year}/import")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    ResponseEntity<?> importPlan(@PathVariable int year, @RequestParam("file") MultipartFile file, Locale locale) {
        // An issued plan is refused before its rows are read: no row problem would help.
        plans.findByYear(year).filter(plan -> !plan.isDraft()).ifPresent(plan -> {
            throw Refusal.conflict("year", "error.plan.issued", year);
        });
        PlanImport.Result result = planImport.importDraft(year, bytes(file), locale);
        if (!result.ok()) {
            return ResponseEntity.badRequest().body(refused(result.problems(), locale));
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(Map.of(
                        "year",
                        year,
                        "status",
                        "DRAFT",
                        "targets",
                        result.rows().size(),
                        "message",
                        messages.getMessage(
                                "excel.import.done",
                                new Object[] {String.valueOf(result.rows().size()), String.valueOf(year)},
                                locale)));
    }

    /** The same file given back with its problems marked (an unchanged copy when it has none). */
    @PostMapping("/api/plans/{year}/import/marked")
    @PreAuthorize("hasAnyRole('MANAGER', 'ADMIN')")
    ResponseEntity<?> marked(@PathVariable int year, @RequestParam("file") MultipartFile file, Locale locale) {
        byte[] content = bytes(file);
        PlanImport.Result result = planImport.read(year, content, locale);
        return markedCopy
                .mark(content, result.problems(), locale)
                .<ResponseEntity<?>>map(marked -> file(
                        marked,
                        messages.getMessage("excel.import.marked.file", new Object[] {String.valueOf(year)}, locale)))
                .orElseGet(() -> ResponseEntity.badRequest().body(refused(result.problems(), locale)));
    }

    /** The year's workbook: a unit's people get only their unit's rows. */
    @GetMapping("/api/plans/{year}/workbook.xlsx")
    ResponseEntity<byte[]> export(@PathVariable int year, Principal principal, Locale locale) {
        AnnualPlan plan = plans.ofYear(year);
        return file(
                workbook.write(plan, viewer.visibleUnits(principal), locale),
                messages.getMessage("excel.export.file", new Object[] {String.valueOf(year)}, locale));
    }

    private byte[] bytes(MultipartFile file) {
        if (file.getSize() > properties.maxUpload().toBytes()) {
            throw new Refusal(
                    Refusal.Kind.TOO_LARGE,
                    "file",
                    "excel.import.too-large",
                    String.valueOf(properties.maxUpload().toMegabytes()));
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw Refusal.invalid("file", "excel.import.not-xlsx");
        }
    }

    private ApiError refused(List<ImportProblem> problems, Locale locale) {
        return new ApiError(
                400,
                "Bad Request",
                messages.getMessage("excel.import.refused", new Object[] {String.valueOf(problems.size())}, locale),
                problems.stream()
                        .map(p -> new ApiError.FieldProblem(p.row() < 1 ? "file" : p.cell(), p.message()))
                        .toList());
    }

    private static ResponseEntity<byte[]> file(byte[] content, String name) {
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(content);
    }
}
