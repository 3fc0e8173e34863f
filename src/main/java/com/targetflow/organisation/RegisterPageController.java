package com.targetflow.organisation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 组织机构 in and out of Excel: download today's register as a workbook (with drop-downs), upload
 * an edited one, see what it would add, change and deactivate (or every problem by sheet, row and
 * column), and apply it only when confirmed. The confirmation carries the same bytes back, so that a
 * node that did not see the upload applies exactly what was shown; they are read and checked again.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class RegisterPageController {

    private final RegisterWorkbook workbook;
    private final RegisterImport imports;
    private final MessageSource messages;

    RegisterPageController(RegisterWorkbook workbook, RegisterImport imports, MessageSource messages) {
        this.workbook = workbook;
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping("/register")
    String page() {
        return "register";
    }

    @GetMapping("/register/workbook.xlsx")
    ResponseEntity<byte[]> download(Locale locale) {
        String name = messages.getMessage("register.file-name", null, locale) + ".xlsx";
        return ResponseEntity.ok()
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(workbook.write(locale));
    }

    @PostMapping("/register/preview")
    String preview(@RequestParam(required = false) MultipartFile file, Locale locale, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute(
                    "problems",
                    List.of(new RegisterImport.Problem(
                            "", 0, null, messages.getMessage("register.problem.no-file", null, locale))));
            return "register";
        }
        byte[] content = file.getBytes();
        try {
            List<RegisterImport.Change> changes = imports.preview(content, locale);
            model.addAttribute("changes", changes);
            model.addAttribute("fileName", file.getOriginalFilename());
            model.addAttribute("content", Base64.getEncoder().encodeToString(content));
            model.addAttribute(
                    "added",
                    changes.stream().filter(c -> c.kind().equals("ADD")).count());
            model.addAttribute(
                    "changed",
                    changes.stream().filter(c -> c.kind().equals("CHANGE")).count());
            model.addAttribute(
                    "deactivated",
                    changes.stream().filter(c -> c.kind().equals("DEACTIVATE")).count());
        } catch (RegisterImport.Refused refused) {
            model.addAttribute("problems", refused.problems());
        }
        return "register";
    }

    @PostMapping("/register/apply")
    String apply(
            @RequestParam(required = false) String content,
            Principal me,
            Locale locale,
            Model model,
            RedirectAttributes redirect) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(content == null ? "" : content);
        } catch (IllegalArgumentException notOurs) {
            bytes = new byte[0];
        }
        try {
            List<RegisterImport.Change> applied = imports.apply(bytes, me.getName(), locale);
            redirect.addFlashAttribute(
                    "notice",
                    messages.getMessage("register.applied", new Object[] {String.valueOf(applied.size())}, locale));
            return "redirect:/register";
        } catch (RegisterImport.Refused refused) {
            model.addAttribute("problems", refused.problems());
            return "register";
        }
    }
}
