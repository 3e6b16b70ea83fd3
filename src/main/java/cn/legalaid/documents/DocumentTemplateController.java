package cn.legalaid.documents;

import cn.legalaid.shared.Actor;
import cn.legalaid.shared.Audited;
import cn.legalaid.shared.BusinessRuleException;
import cn.legalaid.shared.StateConflictException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The template screen: list, edit (per province), preview as PDF, save only if it renders. */
@Controller
@PreAuthorize("hasAuthority('document:template')")
class DocumentTemplateController {

	private final TemplateAdministration administration;

	DocumentTemplateController(TemplateAdministration administration) {
		this.administration = administration;
	}

	@GetMapping("/admin/document-templates")
	String list(Model model) {
		model.addAttribute("templates", administration.all());
		model.addAttribute("types", DocumentType.values());
		return "documents/templates";
	}

	@GetMapping("/admin/document-templates/{type}")
	String edit(@PathVariable DocumentType type, @RequestParam(required = false) String province, Model model) {
		DocumentTemplates.StoredTemplate t = administration.forEditing(type, province);
		boolean own = province == null || province.isBlank() ? t.provinceCode() == null : province.equals(t.provinceCode());
		model.addAttribute("type", type);
		model.addAttribute("province", province);
		model.addAttribute("template", t);
		model.addAttribute("body", t.body());
		model.addAttribute("templateVersion", own ? t.version() : null);
		return "documents/template-edit";
	}

	@PostMapping("/admin/document-templates/{type}")
	@Audited("修改文书模板")
	String save(Actor actor, @PathVariable DocumentType type, @RequestParam(required = false) String province,
			@RequestParam(required = false) String body, @RequestParam(required = false) Integer version, Model model,
			RedirectAttributes redirect) {
		try {
			administration.save(actor, type, province, body, version);
			redirect.addFlashAttribute("notice", "已保存《" + type.nameZh() + "》模板，下次生成即使用新模板");
			return "redirect:/admin/document-templates";
		}
		catch (BusinessRuleException ex) {
			model.addAttribute("error", ex instanceof StateConflictException ? ex.getMessage() : ex.getMessage());
			model.addAttribute("type", type);
			model.addAttribute("province", province);
			model.addAttribute("body", body);
			model.addAttribute("templateVersion", version);
			return "documents/template-edit";
		}
	}

	@PostMapping(value = "/admin/document-templates/{type}/preview")
	ResponseEntity<?> preview(Actor actor, @PathVariable DocumentType type, @RequestParam(required = false) String body) {
		try {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(administration.preview(actor, type, body));
		}
		catch (BusinessRuleException ex) {
			return ResponseEntity.unprocessableContent().contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
				.body(ex.getMessage());
		}
	}
}
